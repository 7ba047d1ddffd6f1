import { ok } from '../core/result.js';
import type { Actor } from './ticket-actor.js';
import type { TicketDecision } from './ticket-command-definition.js';
import type { TicketEvent } from './ticket-events.js';
import { type Refusal, refuseShared } from './ticket-shared-violations.js';
import type { ActiveTicket, InterventionRecord } from './ticket-state.js';

/* Checks several ticket commands share. */

/** The events a command emits. */
export const emit = (...events: TicketEvent[]): TicketDecision => ok(events);

/** Whether `actor` has the call now. */
export function isHandler(state: ActiveTicket, actor: Actor): boolean {
  // Stryker disable next-line OptionalChaining: isHandler is called only on a call in progress (a pause, an acknowledgement pending, a solution), which has a handler
  return handlerOf(state)?.id === actor.id;
}

/** Who has the call now: nobody before it is taken in charge. */
export function handlerOf(state: ActiveTicket): Actor | undefined {
  // Stryker disable next-line LogicalOperator: an opened or qualified call has no handler field, state.handler reads undefined the same
  return state.status === 'opened' || state.status === 'qualified' ? undefined : state.handler;
}

/** The handler acts on the call: it must be the handler, and have acknowledged it (§6.1). */
export function handlerGuard(state: ActiveTicket, actor: Actor): Refusal | undefined {
  if (state.status !== 'in-progress')
    return refuseShared('not-in-progress', { status: state.status });
  if (state.handler.id !== actor.id)
    return refuseShared('not-the-handler', { handler: state.handler.id });
  if (state.awaitingAcknowledgement) return refuseShared('acknowledgement-pending');
  return undefined;
}

/** The intervention of this number on the ticket. */
export function findIntervention(state: ActiveTicket, id: string): InterventionRecord | undefined {
  return state.interventions.find((i) => i.id === id);
}
