import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { type StaffingDuration, staffingDurationMs } from './staffing-duration.js';
import { staffingArgument } from './staffing-input.js';

/**
 * How a desk's calls respond to the level-1 time budget (seed §4.3.2): for a budget in
 * milliseconds, the mean handle time of a level-1 call and the share of calls level 1
 * resolves. A policy the desk provides (fitted on its own tickets); build the seed's default
 * with {@link exponentialBudgetResponse}.
 *
 * @see seed §1.1, §4.3.2
 * @example
 * ```ts
 * const fixed: Level1BudgetResponse = { handleTimeMs: () => 300_000, firstLevelResolution: () => 0.8 };
 * fixed.firstLevelResolution(600_000);
 * //=> 0.8
 * ```
 */
export interface Level1BudgetResponse {
  /** The mean handle time at level 1 (ms, > 0) under a budget of `budgetMs`. */
  handleTimeMs(budgetMs: number): number;
  /** The share of calls level 1 resolves (in [0, 1]) under a budget of `budgetMs`. */
  firstLevelResolution(budgetMs: number): number;
}

/**
 * What {@link exponentialBudgetResponse} takes; what is left out keeps the seed's value.
 */
export interface ExponentialBudgetResponseSpec {
  /**
   * The budget at which `firstLevelResolution` is observed; 10 minutes (seed §4.3.2, the
   * `interventionMs` of the `handling` module's default level-1 budget policy).
   */
  readonly budget?: StaffingDuration;
  /** The share level 1 resolves under that budget; 0.8 (seed §1.1: « à peu près 80% »). */
  readonly firstLevelResolution?: number;
  /** Time every call costs besides solving (logging the ticket, §4.3.1); 0 by default. */
  readonly overhead?: StaffingDuration;
}

/**
 * The default model of how calls respond to the level-1 budget, from the seed: the time a
 * call needs at level 1 is random, exponential with mean `m`; the technician works until the
 * call is solved or the budget `b` runs out, then escalates (§4.3.3). So
 *
 * - first-level resolution `FLR(b) = 1 − e^(−b/m)`,
 * - handle time `h(b) = overhead + E[min(need, b)] = overhead + m·(1 − e^(−b/m))`,
 *
 * with `m` chosen so that `FLR(10 min) = 80 %` (the seed's ~10-minute budget and the 80 %
 * a performing desk resolves at level 1): `m = 10 min / ln 5 ≈ 6.21 min`, so
 * `h(10 min) ≈ 4.97 min`. A longer budget resolves more at level 1 and lengthens every call.
 *
 * @throws ConfigurationError when the budget is not a positive duration, or the share is not
 *   strictly between 0 and 1.
 * @see seed §1.1, §4.3.2, §4.3.3
 * @example
 * ```ts
 * const seed = exponentialBudgetResponse();
 * seed.firstLevelResolution(600_000).toFixed(6);
 * //=> '0.800000'
 * (seed.handleTimeMs(600_000) / 60_000).toFixed(2);
 * //=> '4.97'
 * ```
 */
export function exponentialBudgetResponse(
  spec: ExponentialBudgetResponseSpec = {},
): Level1BudgetResponse {
  // A value that throws when read (a getter, a Proxy trap) is a ConfigurationError too.
  return guardInput(
    'exponentialBudgetResponse',
    () => readExponentialBudgetResponse(spec),
    'ConfigurationError',
  );
}

function readExponentialBudgetResponse(spec: ExponentialBudgetResponseSpec): Level1BudgetResponse {
  const fields = staffingArgument('exponentialBudgetResponse', spec, [
    'budget',
    'firstLevelResolution',
    'overhead',
  ]);
  const budgetMs =
    fields.budget === undefined ? 600_000 : staffingDurationMs(fields.budget, 'budget');
  const share = fields.firstLevelResolution ?? 0.8;
  if (typeof share !== 'number' || !(share > 0 && share < 1)) {
    throw new ConfigurationError(
      `exponentialBudgetResponse: firstLevelResolution must be a fraction strictly between 0 and 1 (0.8 for 80 %), got ${describeValue(share)}.`,
      { path: ['firstLevelResolution'], input: share },
    );
  }
  const overheadMs =
    fields.overhead === undefined ? 0 : staffingDurationMs(fields.overhead, 'overhead', true);
  const meanNeedMs = budgetMs / -Math.log1p(-share);
  return Object.freeze({
    handleTimeMs: (b: number) => overheadMs - meanNeedMs * Math.expm1(-b / meanNeedMs),
    firstLevelResolution: (b: number) => -Math.expm1(-b / meanNeedMs),
  });
}
