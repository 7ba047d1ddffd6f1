/** The terminal report of a run: a KPI table, SLA compliance, hand-offs, on-site work, problems. */
import type { Locale } from '../../src/core/localized-text.js';
import { problemStatusLabels } from '../../src/problem/problem-labels.js';
import { isRecordedProblem } from '../../src/problem/problem-state.js';
import { priorities } from '../../src/qualification/levels.js';
import { deskPolicy } from './desk-setup.js';
import { kpiRows, mark, slaHeadings, slaRows } from './kpi-table.js';
import { colon, count, noun, percent, say, wholePercent } from './report-labels.js';
import type { SimulationResult } from './simulation.js';
import { layoutColumns } from './text-table.js';

/** The date of the first day, the way `lang` writes it. */
export function dayLabel(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

/** The heading lines shared by the terminal and HTML reports. */
export function headingLines(result: SimulationResult, lang: Locale): string[] {
  const o = result.options;
  const first = result.days[0];
  return [
    `${say('title', lang)} — ${say('seed', lang)} ${o.seed}, ${o.days} ${say(o.days > 1 ? 'days' : 'day', lang)} (${first === undefined ? '' : dayLabel(first.opens, lang)}), ${o.agents} ${say('technicians', lang)}, ${o.rate} ${say('callsPerHour', lang)}`,
    `${say('hours', lang)} ${deskPolicy.version} (${say('seedRules', lang)})`,
  ];
}

/** The plain-text report, at most about 60 lines. */
export function renderTerminalReport(result: SimulationResult, lang: Locale): string {
  const i = result.indicators;
  const out: string[] = [...headingLines(result, lang), ''];
  out.push(
    ...layoutColumns(
      [
        [
          say('calls', lang),
          String(i.calls.total),
          `${say('answered', lang)} ${i.calls.answered} · ${say('abandoned', lang)} ${i.calls.abandoned} · ${say('calledBack', lang)} ${result.desk.tally.callbacks}`,
        ],
        [
          say('tickets', lang),
          String(i.tickets.opened),
          `${say('closed', lang)} ${i.tickets.closed} · ${say('open', lang)} ${i.tickets.open} · ${say('deferred', lang)} ${result.desk.tally.deferred}`,
        ],
      ],
      ['left', 'right', 'left'],
      3,
    ).map((l) => l.trimEnd()),
    '',
  );
  const kpis = kpiRows(i, lang);
  out.push(
    ...layoutColumns([
      [say('kpi', lang), say('value', lang), say('target', lang)],
      ...kpis.map((r) => [r.label, r.value, r.target, mark(r.ok)]),
    ]).map((l) => l.trimEnd()),
  );
  out.push('', say('slaTitle', lang));
  const h = slaHeadings(lang);
  const sla = slaRows(i, lang);
  // Each indicator's cells (met/total, rate, target, mark) are aligned among themselves first.
  const cellsOf = (kind: 0 | 1) =>
    layoutColumns(
      sla.map((row) => {
        const c = row.cells[kind];
        return c === undefined
          ? []
          : [
              `${c.met}/${c.total}`,
              percent(c.rate, lang),
              `≥ ${wholePercent(c.successRate)}`,
              mark(c.ok),
            ];
      }),
      ['right', 'right', 'left', 'left'],
      1,
    );
  const detection = cellsOf(0);
  const resolution = cellsOf(1);
  out.push(
    ...layoutColumns(
      [
        ['', '#', h.detection, h.resolution],
        ...sla.map((row, k) => [
          row.label,
          String(row.tickets),
          detection[k] ?? '',
          resolution[k] ?? '',
        ]),
      ],
      ['left', 'right', 'left', 'left'],
      3,
    ).map((l) => l.trimEnd()),
  );
  out.push(
    '',
    `${say('handoffs', lang)}${colon(lang)}${i.handoffs.transfers} ${say('transfers', lang)} (${percent(i.handoffs.transferRate, lang)}), ${i.handoffs.escalations} ${say('escalations', lang)} (${percent(i.handoffs.escalationRate, lang)})`,
  );
  const t = result.desk.tally;
  out.push(
    `${say('onSite', lang)}${colon(lang)}${t.onSite} ${say('fieldVisits', lang)}, ${t.suppliers} ${say('supplierVisits', lang)} · ${count(t.loans, 'loan', 'loans', lang)}, ${count(t.replacements, 'replacement', 'replacements', lang)} (§5.1) · ${count(result.desk.reports.length, 'report', 'reports', lang)}`,
    `${say('backlog', lang)}${colon(lang)}${i.backlog.total} (${[...priorities.map((p) => `P${p} ${i.byPriority.get(p)?.backlog.total ?? 0}`), `${say('unqualified', lang)} ${i.backlog.unqualified}`].join(' · ')})`,
    '',
    `${say('problems', lang)}${colon(lang)}${t.knownErrorFixes} ${say('knownErrorFixes', lang)}`,
  );
  const recorded = result.problems.map((p) => p.state).filter(isRecordedProblem);
  if (recorded.length === 0) out.push(`  ${say('noProblem', lang)}`);
  const counts = layoutColumns(
    recorded.map((s) => [String(s.incidents.length)]),
    ['right'],
  );
  const lines = layoutColumns(
    recorded.map((s, k) => [
      s.id,
      problemStatusLabels[s.status][lang],
      `${counts[k] ?? ''} ${noun(s.incidents.length, 'incident', 'incidents', lang)} · ${s.title} — ${s.equipment ?? ''}`,
    ]),
  );
  recorded.forEach((s, k) => {
    out.push(`  ${(lines[k] ?? '').trimEnd()}`);
    const fix = s.solutions.find((x) => x.kind === 'fix');
    if (s.status !== 'open' && fix !== undefined)
      out.push(`        ${say('fix', lang)}${colon(lang)}${fix.description}`);
  });
  return `${out.join('\n')}\n`;
}
