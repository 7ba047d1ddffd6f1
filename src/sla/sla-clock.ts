import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import {
  addWorkingMsAt,
  addWorkingTimeAt,
  alwaysOpen,
  assertWithinCalendarCap,
  type BusinessCalendar,
  isOpen,
  nextOpening,
  openIntervalsBetween,
  workingMsBetween,
  workingTimeBetween,
} from './business-calendar.js';
import {
  type SlaPause,
  type SlaTimeline,
  type TimelineAt,
  timelineAt,
} from './sla-clock-timeline.js';
import { assertWorkingDuration, nominalMs, type WorkingDuration } from './working-duration.js';

/**
 * The states of an SLA clock, as {@link measureSla} reports them.
 *
 * @example
 * ```ts
 * slaClockStates;
 * //=> ['running', 'paused', 'met', 'breached']
 * ```
 */
export const slaClockStates = ['running', 'paused', 'met', 'breached'] as const;

/**
 * Where an SLA clock stands: `'running'` (counting, or waiting for the calendar to open) and
 * `'paused'` (an open pause freezes it) while within its target; `'met'` once stopped within
 * it (exactly on the due instant included); `'breached'` as soon as it has counted more than
 * its target, whether it is still running, paused or stopped.
 *
 * @example
 * ```ts
 * const state: SlaClockState = 'met';
 * slaClockStates.includes(state);
 * //=> true
 * ```
 */
export type SlaClockState = (typeof slaClockStates)[number];

/**
 * When a clock may start counting, as {@link MeasureSlaOptions}.`startRule`.
 *
 * @example
 * ```ts
 * slaStartRules;
 * //=> ['immediate', 'next-opening']
 * ```
 */
export const slaStartRules = ['immediate', 'next-opening'] as const;

/**
 * How the calendar governs a clock:
 *
 * - `'immediate'` (default): the clock starts with the timeline and counts only the
 *   calendar's open time (business hours, « heures ouvrées » all along).
 * - `'next-opening'`: the clock may not start outside the calendar's opening hours, but once
 *   started it runs through closed hours, nights and weekends (only pauses stop it): a call
 *   received at night counts from the next opening, then around the clock, as in French
 *   contracts that take calls in « HO » and run the delay in « HNO » too.
 *
 * @example
 * ```ts
 * const rule: SlaStartRule = 'next-opening';
 * slaStartRules.indexOf(rule);
 * //=> 1
 * ```
 */
export type SlaStartRule = (typeof slaStartRules)[number];

/**
 * How to measure a clock; only `at` ("now", a parameter as everywhere in this library) is
 * required.
 */
export interface MeasureSlaOptions {
  /** The instant of the measurement; events of the timeline after it are not known yet. */
  readonly at: Date;
  /** The business calendar whose open time counts; {@link alwaysOpen} (24 × 7) by default. */
  readonly calendar?: BusinessCalendar;
  /** From which ratio of the target a running or paused clock is at risk; 0.75 by default. */
  readonly atRiskRatio?: number;
  /** Warning thresholds as ratios of the target, ascending; `[0.5, 0.75, 1]` by default. */
  readonly thresholds?: readonly number[];
  /** When the clock may start; `'immediate'` by default. */
  readonly startRule?: SlaStartRule;
  /** Whether to add the {@link SlaExplanation} behind the figures. */
  readonly explain?: boolean;
}

/**
 * The warning thresholds of a measurement: the ones already reached (elapsed ≥ ratio ×
 * target) and the next one with the instant it will be reached if the clock runs on without
 * pause from `at` (`null` when every threshold is reached or the clock has stopped). While
 * paused, `next.at` is where it would fall if the clock resumed at `at`: it moves with the
 * pause.
 *
 * @example
 * ```ts
 * const thresholds: SlaThresholds = { crossed: [0.5], next: { ratio: 0.75, at: new Date('2026-03-09T09:45:00Z') } };
 * thresholds.next?.ratio;
 * //=> 0.75
 * ```
 */
export interface SlaThresholds {
  readonly crossed: readonly number[];
  readonly next: { readonly ratio: number; readonly at: Date } | null;
}

/**
 * A stretch of time in an {@link SlaExplanation}, `[start, end)`, with the milliseconds it
 * counted (counted segments) or kept from being counted (pauses).
 */
export interface SlaSegment {
  readonly start: Date;
  readonly end: Date;
  readonly ms: number;
}

/**
 * A pause as it weighed on a measurement: cut to the measured stretch, with the working time
 * it kept from counting (`ms`: open time of the calendar inside the pause) and whether it is
 * still going on at `at`.
 */
export interface SlaExcludedPause extends SlaSegment {
  readonly open: boolean;
}

/**
 * Why a clock shows what it shows, so a support manager can see why a call breached:
 * the target turned into working milliseconds, from when to when the clock was looked at,
 * the stretches it counted, the pauses it left out and the closed time of the calendar it
 * left out. Counted, paused and closed stretches tile `[start, until)` exactly, and the
 * counted milliseconds add up to `elapsedMs`.
 *
 * @example
 * ```ts
 * const m = measureSla(
 *   { start: new Date('2026-03-09T09:00:00Z'), pauses: [{ from: new Date('2026-03-09T09:10:00Z'), to: new Date('2026-03-09T09:30:00Z') }] },
 *   { hours: 1 },
 *   { at: new Date('2026-03-09T10:00:00Z'), explain: true },
 * );
 * m.explanation.counted.map((s) => s.ms);
 * //=> [600000, 1800000]
 * ```
 */
export interface SlaExplanation {
  /** The target as working milliseconds, measured from the clock's start. */
  readonly budgetMs: number;
  /** The timeline's start. */
  readonly start: Date;
  /** When the clock began counting (the next opening under `'next-opening'`). */
  readonly countFrom: Date;
  /** The end of the measured stretch: the stop if known at `at`, else `at`. */
  readonly until: Date;
  readonly counted: readonly SlaSegment[];
  readonly paused: readonly SlaExcludedPause[];
  /** Closed time outside pauses, including any wait for the first opening. */
  readonly closed: readonly SlaSegment[];
}

/**
 * What {@link measureSla} returns.
 *
 * - `state`: see {@link SlaClockState}.
 * - `budgetMs`: the target in working milliseconds from the start; `elapsedMs`: working
 *   time counted so far (pauses and closed time left out); `remainingMs = budgetMs −
 *   elapsedMs`, negative by the overrun once breached; `ratio = elapsedMs / budgetMs`.
 * - `dueAt`: the instant the clock reaches its target. Once reached, the instant it was
 *   reached (for a breach, when it breached). Otherwise the instant it will be reached if it
 *   runs on without pause: from `at` while running; from `at` too while paused, as if the
 *   pause ended now, so it moves later for as long as the pause lasts; from the stop once
 *   stopped within target (when it was due).
 * - `atRisk`: running or paused, not breached, and `ratio ≥ atRiskRatio`.
 * - `thresholds`: see {@link SlaThresholds}.
 */
export interface SlaMeasurement {
  readonly state: SlaClockState;
  readonly dueAt: Date;
  readonly budgetMs: number;
  readonly elapsedMs: number;
  readonly remainingMs: number;
  readonly ratio: number;
  readonly atRisk: boolean;
  readonly thresholds: SlaThresholds;
  readonly explanation?: SlaExplanation;
}

const DEFAULT_THRESHOLDS: readonly number[] = Object.freeze([0.5, 0.75, 1]);
const DEFAULT_AT_RISK_RATIO = 0.75;

function checkClockOptions(options: MeasureSlaOptions): {
  calendar: BusinessCalendar;
  startRule: SlaStartRule;
} {
  if (typeof options !== 'object' || options === null) {
    throw inputError('measureSla: options must be { at, calendar?, … }; `at` is required.');
  }
  const startRule = options.startRule ?? 'immediate';
  if (startRule !== 'immediate' && startRule !== 'next-opening') {
    throw new ConfigurationError(
      `measureSla: startRule must be 'immediate' or 'next-opening', got ${describeValue(startRule)}.`,
      { path: ['startRule'], input: startRule },
    );
  }
  return { calendar: options.calendar ?? alwaysOpen, startRule };
}

function checkReadingOptions(options: MeasureSlaOptions): {
  atRiskRatio: number;
  thresholds: readonly number[];
} {
  const atRiskRatio = options.atRiskRatio ?? DEFAULT_AT_RISK_RATIO;
  if (typeof atRiskRatio !== 'number' || !Number.isFinite(atRiskRatio) || atRiskRatio <= 0) {
    throw new ConfigurationError(
      `measureSla: atRiskRatio must be a positive ratio of the target (0.75 is 75 %), got ${describeValue(atRiskRatio)}.`,
      { path: ['atRiskRatio'], input: atRiskRatio },
    );
  }
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  if (!Array.isArray(thresholds)) {
    throw new ConfigurationError(
      `measureSla: thresholds must be a list of ratios such as [0.5, 0.75, 1], got ${describeValue(thresholds)}.`,
      { path: ['thresholds'], input: thresholds },
    );
  }
  thresholds.forEach((ratio: unknown, index) => {
    if (typeof ratio !== 'number' || !Number.isFinite(ratio) || ratio <= 0) {
      throw new ConfigurationError(
        `measureSla: thresholds[${index}] must be a positive ratio of the target, got ${describeValue(ratio)}.`,
        { path: ['thresholds', index], input: ratio },
      );
    }
    // Read by index only: an array may carry a "-1" field, which is not a ratio before the first.
    const previous = index > 0 ? thresholds[index - 1] : undefined;
    if (previous !== undefined && ratio <= previous) {
      throw new ConfigurationError(
        `measureSla: thresholds must be strictly ascending, but thresholds[${index}] = ${ratio} follows ${previous}.`,
        { path: ['thresholds', index], input: thresholds },
      );
    }
  });
  return { atRiskRatio, thresholds };
}

/** The working time of a ratio of the budget, in whole milliseconds (rounded up, exactly). */
function thresholdMs(ratio: number, budgetMs: number): number {
  const exact = ratio * budgetMs;
  const nearest = Math.round(exact);
  return Math.abs(exact - nearest) < 1e-6 ? nearest : Math.ceil(exact);
}

/** A stretch during which the clock runs (not paused), in epoch milliseconds. */
interface Run {
  readonly from: number;
  readonly to: number;
}

function runsOf(cut: TimelineAt, countFrom: number): Run[] {
  const runs: Run[] = [];
  let cursor = countFrom;
  for (const pause of cut.pauses) {
    if (pause.from > cursor) runs.push({ from: cursor, to: pause.from });
    cursor = Math.max(cursor, pause.to);
  }
  if (cut.end > cursor) runs.push({ from: cursor, to: cut.end });
  return runs;
}

/** The working milliseconds a target stands for, counted from `countFrom`: hours, minutes and
 * seconds are that much working time wherever they start; opening days depend on the days. */
function budgetOf(calendar: BusinessCalendar, countFrom: number, target: WorkingDuration): number {
  if ((target.days ?? 0) === 0) {
    // Hours, minutes and seconds need no walk of the calendar, but the same cap as one.
    const ms = Math.round(nominalMs(target));
    assertWithinCalendarCap(0, ms);
    return ms;
  }
  return workingMsBetween(calendar, countFrom, addWorkingTimeAt(calendar, countFrom, target));
}

/** What every reading of a clock shares: the cut timeline, where counting starts, the budget
 * in working ms and the calendar the clock counts on. */
function setUp(timeline: SlaTimeline, target: WorkingDuration, options: MeasureSlaOptions) {
  const { calendar: schedule, startRule } = checkClockOptions(options);
  const cut = timelineAt(timeline, options.at);
  const duration = assertWorkingDuration(target, ['target']);

  // Under 'next-opening' the calendar only decides when the clock starts; it then runs 24 × 7.
  let countFrom = cut.start;
  let calendar = schedule;
  if (startRule === 'next-opening') {
    const start = new Date(cut.start);
    countFrom = isOpen(schedule, start) ? cut.start : nextOpening(schedule, start).getTime();
    calendar = alwaysOpen;
  }
  return { cut, countFrom, calendar, budgetMs: budgetOf(calendar, countFrom, duration) };
}

/**
 * The working time counted between `countFrom` and the end of the cut, pauses left out: the
 * sum over {@link runsOf}, walked without making the runs (a closure's two clocks are read on
 * the indicators' hot path, where the run objects cost about an eighth of the time).
 */
function elapsedOf(cut: TimelineAt, countFrom: number, calendar: BusinessCalendar): number {
  let elapsedMs = 0;
  let cursor = countFrom;
  for (const pause of cut.pauses) {
    if (pause.from > cursor) elapsedMs += workingMsBetween(calendar, cursor, pause.from);
    cursor = Math.max(cursor, pause.to);
  }
  if (cut.end > cursor) elapsedMs += workingMsBetween(calendar, cursor, cut.end);
  return elapsedMs;
}

function stateOf(cut: TimelineAt, elapsedMs: number, budgetMs: number): SlaClockState {
  if (elapsedMs > budgetMs) return 'breached';
  if (cut.stopped) return 'met';
  return cut.pauses.some((pause) => pause.open) ? 'paused' : 'running';
}

/**
 * Whether a clock stopped at `stop` met a target already checked (a valid working duration):
 * counted on `calendar` from `start` (the `'immediate'` start rule), leaving out the pauses
 * `counts` keeps (in order; one still open runs to the stop; one begun after the stop is
 * ignored). It answers what {@link slaClockState} answers `'met'` for, on epoch milliseconds
 * and without its checks or allocations — the indicators' hot path, which reads two such
 * clocks on every closing from facts it checked when they arrived. Pauses out of order or
 * overlapping are not refused: each only moves the count forward. Internal: not re-exported
 * by `service-desk-rules/sla`; `start` ≤ `stop` must be finite numbers of ms.
 *
 * @throws RangeError beyond the calendars' cap, as {@link slaClockState}.
 * @example
 * ```ts
 * const call = Date.UTC(2026, 2, 9, 9);
 * const wait = { from: new Date(call + 10_000), to: new Date(call + 20_000) };
 * [
 *   stoppedClockMet(alwaysOpen, call, call + 70_000, { minutes: 1 }, [wait], () => true),
 *   stoppedClockMet(alwaysOpen, call, call + 70_000, { minutes: 1 }, [wait], () => false),
 * ];
 * //=> [true, false]
 * ```
 */
export function stoppedClockMet<P extends SlaPause>(
  calendar: BusinessCalendar,
  start: number,
  stop: number,
  target: WorkingDuration,
  pauses: readonly P[],
  counts: (pause: P) => boolean,
): boolean {
  let elapsedMs = 0;
  let cursor = start;
  for (let k = 0; k < pauses.length; k++) {
    const pause = pauses[k] as P;
    if (!counts(pause)) continue;
    const from = pause.from.getTime();
    if (from > stop) continue;
    const to = pause.to === undefined ? stop : Math.min(pause.to.getTime(), stop);
    if (from > cursor) elapsedMs += workingMsBetween(calendar, cursor, from);
    if (to > cursor) cursor = to;
  }
  if (stop > cursor) elapsedMs += workingMsBetween(calendar, cursor, stop);
  return elapsedMs <= budgetOf(calendar, start, target);
}

/**
 * The state of an SLA clock at an instant — `'running'`, `'paused'`, `'met'` or
 * `'breached'` — exactly as {@link measureSla} gives it, without working out the due instant,
 * the thresholds or the explanation: the cheap reading for indicators that only count met
 * and breached clocks over many tickets.
 *
 * @see seed §2.5.2.4
 * It refuses what {@link measureSla} refuses, with one exception: as it does not work out the
 * due instant, a target that fits in the cap but whose due instant lies beyond it (hours on a
 * calendar open a few minutes a year) still gets its state here, where `measureSla` throws.
 *
 * @throws TypeError when the timeline is malformed or `at` is before its start;
 *   ConfigurationError when the target or an option is invalid; RangeError when the timeline
 *   or the target is longer than the calendars' cap (366,000 days), as {@link measureSla}.
 * @example
 * ```ts
 * const call = new Date('2026-03-09T09:00:00Z');
 * slaClockState({ start: call, pauses: [], stop: new Date('2026-03-09T09:01:00Z') }, { minutes: 1 }, { at: new Date('2026-03-09T12:00:00Z') });
 * //=> 'met'
 * ```
 */
export function slaClockState(
  timeline: SlaTimeline,
  target: WorkingDuration,
  options: MeasureSlaOptions,
): SlaClockState {
  return guardInput('slaClockState', () => {
    const { cut, countFrom, calendar, budgetMs } = setUp(timeline, target, options);
    return stateOf(cut, elapsedOf(cut, countFrom, calendar), budgetMs);
  });
}

/**
 * Measures an SLA clock at an instant: its state, when it is due, the working time counted
 * and left, the warning thresholds reached and the next one, and on request the explanation.
 *
 * The target (`{ minutes: 1 }`, `{ hours: 24 }`, `{ days: 5 }`…) is turned once into
 * working milliseconds from the start (days are opening days of the calendar: the budget is
 * the open time from the start to `addWorkingTime(calendar, start, target)`); then the clock
 * counts the calendar's open time, leaving out pauses. An open pause freezes it. Stopping
 * exactly on the due instant is met; one millisecond later is breached. The measurement is a
 * pure function of the timeline up to `at`: later pauses or a later stop are ignored.
 *
 * @see seed §2.5.2.4 « Temps de détection », « Temps de résolution »
 * @throws TypeError when the timeline is malformed (see {@link SlaTimeline}) or `at` is before
 *   its start; ConfigurationError when the target or an option is invalid; RangeError when
 *   the timeline or the target reaches beyond the calendars' cap (366,000 days, docs/sla.md).
 * @example
 * ```ts
 * const call = new Date('2026-03-09T09:00:00Z');
 * measureSla({ start: call, pauses: [], stop: new Date('2026-03-09T09:01:00Z') }, { minutes: 1 }, { at: new Date('2026-03-09T12:00:00Z') }).state;
 * //=> 'met'
 * measureSla({ start: call, pauses: [], stop: new Date('2026-03-09T09:01:01Z') }, { minutes: 1 }, { at: new Date('2026-03-09T12:00:00Z') }).state;
 * //=> 'breached'
 * ```
 */
export function measureSla(
  timeline: SlaTimeline,
  target: WorkingDuration,
  options: MeasureSlaOptions & { readonly explain: true },
): SlaMeasurement & { readonly explanation: SlaExplanation };
export function measureSla(
  timeline: SlaTimeline,
  target: WorkingDuration,
  options: MeasureSlaOptions,
): SlaMeasurement;
export function measureSla(
  timeline: SlaTimeline,
  target: WorkingDuration,
  options: MeasureSlaOptions,
): SlaMeasurement {
  return guardInput('measureSla', () => measured(timeline, target, options));
}

function measured(
  timeline: SlaTimeline,
  target: WorkingDuration,
  options: MeasureSlaOptions,
): SlaMeasurement {
  const { cut, countFrom, calendar, budgetMs } = setUp(timeline, target, options);
  const runs = runsOf(cut, countFrom);
  const runMs = runs.map((run) => workingMsBetween(calendar, run.from, run.to));
  const elapsedMs = runMs.reduce((sum, ms) => sum + ms, 0);
  const { atRiskRatio, thresholds } = checkReadingOptions(options);
  let reachedAt: number | undefined;
  let before = 0;
  runs.forEach((run, k) => {
    const ms = runMs[k] ?? 0;
    if (before < budgetMs && budgetMs <= before + ms) {
      reachedAt = addWorkingMsAt(calendar, run.from, budgetMs - before);
    }
    before += ms;
  });

  const state = stateOf(cut, elapsedMs, budgetMs);
  // Where the clock would go on if it ran without pause: now (or its first opening under
  // 'next-opening'), or the stop once stopped.
  const resumeFrom = Math.max(cut.end, countFrom);
  const dueAt = reachedAt ?? addWorkingMsAt(calendar, resumeFrom, budgetMs - elapsedMs);

  const crossed: number[] = [];
  let next: SlaThresholds['next'] = null;
  for (const ratio of thresholds) {
    const goal = thresholdMs(ratio, budgetMs);
    if (elapsedMs >= goal) crossed.push(ratio);
    else if (next === null && !cut.stopped) {
      next = { ratio, at: new Date(addWorkingMsAt(calendar, resumeFrom, goal - elapsedMs)) };
    }
  }

  const ratio = elapsedMs / budgetMs;
  const measurement: SlaMeasurement = {
    state,
    dueAt: new Date(dueAt),
    budgetMs,
    elapsedMs,
    remainingMs: budgetMs - elapsedMs,
    ratio,
    atRisk: (state === 'running' || state === 'paused') && ratio >= atRiskRatio,
    thresholds: { crossed, next },
  };
  if (options.explain !== true) return measurement;
  return { ...measurement, explanation: explain(cut, countFrom, calendar, runs, budgetMs) };
}

function explain(
  cut: TimelineAt,
  countFrom: number,
  calendar: BusinessCalendar,
  runs: readonly Run[],
  budgetMs: number,
): SlaExplanation {
  const counted: SlaSegment[] = [];
  const closed: SlaSegment[] = [];
  const segment = (from: number, to: number): SlaSegment => ({
    start: new Date(from),
    end: new Date(to),
    ms: to - from,
  });
  if (countFrom > cut.start) {
    // Under 'next-opening', the wait for the first opening, less any pause during it.
    let cursor = cut.start;
    for (const pause of cut.pauses) {
      if (pause.from >= countFrom) break;
      if (pause.from > cursor) closed.push(segment(cursor, pause.from));
      cursor = Math.max(cursor, pause.to);
    }
    const waitEnd = Math.min(countFrom, cut.end);
    if (waitEnd > cursor) closed.push(segment(cursor, waitEnd));
  }
  for (const run of runs) {
    let cursor = run.from;
    for (const open of openIntervalsBetween(calendar, new Date(run.from), new Date(run.to))) {
      const from = Math.max(open.start.getTime(), run.from);
      const to = Math.min(open.end.getTime(), run.to);
      if (to <= from) continue;
      if (from > cursor) closed.push(segment(cursor, from));
      counted.push(segment(from, to));
      cursor = to;
    }
    if (run.to > cursor) closed.push(segment(cursor, run.to));
  }
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: already chronological (the wait's segments come before countFrom, the runs' after it, each pushed in order)
  closed.sort((a, b) => a.start.getTime() - b.start.getTime());
  const paused: SlaExcludedPause[] = cut.pauses.map((pause) => ({
    ...segment(pause.from, pause.to),
    ms: workingTimeBetween(
      calendar,
      new Date(Math.max(pause.from, countFrom)),
      new Date(Math.max(pause.to, countFrom)),
    ),
    open: pause.open,
  }));
  return {
    budgetMs,
    start: new Date(cut.start),
    countFrom: new Date(countFrom),
    until: new Date(cut.end),
    counted,
    paused,
    closed,
  };
}
