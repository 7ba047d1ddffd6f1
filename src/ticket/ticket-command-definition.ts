import type { LocalizedText } from '../core/localized-text.js';
import type { Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';
import type { Schema } from '../core/schema.js';
import type { TicketEvent } from './ticket-events.js';
import type { TicketPolicy } from './ticket-policy.js';
import type { ActiveTicket, TicketState } from './ticket-state.js';

/**
 * What {@link decideTicket} returns: the events a command emits, or every reason it is
 * refused.
 */
export type TicketDecision = Result<readonly TicketEvent[], readonly RuleViolation[]>;

/**
 * Everything one ticket command is, in one value (one file a command, `commands/<command>.ts`):
 * its `type`; its `schema`, the single source of its TypeScript type and of its check; the
 * codes it refuses with that no other command gives, with their fr/en messages; its
 * decision, called on a well-formed command once the decider's common checks passed (ticket
 * open, not closed or cancelled, policy pinned, not dated before the last event); and the
 * seed sections it encodes. The decision is given the ticket at the stages it can be decided
 * on: an opened, not cancelled ticket (`S`, {@link ActiveTicket}) for every command but
 * `open`, which is given the `new` ticket.
 */
export interface TicketCommandDefinition<
  C extends { readonly type: string },
  Own extends string,
  S extends TicketState = ActiveTicket,
> {
  readonly type: C['type'];
  readonly schema: Schema<C>;
  readonly violations: { readonly [K in Own]: LocalizedText };
  readonly decide: (command: C, state: S, policy: TicketPolicy) => TicketDecision;
  /** The seed sections the command encodes (`'§5.2'`), or `''` when the seed is silent. */
  readonly seed: string;
}

/** Defines a ticket command (freezes it; the types are inferred from the schema). */
export function defineTicketCommand<
  C extends { readonly type: string },
  Own extends string = never,
  S extends TicketState = ActiveTicket,
>(definition: TicketCommandDefinition<C, Own, S>): TicketCommandDefinition<C, Own, S> {
  return Object.freeze(definition);
}
