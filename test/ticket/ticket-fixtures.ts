import type { RuleViolation } from '../../src/core/rule-violation.js';
import {
  type Actor,
  decideTicket,
  evolveTicket,
  type HandoffNote,
  initialTicketState,
  interventionId,
  type OpenTicket,
  type TicketCommand,
  type TicketEvent,
  type TicketPolicy,
  type TicketState,
  technicianId,
  ticketId,
} from '../../src/ticket/index.js';

export const alice: Actor = { id: technicianId('alice'), level: 1 };
export const carol: Actor = { id: technicianId('carol'), level: 1 };
export const bob: Actor = { id: technicianId('bob'), level: 2 };
export const vendor: Actor = { id: technicianId('vendor-hp'), level: 3 };
export const tom: Actor = { id: technicianId('tom'), level: 1 };

export const I1 = interventionId('I-1');
export const I2 = interventionId('I-2');
export const I3 = interventionId('I-3');

const base = Date.parse('2026-03-02T09:00:00Z');
/** An instant `minutes` after 2026-03-02 09:00 UTC. */
export const t = (minutes: number): Date => new Date(base + minutes * 60_000);

export function openCommand(overrides: Partial<OpenTicket> = {}): OpenTicket {
  return {
    type: 'open',
    at: t(0),
    actor: alice,
    ticketId: ticketId('T-1'),
    caller: { name: 'Mme Martin', contact: 'poste 4412' },
    contract: { id: 'C-77' },
    equipment: { kind: 'pc', make: 'Dell', model: 'Latitude 7440', assetId: 'PC-0042' },
    environment: {
      network: 'Ethernet LAN',
      operatingSystem: 'Windows 11',
      software: ['Word 2021'],
    },
    description: 'The table of contents will not build in Word',
    ...overrides,
  };
}

/** Decides and applies each command in turn; throws on the first refusal. */
export function run(
  commands: readonly TicketCommand[],
  policy?: TicketPolicy,
  from: TicketState = initialTicketState,
): { state: TicketState; events: TicketEvent[] } {
  let state = from;
  const events: TicketEvent[] = [];
  for (const command of commands) {
    const r = decideTicket(command, state, policy);
    if (!r.ok) {
      throw new Error(
        `${command.type} refused: ${r.error.map((v: RuleViolation) => v.code).join(', ')}`,
      );
    }
    for (const e of r.value) {
      events.push(e);
      state = evolveTicket(state, e);
    }
  }
  return { state, events };
}

/** The codes with which `command` is refused on `state` (empty when accepted). */
export function refusal(
  command: TicketCommand,
  state: TicketState,
  policy?: TicketPolicy,
): string[] {
  const r = decideTicket(command, state, policy);
  return r.ok ? [] : r.error.map((v) => v.code);
}

/** Opened by alice, qualified (user, blocked → priority 3) and taken in charge directly. */
export const handledByAlice: readonly TicketCommand[] = [
  openCommand(),
  { type: 'qualify', at: t(2), actor: alice, impact: 'user', urgency: 'blocked' },
  { type: 'take-in-charge', at: t(3), actor: alice, mode: 'direct' },
];

/** On Mme Martin's table of contents (§5.1), alice starts rebuilding it (after {@link handledByAlice}). */
export const startTocRebuild = {
  type: 'start-intervention',
  at: t(4),
  actor: alice,
  interventionId: I1,
  nature: 'Rebuild the table of contents field',
} as const satisfies TicketCommand;

/** …and applies a definitive fix (§5.1, §6.1). */
export const tocFix = {
  type: 'apply-solution',
  at: t(8),
  actor: alice,
  interventionId: I1,
  solution: { kind: 'fix', nature: 'definitive', description: 'Heading styles reapplied' },
} as const satisfies TicketCommand;

/** The trace a technician leaves before a hand-off (§4.3.1). */
export const handoffNote: HandoffNote = {
  diagnosis: 'The table of contents ignores the heading styles',
  done: 'Checked the styles and rebuilt the field: no change',
};
