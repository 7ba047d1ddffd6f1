import { describeValue } from '../core/describe-value.js';
import { documentedError, inputError } from '../core/input-guard.js';
import { type Priority, priorities } from '../qualification/levels.js';
import type { SlaTargets } from '../sla/sla-table.js';
import { maxLabelLength } from '../ticket/ticket-command-parts.js';
import type { TechnicianId } from '../ticket/ticket-ids.js';
import {
  copyTicketIndicators,
  initialTicketIndicators,
  type TicketIndicatorStage,
  ticketIndicatorStages,
} from '../ticket/ticket-indicator-projection.js';
import type { ClockPause } from '../ticket/ticket-state.js';
import type { SavedQueue } from './call-queue-indicators.js';
import { DurationHistogram, type SavedDurationHistogram } from './duration-histogram.js';
import {
  type AccumulatorState,
  emptyAccumulatorState,
  type TrackedTicket,
} from './indicator-accumulator-state.js';
import {
  type Aggregate,
  type Contribution,
  maxBreakdownKeys,
  type ResolverAggregate,
} from './indicator-aggregate.js';
import { isEntryRefusal, readTargets } from './indicator-entry.js';
import type { ResolvedIndicatorOptions } from './indicator-options.js';
import { type SavedSeriesPoint, savedSeriesCounts } from './indicator-series.js';

/**
 * The name and version of the shape {@link SavedIndicators} follows. A restore refuses any
 * other; a later shape gets a new version and a reader for the old ones.
 *
 * @example
 * ```ts
 * savedIndicatorsFormat;
 * //=> { format: 'service-desk-rules/indicator-accumulator', version: 1 }
 * ```
 */
export const savedIndicatorsFormat = Object.freeze({
  format: 'service-desk-rules/indicator-accumulator',
  version: 1,
} as const);

/** Running totals of closed tickets and hand-offs, overall or for one priority, as JSON. */
export interface SavedAggregate {
  readonly closed: number;
  readonly atLevel1: number;
  readonly transfers: number;
  readonly escalations: number;
  readonly detection: { readonly met: number; readonly total: number };
  readonly resolution: { readonly met: number; readonly total: number };
  readonly timeToResolve: SavedDurationHistogram;
  readonly underQualified: number;
  readonly underQualifiedMs: number;
  readonly underQualifiedMisses: { readonly detection: number; readonly resolution: number };
}

/** What a closed ticket added to the indicators, as JSON (`null` for what was not measured). */
export interface SavedContribution {
  readonly priority: Priority | null;
  readonly atLevel1: boolean;
  readonly timeToResolveMs: number | null;
  readonly detectionMet: boolean | null;
  readonly resolutionMet: boolean | null;
  readonly underQualifiedMs: number | null;
  readonly resolvedBy: { readonly id: string; readonly level: 1 | 2 | 3 } | null;
  /** The group and category it is counted under (`null`: the line of none known). */
  readonly group: string | null;
  readonly category: string | null;
}

/**
 * One tracked ticket as JSON: its projection (instants as epoch milliseconds, `null` where
 * the projection has nothing yet) and what the accumulator keeps beside it.
 */
export interface SavedTicket {
  readonly id: string;
  readonly stage: TicketIndicatorStage;
  readonly openedAt: number;
  readonly policyVersion: string;
  readonly priority: Priority | null;
  readonly targets: SlaTargets | null;
  readonly takenInChargeAt: number | null;
  readonly resolvedAt: number | null;
  readonly pauses: readonly {
    readonly reason: string;
    readonly from: number;
    readonly to: number | null;
  }[];
  readonly transfers: number;
  readonly escalations: number;
  readonly lastSolutionAtLevel1: boolean;
  readonly reopenings: number;
  readonly closedAt: number | null;
  readonly qualifiedSince: number | null;
  readonly earlierPriorities: readonly {
    readonly priority: Priority;
    readonly from: number;
    readonly to: number;
  }[];
  readonly raised: number;
  readonly lowered: number;
  readonly resolvedBy: { readonly id: string; readonly level: 1 | 2 | 3 } | null;
  /** Its latest category and the assignment group holding it (`null`: none). */
  readonly category: string | null;
  readonly group: string | null;
  /** The last stream version seen, 0 when the entries carried none. */
  readonly lastVersion: number;
  /** The instant of its last event. */
  readonly lastAt: number;
  /** What it added when it closed, while it stays closed. */
  readonly contribution: SavedContribution | null;
}

/**
 * An indicator accumulator's state as plain JSON (`JSON.stringify` and `JSON.parse` keep it
 * whole): what {@link IndicatorAccumulator.save} writes and
 * {@link restoreIndicatorAccumulator} reads back, so that a dashboard restarts where it
 * stopped instead of reading every event again. Instants are epoch milliseconds.
 *
 * - `format`, `version`: see {@link savedIndicatorsFormat};
 * - `calls`, `tickets`: the counters;
 * - `lastPosition`: the last store position seen (0 before any), for repeats to count once;
 * - `overall`, `byPriority`: the running totals of closed tickets and hand-offs;
 * - `tracked`: the open tickets and those closed within their reopen window;
 * - `forget`: `[ticket id, epoch ms]`, the closed tickets in the order they are to be
 *   forgotten, with the end of their reopen window.
 */
export interface SavedIndicators {
  readonly format: (typeof savedIndicatorsFormat)['format'];
  readonly version: (typeof savedIndicatorsFormat)['version'];
  readonly calls: { readonly answered: number; readonly abandoned: number };
  readonly tickets: {
    readonly opened: number;
    readonly reopened: number;
    readonly cancelled: number;
    readonly raised: number;
    readonly lowered: number;
  };
  readonly lastPosition: number;
  readonly overall: SavedAggregate;
  readonly byPriority: { readonly [P in Priority]: SavedAggregate };
  readonly tracked: readonly SavedTicket[];
  readonly forget: readonly (readonly [string, number])[];
  /** The telephone queue's counters, recent callers and the queue-length sweep. */
  readonly queue: SavedQueue;
  /**
   * Closed tickets by resolver: `[technician id or level, closed, resolution met, resolution
   * measured, summed time to resolve in ms]`.
   */
  readonly byTechnician: readonly (readonly [string, number, number, number, number])[];
  readonly byLevel: readonly (readonly [1 | 2 | 3, number, number, number, number])[];
  /** Closed tickets by assignment group and by category, the same way (`null`: none known). */
  readonly byGroup: readonly (readonly [string | null, number, number, number, number])[];
  readonly byCategory: readonly (readonly [string | null, number, number, number, number])[];
  /** The periods of the series kept, when one is asked for. */
  readonly series: readonly SavedSeriesPoint[] | null;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const msOrNull = (d: Date | undefined): number | null => (d === undefined ? null : d.getTime());

function saveAggregate(a: Aggregate): SavedAggregate {
  return {
    closed: a.closed,
    atLevel1: a.atLevel1,
    transfers: a.transfers,
    escalations: a.escalations,
    detection: { ...a.detection },
    resolution: { ...a.resolution },
    timeToResolve: a.histogram.save(),
    underQualified: a.underQualified,
    underQualifiedMs: a.underQualifiedMs,
    underQualifiedMisses: { ...a.underQualifiedMisses },
  };
}

function saveTicket(t: TrackedTicket): SavedTicket {
  const p = t.projection;
  const c = t.contribution;
  return {
    id: t.id,
    stage: p.stage,
    // Stryker disable next-line OptionalChaining: a tracked ticket always has its opening (folded from its ticket-opened event, or read back by a restore)
    openedAt: p.opening?.at.getTime() ?? t.lastAt,
    policyVersion: p.policyVersion ?? '',
    priority: orNull(p.qualification?.priority),
    targets: orNull(p.qualification?.targets),
    takenInChargeAt: msOrNull(p.takenInChargeAt),
    resolvedAt: msOrNull(p.resolvedAt),
    pauses: p.pauses.map((x) => ({ reason: x.reason, from: x.from.getTime(), to: msOrNull(x.to) })),
    transfers: p.transfers,
    escalations: p.escalations,
    lastSolutionAtLevel1: p.lastSolutionAtLevel1,
    reopenings: p.reopenings,
    closedAt: msOrNull(p.closedAt),
    qualifiedSince: msOrNull(p.qualifiedSince),
    earlierPriorities: p.earlierPriorities.map((e) => ({
      priority: e.priority,
      from: e.from.getTime(),
      to: e.to.getTime(),
    })),
    raised: p.raised,
    lowered: p.lowered,
    resolvedBy:
      p.resolvedBy === undefined ? null : { id: p.resolvedBy.id, level: p.resolvedBy.level },
    category: orNull(p.category),
    group: orNull(p.group),
    lastVersion: t.lastVersion,
    lastAt: t.lastAt,
    contribution:
      c === undefined
        ? null
        : {
            priority: orNull(c.priority),
            atLevel1: c.atLevel1,
            timeToResolveMs: orNull(c.timeToResolveMs),
            detectionMet: orNull(c.detectionMet),
            resolutionMet: orNull(c.resolutionMet),
            underQualifiedMs: orNull(c.underQualifiedMs),
            resolvedBy:
              c.resolvedBy === undefined
                ? null
                : { id: c.resolvedBy.id, level: c.resolvedBy.level },
            group: orNull(c.group),
            category: orNull(c.category),
          },
  };
}

/**
 * An accumulator's state as {@link SavedIndicators}.
 *
 * @example
 * ```ts
 * saveIndicatorState(emptyAccumulatorState()).tracked;
 * //=> []
 * ```
 */
export function saveIndicatorState(s: AccumulatorState): SavedIndicators {
  const forget: [string, number][] = [];
  for (let k = s.forgetHead; k < s.forgetQueue.length; k++) {
    const t = s.forgetQueue[k];
    const after = s.forgetAt[k];
    // Entries left behind by a reopening are stale: the ticket has a later one, or none.
    if (
      t !== undefined &&
      // Stryker disable next-line ConditionalExpression: forgetAt is pushed and spliced with forgetQueue, so a slot at or past forgetHead always holds an instant
      after !== undefined &&
      t.forgetAfter === after &&
      s.tracked.get(t.id) === t
    )
      forget.push([t.id, after]);
  }
  const byPriority = (p: Priority) => saveAggregate(s.totals.perPriority.get(p) as Aggregate);
  return {
    ...savedIndicatorsFormat,
    calls: { answered: s.totals.answered, abandoned: s.totals.abandoned },
    tickets: {
      opened: s.totals.opened,
      reopened: s.totals.reopened,
      cancelled: s.totals.cancelled,
      raised: s.totals.raised,
      lowered: s.totals.lowered,
    },
    lastPosition: s.lastPosition,
    overall: saveAggregate(s.totals.overall),
    byPriority: { 1: byPriority(1), 2: byPriority(2), 3: byPriority(3), 4: byPriority(4) },
    tracked: [...s.tracked.values()].map(saveTicket),
    forget,
    queue: s.queue.save(),
    byTechnician: [...s.totals.byTechnician].map(
      ([id, a]) => [id, a.closed, a.resolutionMet, a.resolutionTotal, a.timeToResolveMs] as const,
    ),
    byLevel: [...s.totals.byLevel].map(
      ([level, a]) =>
        [level, a.closed, a.resolutionMet, a.resolutionTotal, a.timeToResolveMs] as const,
    ),
    byGroup: [...s.totals.byGroup].map(
      ([key, a]) => [key, a.closed, a.resolutionMet, a.resolutionTotal, a.timeToResolveMs] as const,
    ),
    byCategory: [...s.totals.byCategory].map(
      ([key, a]) => [key, a.closed, a.resolutionMet, a.resolutionTotal, a.timeToResolveMs] as const,
    ),
    series: s.series === undefined ? null : s.series.save(),
  };
}

class Bad extends TypeError {}

/** Reads a saved value field by field, naming the path of what is wrong. */
function reader(where: string) {
  const fail = (path: string, expected: string, value: unknown): never => {
    throw new Bad(`${where}: ${path} must be ${expected}, got ${describeValue(value)}.`);
  };
  const obj = (value: unknown, path: string): Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : fail(path, 'an object', value);
  const list = (value: unknown, path: string): readonly unknown[] =>
    Array.isArray(value) ? value : fail(path, 'a list', value);
  const count = (value: unknown, path: string): number =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
      ? value
      : fail(path, 'a whole number ≥ 0', value);
  const instant = (value: unknown, path: string): number =>
    typeof value === 'number' && Number.isFinite(new Date(value).getTime())
      ? value
      : fail(path, 'an instant in epoch milliseconds', value);
  const ms = (value: unknown, path: string): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0
      ? value
      : fail(path, 'a finite number of ms ≥ 0', value);
  const bool = (value: unknown, path: string): boolean =>
    typeof value === 'boolean' ? value : fail(path, 'true or false', value);
  const text = (value: unknown, path: string): string =>
    typeof value === 'string' ? value : fail(path, 'a string', value);
  const nullable = <T>(read: (v: unknown, p: string) => T, value: unknown, path: string) =>
    value === null ? undefined : read(value, path);
  const priority = (value: unknown, path: string): Priority =>
    priorities.includes(value as Priority)
      ? (value as Priority)
      : fail(path, '1, 2, 3 or 4', value);
  // A refusal of another reader under this function's name: DurationHistogram.restore's (a
  // documented error) or readTargets' (isEntryRefusal: told by its class, never by its
  // message). Anything else (a getter or a Proxy trap that threw, even a TypeError worded like
  // a refusal, a revoked Proxy) is left to the message that never repeats what was thrown.
  const rethrow = (error: unknown, message: (text: string) => string): never => {
    if (documentedError(where, error) === error || isEntryRefusal(error))
      throw new Bad(`${where}: ${message((error as Error).message)}`);
    throw error;
  };
  return { fail, obj, list, count, instant, ms, bool, text, nullable, priority, rethrow };
}

type Reader = ReturnType<typeof reader>;

function loadAggregate(r: Reader, value: unknown, path: string): Aggregate {
  const o = r.obj(value, path);
  const pair = (key: 'detection' | 'resolution') => {
    const x = r.obj(o[key], `${path}.${key}`);
    const met = r.count(x.met, `${path}.${key}.met`);
    const total = r.count(x.total, `${path}.${key}.total`);
    if (met > total) r.fail(`${path}.${key}.met`, `at most total (${total})`, met);
    return { met, total };
  };
  const uq = r.obj(o.underQualifiedMisses, `${path}.underQualifiedMisses`);
  let histogram: DurationHistogram;
  try {
    histogram = DurationHistogram.restore(o.timeToResolve as SavedDurationHistogram);
  } catch (error) {
    histogram = r.rethrow(error, (message) => `${path}.timeToResolve: ${message}`);
  }
  return {
    closed: r.count(o.closed, `${path}.closed`),
    atLevel1: r.count(o.atLevel1, `${path}.atLevel1`),
    transfers: r.count(o.transfers, `${path}.transfers`),
    escalations: r.count(o.escalations, `${path}.escalations`),
    detection: pair('detection'),
    resolution: pair('resolution'),
    histogram,
    underQualified: r.count(o.underQualified, `${path}.underQualified`),
    underQualifiedMs: r.ms(o.underQualifiedMs, `${path}.underQualifiedMs`),
    underQualifiedMisses: {
      detection: r.count(uq.detection, `${path}.underQualifiedMisses.detection`),
      resolution: r.count(uq.resolution, `${path}.underQualifiedMisses.resolution`),
    },
  };
}

function loadQueue(r: Reader, value: unknown, path: string): SavedQueue {
  const o = r.obj(value, path);
  const n = (key: string) => r.count(o[key], `${path}.${key}`);
  let waits: SavedDurationHistogram;
  try {
    waits = DurationHistogram.restore(o.waits as SavedDurationHistogram).save();
  } catch (error) {
    return r.rethrow(error, (message) => `${path}.waits: ${message}`);
  }
  const recentCallers = r.list(o.recentCallers, `${path}.recentCallers`).map((value, k) => {
    const x = r.list(value, `${path}.recentCallers[${k}]`);
    return [
      r.text(x[0], `${path}.recentCallers[${k}][0]`),
      r.instant(x[1], `${path}.recentCallers[${k}][1]`),
      r.bool(x[2], `${path}.recentCallers[${k}][2]`),
    ] as const;
  });
  const pending = r.list(o.pending, `${path}.pending`).map((value, k) => {
    const x = r.list(value, `${path}.pending[${k}]`);
    const delta = x[1];
    if (delta !== 1 && delta !== -1) r.fail(`${path}.pending[${k}][1]`, '1 or -1', delta);
    return [r.instant(x[0], `${path}.pending[${k}][0]`), delta as 1 | -1] as const;
  });
  const settledUpTo = o.settledUpTo;
  if (typeof settledUpTo !== 'number' || !Number.isFinite(settledUpTo))
    r.fail(`${path}.settledUpTo`, 'a finite number', settledUpTo);
  const level = o.level;
  if (typeof level !== 'number' || !Number.isSafeInteger(level))
    r.fail(`${path}.level`, 'a whole number', level);
  return {
    answered: n('answered'),
    abandoned: n('abandoned'),
    answeredWithin: n('answeredWithin'),
    shortAbandons: n('shortAbandons'),
    calledAgain: n('calledAgain'),
    calledAgainAfterAbandon: n('calledAgainAfterAbandon'),
    waits,
    recentCallers,
    level: level as number,
    settledUpTo: settledUpTo as number,
    peak: n('peak'),
    peakAt: r.nullable(r.instant, o.peakAt, `${path}.peakAt`) ?? null,
    pending,
  };
}

function loadSeries(
  r: Reader,
  value: unknown,
  wanted: boolean,
): readonly SavedSeriesPoint[] | undefined {
  if (value === null || value === undefined) return wanted ? [] : undefined;
  let last = Number.NEGATIVE_INFINITY;
  return r.list(value, 'series').map((point, k) => {
    const path = `series[${k}]`;
    const x = r.obj(point, path);
    const counts = r.list(x.counts, `${path}.counts`);
    if (counts.length !== savedSeriesCounts)
      r.fail(`${path}.counts`, `a list of ${savedSeriesCounts} counts`, x.counts);
    const histogram = (key: 'waits' | 'timeToResolve') => {
      try {
        return DurationHistogram.restore(x[key] as SavedDurationHistogram).save();
      } catch (error) {
        return r.rethrow(error, (message) => `${path}.${key}: ${message}`);
      }
    };
    const start = r.instant(x.start, `${path}.start`);
    if (start <= last) r.fail(`${path}.start`, 'after the start of the period before', start);
    last = start;
    return {
      start,
      counts: counts.map((c, j) => r.count(c, `${path}.counts[${j}]`)),
      waits: histogram('waits'),
      timeToResolve: histogram('timeToResolve'),
    };
  });
}

/** A group or category: a text of at most the ticket's label length, or `null` for none. */
function label(r: Reader) {
  return (value: unknown, path: string): string | null =>
    value === null
      ? null
      : typeof value === 'string' && value.length > 0 && value.length <= maxLabelLength
        ? value
        : r.fail(path, `null or a text of 1 to ${maxLabelLength} characters`, value);
}

function resolver(r: Reader) {
  return (value: unknown, path: string) => {
    const x = r.obj(value, path);
    const level = x.level;
    if (level !== 1 && level !== 2 && level !== 3) r.fail(`${path}.level`, '1, 2 or 3', level);
    return { id: r.text(x.id, `${path}.id`), level: level as 1 | 2 | 3 };
  };
}

function loadResolvers<K>(
  r: Reader,
  value: unknown,
  path: string,
  key: (v: unknown, p: string) => K,
): Map<K, ResolverAggregate> {
  const lines = new Map<K, ResolverAggregate>();
  r.list(value, path).forEach((line, k) => {
    const x = r.list(line, `${path}[${k}]`);
    const id = key(x[0], `${path}[${k}][0]`);
    const closed = r.count(x[1], `${path}[${k}][1]`);
    if (closed < 1 || lines.has(id))
      r.fail(`${path}[${k}]`, 'a line once, with a ticket at least', line);
    lines.set(id, {
      closed,
      resolutionMet: r.count(x[2], `${path}[${k}][2]`),
      resolutionTotal: r.count(x[3], `${path}[${k}][3]`),
      timeToResolveMs: r.ms(x[4], `${path}[${k}][4]`),
    });
  });
  if ([...lines.keys()].filter((key) => key !== null).length > maxBreakdownKeys)
    r.fail(path, `at most ${maxBreakdownKeys} lines besides null`, lines.size);
  return lines;
}

function loadContribution(r: Reader, value: unknown, path: string): Contribution {
  const o = r.obj(value, path);
  return {
    priority: r.nullable(r.priority, o.priority, `${path}.priority`),
    atLevel1: r.bool(o.atLevel1, `${path}.atLevel1`),
    timeToResolveMs: r.nullable(r.ms, o.timeToResolveMs, `${path}.timeToResolveMs`),
    detectionMet: r.nullable(r.bool, o.detectionMet, `${path}.detectionMet`),
    resolutionMet: r.nullable(r.bool, o.resolutionMet, `${path}.resolutionMet`),
    underQualifiedMs: r.nullable(r.ms, o.underQualifiedMs, `${path}.underQualifiedMs`),
    resolvedBy: r.nullable(resolver(r), o.resolvedBy, `${path}.resolvedBy`),
    group: label(r)(o.group, `${path}.group`) ?? undefined,
    category: label(r)(o.category, `${path}.category`) ?? undefined,
  };
}

function loadTicket(
  r: Reader,
  value: unknown,
  path: string,
  options: ResolvedIndicatorOptions,
): TrackedTicket {
  const o = r.obj(value, path);
  const at = (key: string) => r.nullable(r.instant, o[key], `${path}.${key}`);
  const date = (key: string) => {
    const v = at(key);
    return v === undefined ? undefined : new Date(v);
  };
  const stage = o.stage as TicketIndicatorStage;
  if (!ticketIndicatorStages.includes(stage) || stage === 'new')
    r.fail(`${path}.stage`, "'open', 'closed' or 'cancelled'", o.stage);
  const policyVersion = r.text(o.policyVersion, `${path}.policyVersion`);
  if (!options.byVersion.has(policyVersion))
    r.fail(`${path}.policyVersion`, 'a version among options.policies', policyVersion);
  const priority = r.nullable(r.priority, o.priority, `${path}.priority`);
  let targets: SlaTargets | undefined;
  if (o.targets !== null) {
    try {
      targets = readTargets(o.targets, `${path}.targets`);
    } catch (error) {
      r.rethrow(error, (message) => message.replace('Indicators: ', ''));
    }
  }
  if ((priority === undefined) !== (targets === undefined))
    r.fail(`${path}.targets`, 'given exactly when the priority is', o.targets);
  const pauses: ClockPause[] = r.list(o.pauses, `${path}.pauses`).map((value, k) => {
    const x = r.obj(value, `${path}.pauses[${k}]`);
    const reason = r.text(x.reason, `${path}.pauses[${k}].reason`) as ClockPause['reason'];
    const from = new Date(r.instant(x.from, `${path}.pauses[${k}].from`));
    const to = r.nullable(r.instant, x.to, `${path}.pauses[${k}].to`);
    return to === undefined ? { reason, from } : { reason, from, to: new Date(to) };
  });
  const projection = copyTicketIndicators(initialTicketIndicators);
  projection.stage = stage;
  projection.opening = { at: new Date(r.instant(o.openedAt, `${path}.openedAt`)) };
  projection.policyVersion = policyVersion;
  projection.qualification =
    // Stryker disable next-line LogicalOperator: the priority and the targets were just checked to be both given or both null
    priority === undefined || targets === undefined ? undefined : { priority, targets };
  projection.takenInChargeAt = date('takenInChargeAt');
  projection.resolvedAt = date('resolvedAt');
  projection.pauses = pauses;
  projection.transfers = r.count(o.transfers, `${path}.transfers`);
  projection.escalations = r.count(o.escalations, `${path}.escalations`);
  projection.lastSolutionAtLevel1 = r.bool(o.lastSolutionAtLevel1, `${path}.lastSolutionAtLevel1`);
  projection.reopenings = r.count(o.reopenings, `${path}.reopenings`);
  projection.closedAt = date('closedAt');
  // Only a closing makes a ticket closed, and it sets the instant. (A cancellation after a
  // closing, which the accumulator counts, keeps it: the converse does not hold.)
  if (stage === 'closed' && projection.closedAt === undefined)
    r.fail(`${path}.closedAt`, 'an instant when the ticket is closed', o.closedAt);
  projection.qualifiedSince = date('qualifiedSince');
  projection.earlierPriorities = r
    .list(o.earlierPriorities, `${path}.earlierPriorities`)
    .map((value, k) => {
      const x = r.obj(value, `${path}.earlierPriorities[${k}]`);
      return {
        priority: r.priority(x.priority, `${path}.earlierPriorities[${k}].priority`),
        from: new Date(r.instant(x.from, `${path}.earlierPriorities[${k}].from`)),
        to: new Date(r.instant(x.to, `${path}.earlierPriorities[${k}].to`)),
      };
    });
  projection.raised = r.count(o.raised, `${path}.raised`);
  const by = r.nullable(resolver(r), o.resolvedBy, `${path}.resolvedBy`);
  projection.resolvedBy =
    by === undefined ? undefined : { id: by.id as TechnicianId, level: by.level };
  projection.lowered = r.count(o.lowered, `${path}.lowered`);
  projection.category = label(r)(o.category, `${path}.category`) ?? undefined;
  projection.group = label(r)(o.group, `${path}.group`) ?? undefined;
  const contribution =
    o.contribution === null
      ? undefined
      : loadContribution(r, o.contribution, `${path}.contribution`);
  if ((stage === 'closed') !== (contribution !== undefined))
    r.fail(`${path}.contribution`, 'given exactly when the ticket is closed', o.contribution);
  return {
    id: r.text(o.id, `${path}.id`),
    projection,
    lastVersion: r.count(o.lastVersion, `${path}.lastVersion`),
    lastAt: r.instant(o.lastAt, `${path}.lastAt`),
    contribution,
    forgetAfter: undefined,
  };
}

/**
 * Reads back what {@link saveIndicatorState} wrote, checked whole.
 *
 * @throws TypeError naming the path of what is wrong and what is allowed: not the format or
 * version, a count that is not a whole number, an instant that is not one, a policy version
 * not among `options.policies`, a ticket twice, a closed ticket without its contribution…
 * @example
 * ```ts
 * const saved = JSON.parse(JSON.stringify(saveIndicatorState(emptyAccumulatorState())));
 * loadIndicatorState(saved, resolveIndicatorOptions({})).tracked.size;
 * //=> 0
 * ```
 */
export function loadIndicatorState(
  saved: unknown,
  options: ResolvedIndicatorOptions,
): AccumulatorState {
  const where = 'restoreIndicatorAccumulator';
  try {
    const r = reader(where);
    const o = r.obj(saved, 'the saved state');
    if (o.format !== savedIndicatorsFormat.format || o.version !== savedIndicatorsFormat.version) {
      r.fail(
        'the saved state',
        `${describeValue(savedIndicatorsFormat.format)} version ${savedIndicatorsFormat.version}`,
        // Stryker disable next-line ObjectLiteral: describeValue names any plain object « an object », whatever it holds
        { format: o.format, version: o.version },
      );
    }
    const s = emptyAccumulatorState(
      options.queue,
      loadQueue(r, o.queue, 'queue'),
      options.series,
      // Stryker disable next-line ConditionalExpression,EqualityOperator: it only picks [] or undefined for a save without periods, and both restore the same (no series without the option; createSeries reads undefined as [])
      loadSeries(r, o.series, options.series !== undefined),
      {
        serviceLevelMs: options.queue.serviceLevelMs,
        shortAbandonMs: options.queue.shortAbandonMs,
        firstLevelTarget: options.target,
      },
    );
    const calls = r.obj(o.calls, 'calls');
    s.totals.answered = r.count(calls.answered, 'calls.answered');
    s.totals.abandoned = r.count(calls.abandoned, 'calls.abandoned');
    const tickets = r.obj(o.tickets, 'tickets');
    s.totals.opened = r.count(tickets.opened, 'tickets.opened');
    s.totals.reopened = r.count(tickets.reopened, 'tickets.reopened');
    s.totals.cancelled = r.count(tickets.cancelled, 'tickets.cancelled');
    s.totals.raised = r.count(tickets.raised, 'tickets.raised');
    s.totals.lowered = r.count(tickets.lowered, 'tickets.lowered');
    s.lastPosition = r.count(o.lastPosition, 'lastPosition');
    Object.assign(s.totals.overall, loadAggregate(r, o.overall, 'overall'));
    for (const [key, line] of loadResolvers(r, o.byTechnician, 'byTechnician', r.text))
      s.totals.byTechnician.set(key, line);
    const level = (v: unknown, p: string): 1 | 2 | 3 =>
      v === 1 || v === 2 || v === 3 ? v : r.fail(p, '1, 2 or 3', v);
    for (const [key, line] of loadResolvers(r, o.byLevel, 'byLevel', level))
      s.totals.byLevel.set(key, line);
    for (const [key, line] of loadResolvers(r, o.byGroup, 'byGroup', label(r)))
      s.totals.byGroup.set(key, line);
    for (const [key, line] of loadResolvers(r, o.byCategory, 'byCategory', label(r)))
      s.totals.byCategory.set(key, line);
    const byPriority = r.obj(o.byPriority, 'byPriority');
    for (const p of priorities) {
      const a = s.totals.perPriority.get(p) as Aggregate;
      Object.assign(a, loadAggregate(r, byPriority[p], `byPriority.${p}`));
    }
    r.list(o.tracked, 'tracked').forEach((value, k) => {
      const t = loadTicket(r, value, `tracked[${k}]`, options);
      if (s.tracked.has(t.id)) r.fail(`tracked[${k}].id`, 'a ticket not listed before', t.id);
      s.tracked.set(t.id, t);
    });
    r.list(o.forget, 'forget').forEach((value, k) => {
      const pair = r.list(value, `forget[${k}]`);
      const id = r.text(pair[0], `forget[${k}][0]`);
      const after = r.instant(pair[1], `forget[${k}][1]`);
      const t = s.tracked.get(id);
      if (t === undefined || t.projection.stage === 'open' || t.forgetAfter !== undefined)
        r.fail(`forget[${k}][0]`, 'a closed or cancelled tracked ticket, listed once', id);
      (t as TrackedTicket).forgetAfter = after;
      s.forgetQueue.push(t);
      s.forgetAt.push(after);
    });
    for (const t of s.tracked.values()) {
      if (t.projection.stage !== 'open' && t.forgetAfter === undefined)
        r.fail(`forget`, `to list every closed or cancelled ticket`, t.id);
    }
    return s;
  } catch (error) {
    if (error instanceof Bad) throw inputError(error.message);
    throw inputError(
      `${where}: the saved state could not be read, it threw ${describeValue(error)}.`,
    );
  }
}
