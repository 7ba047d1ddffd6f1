/**
 * The KPI table, from the service indicators alone: each row its value and the seed's target
 * with ✓ or ✗ (`ok: null` when the seed sets no target or nothing was measured).
 */
import type { Locale } from 'service-desk-rules';
import { priorityLabels, slaIndicatorLabels } from 'service-desk-rules/i18n';
import type { ServiceIndicators } from 'service-desk-rules/metrics';
import type { Priority } from 'service-desk-rules/qualification';
import { duration, percent, say, wholePercent } from './report-labels.js';

/** One row of the KPI table. */
export interface KpiRow {
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly ok: boolean | null;
}

/** One line of the SLA table: a priority's detection and resolution compliance. */
export interface SlaRow {
  readonly priority: Priority;
  readonly label: string;
  readonly tickets: number;
  readonly cells: readonly {
    readonly kind: 'detection' | 'resolution';
    readonly met: number;
    readonly total: number;
    readonly rate: number | null;
    readonly successRate: number;
    readonly ok: boolean | null;
  }[];
}

/** The headline indicators against the seed's targets. */
export function kpiRows(indicators: ServiceIndicators, lang: Locale): KpiRow[] {
  const flr = indicators.firstLevelResolution;
  const ttr = indicators.timeToResolve;
  return [
    {
      label: say('firstLevel', lang),
      value: `${percent(flr.rate, lang)} (${flr.atLevel1}/${flr.closed})`,
      target: `≥ ${wholePercent(flr.target)}`,
      ok: flr.ok,
    },
    {
      label: say('abandonRate', lang),
      value: `${percent(indicators.calls.abandonedRate, lang)} (${indicators.calls.abandoned}/${indicators.calls.total})`,
      target: say('noTarget', lang),
      ok: null,
    },
    { label: say('meanToResolve', lang), value: duration(ttr.meanMs, lang), target: '', ok: null },
    {
      label: say('medianToResolve', lang),
      value: duration(ttr.medianMs, lang),
      target: '',
      ok: null,
    },
    { label: say('p90ToResolve', lang), value: duration(ttr.p90Ms, lang), target: '', ok: null },
  ];
}

/** Detection and resolution compliance of each priority against the table's success rates. */
export function slaRows(indicators: ServiceIndicators, lang: Locale): SlaRow[] {
  return [...indicators.sla].map(([priority, line]) => ({
    priority,
    label: priorityLabels[priority][lang],
    tickets: indicators.byPriority.get(priority)?.tickets ?? 0,
    cells: (['detection', 'resolution'] as const).map((kind) => {
      const l = line[kind];
      return {
        kind,
        met: l.met,
        total: l.total,
        rate: l.rate,
        successRate: l.successRate,
        ok: l.total === 0 ? null : l.ok,
      };
    }),
  }));
}

/** The SLA table's column titles. */
export function slaHeadings(lang: Locale): { detection: string; resolution: string } {
  return {
    detection: slaIndicatorLabels.detection[lang],
    resolution: slaIndicatorLabels.resolution[lang],
  };
}

/** `✓`, `✗`, or blank. */
export function mark(ok: boolean | null): string {
  return ok === null ? ' ' : ok ? '✓' : '✗';
}
