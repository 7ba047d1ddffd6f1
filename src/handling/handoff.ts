import { match } from 'ts-pattern';
import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { LocalizedText } from '../core/localized-text.js';

/**
 * The two ways a call leaves level 1 for a specialist (seed §2.5.1, §4.3.3): a transfer,
 * when the problem is beyond level 1; an escalation, when level 1 should have solved it
 * itself (it lacked the time, or failed a level-1 task).
 *
 * @see seed §2.5.1, §4.3.3
 * @example
 * ```ts
 * handoffKinds;
 * //=> ['transfer', 'escalation']
 * ```
 */
export const handoffKinds = ['transfer', 'escalation'] as const;

/**
 * `'transfer'` (« transfert ») or `'escalation'` (« escalade »).
 *
 * @see seed §2.5.1 « Le transfert ne doit pas être confondu avec l'escalade »
 * @example
 * ```ts
 * const kind: HandoffKind = 'escalation';
 * handoffKinds.includes(kind);
 * //=> true
 * ```
 */
export type HandoffKind = (typeof handoffKinds)[number];

/**
 * The causes of seed §4.3.3 that bring level 1 to hand a call over, in the seed's order.
 *
 * @see seed §4.3.3 « Affecter l'appel à un niveau 2 »
 * @example
 * ```ts
 * handoffCauses;
 * //=> ['beyond-competence', 'not-enough-time', 'procedure-exhausted', 'level-1-task-failed']
 * ```
 */
export const handoffCauses = [
  'beyond-competence',
  'not-enough-time',
  'procedure-exhausted',
  'level-1-task-failed',
] as const;

/**
 * One of {@link handoffCauses}.
 */
export type HandoffCause = (typeof handoffCauses)[number];

/**
 * When a lack of time was noticed (seed §4.3.3, « Le technicien manque de temps »): before
 * starting (`'foreseen'`, « s'aperçoit que le problème ne pourra pas l'être dans le temps
 * imparti ») or while working, near the limit and far from the solution (`'near-limit'`).
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * timeShortageNotices;
 * //=> ['foreseen', 'near-limit']
 * ```
 */
export const timeShortageNotices = ['foreseen', 'near-limit'] as const;

/**
 * One of {@link timeShortageNotices}.
 */
export type TimeShortageNotice = (typeof timeShortageNotices)[number];

/**
 * Why level 1 hands a call over, one case of seed §4.3.3 each:
 *
 * - `beyond-competence`: the problem is beyond level 1's competence → transfer;
 * - `not-enough-time`: level 1 could solve it but lacks the time, `noticed` early
 *   (`'foreseen'`) or near the limit (`'near-limit'`) → escalation;
 * - `procedure-exhausted`: a troubleshooting procedure followed step by step to its end
 *   without solving the problem → transfer (it is beyond level 1);
 * - `level-1-task-failed`: a level-1 task that level 1 failed (the seed's table of contents
 *   in Word) → escalation.
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * const situation: HandoffSituation = { cause: 'not-enough-time', noticed: 'foreseen' };
 * classifyHandoff(situation).kind;
 * //=> 'escalation'
 * ```
 */
export type HandoffSituation =
  | { readonly cause: 'beyond-competence' }
  | { readonly cause: 'not-enough-time'; readonly noticed: TimeShortageNotice }
  | { readonly cause: 'procedure-exhausted' }
  | { readonly cause: 'level-1-task-failed' };

/**
 * Whether the organisation tells transfer from escalation. The seed says the distinction « n'est
 * pas pratiquée partout et ne figure pas dans ITIL » (§4.3.3); with `false`, every hand-off is
 * a transfer.
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * const policy: HandoffPolicy = { distinguishTransferFromEscalation: false };
 * classifyHandoff({ cause: 'level-1-task-failed' }, policy).kind;
 * //=> 'transfer'
 * ```
 */
export interface HandoffPolicy {
  /** `true` (the seed) to tell transfers from escalations; `false` to call every hand-off a transfer. */
  readonly distinguishTransferFromEscalation: boolean;
}

/**
 * The seed's policy: transfer and escalation are told apart.
 *
 * @see seed §2.5.1
 * @example
 * ```ts
 * defaultHandoffPolicy;
 * //=> { distinguishTransferFromEscalation: true }
 * ```
 */
export const defaultHandoffPolicy: HandoffPolicy = Object.freeze({
  distinguishTransferFromEscalation: true,
});

/**
 * The stable codes of the rationales of {@link classifyHandoff}, one per case of seed §4.3.3.
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * handoffRationaleCodes[0];
 * //=> 'beyond-level-1-competence'
 * ```
 */
export const handoffRationaleCodes = [
  'beyond-level-1-competence',
  'not-enough-time-foreseen',
  'not-enough-time-near-limit',
  'troubleshooting-procedure-exhausted',
  'level-1-task-failed',
] as const;

/**
 * One of {@link handoffRationaleCodes}; safe to store and to switch on.
 */
export type HandoffRationaleCode = (typeof handoffRationaleCodes)[number];

/**
 * Why a hand-off is a transfer or an escalation: a stable `code`, a French and English
 * `message`, and `seedKind`, the kind the seed's distinction gives, kept even when the policy
 * calls everything a transfer (so a desk can still count what would have been escalations).
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * const { rationale } = classifyHandoff({ cause: 'procedure-exhausted' });
 * rationale.code;
 * //=> 'troubleshooting-procedure-exhausted'
 * ```
 */
export interface HandoffRationale {
  /** The case of seed §4.3.3 behind the hand-off. */
  readonly code: HandoffRationaleCode;
  /** The reason, in French and English. */
  readonly message: LocalizedText;
  /** The kind the seed's distinction gives, whatever the policy. */
  readonly seedKind: HandoffKind;
}

/**
 * What {@link classifyHandoff} returns: the kind of hand-off and why.
 */
export interface HandoffClassification {
  /** The kind of hand-off under the policy in force. */
  readonly kind: HandoffKind;
  /** Why, with a stable code and fr/en text. */
  readonly rationale: HandoffRationale;
}

/**
 * The French and English text of every hand-off rationale code.
 *
 * @see seed §2.5.1, §4.3.3
 * @example
 * ```ts
 * handoffRationaleMessages['level-1-task-failed'].en;
 * //=> 'Level 1 could not solve a level-1 problem and called on level 2: an escalation.'
 * ```
 */
export const handoffRationaleMessages: { readonly [C in HandoffRationaleCode]: LocalizedText } = {
  'beyond-level-1-competence': {
    fr: 'Le problème dépasse les compétences du niveau 1 : il est confié à un spécialiste, c’est un transfert.',
    en: 'The problem is beyond level 1’s competence and goes to a specialist: a transfer.',
  },
  'not-enough-time-foreseen': {
    fr: 'Le niveau 1 est compétent mais voit d’emblée que le problème ne pourra pas être résolu dans le temps imparti : c’est une escalade.',
    en: 'Level 1 is competent but sees from the start that the problem cannot be solved in the time allowed: an escalation.',
  },
  'not-enough-time-near-limit': {
    fr: 'Le niveau 1 approche du temps limite et est loin de la solution : c’est une escalade.',
    en: 'Level 1 is nearing the time limit and is far from the solution: an escalation.',
  },
  'troubleshooting-procedure-exhausted': {
    fr: 'La procédure de dépannage a été suivie jusqu’au bout sans résoudre le problème : il dépasse les compétences du niveau 1, c’est un transfert.',
    en: 'The troubleshooting procedure was followed to its end without solving the problem: it is beyond level 1, a transfer.',
  },
  'level-1-task-failed': {
    fr: 'Le niveau 1 n’a pas résolu un problème de niveau 1 et a dû faire appel au niveau 2 : c’est une escalade.',
    en: 'Level 1 could not solve a level-1 problem and called on level 2: an escalation.',
  },
};

function seedClassification(situation: HandoffSituation): {
  readonly kind: HandoffKind;
  readonly code: HandoffRationaleCode;
} {
  return match(situation)
    .with({ cause: 'beyond-competence' }, () => ({
      kind: 'transfer' as const,
      code: 'beyond-level-1-competence' as const,
    }))
    .with({ cause: 'not-enough-time', noticed: 'foreseen' }, () => ({
      kind: 'escalation' as const,
      code: 'not-enough-time-foreseen' as const,
    }))
    .with({ cause: 'not-enough-time', noticed: 'near-limit' }, () => ({
      kind: 'escalation' as const,
      code: 'not-enough-time-near-limit' as const,
    }))
    .with({ cause: 'procedure-exhausted' }, () => ({
      kind: 'transfer' as const,
      code: 'troubleshooting-procedure-exhausted' as const,
    }))
    .with({ cause: 'level-1-task-failed' }, () => ({
      kind: 'escalation' as const,
      code: 'level-1-task-failed' as const,
    }))
    .exhaustive();
}

function assertSituation(situation: unknown): asserts situation is HandoffSituation {
  const cause =
    typeof situation === 'object' && situation !== null
      ? (situation as { cause?: unknown }).cause
      : undefined;
  const valid =
    (handoffCauses as readonly unknown[]).includes(cause) &&
    (cause !== 'not-enough-time' ||
      (timeShortageNotices as readonly unknown[]).includes(
        (situation as { noticed?: unknown }).noticed,
      ));
  if (!valid) {
    throw inputError(
      `Unknown hand-off situation ${describeValue(situation)}: expected { cause } with cause one of ${handoffCauses.map((c) => describeValue(c)).join(', ')}, and for "not-enough-time" a noticed of "foreseen" or "near-limit".`,
    );
  }
}

/**
 * Tells whether handing a call over is a transfer or an escalation (seed §2.5.1, §4.3.3):
 *
 * | situation | seed | kind |
 * | --- | --- | --- |
 * | beyond level 1's competence | « Le problème dépasse ses compétences » | transfer |
 * | not enough time, foreseen | « ne pourra pas l'être dans le temps imparti » | escalation |
 * | not enough time, near the limit | « approche du temps limite et […] loin de la solution » | escalation |
 * | troubleshooting procedure exhausted | « à l'issue du déroulement de la procédure » | transfer |
 * | level-1 task failed (Word table of contents) | « malgré que le problème soit de niveau 1 » | escalation |
 *
 * With `{ distinguishTransferFromEscalation: false }` every hand-off is a transfer; the
 * rationale still gives the case and its `seedKind`.
 *
 * @see seed §2.5.1, §4.3.3
 * @throws TypeError when `situation` is not a {@link HandoffSituation} (plain JavaScript).
 * @throws ConfigurationError when `policy` is not a {@link HandoffPolicy}.
 * @example
 * ```ts
 * classifyHandoff({ cause: 'level-1-task-failed' }).kind;
 * //=> 'escalation'
 * classifyHandoff({ cause: 'procedure-exhausted' }).kind;
 * //=> 'transfer'
 * classifyHandoff({ cause: 'level-1-task-failed' }, { distinguishTransferFromEscalation: false });
 * //=> {
 * //   kind: 'transfer',
 * //   rationale: {
 * //     code: 'level-1-task-failed',
 * //     message: handoffRationaleMessages['level-1-task-failed'],
 * //     seedKind: 'escalation',
 * //   },
 * // }
 * ```
 */
export function classifyHandoff(
  situation: HandoffSituation,
  policy: HandoffPolicy = defaultHandoffPolicy,
): HandoffClassification {
  return guardInput('classifyHandoff', () => {
    assertSituation(situation);
    if (
      typeof policy !== 'object' ||
      policy === null ||
      typeof policy.distinguishTransferFromEscalation !== 'boolean'
    ) {
      throw new ConfigurationError(
        `Hand-off policy: expected { distinguishTransferFromEscalation: boolean }, got ${describeValue(policy)}.`,
        { path: ['distinguishTransferFromEscalation'], input: policy },
      );
    }
    const { kind, code } = seedClassification(situation);
    return {
      kind: policy.distinguishTransferFromEscalation ? kind : 'transfer',
      rationale: { code, message: handoffRationaleMessages[code], seedKind: kind },
    };
  });
}
