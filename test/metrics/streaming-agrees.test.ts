import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  serviceIndicators,
  serviceIndicatorsFromStore,
} from '../../src/metrics/index.js';
import { priorities } from '../../src/qualification/index.js';
import { InMemoryEventStore, streamId } from '../../src/storage/index.js';
import { measureTicketSla, replayTicket, type TicketEvent } from '../../src/ticket/index.js';
import { propertyRuns } from '../core/property-runs.js';
import { fieldsOf } from '../ticket/ticket-stage-view.js';
import { t } from './metrics-fixtures.js';
import { desk, randomHistory } from './random-desks.js';

/** The reference: every ticket replayed whole, every figure recomputed from final states. */
function reference(entries: readonly IndicatorEntry[], at: Date) {
  const byTicket = new Map<string, TicketEvent[]>();
  let answered = 0;
  let abandoned = 0;
  let transfers = 0;
  let escalations = 0;
  let reopened = 0;
  for (const { streamId: id, event } of entries) {
    if ('callId' in event) {
      if (event.type === 'call-answered') answered++;
      else abandoned++;
    } else {
      byTicket.set(id, [...(byTicket.get(id) ?? []), event]);
      if (event.type === 'ticket-handed-off')
        event.kind === 'transfer' ? transfers++ : escalations++;
      if (event.type === 'ticket-reopened') reopened++;
    }
  }
  const states = [...byTicket.values()].map((events) => replayTicket(events));
  const closed = states.filter((s) => s.status === 'closed');
  const atLevel1 = closed.filter((s) => {
    const last = s.solutions.at(-1);
    return s.handoffs.length === 0 && last?.nature === 'definitive' && last.by.level === 1;
  });
  const sla = new Map(
    priorities.map((p) => {
      const mine = closed.filter((s) => s.qualification?.priority === p);
      const measures = mine.map((s) => measureTicketSla(s, s.closed?.at ?? at));
      // Open tickets whose clock still runs (or is paused) past its due instant: missed already.
      const open = states
        .filter((s) => s.status !== 'closed' && fieldsOf(s).qualification?.priority === p)
        .map((s) => ({ s, m: measureTicketSla(s, at) }));
      const openDetection = open.filter(
        ({ s, m }) =>
          fieldsOf(s).takenInChargeAt === undefined && m?.detection.state === 'breached',
      ).length;
      const openResolution = open.filter(
        ({ s, m }) => fieldsOf(s).resolvedAt === undefined && m?.resolution.state === 'breached',
      ).length;
      return [
        p,
        {
          detection: [
            measures.filter((m) => m?.detection.state === 'met').length,
            measures.length + openDetection,
            openDetection,
          ],
          resolution: [
            measures.filter((m) => m?.resolution.state === 'met').length,
            measures.length + openResolution,
            openResolution,
          ],
        },
      ];
    }),
  );
  const times = closed.map((s) => (s.resolvedAt?.getTime() ?? 0) - (s.opening?.at.getTime() ?? 0));
  // Closed tickets by the group holding them and by their last category (null: none).
  const count = (key: (s: (typeof closed)[number]) => string | undefined) => {
    const lines = new Map<string | null, number>();
    for (const s of closed) lines.set(key(s) ?? null, (lines.get(key(s) ?? null) ?? 0) + 1);
    return lines;
  };
  return {
    calls: { answered, abandoned },
    tickets: {
      opened: states.length,
      closed: closed.length,
      open: states.length - closed.length,
      reopened,
    },
    atLevel1: atLevel1.length,
    handoffs: { transfers, escalations },
    sla,
    meanMs: times.length === 0 ? null : times.reduce((x, y) => x + y, 0) / times.length,
    byGroup: count((s) => fieldsOf(s).group),
    byCategory: count((s) => fieldsOf(s).qualification?.category),
  };
}

describe('invariant: streaming indicators agree with a whole replay of every ticket', () => {
  test.prop([desk], { numRuns: propertyRuns(60) })(
    'on random desk histories driven through the decider',
    (history) => {
      const entries = randomHistory(history);
      const at = t(100_000);
      const streamed = serviceIndicators(entries, at);
      const ref = reference(entries, at);
      expect(streamed.calls).toMatchObject(ref.calls);
      expect(streamed.tickets).toMatchObject(ref.tickets);
      expect(streamed.firstLevelResolution.atLevel1).toBe(ref.atLevel1);
      expect(streamed.handoffs).toMatchObject(ref.handoffs);
      const closedBy = (lines: ReadonlyMap<string | null, { closed: number }>) =>
        new Map([...lines].map(([key, line]) => [key, line.closed]));
      expect(closedBy(streamed.byGroup)).toEqual(ref.byGroup);
      expect(closedBy(streamed.byCategory)).toEqual(ref.byCategory);
      if (ref.meanMs === null) expect(streamed.timeToResolve.meanMs).toBeNull();
      else expect(streamed.timeToResolve.meanMs).toBeCloseTo(ref.meanMs, 3);
      for (const p of priorities) {
        const line = streamed.sla.get(p);
        const [dm, dt, dOpen] = ref.sla.get(p)?.detection ?? [];
        const [rm, rt, rOpen] = ref.sla.get(p)?.resolution ?? [];
        expect([line?.detection.met, line?.detection.total]).toEqual([dm, dt]);
        expect([line?.resolution.met, line?.resolution.total]).toEqual([rm, rt]);
        expect([line?.detection.openMisses, line?.resolution.openMisses]).toEqual([dOpen, rOpen]);
      }
    },
  );

  test.prop([desk, fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 60 })], {
    numRuns: propertyRuns(30),
  })(
    'the store batch, read in pages, gives the same indicators as the stream',
    async (history, pageSize, chunk) => {
      const entries = randomHistory(history);
      const store = new InMemoryEventStore<TicketEvent | IndicatorEntry['event']>();
      const versions = new Map<string, number>();
      for (let k = 0; k < entries.length; k += chunk) {
        // Append in global order, a few events at a time, each to its own stream.
        for (const entry of entries.slice(k, k + chunk)) {
          const v = versions.get(entry.streamId) ?? 0;
          const r = await store.append(streamId(entry.streamId), [entry.event], {
            expectedVersion: v,
          });
          expect(r.ok).toBe(true);
          versions.set(entry.streamId, v + 1);
        }
      }
      const at = t(100_000);
      const acc = createIndicatorAccumulator();
      for (const e of entries) acc.add(e);
      expect(await serviceIndicatorsFromStore(store, at, { pageSize })).toEqual(acc.snapshot(at));
    },
  );
});

describe('the random desks are not vacuous', () => {
  it('close, hand off and reopen tickets in a sample of 60 histories', () => {
    const sample = fc.sample(desk, { numRuns: 60, seed: 7 }).map((d) => randomHistory(d));
    const count = (type: string) => sample.flat().filter((e) => e.event.type === type).length;
    expect(count('ticket-closed')).toBeGreaterThan(20);
    expect(count('ticket-handed-off')).toBeGreaterThan(20);
    expect(count('ticket-reopened')).toBeGreaterThan(5);
  });

  it('end resolution clocks both met and breached, on paused and on reopened tickets too', () => {
    const sample = fc.sample(desk, { numRuns: 60, seed: 7 }).map((d) => randomHistory(d));
    const outcomes = new Set<string>();
    for (const entries of sample) {
      const byTicket = new Map<string, TicketEvent[]>();
      for (const { streamId: id, event } of entries) {
        if (!('callId' in event)) byTicket.set(id, [...(byTicket.get(id) ?? []), event]);
      }
      for (const events of byTicket.values()) {
        const s = replayTicket(events);
        if (s.status !== 'closed' || s.closed === undefined) continue;
        const state = measureTicketSla(s, s.closed.at)?.resolution.state;
        const kind =
          s.reopenings.length > 0 ? 'reopened' : s.pauses.length > 0 ? 'paused' : 'plain';
        outcomes.add(`${kind} ${state}`);
      }
    }
    for (const kind of ['plain', 'paused', 'reopened']) {
      expect(outcomes).toContain(`${kind} met`);
      expect(outcomes).toContain(`${kind} breached`);
    }
  });
});
