import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { RuleViolation } from '../core/rule-violation.js';
import type { Actor } from './ticket-actor.js';
import { type SharedTicketViolationCode, violationFrom } from './ticket-shared-violations.js';
import type { TicketState } from './ticket-state.js';

const ticketViolation = (
  code: SharedTicketViolationCode,
  details?: Readonly<Record<string, unknown>>,
): RuleViolation<SharedTicketViolationCode> => violationFrom<never>({}, code, details);

/**
 * Every reason why `actor` may not close the ticket now, all at once (empty when the close
 * is allowed). Seed §5 sets three rules:
 *
 * - a call is closed only once a definitive solution has been applied (§5.1): the last
 *   solution is definitive and the call was not reopened since; a loan is temporary and never
 *   closes (`no-definitive-solution`);
 * - only the level-1 technician who opened the call closes it (§5.2): `not-the-opener`, and
 *   `not-level-1` when the actor does not act at level 1;
 * - every intervention has its report (§6, « pour que la décision de clôturer un appel soit
 *   prise, il est nécessaire de connaître dans le détail la ou les interventions »):
 *   `missing-intervention-reports`, with the ids in `details.interventionIds`.
 *
 * A ticket not yet opened gives `ticket-not-open`; a closed one `ticket-closed`; a cancelled
 * one `ticket-cancelled`.
 *
 * @see seed §5.1, §5.2, §6
 * @throws TypeError when `state` or `actor` is not an object or cannot be read (a state not
 * made by this module, a getter or a Proxy trap that throws).
 * @example
 * ```ts
 * closureCheck(initialTicketState, { id: technicianId('alice'), level: 1 }).map((v) => v.code);
 * //=> ['ticket-not-open']
 * ```
 */
export function closureCheck(
  state: TicketState,
  actor: Actor,
): readonly RuleViolation<SharedTicketViolationCode>[] {
  return guardInput('closureCheck', () => violationsOf(state, actor));
}

function violationsOf(
  state: TicketState,
  actor: Actor,
): readonly RuleViolation<SharedTicketViolationCode>[] {
  if (typeof state !== 'object' || state === null || typeof actor !== 'object' || actor === null) {
    throw inputError(
      `closureCheck: expected a ticket state and an actor { id, level }, got ${describeValue(state)} and ${describeValue(actor)}.`,
    );
  }
  if (state.status === 'new') return [ticketViolation('ticket-not-open')];
  if (state.status === 'closed') return [ticketViolation('ticket-closed')];
  if (state.status === 'cancelled') return [ticketViolation('ticket-cancelled')];
  const violations: RuleViolation<SharedTicketViolationCode>[] = [];
  if (state.status !== 'resolved') {
    const last = state.solutions[state.solutions.length - 1];
    violations.push(
      ticketViolation('no-definitive-solution', {
        lastSolution: last === undefined ? null : last.nature,
        // Stryker disable next-line OptionalChaining: read only once reopenings.length > 0, and a reopened call was resolved by a solution, so last is defined
        reopened: state.reopenings.length > 0 && last?.nature === 'definitive',
      }),
    );
  }
  if (actor.id !== state.opening.by.id) {
    violations.push(ticketViolation('not-the-opener', { opener: state.opening.by.id }));
  }
  if (actor.level !== 1) {
    violations.push(ticketViolation('not-level-1', { level: actor.level }));
  }
  const unreported = state.interventions.filter((i) => i.report === undefined).map((i) => i.id);
  if (unreported.length > 0) {
    violations.push(
      ticketViolation('missing-intervention-reports', { interventionIds: unreported }),
    );
  }
  return violations;
}
