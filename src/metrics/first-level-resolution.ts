/**
 * The seed's yardstick for a service desk: level 1 resolves about 80 % of incidents (§1.1).
 *
 * @see seed §1.1 « On considère qu'un service desk est performant quand le niveau 1 résout à
 * peu près 80% des incidents. »
 * @example
 * ```ts
 * firstLevelResolutionTarget;
 * //=> 0.8
 * ```
 */
export const firstLevelResolutionTarget = 0.8;

/**
 * First-level resolution (seed §1.1): of the closed tickets, those whose definitive solution
 * was applied by a level-1 technician and that were never handed off to level 2 or 3.
 *
 * @see seed §1.1
 * @example
 * ```ts
 * const flr: FirstLevelResolution = { closed: 10, atLevel1: 8, rate: 0.8, target: 0.8, ok: true };
 * flr.ok;
 * //=> true
 * ```
 */
export interface FirstLevelResolution {
  readonly closed: number;
  readonly atLevel1: number;
  /** `atLevel1 / closed`, `null` before any ticket is closed. */
  readonly rate: number | null;
  readonly target: number;
  /** Whether the rate reaches the target; `null` before any ticket is closed. */
  readonly ok: boolean | null;
}

/**
 * The first-level resolution line of `atLevel1` tickets solved at level 1 out of `closed`,
 * against `target` (seed §1.1).
 *
 * @see seed §1.1
 * @example
 * ```ts
 * firstLevelResolutionOf(4, 5, 0.8);
 * //=> { closed: 5, atLevel1: 4, rate: 0.8, target: 0.8, ok: true }
 * ```
 */
export function firstLevelResolutionOf(
  atLevel1: number,
  closed: number,
  target: number,
): FirstLevelResolution {
  const rate = closed === 0 ? null : atLevel1 / closed;
  return { closed, atLevel1, rate, target, ok: rate === null ? null : rate >= target };
}
