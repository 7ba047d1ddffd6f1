import type { Priority } from '../qualification/levels.js';
import { DurationHistogram } from './duration-histogram.js';

/**
 * What a closed ticket adds to the indicators when it closes (and takes back if reopened):
 * its priority, whether it was solved at level 1, its time to resolve and its two SLA clocks.
 */
export interface Contribution {
  readonly priority: Priority | undefined;
  readonly atLevel1: boolean;
  readonly timeToResolveMs: number | undefined;
  readonly detectionMet: boolean | undefined;
  readonly resolutionMet: boolean | undefined;
  /**
   * The wall-clock time it spent under a priority less urgent than the one it ended with
   * (seed §3), when it did; `undefined` for a ticket never under-qualified.
   */
  readonly underQualifiedMs: number | undefined;
  /** Who applied its last definitive solution, its technician and level; `undefined` if none. */
  readonly resolvedBy: { readonly id: string; readonly level: 1 | 2 | 3 } | undefined;
  /**
   * The assignment group it is counted under in `byGroup` (the group holding it at closing);
   * `undefined`: under `null`, no group known.
   */
  readonly group: string | undefined;
  /** The category it is counted under in `byCategory` (its last); `undefined`: under `null`. */
  readonly category: string | undefined;
}

/**
 * The most distinct groups, and the most distinct categories, the breakdowns keep a line for:
 * tickets of any further one are counted under `null` (no group or category known), so that
 * memory stays bounded whatever labels the events carry.
 *
 * @example
 * ```ts
 * maxBreakdownKeys;
 * //=> 1000
 * ```
 */
export const maxBreakdownKeys = 1000;

/**
 * The key a closed ticket's `label` is counted under in `lines`: the label itself while the
 * breakdown has a line for it or room for one more (see {@link maxBreakdownKeys}), else
 * `undefined` (the `null` line).
 *
 * @example
 * ```ts
 * breakdownKey(new Map(), 'réseau');
 * //=> 'réseau'
 * ```
 */
export function breakdownKey(
  lines: ReadonlyMap<string | null, ResolverAggregate>,
  label: string | undefined,
): string | undefined {
  if (label === undefined || lines.has(label)) return label;
  return lines.size - (lines.has(null) ? 1 : 0) < maxBreakdownKeys ? label : undefined;
}

/**
 * The closed tickets of one breakdown line: one technician or one level that resolved them
 * (last definitive solution), one assignment group, one category.
 */
export interface ResolverAggregate {
  closed: number;
  resolutionMet: number;
  resolutionTotal: number;
  timeToResolveMs: number;
}

/**
 * Adds (sign 1) or withdraws (sign −1) a closed ticket's contribution to its resolver's line
 * in `lines` under `key`; a line back to no ticket is removed (memory bounded by the staff).
 *
 * @example
 * ```ts
 * const lines = new Map();
 * applyToResolver(lines, 'alice', { priority: 1, atLevel1: true, timeToResolveMs: 60_000, detectionMet: true,
 *   resolutionMet: true, underQualifiedMs: undefined, resolvedBy: { id: 'alice', level: 1 }, group: undefined, category: undefined }, 1);
 * lines.get('alice');
 * //=> { closed: 1, resolutionMet: 1, resolutionTotal: 1, timeToResolveMs: 60_000 }
 * ```
 */
export function applyToResolver<K>(
  lines: Map<K, ResolverAggregate>,
  key: K,
  c: Contribution,
  sign: 1 | -1,
): void {
  let line = lines.get(key);
  if (line === undefined) {
    line = { closed: 0, resolutionMet: 0, resolutionTotal: 0, timeToResolveMs: 0 };
    lines.set(key, line);
  }
  line.closed += sign;
  if (c.resolutionMet !== undefined) {
    line.resolutionTotal += sign;
    if (c.resolutionMet) line.resolutionMet += sign;
  }
  line.timeToResolveMs += sign * (c.timeToResolveMs ?? 0);
  if (line.closed === 0) lines.delete(key);
}

/** The running totals of closed tickets and hand-offs, overall or for one priority. */
export interface Aggregate {
  closed: number;
  atLevel1: number;
  transfers: number;
  escalations: number;
  histogram: DurationHistogram;
  detection: { met: number; total: number };
  resolution: { met: number; total: number };
  /** Closed tickets that spent time under a less urgent priority than their last (§3). */
  underQualified: number;
  /** The time they spent so, summed. */
  underQualifiedMs: number;
  /** The SLA clocks those tickets missed. */
  underQualifiedMisses: { detection: number; resolution: number };
}

/**
 * An empty {@link Aggregate}.
 *
 * @example
 * ```ts
 * newAggregate().closed;
 * //=> 0
 * ```
 */
export function newAggregate(): Aggregate {
  return {
    closed: 0,
    atLevel1: 0,
    transfers: 0,
    escalations: 0,
    histogram: new DurationHistogram(),
    detection: { met: 0, total: 0 },
    resolution: { met: 0, total: 0 },
    underQualified: 0,
    underQualifiedMs: 0,
    underQualifiedMisses: { detection: 0, resolution: 0 },
  };
}

/**
 * Adds (sign 1) or withdraws (sign −1) a closed ticket's contribution to an aggregate.
 *
 * @example
 * ```ts
 * const a = newAggregate();
 * applyContribution(a, { priority: 1, atLevel1: true, timeToResolveMs: 60_000, detectionMet: true, resolutionMet: false, underQualifiedMs: undefined, resolvedBy: undefined, group: undefined, category: undefined }, 1);
 * [a.closed, a.atLevel1, a.resolution.total, a.resolution.met];
 * //=> [1, 1, 1, 0]
 * ```
 */
export function applyContribution(a: Aggregate, c: Contribution, sign: 1 | -1): void {
  a.closed += sign;
  if (c.atLevel1) a.atLevel1 += sign;
  if (c.timeToResolveMs !== undefined) {
    if (sign > 0) a.histogram.add(c.timeToResolveMs);
    else a.histogram.remove(c.timeToResolveMs);
  }
  if (c.detectionMet !== undefined) {
    a.detection.total += sign;
    if (c.detectionMet) a.detection.met += sign;
  }
  if (c.resolutionMet !== undefined) {
    a.resolution.total += sign;
    if (c.resolutionMet) a.resolution.met += sign;
  }
  if (c.underQualifiedMs !== undefined) {
    a.underQualified += sign;
    a.underQualifiedMs += sign * c.underQualifiedMs;
    if (c.detectionMet === false) a.underQualifiedMisses.detection += sign;
    if (c.resolutionMet === false) a.underQualifiedMisses.resolution += sign;
  }
}
