import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
/**
 * How a call is handled once qualified (seed §4.1, §4.2): `'direct'` when the technician who
 * qualified it takes it at once, `'deferred'` when it is given to someone else, who calls the
 * user back.
 *
 * @see seed §4.1 « Traitement en direct », §4.2 « Traitement différé »
 * @example
 * ```ts
 * handlingModes;
 * //=> ['direct', 'deferred']
 * ```
 */
export const handlingModes = ['direct', 'deferred'] as const;

/**
 * `'direct'` (« traitement en direct ») or `'deferred'` (« traitement différé »).
 *
 * @example
 * ```ts
 * const mode: HandlingMode = 'deferred';
 * userIsCalledBack(mode);
 * //=> true
 * ```
 */
export type HandlingMode = (typeof handlingModes)[number];

/**
 * Who qualified a call and who takes it in charge, by any identifier the caller uses for
 * technicians (a string id, branded or not). Identifiers are compared with `===`.
 *
 * @example
 * ```ts
 * const handover: CallHandover<string> = { qualifiedBy: 'tech-ana', takenBy: 'tech-ana' };
 * handlingModeOf(handover);
 * //=> 'direct'
 * ```
 */
export interface CallHandover<Id extends string> {
  /** The technician who qualified the call. */
  readonly qualifiedBy: Id;
  /** The technician who takes it in charge. */
  readonly takenBy: Id;
}

/**
 * Whether a call is handled directly or deferred (seed §4.1, §4.2): direct when the one who
 * qualified the call takes it in charge — « il n'y a donc pas de rupture entre le moment où le
 * client appelle et le moment où l'on traite son appel » —, deferred when it is assigned to
 * another technician (level 1 or 2).
 *
 * @see seed §4.1, §4.2
 * @throws TypeError when an identifier is not a non-empty string (plain JavaScript).
 * @example
 * ```ts
 * handlingModeOf({ qualifiedBy: 'tech-ana', takenBy: 'tech-ana' });
 * //=> 'direct'
 * handlingModeOf({ qualifiedBy: 'tech-ana', takenBy: 'tech-bruno' });
 * //=> 'deferred'
 * ```
 */
export function handlingModeOf<Id extends string>(handover: CallHandover<Id>): HandlingMode {
  return guardInput('handlingModeOf', () => {
    const { qualifiedBy, takenBy } =
      typeof handover === 'object' && handover !== null
        ? handover
        : ({} as { qualifiedBy?: unknown; takenBy?: unknown });
    for (const [name, id] of [
      ['qualifiedBy', qualifiedBy],
      ['takenBy', takenBy],
    ] as const) {
      if (typeof id !== 'string' || id === '') {
        throw inputError(
          `Invalid ${name} ${describeValue(id)}: expected the non-empty identifier of a technician.`,
        );
      }
    }
    return qualifiedBy === takenBy ? 'direct' : 'deferred';
  });
}

/**
 * Whether the user must be called back: only a deferred call is (seed §4.2, « c'est
 * l'utilisateur qui sera rappelé »); a direct call is handled while the user is on the line.
 *
 * @see seed §4.2
 * @throws TypeError when `mode` is not `'direct'` or `'deferred'`.
 * @example
 * ```ts
 * userIsCalledBack('direct');
 * //=> false
 * userIsCalledBack('deferred');
 * //=> true
 * ```
 */
export function userIsCalledBack(mode: HandlingMode): boolean {
  return guardInput('userIsCalledBack', () => {
    if (!(handlingModes as readonly unknown[]).includes(mode)) {
      throw inputError(
        `Unknown handling mode ${describeValue(mode)}: expected "direct" or "deferred".`,
      );
    }
    return mode === 'deferred';
  });
}
