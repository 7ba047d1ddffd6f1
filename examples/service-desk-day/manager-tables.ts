/**
 * What a desk manager acts on (issue 11), as cells shared by the terminal and HTML reports:
 * the telephone queue's indicators, the SLA misses still open and the most urgent open
 * tickets, the staffing table (Erlang A's prediction beside the run's measurement) and the
 * level-1 budget what-if (seed §4.3.2).
 */
import type { Locale } from 'service-desk-rules';
import { slaIndicatorLabels } from 'service-desk-rules/i18n';
import { priorities } from 'service-desk-rules/qualification';
import { colon, count, duration, percent, say } from './report-labels.js';
import type { SimulationResult } from './simulation.js';
import { budgetRows, measuredQueue, staffingRows } from './staffing-rows.js';

/** A table: its column titles and its rows of cells. */
export interface CellTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The queue indicators as label → value lines (ASA, service level, abandons, recalls, peak). */
export function queueLines(result: SimulationResult, lang: Locale): (readonly [string, string])[] {
  const q = result.indicators.queue;
  const seconds = (ms: number) => duration(ms, lang);
  const peakAt = q.peakQueueLength.at;
  return [
    [
      say('speedOfAnswer', lang),
      `${say('asa', lang)} ${duration(q.speedOfAnswer.meanMs, lang)} · ${say('p90', lang)} ${duration(q.speedOfAnswer.p90Ms, lang)}`,
    ],
    [
      say('serviceLevel', lang),
      `${percent(q.serviceLevel.rate, lang)} ${say('answeredWithin', lang)} ${seconds(q.serviceLevel.thresholdMs)} (${q.serviceLevel.answeredWithin}/${q.offered - q.abandonment.short}, « 80/20 », ${say('shortAbandonsApart', lang)})`,
    ],
    [
      say('abandonment', lang),
      `${percent(q.abandonment.rate, lang)} (${q.abandoned - q.abandonment.short}/${q.offered - q.abandonment.short}) · ${say('shortAbandons', lang)} ${seconds(q.abandonment.shortThresholdMs)})${colon(lang)}${q.abandonment.short}`,
    ],
    [
      say('calledAgainTitle', lang),
      `${count(q.calledAgain.calls, 'call', 'callsWord', lang)} ${say('callsWithin', lang)} (${q.calledAgain.afterAbandon} ${say('afterHangingUp', lang)})`,
    ],
    [
      say('peakQueue', lang),
      `${count(q.peakQueueLength.length, 'caller', 'callers', lang)}${peakAt === null ? '' : ` (${dueLabel(peakAt, lang)})`}`,
    ],
  ];
}

/** The SLA misses still open at the end, per priority and clock (`openMisses`). */
export function openMissesLine(result: SimulationResult, lang: Locale): string {
  const parts: string[] = [];
  let total = 0;
  for (const p of priorities) {
    const line = result.indicators.sla.get(p);
    if (line === undefined) continue;
    for (const kind of ['detection', 'resolution'] as const) {
      const n = line[kind].openMisses;
      total += n;
      if (n > 0) parts.push(`P${p} ${slaIndicatorLabels[kind][lang].toLowerCase()} ${n}`);
    }
  }
  return `${say('openMisses', lang)}${colon(lang)}${total}${parts.length === 0 ? '' : ` (${parts.join(' · ')})`}`;
}

/** An instant the way `lang` writes a day and a time (Europe/Paris): `Mon 17:56`, `lun. 17:56`. */
export function dueLabel(at: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'Europe/Paris',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** How many at-risk tickets the reports show. */
export const atRiskShown = 5;

/**
 * The most urgent open tickets at the end (`acc.atRisk`): ticket, priority, the clock that
 * makes it urgent (the least working time left among its clocks not yet met), its due
 * instant, and how far past it (or how long before it) the ticket is.
 */
export function atRiskTable(
  result: SimulationResult,
  lang: Locale,
  limit = atRiskShown,
): CellTable {
  return {
    head: [
      say('ticket', lang).replace(/^./, (c) => c.toUpperCase()),
      say('priority', lang),
      say('clock', lang),
      say('due', lang),
      say('overdueOrLeft', lang),
    ],
    rows: result.atRisk.slice(0, limit).map((t) => {
      // The clock `urgencyMs` comes from: the least time left among those not yet met.
      const pending = t.clocks.filter((c) => c.state !== 'met');
      const urgent =
        pending.find((c) => c.remainingMs === t.urgencyMs) ??
        [...pending].sort((a, b) => a.remainingMs - b.remainingMs)[0];
      const when =
        urgent === undefined
          ? ''
          : urgent.remainingMs < 0
            ? `${say('overdue', lang)} ${duration(-urgent.remainingMs, lang)}`
            : `${say('left', lang)} ${duration(urgent.remainingMs, lang)}`;
      return [
        t.ticketId.replace(/^ticket-/, ''),
        `P${t.priority}`,
        urgent === undefined
          ? ''
          : `${slaIndicatorLabels[urgent.clock][lang]}${urgent.state === 'paused' ? ` (${say('paused', lang)})` : ''}`,
        urgent === undefined ? '' : dueLabel(urgent.dueAt, lang),
        when,
      ];
    }),
  };
}

/** The at-risk list's title: how many of how many open tickets with a running clock. */
export function atRiskTitle(result: SimulationResult, lang: Locale, limit = atRiskShown): string {
  const shown = Math.min(limit, result.atRisk.length);
  return `${say('atRiskTitle', lang)} (${shown} ${say('atRiskOf', lang)} ${result.atRisk.length})`;
}

/** The measured inputs of the models, and where the patience comes from. */
export function staffingInputs(result: SimulationResult, lang: Locale): string {
  const m = measuredQueue(result);
  const rate = (Math.round(m.callsPerHour * 10) / 10).toFixed(1);
  return `${say('staffingInputs', lang)}${colon(lang)}${lang === 'fr' ? rate.replace('.', ',') : rate} ${say('callsPerHour', lang)}, ${say('handleTime', lang)} ${duration(m.handleTimeMs, lang)}, ${say('patience', lang)} ${duration(m.patienceMs, lang)} (${say(m.patienceEstimated ? 'patienceEstimated' : 'patienceConfigured', lang)})`;
}

/**
 * Technicians → Erlang A's service level within 20 s, ASA, abandonment and occupancy; under
 * the run's own technician count, the same figures as the run measured them.
 */
export function staffingTable(
  result: SimulationResult,
  lang: Locale,
): CellTable & { readonly measuredRow: number | null } {
  const rows: string[][] = [];
  let measuredRow: number | null = null;
  for (const r of staffingRows(result)) {
    const p = r.predicted;
    rows.push([
      `${r.agents}${r.measured === null ? '' : ` ${say('thisRun', lang)}`}`,
      percent(p.serviceLevel, lang),
      duration(p.averageSpeedOfAnswerMs, lang),
      percent(p.abandonment, lang),
      percent(p.occupancy, lang),
    ]);
    const m = r.measured;
    if (m !== null) {
      measuredRow = rows.length;
      rows.push([
        `  ${say('measured', lang)}`,
        percent(m.serviceLevel, lang),
        duration(m.averageSpeedOfAnswerMs, lang),
        percent(m.abandonment, lang),
        percent(m.occupancy, lang),
      ]);
    }
  }
  return {
    head: [
      say('techniciansHead', lang),
      say('answeredIn20', lang),
      say('asaHead', lang),
      say('abandonedHead', lang),
      say('occupancy', lang),
    ],
    rows,
    measuredRow,
  };
}

/** The notes under the staffing table: the definitions, and why the model and the run differ. */
export function staffingNotes(lang: Locale): string[] {
  return [say('ofAllCalls', lang), say('flatDay', lang)];
}

/** The what-if's title line: the desk it is for and how the response was fitted. */
export function budgetIntro(result: SimulationResult, lang: Locale): string {
  const agents = result.options.agents;
  const flr = result.indicators.firstLevelResolution.rate;
  return `${count(agents, 'technician', 'technicians', lang)} · ${say('budgetCalibrated', lang)} ${percent(flr !== null && flr > 0 && flr < 1 ? flr : 0.8, lang)}`;
}

/** Budget → handle time, first-level resolution, ASA, answered in 20 s, abandoned, level-2 load. */
export function budgetTable(result: SimulationResult, lang: Locale): CellTable {
  const perHour = (n: number) => {
    const t = (Math.round(n * 10) / 10).toFixed(1);
    return lang === 'fr' ? t.replace('.', ',') : t;
  };
  return {
    head: [
      say('budgetHead', lang),
      say('handleTimeHead', lang),
      say('level1Resolves', lang),
      say('asaHead', lang),
      say('answeredIn20', lang),
      say('abandonedHead', lang),
      say('toLevel2', lang),
    ],
    rows: budgetRows(result).map((b) => [
      duration(b.budgetMs, lang),
      duration(b.handleTimeMs, lang),
      percent(b.firstLevelResolution, lang),
      duration(b.queue.averageSpeedOfAnswerMs, lang),
      percent(b.queue.serviceLevel, lang),
      percent(b.queue.abandonment, lang),
      perHour(b.level2CallsPerHour),
    ]),
  };
}
