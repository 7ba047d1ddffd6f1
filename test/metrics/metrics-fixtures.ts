import type { CallQueueEvent } from '../../src/metrics/call-queue-events.js';
import type { IndicatorEntry } from '../../src/metrics/indicator-entry.js';
import {
  type Actor,
  decideTicket,
  evolveTicket,
  type InterventionId,
  initialTicketState,
  interventionId,
  type TicketCommand,
  type TicketState,
  technicianId,
  ticketId,
} from '../../src/ticket/index.js';

export const alice: Actor = { id: technicianId('alice'), level: 1 };
export const carol: Actor = { id: technicianId('carol'), level: 1 };
export const bob: Actor = { id: technicianId('bob'), level: 2 };

const base = Date.parse('2026-03-02T09:00:00Z');
/** An instant `minutes` after 2026-03-02 09:00 UTC. */
export const t = (minutes: number): Date => new Date(base + minutes * 60_000);

/** A desk's history: tickets driven through the real decider, events in global order. */
export class History {
  readonly entries: IndicatorEntry[] = [];
  readonly states = new Map<string, TicketState>();

  /** Decides `command` for ticket `id`; returns whether it was accepted. */
  try(id: string, command: TicketCommand): boolean {
    const state = this.states.get(id) ?? initialTicketState;
    const r = decideTicket(command, state);
    if (!r.ok) return false;
    let next = state;
    for (const event of r.value) {
      next = evolveTicket(next, event);
      this.entries.push({ streamId: id, event });
    }
    this.states.set(id, next);
    return true;
  }

  /** Like {@link History.try}, but a refusal is a broken fixture. */
  do(id: string, command: TicketCommand): this {
    if (!this.try(id, command)) throw new Error(`fixture: ${command.type} refused for ${id}`);
    return this;
  }

  /** A call of the telephone queue, answered or abandoned at `at` after `waitedMs`. */
  call(type: CallQueueEvent['type'], at: Date, waitedMs = 30_000, callerId?: string): this {
    const event = { type, callId: `call-${this.entries.length}`, at, waitedMs };
    this.entries.push({
      streamId: 'call-queue',
      event: callerId === undefined ? event : { ...event, callerId },
    });
    return this;
  }
}

export function open(id: string, at: Date, by: Actor = alice): TicketCommand {
  return {
    type: 'open',
    at,
    actor: by,
    ticketId: ticketId(id),
    caller: { name: 'M. Durand', contact: 'poste 2210' },
    contract: { id: 'C-1' },
    equipment: { kind: 'pc', make: 'Lenovo', model: 'T14', assetId: `PC-${id}` },
    environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Office'] },
    description: 'Incident',
  };
}

/**
 * A definitive fix by `by`, at minute `at`, on an open ticket: the intervention started, its
 * solution applied and its report recorded (seed §6.1, « chaque intervention fait l'objet d'un
 * compte rendu »), the intervention numbered `n`.
 */
export function solve(h: History, id: string, at: number, by: Actor = alice, n = 1): void {
  const I = interventionId(`${id}-I${n}`);
  h.do(id, { type: 'start-intervention', at: t(at), actor: by, interventionId: I, nature: 'Fix' });
  fixAndReport(h, id, I, at, by);
}

/**
 * A definitive fix of intervention `I` applied by `by` at `at` minutes, and its report recorded
 * at once (seed §6.5: every intervention is reported).
 */
export function fixAndReport(
  h: History,
  id: string,
  I: InterventionId,
  at: number,
  by: Actor = alice,
): History {
  return h
    .do(id, {
      type: 'apply-solution',
      at: t(at),
      actor: by,
      interventionId: I,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    })
    .do(id, {
      type: 'record-report',
      at: t(at),
      actor: by,
      interventionId: I,
      report: { summary: 'Fixed', outcome: 'finished' },
    });
}

/** alice's `qualify` at `at` minutes: user × blocked (priority 3) unless told, filed under `category` when given. */
export function qualify(
  at: number,
  {
    impact = 'user',
    urgency = 'blocked',
    category,
  }: {
    impact?: 'company' | 'department' | 'user';
    urgency?: 'blocked' | 'degraded' | 'can-wait';
    category?: string;
  } = {},
): TicketCommand {
  const command = { type: 'qualify' as const, at: t(at), actor: alice, impact, urgency };
  return category === undefined ? command : { ...command, category };
}

/** alice takes the call in charge directly at `at` minutes, for `group` when given. */
export function take(at: number, group?: string): TicketCommand {
  const command = {
    type: 'take-in-charge' as const,
    at: t(at),
    actor: alice,
    mode: 'direct' as const,
  };
  return group === undefined ? command : { ...command, group };
}

/** The whole simplest path of seed §6.1 for one ticket, at level 1, from `start` minutes. */
export function solvedAtLevel1(
  h: History,
  id: string,
  start: number,
  impact: 'company' | 'department' | 'user',
  urgency: 'blocked' | 'degraded' | 'can-wait',
  { takenAfter, solvedAfter }: { takenAfter: number; solvedAfter: number },
): void {
  const I = interventionId(`${id}-I1`);
  h.do(id, open(id, t(start)))
    .do(id, qualify(start, { impact, urgency }))
    .do(id, take(start + takenAfter))
    .do(id, {
      type: 'start-intervention',
      at: t(start + takenAfter),
      actor: alice,
      interventionId: I,
      nature: 'Fix',
    });
  fixAndReport(h, id, I, start + solvedAfter).do(id, {
    type: 'close',
    at: t(start + solvedAfter + 1),
    actor: alice,
  });
}
