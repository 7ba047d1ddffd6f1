/**
 * The terminal report of a run, as a list of sections (`terminalSections`): the counts, the
 * KPI table, the telephone queue, SLA compliance with the misses still open and the most
 * urgent open tickets, staffing (Erlang A beside the run) and the level-1 budget what-if,
 * hand-offs and on-site work, problems. A new section is one more function in the list.
 */
import type { Locale } from 'service-desk-rules';
import type { ServiceIndicators } from 'service-desk-rules/metrics';
import { priorities } from 'service-desk-rules/qualification';
import { deskPolicy } from './desk-setup.js';
import { kpiRows, mark, slaHeadings, slaRows } from './kpi-table.js';
import {
  atRiskTable,
  atRiskTitle,
  budgetIntro,
  budgetTable,
  openMissesLine,
  queueLines,
  staffingInputs,
  staffingNotes,
  staffingTable,
} from './manager-tables.js';
import { problemRows } from './problem-rows.js';
import { colon, count, noun, percent, say, typeset, wholePercent } from './report-labels.js';
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
    `${say('title', lang)} — ${say('seed', lang)} ${o.seed}, ${count(o.days, 'day', 'days', lang)} (${first === undefined ? '' : dayLabel(first.opens, lang)}), ${count(o.agents, 'technician', 'technicians', lang)}, ${o.rate} ${say('callsPerHour', lang)}`,
    `${say('hours', lang)} ${deskPolicy.version} (${say('seedRules', lang)})`,
  ];
}

/** A section of the terminal report: its lines (none to leave it out). */
export type TerminalSection = (result: SimulationResult, lang: Locale) => readonly string[];

const trimmed = (lines: readonly string[]) => lines.map((l) => l.trimEnd());

/** Calls and tickets. */
const countsSection: TerminalSection = (result, lang) => {
  const i = result.indicators;
  const t = result.desk.tally;
  return trimmed(
    layoutColumns(
      [
        [
          say('calls', lang),
          String(i.calls.total),
          `${say('answered', lang)} ${i.calls.answered} · ${say('abandoned', lang)} ${i.calls.abandoned} · ${say('calledBack', lang)} ${t.callbacks}`,
        ],
        [
          say('tickets', lang),
          String(i.tickets.opened),
          `${say('closed', lang)} ${i.tickets.closed} · ${say('open', lang)} ${i.tickets.open} · ${say('deferred', lang)} ${t.deferred}`,
        ],
      ],
      ['left', 'right', 'left'],
      3,
    ),
  );
};

/** The headline indicators against the seed's targets (also `npm run indicators`'s table). */
export function kpiLines(indicators: ServiceIndicators, lang: Locale): string[] {
  return trimmed(
    layoutColumns([
      [say('kpi', lang), say('value', lang), say('target', lang)],
      ...kpiRows(indicators, lang).map((r) => [r.label, r.value, r.target, mark(r.ok)]),
    ]),
  );
}

const kpiSection: TerminalSection = (result, lang) => kpiLines(result.indicators, lang);

/** Detection and resolution compliance per priority (§2.5.2.4), as `npm run indicators` too. */
export function slaLines(indicators: ServiceIndicators, lang: Locale): string[] {
  const h = slaHeadings(lang);
  const sla = slaRows(indicators, lang);
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
  return [
    say('slaTitle', lang),
    ...trimmed(
      layoutColumns(
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
      ),
    ),
  ];
}

const slaSection: TerminalSection = (result, lang) => slaLines(result.indicators, lang);

/** The telephone queue: ASA, service level, abandons, callers who called again, peak (§4.3.2). */
const queueSection: TerminalSection = (result, lang) => [
  say('queueTitle', lang),
  ...trimmed(
    layoutColumns(queueLines(result, lang).map(([label, value]) => [`  ${label}`, value])),
  ),
];

/** The SLA misses still open, and the most urgent open tickets (« breaching now »). */
const openBreachesSection: TerminalSection = (result, lang) => {
  const t = atRiskTable(result, lang);
  return [
    openMissesLine(result, lang),
    `${atRiskTitle(result, lang)}${t.rows.length === 0 ? `${colon(lang)}${say('noneAtRisk', lang)}` : ''}`,
    ...(t.rows.length === 0
      ? []
      : trimmed(
          layoutColumns([t.head, ...t.rows], ['left', 'left', 'left', 'left', 'left']).map(
            (l) => `  ${l}`,
          ),
        )),
  ];
};

/** Technicians → Erlang A's prediction for the run's own rate, with the run's measurement. */
const staffingSection: TerminalSection = (result, lang) => {
  const t = staffingTable(result, lang);
  if (t.rows.length === 0) return [];
  return [
    say('staffingTitle', lang),
    `  ${staffingInputs(result, lang)}`,
    ...trimmed(
      layoutColumns([t.head, ...t.rows], ['left', 'right', 'right', 'right', 'right']).map(
        (l) => `  ${l}`,
      ),
    ),
    ...staffingNotes(lang).map((n) => `  ${n}`),
  ];
};

/** The level-1 budget what-if for this desk (§4.3.2). */
const budgetSection: TerminalSection = (result, lang) => {
  const t = budgetTable(result, lang);
  if (t.rows.length === 0) return [];
  return [
    `${say('budgetTitle', lang)}${colon(lang)}${budgetIntro(result, lang)}`,
    ...trimmed(
      layoutColumns(
        [t.head, ...t.rows],
        ['right', 'right', 'right', 'right', 'right', 'right', 'right'],
      ).map((l) => `  ${l}`),
    ),
  ];
};

/** Hand-offs, on-site work and the backlog at the end. */
const handlingSection: TerminalSection = (result, lang) => {
  const i = result.indicators;
  const t = result.desk.tally;
  return [
    `${say('handoffs', lang)}${colon(lang)}${count(i.handoffs.transfers, 'transfer', 'transfers', lang)} (${percent(i.handoffs.transferRate, lang)}), ${count(i.handoffs.escalations, 'escalation', 'escalations', lang)} (${percent(i.handoffs.escalationRate, lang)})`,
    `${say('onSite', lang)}${colon(lang)}${t.onSite} ${say('fieldVisits', lang)}, ${t.suppliers} ${say('supplierVisits', lang)} · ${count(t.loans, 'loan', 'loans', lang)}, ${count(t.replacements, 'replacement', 'replacements', lang)} (§5.1) · ${count(result.desk.reports.length, 'report', 'reports', lang)}`,
    `${say('backlog', lang)}${colon(lang)}${i.backlog.total} (${[...priorities.map((p) => `P${p} ${i.byPriority.get(p)?.backlog.total ?? 0}`), `${say('unqualified', lang)} ${i.backlog.unqualified}`].join(' · ')})`,
  ];
};

/** Problems and known errors (§4.4). */
const problemSection: TerminalSection = (result, lang) => {
  const fixes = result.desk.tally.knownErrorFixes;
  const rows = problemRows(result, lang);
  const counts = layoutColumns(
    rows.map((r) => [String(r.incidents)]),
    ['right'],
  );
  const lines = layoutColumns(
    rows.map((r, k) => [
      r.id,
      r.status,
      `${counts[k] ?? ''} ${noun(r.incidents, 'incident', 'incidents', lang)} · ${r.title} — ${r.equipment}`,
    ]),
  );
  return [
    `${say('problems', lang)}${colon(lang)}${count(fixes, 'knownErrorFix', 'knownErrorFixes', lang)}`,
    ...(rows.length === 0 ? [`  ${say('noProblem', lang)}`] : []),
    ...rows.flatMap((r, k) => [
      `  ${(lines[k] ?? '').trimEnd()}`,
      ...(r.fix === undefined ? [] : [`        ${say('fix', lang)}${colon(lang)}${r.fix}`]),
    ]),
  ];
};

/** The sections of the terminal report, in order; each is separated from the next by a blank line. */
export const terminalSections: readonly TerminalSection[] = [
  headingLines,
  countsSection,
  kpiSection,
  queueSection,
  slaSection,
  openBreachesSection,
  staffingSection,
  budgetSection,
  handlingSection,
  problemSection,
];

/** The plain-text report, at most about 90 lines (French typography in French). */
export function renderTerminalReport(
  result: SimulationResult,
  lang: Locale,
  sections: readonly TerminalSection[] = terminalSections,
): string {
  const blocks = sections.map((section) => section(result, lang)).filter((b) => b.length > 0);
  return `${typeset(blocks.map((b) => b.join('\n')).join('\n\n'), lang)}\n`;
}
