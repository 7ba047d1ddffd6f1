import type { LocalizedText } from '../../core/localized-text.js';
import { err } from '../../core/result.js';
import type { RuleViolation } from '../../core/rule-violation.js';
import { type Infer, schemaKit as k } from '../../core/schema.js';
import {
  type CommitmentContext,
  checkUserCommitment,
  commitmentViolationMessages,
} from '../../handling/user-commitments.js';
import type { Actor } from '../ticket-actor.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import { commandSchema, userCommitmentSchema } from '../ticket-command-parts.js';
import { emit } from '../ticket-guards.js';
import { violationFrom } from '../ticket-shared-violations.js';
import type { ActiveTicket } from '../ticket-state.js';

const schema = commandSchema('inform-user', {
  summary: k.text(),
  /** The promises made to the user while informing them (seed §2.4); none when absent. */
  commitments: k.optional(k.array(userCommitmentSchema)),
});

/**
 * Records that the user was kept informed (seed §1.2, « tenir informé l'utilisateur »), with
 * the promises made to them while informing them. Each promise is checked by
 * `checkUserCommitment` (seed §2.4 « Ce qu'il ne faut pas dire »): an arrival time only when
 * the speaker planned the on-site visit themselves, a delay only the contract's.
 *
 * @see seed §1.2, §2.4
 * @example
 * ```ts
 * const i: InformUser = {
 *   type: 'inform-user', at: new Date(0), actor: { id: technicianId('alice'), level: 1 },
 *   summary: 'Technician on the way', commitments: [{ kind: 'best-service' }],
 * };
 * i.commitments?.map((c) => c.kind);
 * //=> ['best-service']
 * ```
 */
export type InformUser = Infer<typeof schema>;

const messages = {
  'no-contract-entitlement': {
    fr: "Le contrat de l'utilisateur ne précise pas ses droits d'intervention : assurez-le seulement du meilleur service dans les délais prévus contractuellement.",
    en: "The user's contract states no intervention entitlement: only assure them of the best service within the contract's delays.",
  },
  ...commitmentViolationMessages,
} as const satisfies { readonly [code: string]: LocalizedText };

/*
 * What the speaker may promise (§2.4), one context per plan of theirs: the on-site
 * interventions they dispatched themselves with a planned date, not yet reported. No plan: one
 * context without a speaker plan.
 */
function commitmentContexts(state: ActiveTicket, actor: Actor): CommitmentContext[] | undefined {
  const entitlement = state.opening.contract.entitlement;
  if (entitlement === undefined) return undefined;
  const contexts: CommitmentContext[] = [];
  for (const i of state.interventions) {
    if (
      i.mode === 'on-site' &&
      i.startedBy.id === actor.id &&
      // Stryker disable next-line ConditionalExpression: a plan without a date answers as no plan (checkUserCommitment reads only speakerPlan?.arrivalAt)
      i.plannedFor !== undefined &&
      i.report === undefined
    ) {
      contexts.push({ entitlement, speakerPlan: { arrivalAt: i.plannedFor } });
    }
  }
  return contexts.length > 0 ? contexts : [{ entitlement }];
}

/** The `inform-user` command: its schema, its own refusals, its decision (seed §1.2, §2.4). */
export const informUserCommand = defineTicketCommand({
  type: 'inform-user',
  schema,
  seed: '§1.2, §2.4',
  violations: messages,
  decide: (c, state) => {
    const commitments = c.commitments ?? [];
    const contexts = commitmentContexts(state, c.actor);
    const violations: RuleViolation[] = [];
    commitments.forEach((commitment, index) => {
      if (contexts === undefined) {
        // A contract without an entitlement: only the reassurance is allowed (§2.4).
        if (commitment.kind !== 'best-service') {
          violations.push(
            violationFrom(messages, 'no-contract-entitlement', { index, kind: commitment.kind }),
          );
        }
        return;
      }
      let refusal: keyof typeof messages | undefined;
      for (const context of contexts) {
        const checked = checkUserCommitment(commitment, context);
        if (checked.ok) {
          refusal = undefined;
          break;
        }
        refusal ??= checked.error.code;
      }
      if (refusal !== undefined) {
        violations.push(violationFrom(messages, refusal, { index, kind: commitment.kind }));
      }
    });
    if (violations.length > 0) return err(violations);
    return emit(
      commitments.length === 0
        ? { type: 'user-informed', at: c.at, by: c.actor, summary: c.summary }
        : {
            type: 'user-informed',
            at: c.at,
            by: c.actor,
            summary: c.summary,
            commitments: [...commitments],
          },
    );
  },
});
