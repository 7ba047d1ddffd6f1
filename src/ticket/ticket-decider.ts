import type { Decider } from '../core/decider.js';
import { decideTicket } from './decide-ticket.js';
import { evolveTicket } from './evolve-ticket.js';
import type { TicketCommand } from './ticket-command-list.js';
import type { TicketEvent } from './ticket-events.js';
import { defaultTicketPolicy, type TicketPolicy } from './ticket-policy.js';
import { initialTicketState, type TicketState } from './ticket-state.js';

/**
 * The ticket state machine in the library's one decider shape ({@link Decider}:
 * `{ decide, evolve, initialState }`), for `handleCommand` and `loadState`.
 */
export type TicketDeciderShape = Decider<TicketCommand, TicketEvent, TicketState>;

/**
 * The ticket decider bound to a policy: its `decide` judges every command with `policy`
 * (whose version must be the one pinned to the ticket).
 *
 * @example
 * ```ts
 * ticketDeciderFor(defineTicketPolicy({ version: 'acme-2' })).initialState.status;
 * //=> 'new'
 * ```
 */
export function ticketDeciderFor(policy: TicketPolicy): TicketDeciderShape {
  return Object.freeze({
    decide: (command: TicketCommand, state: TicketState) => decideTicket(command, state, policy),
    evolve: evolveTicket,
    initialState: initialTicketState,
  });
}

/**
 * The ticket decider under the seed's policy ({@link defaultTicketPolicy}).
 *
 * @example
 * ```ts
 * ticketDecider.evolve === evolveTicket;
 * //=> true
 * ```
 */
export const ticketDecider: TicketDeciderShape =
  /* @__PURE__ */ ticketDeciderFor(defaultTicketPolicy);
