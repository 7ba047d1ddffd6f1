/**
 * Typical ticket lives shared by the benches — the seed's simplest path, a hand-off to level
 * 2, an on-site job with a wait, a reopening — driven through the real decider.
 */
import {
  type Actor,
  decideTicket,
  evolveTicket,
  initialTicketState,
  interventionId,
  type OpenTicket,
  type TicketCommand,
  type TicketEvent,
  technicianId,
  ticketId,
} from '../src/ticket/index.js';

const alice: Actor = { id: technicianId('alice'), level: 1 };
const bob: Actor = { id: technicianId('bob'), level: 2 };
const tom: Actor = { id: technicianId('tom'), level: 1 };
const at = (m: number) => new Date(Date.UTC(2026, 2, 2, 9, 0) + m * 60_000);
const I1 = interventionId('I-1');
const I2 = interventionId('I-2');

const open: OpenTicket = {
  type: 'open',
  at: at(0),
  actor: alice,
  ticketId: ticketId('T-1'),
  caller: { name: 'Mme Martin', contact: 'poste 4412' },
  contract: { id: 'C-77', equipmentSwap: 'replacement' },
  equipment: { kind: 'pc', make: 'Dell', model: 'Latitude', assetId: 'PC-0042' },
  environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Word'] },
  description: 'Incident',
};

/** Typical ticket lives: the seed's simplest path, a transfer to level 2, an on-site job with a wait, a reopening. */
export const lives: readonly (readonly TicketCommand[])[] = [
  [
    open,
    { type: 'qualify', at: at(1), actor: alice, impact: 'user', urgency: 'blocked' },
    { type: 'take-in-charge', at: at(2), actor: alice, mode: 'direct' },
    { type: 'start-intervention', at: at(3), actor: alice, interventionId: I1, nature: 'Fix' },
    {
      type: 'apply-solution',
      at: at(8),
      actor: alice,
      interventionId: I1,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    },
    {
      type: 'record-report',
      at: at(9),
      actor: alice,
      interventionId: I1,
      report: { summary: 'Done', outcome: 'finished' },
    },
    { type: 'close', at: at(10), actor: alice },
  ],
  [
    open,
    { type: 'qualify', at: at(1), actor: alice, impact: 'department', urgency: 'degraded' },
    { type: 'take-in-charge', at: at(2), actor: alice, mode: 'direct' },
    {
      type: 'hand-off',
      at: at(9),
      actor: alice,
      to: bob,
      situation: { cause: 'level-1-task-failed' },
      note: { diagnosis: 'Heading styles not applied', done: 'Rebuilt the table of contents' },
    },
    { type: 'acknowledge', at: at(15), actor: bob },
    { type: 'inform-user', at: at(16), actor: bob, summary: 'Specialist on it' },
    { type: 'start-intervention', at: at(20), actor: bob, interventionId: I1, nature: 'Repair' },
    {
      type: 'apply-solution',
      at: at(50),
      actor: bob,
      interventionId: I1,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    },
    {
      type: 'record-report',
      at: at(55),
      actor: bob,
      interventionId: I1,
      report: { summary: 'Done', outcome: 'finished' },
    },
    { type: 'close', at: at(60), actor: alice },
  ],
  [
    open,
    { type: 'qualify', at: at(1), actor: alice, impact: 'user', urgency: 'blocked' },
    { type: 'take-in-charge', at: at(2), actor: alice, mode: 'direct' },
    {
      type: 'dispatch-on-site',
      at: at(5),
      actor: alice,
      interventionId: I1,
      performer: tom,
      request: { diagnosis: 'Power supply dead' },
    },
    { type: 'pause', at: at(6), actor: alice, reason: 'waiting-for-user' },
    { type: 'resume', at: at(60), actor: alice },
    {
      type: 'apply-solution',
      at: at(90),
      actor: tom,
      interventionId: I1,
      solution: { kind: 'equipment-swap', description: 'PC replaced' },
    },
    {
      type: 'record-report',
      at: at(95),
      actor: tom,
      interventionId: I1,
      report: { summary: 'Replaced', outcome: 'finished' },
    },
    { type: 'close', at: at(100), actor: alice },
  ],
  [
    open,
    { type: 'qualify', at: at(1), actor: alice, impact: 'company', urgency: 'blocked' },
    { type: 'take-in-charge', at: at(2), actor: alice, mode: 'direct' },
    { type: 'start-intervention', at: at(3), actor: alice, interventionId: I1, nature: 'Fix' },
    {
      type: 'apply-solution',
      at: at(8),
      actor: alice,
      interventionId: I1,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    },
    {
      type: 'record-report',
      at: at(9),
      actor: alice,
      interventionId: I1,
      report: { summary: 'Done', outcome: 'finished' },
    },
    { type: 'close', at: at(10), actor: alice },
    { type: 'reopen', at: at(70), actor: alice, reason: 'Fails again' },
    {
      type: 'start-intervention',
      at: at(71),
      actor: alice,
      interventionId: I2,
      nature: 'Fix again',
    },
    {
      type: 'apply-solution',
      at: at(80),
      actor: alice,
      interventionId: I2,
      solution: { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    },
    {
      type: 'record-report',
      at: at(81),
      actor: alice,
      interventionId: I2,
      report: { summary: 'Done', outcome: 'finished' },
    },
    { type: 'close', at: at(82), actor: alice },
  ],
];

/** The events of one life, through decideTicket and evolveTicket. */
export function eventsOf(commands: readonly TicketCommand[]): TicketEvent[] {
  let state = initialTicketState;
  const events: TicketEvent[] = [];
  for (const command of commands) {
    const decision = decideTicket(command, state);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.error.map((v) => v.code)}`);
    for (const e of decision.value) {
      events.push(e);
      state = evolveTicket(state, e);
    }
  }
  return events;
}
