import { guardInput } from '../core/input-guard.js';
import type { Impact, Priority, PriorityLevel, Urgency } from '../qualification/levels.js';
import { defaultPriorityMatrix, type PriorityMatrix } from '../qualification/priority-matrix.js';
import { priorityOf } from '../qualification/priority-of.js';
import { defaultSlaTable, type SlaTable, type SlaTargets, slaTargetsFor } from './sla-table.js';

/**
 * The outcome of qualifying a call: its priority and the SLA targets that come with it.
 */
export interface Qualification<P extends PriorityLevel = Priority> {
  readonly priority: P;
  readonly targets: SlaTargets;
}

/**
 * Qualifies a call (seed §2.5, « qualification de l'appel »): its impact and urgency give
 * a priority through the matrix, and the priority gives its SLA targets through the
 * indicator table. Both default to the seed's; pass an organisation's own with `matrix`
 * and `table` (their priority scales must match).
 *
 * @see seed §2.5.1, §2.5.2.4
 * @throws TypeError when a level is unknown to the matrix or the priority to the table.
 * @example
 * ```ts
 * qualify({ impact: 'company', urgency: 'blocked' });
 * //=> {
 * //   priority: 1,
 * //   targets: {
 * //     detection: { within: { minutes: 1 }, successRate: 0.99 },
 * //     resolution: { within: { minutes: 10 }, successRate: 0.98 },
 * //     maxDelay: { hours: 1 },
 * //   },
 * // }
 * ```
 */
export function qualify(call: {
  readonly impact: Impact;
  readonly urgency: Urgency;
}): Qualification<Priority>;
export function qualify<I extends string, U extends string, P extends PriorityLevel>(
  call: { readonly impact: NoInfer<I>; readonly urgency: NoInfer<U> },
  policy: { readonly matrix?: PriorityMatrix<I, U, P>; readonly table?: SlaTable<P> },
): Qualification<P>;
export function qualify(
  call: { readonly impact: string; readonly urgency: string },
  policy: {
    readonly matrix?: PriorityMatrix<string, string, PriorityLevel>;
    readonly table?: SlaTable<PriorityLevel>;
  } = {},
): Qualification<PriorityLevel> {
  return guardInput('qualify', () => {
    const matrix = policy.matrix ?? defaultPriorityMatrix;
    const table = policy.table ?? (defaultSlaTable as SlaTable<PriorityLevel>);
    const priority = priorityOf(call.impact, call.urgency, matrix);
    return { priority, targets: slaTargetsFor(priority, table) };
  });
}
