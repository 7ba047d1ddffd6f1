import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';

/**
 * The support levels of seed §1.1, from the first to the last line: level 1 is the service
 * desk itself (the single number every user calls), level 2 the specialists, level 3 the
 * experts, most often at the software vendor or the hardware maker.
 *
 * @see seed §1.1 « Organisation générale d'un Service Desk »
 * @example
 * ```ts
 * supportLevels;
 * //=> [1, 2, 3]
 * ```
 */
export const supportLevels = [1, 2, 3] as const;

/**
 * A support level: `1` the service desk, `2` the specialists, `3` the vendor or maker
 * (seed §1.1).
 *
 * @see seed §1.1
 * @example
 * ```ts
 * const vendor: SupportLevel = 3;
 * supportLevels.includes(vendor);
 * //=> true
 * ```
 */
export type SupportLevel = (typeof supportLevels)[number];

/**
 * Who may hand a call to whom, an organisation's choice. `level2Exists: false` describes the
 * desks the seed mentions « où le niveau 2 n'existe pas » (§4.3.3): level 1 then hands its
 * calls straight to level 3.
 *
 * @see seed §1.2, §4.3.3
 * @example
 * ```ts
 * const noSpecialists: SupportLevelPolicy = { level2Exists: false };
 * canHandOff(1, 3, noSpecialists);
 * //=> true
 * ```
 */
export interface SupportLevelPolicy {
  /** Whether the organisation has a level 2 at all; `true` in the seed's model. */
  readonly level2Exists: boolean;
}

/**
 * The seed's organisation (§1.1): three levels, level 2 present.
 *
 * @see seed §1.1
 * @example
 * ```ts
 * defaultSupportLevelPolicy;
 * //=> { level2Exists: true }
 * ```
 */
export const defaultSupportLevelPolicy: SupportLevelPolicy = Object.freeze({
  level2Exists: true,
});

/**
 * Whether `value` is a {@link SupportLevel}; for input from plain JavaScript.
 *
 * @example
 * ```ts
 * isSupportLevel(2);
 * //=> true
 * isSupportLevel(4);
 * //=> false
 * ```
 */
export function isSupportLevel(value: unknown): value is SupportLevel {
  return guardInput('isSupportLevel', () => {
    return (supportLevels as readonly unknown[]).includes(value);
  });
}

function assertSupportLevel(value: unknown, role: 'from' | 'to'): asserts value is SupportLevel {
  if (!isSupportLevel(value)) {
    throw inputError(
      `Unknown support level ${describeValue(value)} (${role}): expected one of 1, 2, 3.`,
    );
  }
}

/**
 * Whether a technician at level `from` may hand a call to level `to` (transfer or escalation).
 *
 * Seed §1.2: level 1 submits to level 2 what is beyond its competence, and level 2, when it
 * cannot treat the incident, « remonte ce dernier au niveau 3 ». A call therefore climbs one
 * level at a time: `1 → 2` and `2 → 3`.
 *
 * `1 → 3` is refused by default: level 3 sits outside the service desk (vendor, maker), and
 * deciding that an incident needs the vendor takes the specialist knowledge the seed gives to
 * level 2; level 1's own way out to a third party is the warranty branch of an on-site
 * intervention (§1.2, §4.3.4, see `dispatchIntervention`), not a hand-off. Where the
 * organisation has no level 2 (`{ level2Exists: false }`, §4.3.3), `1 → 3` is allowed and
 * nothing is handed to level 2.
 *
 * Nobody hands a call down or to their own level: the call comes back to its level-1 opener
 * to be closed (§5.2), which is not a hand-off; giving a call to another level-1 technician
 * is deferred handling (§4.2).
 *
 * @see seed §1.2 « Principe de fonctionnement », §4.3.3
 * @throws TypeError when `from` or `to` is not 1, 2 or 3.
 * @throws ConfigurationError when `policy` is not a {@link SupportLevelPolicy}.
 * @example
 * ```ts
 * canHandOff(1, 2);
 * //=> true
 * canHandOff(2, 3);
 * //=> true
 * canHandOff(1, 3);
 * //=> false
 * canHandOff(2, 1);
 * //=> false
 * ```
 */
export function canHandOff(
  from: SupportLevel,
  to: SupportLevel,
  policy: SupportLevelPolicy = defaultSupportLevelPolicy,
): boolean {
  return guardInput('canHandOff', () => {
    assertSupportLevel(from, 'from');
    assertSupportLevel(to, 'to');
    if (typeof policy !== 'object' || policy === null || typeof policy.level2Exists !== 'boolean') {
      throw new ConfigurationError(
        `Support level policy: expected { level2Exists: boolean }, got ${describeValue(policy)}.`,
        { path: ['level2Exists'], input: policy },
      );
    }
    if (policy.level2Exists) return to === from + 1;
    return from === 1 && to === 3;
  });
}
