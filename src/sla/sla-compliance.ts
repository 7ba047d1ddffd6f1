import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError, isIterableObject } from '../core/input-guard.js';
import type { Priority, PriorityLevel } from '../qualification/levels.js';
import { defaultSlaTable, type SlaTable } from './sla-table.js';

/**
 * The targets of seed §2.5.2.4 that carry a success rate, and so a compliance figure:
 * detection time and resolution time (the maximum delay has no rate; it is never to be
 * exceeded).
 *
 * @see seed §2.5.2.4 « Taux de réussite »
 * @example
 * ```ts
 * slaMeasuredTargets;
 * //=> ['detection', 'resolution']
 * ```
 */
export const slaMeasuredTargets = ['detection', 'resolution'] as const;

/**
 * A target with a success rate: `'detection'` (« temps de détection ») or `'resolution'`
 * (« temps de résolution »).
 *
 * @example
 * ```ts
 * const target: SlaMeasuredTarget = 'detection';
 * slaMeasuredTargets.includes(target);
 * //=> true
 * ```
 */
export type SlaMeasuredTarget = (typeof slaMeasuredTargets)[number];

/**
 * The outcome of one call against one target over the period being assessed: its priority,
 * which target, and whether it was met (as {@link measureSla} reports with `state: 'met'`).
 */
export interface SlaResult<P extends PriorityLevel = Priority> {
  readonly priority: P;
  readonly target: SlaMeasuredTarget;
  readonly met: boolean;
}

/**
 * The compliance of one priority and one target over a period.
 *
 * - `met` and `total`: how many calls met the target, out of how many measured.
 * - `rate`: `met / total`, or `null` when no call was measured (there is no rate of nothing).
 * - `successRate`: the rate the table requires (seed: 99 % of P1 detections…).
 * - `ok`: the rate reaches the required one, compared exactly (99 met of 100 against 99 % is
 *   ok). A period with no call is `ok`: no call missed its target.
 * - `budgetLeft`: how many more missed calls the period can take, with no further met call,
 *   before its rate falls below the required one; `0` when it is not ok or when one more miss
 *   would already break it (in particular with no call measured yet: a first miss gives 0 %).
 *
 * @see seed §2.5.2.4 « Taux de réussite »
 * @example
 * ```ts
 * const line: SlaComplianceLine = { met: 99, total: 100, rate: 0.99, successRate: 0.99, ok: true, budgetLeft: 0 };
 * line.ok;
 * //=> true
 * ```
 */
export interface SlaComplianceLine {
  readonly met: number;
  readonly total: number;
  readonly rate: number | null;
  readonly successRate: number;
  readonly ok: boolean;
  readonly budgetLeft: number;
}

/**
 * The compliance of one priority: a {@link SlaComplianceLine} for each target with a
 * success rate.
 *
 * @example
 * ```ts
 * const report = slaCompliance([{ priority: 2, target: 'resolution', met: true }]);
 * (report.get(2) as SlaPriorityCompliance).resolution.rate;
 * //=> 1
 * ```
 */
export type SlaPriorityCompliance = { readonly [T in SlaMeasuredTarget]: SlaComplianceLine };

/**
 * What {@link slaCompliance} returns: every priority of the table's scale, most urgent first,
 * mapped to its compliance (priorities without any result are there too, with `total: 0`).
 *
 * @example
 * ```ts
 * [...slaCompliance([]).keys()];
 * //=> [1, 2, 3, 4]
 * ```
 */
export type SlaComplianceReport<P extends PriorityLevel = Priority> = ReadonlyMap<
  P,
  SlaPriorityCompliance
>;

// Success rates are compared as integers in parts per billion, so that 0.99 × 100 can never
// miss 99 through floating point; a rate is thus read to nine decimals.
const PARTS = 1_000_000_000n;

function partsOf(rate: number): bigint {
  return BigInt(Math.round(rate * Number(PARTS)));
}

/**
 * One line of an SLA compliance report from counts: `met` of `total` measurements met their
 * target, judged against `successRate` exactly (no floating-point miss at 99 of 100). Use it
 * when the counts are kept by a streaming accumulator rather than as a list of results.
 *
 * @see seed §2.5.2.4 « Taux de réussite »
 * @throws TypeError when the counts are not integers with 0 ≤ met ≤ total, or the rate is
 * outside (0, 1].
 * @example
 * ```ts
 * slaComplianceLine(99, 100, 0.99);
 * //=> { met: 99, total: 100, rate: 0.99, successRate: 0.99, ok: true, budgetLeft: 0 }
 * ```
 */
export function slaComplianceLine(
  met: number,
  total: number,
  successRate: number,
): SlaComplianceLine {
  if (
    // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isInteger below refuses every non-number without coercing it
    typeof met !== 'number' ||
    // Stryker disable next-line ConditionalExpression: Number.isInteger below refuses every non-number without coercing it
    typeof total !== 'number' ||
    !Number.isInteger(met) ||
    !Number.isInteger(total) ||
    met < 0 ||
    met > total
  ) {
    throw inputError(
      `slaComplianceLine: expected integers 0 ≤ met ≤ total, got met ${describeValue(met)} and total ${describeValue(total)}.`,
    );
  }
  if (typeof successRate !== 'number' || !(successRate > 0 && successRate <= 1)) {
    throw inputError(
      `slaComplianceLine: successRate must be in (0, 1], got ${describeValue(successRate)}.`,
    );
  }
  return lineOf(met, total, successRate);
}

function lineOf(met: number, total: number, successRate: number): SlaComplianceLine {
  const required = partsOf(successRate);
  const m = BigInt(met);
  const n = BigInt(total);
  const ok = m * PARTS >= required * n;
  // The largest k with met / (total + k) ≥ rate: k ≤ met / rate − total.
  const budget = ok ? (m * PARTS) / required - n : 0n;
  return Object.freeze({
    met,
    total,
    rate: total === 0 ? null : met / total,
    successRate,
    ok,
    budgetLeft: Number(budget),
  });
}

/**
 * Assesses a period's SLA results against the success rates of an indicator table (seed
 * §2.5.2.4: « 99 % » of P1 detections within 1 minute…): for every priority of the table
 * and every target with a rate, how many calls met it, the rate, whether it reaches the
 * required one, and how many more misses the period can take (`budgetLeft`).
 *
 * Rates are compared exactly (in integers), so 99 met of 100 against 99 % is ok and 98 of
 * 100 is not. Works with any priority scale: pass the table that defines it.
 *
 * @see seed §2.5.2.4 « Indicateurs de traitement des priorités »
 * @throws TypeError when a result names a priority outside the table's scale, a target other
 *   than `'detection'` or `'resolution'`, or a `met` that is not a boolean (the message gives
 *   the index of the result).
 * @example
 * ```ts
 * const results = [
 *   ...Array.from({ length: 99 }, () => ({ priority: 1, target: 'detection', met: true }) as const),
 *   { priority: 1, target: 'detection', met: false } as const,
 * ];
 * slaCompliance(results).get(1)?.detection;
 * //=> { met: 99, total: 100, rate: 0.99, successRate: 0.99, ok: true, budgetLeft: 0 }
 * ```
 */
export function slaCompliance(
  results: Iterable<SlaResult<Priority>>,
): SlaComplianceReport<Priority>;
export function slaCompliance<P extends PriorityLevel>(
  results: Iterable<SlaResult<NoInfer<P>>>,
  table: SlaTable<P>,
): SlaComplianceReport<P>;
export function slaCompliance(
  results: Iterable<SlaResult<PriorityLevel>>,
  table: SlaTable<PriorityLevel> = defaultSlaTable as SlaTable<PriorityLevel>,
): SlaComplianceReport<PriorityLevel> {
  return guardInput('slaCompliance', () => complianceOf(results, table));
}

function complianceOf(
  results: Iterable<SlaResult<PriorityLevel>>,
  table: SlaTable<PriorityLevel>,
): SlaComplianceReport<PriorityLevel> {
  if (typeof table !== 'object' || table === null || !Array.isArray(table.priorities)) {
    throw inputError(
      `slaCompliance: table must be an SLA table made by defineSlaTable (or defaultSlaTable), got ${describeValue(table)}.`,
    );
  }
  if (!isIterableObject(results)) {
    throw inputError(
      `slaCompliance: results must be a list (an iterable) of { priority, target, met }, got ${describeValue(results)}.`,
    );
  }
  const counts = new Map<
    PriorityLevel,
    Record<SlaMeasuredTarget, { met: number; total: number }>
  >();
  for (const priority of table.priorities) {
    counts.set(priority, { detection: { met: 0, total: 0 }, resolution: { met: 0, total: 0 } });
  }
  let index = 0;
  for (const result of results) {
    const where = `slaCompliance: result ${index}`;
    if (typeof result !== 'object' || result === null) {
      throw inputError(`${where} must be { priority, target, met }, got ${describeValue(result)}.`);
    }
    // Each field read once: a getter cannot answer one thing to the check and another after.
    const { priority, target, met } = result;
    const byTarget = counts.get(priority);
    if (byTarget === undefined) {
      throw inputError(
        `${where} has priority ${describeValue(priority)}, which is not on the table's scale [${table.priorities.map((p) => describeValue(p)).join(',')}].`,
      );
    }
    if (!(slaMeasuredTargets as readonly unknown[]).includes(target)) {
      throw inputError(
        `${where} has target ${describeValue(target)}; expected 'detection' or 'resolution'.`,
      );
    }
    if (typeof met !== 'boolean') {
      throw inputError(`${where} has met ${describeValue(met)}; expected a boolean.`);
    }
    const count = byTarget[target];
    count.total += 1;
    if (met) count.met += 1;
    index += 1;
  }
  const report = new Map<PriorityLevel, SlaPriorityCompliance>();
  for (const priority of table.priorities) {
    const targets = table.targets.get(priority);
    const byTarget = counts.get(priority);
    if (targets === undefined || byTarget === undefined) {
      throw inputError(
        `slaCompliance: the table has no targets for priority ${describeValue(priority)}.`,
      );
    }
    report.set(
      priority,
      Object.freeze({
        detection: lineOf(
          byTarget.detection.met,
          byTarget.detection.total,
          targets.detection.successRate,
        ),
        resolution: lineOf(
          byTarget.resolution.met,
          byTarget.resolution.total,
          targets.resolution.successRate,
        ),
      }),
    );
  }
  return report;
}
