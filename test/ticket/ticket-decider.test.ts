import { describe, expect, it } from 'vitest';
import { handleCommand, InMemoryEventStore, loadState, streamId } from '../../src/storage/index.js';
import {
  defineTicketPolicy,
  evolveTicket,
  initialTicketState,
  type TicketEvent,
  ticketDecider,
  ticketDeciderFor,
} from '../../src/ticket/index.js';
import { alice, carol, handledByAlice, openCommand, run, t } from './ticket-fixtures.js';

describe('the ticket decider with the storage helpers', () => {
  it('handles a ticket through an event store: events appended, state replayed', async () => {
    const store = new InMemoryEventStore<TicketEvent>();
    const id = streamId('ticket-T-1');
    for (const command of handledByAlice) {
      const r = await handleCommand(ticketDecider, store, id, command);
      expect(r.ok).toBe(true);
    }
    const loaded = await loadState(ticketDecider, store, id);
    expect([loaded.version, loaded.state.status, loaded.state.version]).toEqual([
      3,
      'in-progress',
      3,
    ]);
  });

  it('a refused command appends nothing and reports every violation', async () => {
    const store = new InMemoryEventStore<TicketEvent>();
    const id = streamId('ticket-T-2');
    await handleCommand(ticketDecider, store, id, openCommand());
    const r = await handleCommand(ticketDecider, store, id, {
      type: 'close',
      at: t(5),
      actor: carol,
    });
    expect(
      r.ok ? [] : r.error.kind === 'rejected' ? r.error.violation.map((v) => v.code) : r.error.kind,
    ).toEqual(['no-definitive-solution', 'not-the-opener']);
    expect((await store.readStream(id)).length).toBe(1);
  });

  it('a decider bound to a policy opens under its version', () => {
    const decider = ticketDeciderFor(defineTicketPolicy({ version: 'acme-2' }));
    const r = decider.decide(openCommand(), decider.initialState);
    expect(r.ok && r.value[0]?.type === 'ticket-opened' && r.value[0].policyVersion).toBe('acme-2');
    expect(decider.evolve).toBe(evolveTicket);
    expect(decider.initialState).toBe(initialTicketState);
    const openedUnderSeed = run([openCommand()]).state;
    const qualify = {
      type: 'qualify' as const,
      at: t(1),
      actor: alice,
      impact: 'user' as const,
      urgency: 'blocked' as const,
    };
    const r2 = decider.decide(qualify, openedUnderSeed);
    expect(r2.ok ? [] : r2.error.map((v) => v.code)).toEqual(['policy-version-mismatch']);
  });
});
