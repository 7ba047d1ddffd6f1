import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import { defaultTicketPolicy, type TicketPolicy } from '../ticket/ticket-policy.js';
import {
  type QueueOptions,
  type ResolvedQueueOptions,
  resolveQueueOptions,
} from './call-queue-indicators.js';
import { firstLevelResolutionTarget } from './first-level-resolution.js';
import {
  type ResolvedSeriesOptions,
  resolveSeriesOptions,
  type SeriesOptions,
} from './indicator-series.js';

/**
 * Options of the indicators: the ticket policies in force (looked up by the version each
 * ticket is pinned to), the first-level target and the backlog age buckets.
 *
 * @example
 * ```ts
 * const options: IndicatorOptions = { backlogAgeLimitsMs: [3_600_000, 86_400_000] };
 * options.backlogAgeLimitsMs?.length;
 * //=> 2
 * ```
 */
export interface IndicatorOptions {
  /** The policies tickets may be pinned to; default: `[defaultTicketPolicy]`. */
  readonly policies?: readonly TicketPolicy[];
  /** The first-level resolution target; default 0.8 (seed §1.1). */
  readonly firstLevelTarget?: number;
  /** Upper bounds of the backlog age buckets, ascending, in ms; default 1 h, 4 h, 24 h, 5 days. */
  readonly backlogAgeLimitsMs?: readonly number[];
  /** The queue thresholds (service level 20 s, short abandons 5 s, calls again within 1 h). */
  readonly queue?: QueueOptions;
  /** A series per hour or per day, in the calendar's time zone; none by default. */
  readonly series?: SeriesOptions;
}

const HOUR = 3_600_000;
const defaultAgeLimits: readonly number[] = Object.freeze([HOUR, 4 * HOUR, 24 * HOUR, 120 * HOUR]);

/** Options checked, with their defaults filled in. */
export interface ResolvedIndicatorOptions {
  readonly byVersion: ReadonlyMap<string, TicketPolicy>;
  /** The policy whose SLA table gives the success rates (the first one given). */
  readonly first: TicketPolicy;
  readonly target: number;
  readonly limits: readonly number[];
  readonly queue: ResolvedQueueOptions;
  readonly series: ResolvedSeriesOptions | undefined;
}

/**
 * Checks indicator options and fills in their defaults.
 *
 * @throws TypeError naming the option and what is allowed.
 * @example
 * ```ts
 * resolveIndicatorOptions({}).limits;
 * //=> [3_600_000, 14_400_000, 86_400_000, 432_000_000]
 * ```
 */
export function resolveIndicatorOptions(options: IndicatorOptions): ResolvedIndicatorOptions {
  // Options come from the caller: a getter or a Proxy trap that throws is refused as a
  // TypeError of the library's own, never escapes as the caller's exception.
  return guardInput('Indicators', () => resolveReadable(options));
}

function resolveReadable(options: IndicatorOptions): ResolvedIndicatorOptions {
  if (typeof options !== 'object' || options === null) {
    throw inputError(
      `Indicators: options must be an object when given, got ${describeValue(options)}.`,
    );
  }
  const policies = options.policies ?? [defaultTicketPolicy];
  if (!Array.isArray(policies) || policies.length === 0) {
    throw inputError('Indicators: options.policies must be a non-empty list of ticket policies.');
  }
  const byVersion = policiesByVersion(policies);
  // Read from the checked copy, not again from the caller's list.
  const first = byVersion.values().next().value as TicketPolicy;
  const target = options.firstLevelTarget ?? firstLevelResolutionTarget;
  if (typeof target !== 'number' || !(target > 0 && target <= 1)) {
    throw inputError(
      `Indicators: firstLevelTarget must be in (0, 1], got ${describeValue(target)}.`,
    );
  }
  const limits = options.backlogAgeLimitsMs ?? defaultAgeLimits;
  // Copied first, holes included (`every` would skip a hole, leaving a bucket without a bound);
  // each limit above the one before it, the first above 0.
  const copy: readonly unknown[] | undefined = Array.isArray(limits) ? [...limits] : undefined;
  let previous = 0;
  const ascending = copy?.every((l) => {
    if (typeof l !== 'number' || !(l > previous && l < Number.POSITIVE_INFINITY)) return false;
    previous = l;
    return true;
  });
  if (ascending !== true) {
    throw inputError(
      `Indicators: backlogAgeLimitsMs must be positive and ascending, got ${showLimits(limits)}.`,
    );
  }
  return {
    byVersion,
    first,
    target,
    limits: copy as readonly number[],
    queue: resolveQueueOptions(options.queue),
    series:
      options.series === undefined
        ? undefined
        : resolveSeriesOptions(options.series, first.calendar.timeZone),
  };
}

/*
 * Each entry must look like a policy defineTicketPolicy made (a version, a calendar with its time
 * zone, an SLA table, a reopening window: what the indicators read), and each version appear once:
 * a later entry of the same version would silently replace the first one. Copied first, so a hole
 * is an entry that is not a policy.
 */
function policiesByVersion(policies: readonly unknown[]): Map<string, TicketPolicy> {
  const byVersion = new Map<string, TicketPolicy>();
  [...policies].forEach((p: unknown, k) => {
    if (!looksLikePolicy(p)) {
      throw inputError(
        `Indicators: options.policies[${k}] must be a ticket policy made by defineTicketPolicy, got ${describeValue(p)}.`,
      );
    }
    if (byVersion.has(p.version)) {
      throw inputError(
        `Indicators: options.policies lists version ${describeValue(p.version)} twice; each version appears once.`,
      );
    }
    byVersion.set(p.version, p);
  });
  return byVersion;
}

function looksLikePolicy(p: unknown): p is TicketPolicy {
  if (typeof p !== 'object' || p === null) return false;
  const { version, calendar, slaTable, reopenWindow } = p as Partial<Record<string, unknown>>;
  return (
    typeof version === 'string' &&
    version.length > 0 &&
    typeof calendar === 'object' &&
    calendar !== null &&
    typeof (calendar as { timeZone?: unknown }).timeZone === 'string' &&
    typeof slaTable === 'object' &&
    slaTable !== null &&
    typeof reopenWindow === 'object' &&
    reopenWindow !== null
  );
}

function showLimits(limits: unknown): string {
  return Array.isArray(limits) && limits.every((l) => typeof l === 'number')
    ? `[${limits.join(',')}]`
    : describeValue(limits);
}
