/**
 * The stages of a problem's life, in order (seed §4.4): `'open'` (a problem: the cause of
 * one or more incidents is unknown and being investigated), `'known-error'` (the cause is
 * known and a workaround or a fix has been identified), `'resolved'` (a change removed the
 * cause) and `'closed'`.
 *
 * @see seed §4.4, §4.4.2
 * @example
 * ```ts
 * problemStatuses;
 * //=> ['open', 'known-error', 'resolved', 'closed']
 * ```
 */
export const problemStatuses = ['open', 'known-error', 'resolved', 'closed'] as const;

/**
 * A stage of a problem's life; see {@link problemStatuses}.
 *
 * @example
 * ```ts
 * const status: ProblemStatus = 'known-error';
 * problemStatuses.indexOf(status);
 * //=> 1
 * ```
 */
export type ProblemStatus = (typeof problemStatuses)[number];

/**
 * The two kinds of solution of seed §4.4.2 (« une solution de contournement provisoire ou
 * permanente »): a temporary `'workaround'` or a permanent `'fix'`.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * solutionKinds;
 * //=> ['workaround', 'fix']
 * ```
 */
export const solutionKinds = ['workaround', 'fix'] as const;

/**
 * A temporary workaround or a permanent fix; see {@link solutionKinds}.
 */
export type SolutionKind = (typeof solutionKinds)[number];
