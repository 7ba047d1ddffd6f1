import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketHistoryArbitrary } from '../../src/testing/ticket-arbitraries.js';
import {
  evolveTicketIndicators,
  initialTicketIndicators,
  measureTicketSla,
  replayTicket,
  type TicketEvent,
  type TicketIndicatorEvent,
  technicianId,
} from '../../src/ticket/index.js';

const fold = (events: readonly TicketIndicatorEvent[]) =>
  events.reduce(evolveTicketIndicators, initialTicketIndicators);

const alice = { id: technicianId('alice'), level: 1 } as const;
const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes));

describe('the ticket projection the indicators fold (seed §1.1, §2.5.2.4, §5)', () => {
  test.prop([ticketHistoryArbitrary({ maxSteps: 30 })], { numRuns: 150 })(
    'reads the same clocks, stage, hand-offs and reopenings as the whole ticket replayed',
    ({ events }) => {
      const state = replayTicket(events);
      const p = fold(events);
      const count = (type: TicketEvent['type']) => events.filter((e) => e.type === type).length;
      const handoffs = events.filter((e) => e.type === 'ticket-handed-off');
      expect(p.stage).toBe(
        events.length === 0 ? 'new' : state.status === 'closed' ? 'closed' : 'open',
      );
      expect(p.reopenings).toBe(count('ticket-reopened'));
      expect(p.transfers).toBe(handoffs.filter((e) => e.kind === 'transfer').length);
      expect(p.escalations).toBe(handoffs.filter((e) => e.kind === 'escalation').length);
      const priorities = events.flatMap((e) => (e.type === 'ticket-qualified' ? [e.priority] : []));
      const steps = priorities.slice(1).map((q, k) => q - (priorities[k] ?? q));
      expect([p.raised, p.lowered]).toEqual([
        steps.filter((d) => d < 0).length,
        steps.filter((d) => d > 0).length,
      ]);
      expect(p.earlierPriorities.map((e) => e.priority)).toEqual(priorities.slice(0, -1));
      const last = events.at(-1);
      if (last !== undefined && p.qualification !== undefined) {
        expect(measureTicketSla(p, last.at)).toEqual(measureTicketSla(state, last.at));
      }
    },
  );

  it('gives back the same object for an event it does not read', () => {
    const p = fold([
      { type: 'ticket-opened', at: at(0), policyVersion: 'seed' },
      { type: 'problem-linked', at: at(1) },
    ]);
    expect(evolveTicketIndicators(p, { type: 'user-informed', at: at(2) })).toBe(p);
  });

  it('turns the time a call stood resolved into a pause, and counts the reopening', () => {
    const p = fold([
      { type: 'ticket-opened', at: at(0), policyVersion: 'seed' },
      { type: 'solution-applied', at: at(10), nature: 'definitive', by: alice },
      { type: 'ticket-closed', at: at(12) },
      { type: 'ticket-reopened', at: at(30) },
    ]);
    expect(p).toMatchObject({
      stage: 'open',
      reopenings: 1,
      resolvedAt: undefined,
      closedAt: undefined,
      lastSolutionAtLevel1: true,
      pauses: [{ reason: 'resolved', from: at(10), to: at(30) }],
    });
  });

  it('is immutable: folding never changes the projection it starts from', () => {
    const opened = fold([{ type: 'ticket-opened', at: at(0), policyVersion: 'seed' }]);
    const copy = structuredClone(opened);
    evolveTicketIndicators(opened, {
      type: 'ticket-paused',
      at: at(1),
      reason: 'waiting-for-user',
    });
    expect(opened).toEqual(copy);
  });
});

// Sanity of the generator for the property above: it reaches closures and reopenings.
describe('the ticket histories are not vacuous', () => {
  it('close and reopen tickets', () => {
    const sample = fc
      .sample(ticketHistoryArbitrary({ maxSteps: 30 }), 200)
      .map((h) => fold(h.events));
    expect(sample.some((p) => p.stage === 'closed')).toBe(true);
    expect(sample.some((p) => p.reopenings > 0)).toBe(true);
  });
});
