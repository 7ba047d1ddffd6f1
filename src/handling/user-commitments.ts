import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { LocalizedText } from '../core/localized-text.js';
import { err, ok, type Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { assertWorkingDuration, type WorkingDuration } from '../sla/working-duration.js';
import type { ContractEntitlement } from './on-site-intervention.js';

/**
 * Something the person on the phone may tell the user about an intervention (seed §2.4):
 *
 * - `best-service`: the reassurance always allowed, « le meilleur service dans les délais
 *   prévus contractuellement »;
 * - `contractual-delay`: the delay the contract sets, when it sets one;
 * - `arrival-time`: when the technician will come, only if the speaker plans it now;
 * - `duration`: how long it will take, only if the speaker plans it (« vous ne devez avancer
 *   aucun chiffre » otherwise).
 *
 * @see seed §2.4 « Ce qu'il ne faut pas dire »
 * @example
 * ```ts
 * const c: UserCommitment = { kind: 'contractual-delay', within: { hours: 4 } };
 * c.kind;
 * //=> 'contractual-delay'
 * ```
 */
export type UserCommitment =
  | { readonly kind: 'best-service' }
  | { readonly kind: 'contractual-delay'; readonly within: WorkingDuration }
  | { readonly kind: 'arrival-time'; readonly at: Date }
  | { readonly kind: 'duration'; readonly durationMs: number };

/**
 * The kinds of {@link UserCommitment}, from the always allowed to the most binding.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * userCommitmentKinds;
 * //=> ['best-service', 'contractual-delay', 'arrival-time', 'duration']
 * ```
 */
export const userCommitmentKinds = [
  'best-service',
  'contractual-delay',
  'arrival-time',
  'duration',
] as const;

/**
 * One of {@link userCommitmentKinds}.
 */
export type UserCommitmentKind = (typeof userCommitmentKinds)[number];

/**
 * The intervention as planned by the person speaking to the user, when they plan it
 * themselves, now: the technician's arrival and the expected duration, each optional.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * const plan: SpeakerPlan = { arrivalAt: new Date('2026-03-02T14:00:00Z'), durationMs: 3_600_000 };
 * plan.durationMs;
 * //=> 3600000
 * ```
 */
export interface SpeakerPlan {
  /** When the technician will arrive, as planned by the speaker. */
  readonly arrivalAt?: Date | undefined;
  /** How long the intervention will take, in milliseconds, as planned by the speaker. */
  readonly durationMs?: number | undefined;
}

/**
 * What {@link allowedCommitments} and {@link checkUserCommitment} need: the user's contract
 * entitlement and, only when the person speaking plans the intervention, their plan.
 *
 * @see seed §2.2, §2.4
 * @example
 * ```ts
 * const context: CommitmentContext = { entitlement: { onSite: true } };
 * allowedCommitments(context);
 * //=> [{ kind: 'best-service' }]
 * ```
 */
export interface CommitmentContext {
  /** What the user's contract entitles them to (§2.2). */
  readonly entitlement: ContractEntitlement;
  /** The speaker's own plan; absent when someone else plans the intervention. */
  readonly speakerPlan?: SpeakerPlan | undefined;
}

function assertContext(context: unknown): asserts context is CommitmentContext {
  const c = context as Partial<CommitmentContext> | null | undefined;
  if (
    typeof c !== 'object' ||
    c === null ||
    typeof c.entitlement !== 'object' ||
    c.entitlement === null ||
    typeof c.entitlement.onSite !== 'boolean'
  ) {
    throw inputError(
      `Invalid commitment context ${describeValue(context)}: expected { entitlement: { onSite, interventionDelay? }, speakerPlan? }.`,
    );
  }
  if (c.entitlement.interventionDelay !== undefined) {
    assertWorkingDuration(c.entitlement.interventionDelay, ['entitlement', 'interventionDelay']);
  }
  const plan = c.speakerPlan;
  if (plan === undefined) return;
  if (typeof plan !== 'object' || plan === null) {
    throw inputError(
      `Invalid speakerPlan ${describeValue(plan)}: expected { arrivalAt?, durationMs? }.`,
    );
  }
  if (
    plan.arrivalAt !== undefined &&
    (!(plan.arrivalAt instanceof Date) || Number.isNaN(plan.arrivalAt.getTime()))
  ) {
    throw inputError(`Invalid speakerPlan.arrivalAt: expected a valid Date.`);
  }
  if (
    plan.durationMs !== undefined &&
    (typeof plan.durationMs !== 'number' ||
      !Number.isFinite(plan.durationMs) ||
      plan.durationMs <= 0)
  ) {
    throw inputError(
      `Invalid speakerPlan.durationMs ${describeValue(plan.durationMs)}: expected a finite number of milliseconds > 0.`,
    );
  }
}

/**
 * Everything the person on the phone may tell the user about an intervention (seed §2.4):
 * always the reassurance of the best service within the contract's delays; the contract's
 * intervention delay when it sets one; the technician's arrival time and the intervention's
 * duration only when the speaker plans the intervention themselves — otherwise « vous ne devez
 * pas apporter de réponse ». Nothing else may be promised.
 *
 * @see seed §2.4, §2.2, §4.3.4
 * @throws TypeError when the context is malformed (plain JavaScript).
 * @example
 * ```ts
 * allowedCommitments({ entitlement: { onSite: true, interventionDelay: { hours: 4 } } });
 * //=> [{ kind: 'best-service' }, { kind: 'contractual-delay', within: { hours: 4 } }]
 * allowedCommitments({
 *   entitlement: { onSite: true },
 *   speakerPlan: { arrivalAt: new Date('2026-03-02T14:00:00Z') },
 * });
 * //=> [{ kind: 'best-service' }, { kind: 'arrival-time', at: new Date('2026-03-02T14:00:00Z') }]
 * ```
 */
export function allowedCommitments(context: CommitmentContext): readonly UserCommitment[] {
  return guardInput('allowedCommitments', () => {
    assertContext(context);
    const commitments: UserCommitment[] = [{ kind: 'best-service' }];
    const delay = context.entitlement.interventionDelay;
    if (delay !== undefined) commitments.push({ kind: 'contractual-delay', within: delay });
    const plan = context.speakerPlan;
    if (plan?.arrivalAt !== undefined)
      commitments.push({ kind: 'arrival-time', at: plan.arrivalAt });
    if (plan?.durationMs !== undefined) {
      commitments.push({ kind: 'duration', durationMs: plan.durationMs });
    }
    return commitments;
  });
}

/**
 * The stable codes of the refusals of {@link checkUserCommitment}.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * commitmentViolationCodes;
 * //=> ['arrival-time-not-planned-by-speaker', 'duration-not-planned-by-speaker', 'no-contractual-delay', 'commitment-differs-from-plan']
 * ```
 */
export const commitmentViolationCodes = [
  'arrival-time-not-planned-by-speaker',
  'duration-not-planned-by-speaker',
  'no-contractual-delay',
  'commitment-differs-from-plan',
] as const;

/**
 * One of {@link commitmentViolationCodes}.
 */
export type CommitmentViolationCode = (typeof commitmentViolationCodes)[number];

/**
 * The French and English messages of every commitment violation code.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * commitmentViolationMessages['duration-not-planned-by-speaker'].fr;
 * //=> 'N’avancez aucune durée d’intervention : ce n’est pas vous qui la planifiez.'
 * ```
 */
export const commitmentViolationMessages: {
  readonly [C in CommitmentViolationCode]: LocalizedText;
} = {
  'arrival-time-not-planned-by-speaker': {
    fr: 'Ne donnez pas d’heure d’arrivée du technicien : ce n’est pas vous qui planifiez l’intervention. Assurez l’utilisateur du meilleur service dans les délais prévus par son contrat.',
    en: 'Do not give the technician’s arrival time: you are not the one planning the intervention. Assure the user of the best service within the contract’s delays.',
  },
  'duration-not-planned-by-speaker': {
    fr: 'N’avancez aucune durée d’intervention : ce n’est pas vous qui la planifiez.',
    en: 'Do not give any intervention duration: you are not the one planning it.',
  },
  'no-contractual-delay': {
    fr: 'Le contrat de l’utilisateur ne fixe pas de délai d’intervention : n’en promettez pas.',
    en: 'The user’s contract sets no intervention delay: do not promise one.',
  },
  'commitment-differs-from-plan': {
    fr: 'Cet engagement ne correspond pas à ce qui est prévu (contrat ou planification) : ne promettez que ce qui est prévu.',
    en: 'This commitment does not match what is planned (contract or schedule): promise only what is planned.',
  },
};

function refuse(
  code: CommitmentViolationCode,
): Result<never, RuleViolation<CommitmentViolationCode>> {
  return err({ code, message: commitmentViolationMessages[code] });
}

function sameDuration(a: WorkingDuration, b: WorkingDuration): boolean {
  return (
    (a.days ?? 0) === (b.days ?? 0) &&
    (a.hours ?? 0) === (b.hours ?? 0) &&
    (a.minutes ?? 0) === (b.minutes ?? 0) &&
    (a.seconds ?? 0) === (b.seconds ?? 0)
  );
}

/**
 * Checks one thing the speaker is about to tell the user against what seed §2.4 allows (see
 * {@link allowedCommitments}): an arrival time or a duration only from the speaker's own plan,
 * a delay only the contract's, and each exactly as planned. Returns the commitment when it may
 * be made, or the violation with a code and fr/en message.
 *
 * @see seed §2.4
 * @throws TypeError when the context is malformed (plain JavaScript).
 * @example
 * ```ts
 * const r = checkUserCommitment(
 *   { kind: 'arrival-time', at: new Date('2026-03-02T14:00:00Z') },
 *   { entitlement: { onSite: true } },
 * );
 * r.ok ? 'may be said' : r.error.code;
 * //=> 'arrival-time-not-planned-by-speaker'
 * ```
 */
export function checkUserCommitment(
  commitment: UserCommitment,
  context: CommitmentContext,
): Result<UserCommitment, RuleViolation<CommitmentViolationCode>> {
  return guardInput('checkUserCommitment', () => {
    assertContext(context);
    const plan = context.speakerPlan;
    const delay = context.entitlement.interventionDelay;
    switch (commitment?.kind) {
      case 'best-service':
        return ok(commitment);
      case 'contractual-delay':
        if (delay === undefined) return refuse('no-contractual-delay');
        return sameDuration(commitment.within, delay)
          ? ok(commitment)
          : refuse('commitment-differs-from-plan');
      case 'arrival-time':
        if (plan?.arrivalAt === undefined) return refuse('arrival-time-not-planned-by-speaker');
        return commitment.at instanceof Date && commitment.at.getTime() === plan.arrivalAt.getTime()
          ? ok(commitment)
          : refuse('commitment-differs-from-plan');
      case 'duration':
        if (plan?.durationMs === undefined) return refuse('duration-not-planned-by-speaker');
        return commitment.durationMs === plan.durationMs
          ? ok(commitment)
          : refuse('commitment-differs-from-plan');
      default:
        throw inputError(
          `Unknown commitment ${describeValue(commitment)}: expected { kind } with kind one of ${userCommitmentKinds.map((k) => describeValue(k)).join(', ')}.`,
        );
    }
  });
}
