/**
 * The impact levels of seed §2.5.2.1, from the most to the least severe: the whole company,
 * one department (or a VIP), one user.
 *
 * @see seed §2.5.2.1 « L'impact »
 * @example
 * ```ts
 * impacts;
 * //=> ['company', 'department', 'user']
 * ```
 */
export const impacts = ['company', 'department', 'user'] as const;

/**
 * How wide an incident reaches (seed §2.5.2.1, « impact ou sévérité »). A VIP user counts as
 * `'department'`; see {@link impactOfCall}.
 *
 * @example
 * ```ts
 * const impact: Impact = 'department';
 * impacts.indexOf(impact);
 * //=> 1
 * ```
 */
export type Impact = (typeof impacts)[number];

/**
 * The urgency levels of seed §2.5.2.2, from the most to the least urgent: the user is
 * blocked, slowed down, or can live with it.
 *
 * @see seed §2.5.2.2 « L'urgence »
 * @example
 * ```ts
 * urgencies;
 * //=> ['blocked', 'degraded', 'can-wait']
 * ```
 */
export const urgencies = ['blocked', 'degraded', 'can-wait'] as const;

/**
 * How critical the incident is to the user's work (seed §2.5.2.2): « bloqué », « ralenti »,
 * « peut vivre avec ».
 *
 * @example
 * ```ts
 * const urgency: Urgency = 'can-wait';
 * urgencies.includes(urgency);
 * //=> true
 * ```
 */
export type Urgency = (typeof urgencies)[number];

/**
 * The seed's priority scale (§2.5.2.3), from the most to the least urgent.
 *
 * @see seed §2.5.2.3 « La priorité »
 * @example
 * ```ts
 * priorities;
 * //=> [1, 2, 3, 4]
 * ```
 */
export const priorities = [1, 2, 3, 4] as const;

/**
 * How fast the incident must be resolved (seed §2.5.2.3); 1 is the most urgent.
 */
export type Priority = (typeof priorities)[number];

/**
 * A level on any organisation's own priority scale: a number (`1`, `2`…) or a name
 * (`'P1'`, `'critical'`…).
 *
 * @example
 * ```ts
 * const level: PriorityLevel = 'critical';
 * typeof level;
 * //=> 'string'
 * ```
 */
export type PriorityLevel = string | number;
