/** The terminal report of a run: a KPI table, SLA compliance, hand-offs, on-site work, problems. */
import type { Locale } from 'service-desk-rules';
import { isRecordedProblem, problemStatusLabels } from 'service-desk-rules/problem';
import { priorities } from 'service-desk-rules/qualification';
import { deskPolicy } from './desk-setup.js';
import { kpiRows, mark, slaHeadings, slaRows } from './kpi-table.js';
import { colon, count, percent, say, wholePercent } from './report-labels.js';
import type { SimulationResult } from './simulation.js';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - [...s].length)) + s;

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
    `${pad(say('calls', lang), 9)}${padStart(String(i.calls.total), 5)}   ${say('answered', lang)} ${i.calls.answered} · ${say('abandoned', lang)} ${i.calls.abandoned} · ${say('calledBack', lang)} ${result.desk.tally.callbacks}`,
    `${pad(say('tickets', lang), 9)}${padStart(String(i.tickets.opened), 5)}   ${say('closed', lang)} ${i.tickets.closed} · ${say('open', lang)} ${i.tickets.open} · ${say('deferred', lang)} ${result.desk.tally.deferred}`,
    '',
  );
  const kpis = kpiRows(i, lang);
  const w = Math.max(...kpis.map((r) => [...r.label].length)) + 2;
  const vw = Math.max(...kpis.map((r) => [...r.value].length)) + 2;
  out.push(`${pad(say('kpi', lang), w)}${pad(say('value', lang), vw)}${say('target', lang)}`);
  for (const r of kpis)
    out.push(`${pad(r.label, w)}${pad(r.value, vw)}${pad(r.target, 14)}${mark(r.ok)}`.trimEnd());
  out.push('', say('slaTitle', lang));
  const h = slaHeadings(lang);
  const lw =
    Math.max(...priorities.map((p) => [...(slaRows(i, lang)[p - 1]?.label ?? '')].length)) + 2;
  out.push(`${pad('', lw)}${padStart('#', 4)}   ${pad(h.detection, 26)}${h.resolution}`);
  for (const row of slaRows(i, lang)) {
    const cells = row.cells.map((c) =>
      pad(
        `${padStart(`${c.met}/${c.total}`, 7)} ${padStart(percent(c.rate, lang), 7)} ≥ ${wholePercent(c.successRate)} ${mark(c.ok)}`,
        26,
      ),
    );
    out.push(
      `${pad(row.label, lw)}${padStart(String(row.tickets), 4)}   ${cells.join('')}`.trimEnd(),
    );
  }
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
  if (result.problems.length === 0) out.push(`  ${say('noProblem', lang)}`);
  for (const p of result.problems) {
    if (!isRecordedProblem(p.state)) continue;
    const s = p.state;
    out.push(
      `  ${s.id}  ${pad(problemStatusLabels[s.status][lang], 36)}${padStart(String(s.incidents.length), 3)} ${say('incidents', lang)} · ${s.title} — ${s.equipment ?? ''}`,
    );
    const fix = s.solutions.find((x) => x.kind === 'fix');
    if (s.status !== 'open' && fix !== undefined)
      out.push(`        ${say('fix', lang)}${colon(lang)}${fix.description}`);
  }
  return `${out.join('\n')}\n`;
}
