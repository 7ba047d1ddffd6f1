import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createIndicatorAccumulator, type IndicatorEntry } from '../../src/metrics/index.js';
import { slaTargetsFor } from '../../src/sla/index.js';
import { propertyRuns } from '../core/property-runs.js';
import { alice, History, open, t } from './metrics-fixtures.js';
import { desk, randomHistory } from './random-desks.js';

/** The entries as a store delivers them: each with its stream version and global position. */
function stored(entries: readonly IndicatorEntry[]): IndicatorEntry[] {
  const versions = new Map<string, number>();
  return entries.map((e, k) => {
    const version = (versions.get(e.streamId) ?? 0) + 1;
    versions.set(e.streamId, version);
    return { ...e, version, position: k + 1 };
  });
}

const at = t(24 * 60);

function fold(entries: readonly unknown[]) {
  // A short series: a refused entry that made (or dropped) a period would show.
  const acc = createIndicatorAccumulator({ series: { period: 'hour', timeZone: 'UTC', keep: 3 } });
  let refused = 0;
  for (const e of entries) {
    try {
      acc.add(e as IndicatorEntry);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^Indicators: /);
      refused++;
    }
  }
  return { indicators: acc.snapshot(at), tracked: acc.trackedTickets, saved: acc.save(), refused };
}

const throwing = (key: string, base: object) =>
  Object.defineProperty({ ...base }, key, {
    get() {
      throw new Error('boom');
    },
    enumerable: true,
  });

/**
 * Entries that must be refused whole, whatever accumulator they meet, picked by index (fast-check
 * would trip on a revoked Proxy when it looks for a clone method).
 */
const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};
const trapping = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
    },
  );
const closedAt = (date: unknown) => ({
  streamId: 'T0',
  event: { type: 'ticket-closed', at: date },
});
const call = (waitedMs: unknown) => ({
  streamId: 'q',
  event: { type: 'call-answered', callId: 'c', at: t(0), waitedMs },
});
const makers: (() => unknown)[] = [
  () => null,
  () => 42n,
  () => ({ streamId: 1n, event: { type: 'ticket-closed', at: t(1) } }),
  () => closedAt(new Date(Number.NaN)),
  () => closedAt({ getTime: () => 0 }),
  () => closedAt('2026-03-02T09:00:00Z'),
  () => closedAt(new Date(0)),
  () => ({ streamId: 'T0', event: throwing('at', { type: 'ticket-closed' }) }),
  () => throwing('event', { streamId: 'T0' }),
  () => ({ ...closedAt(t(1)), version: 0.5 }),
  () => ({ streamId: 'T0', event: trapping() }),
  revoked,
  () => call(5n),
  () => call(-1),
  () => ({ streamId: 'T0', event: { type: 'ticket-opened', at: t(0), policyVersion: 'nope' } }),
  () => ({
    streamId: 'T0',
    event: { type: 'ticket-qualified', at: t(0), priority: 5, targets: {} },
  }),
  () => ({ streamId: 'never-opened', event: { type: 'ticket-closed', at: t(1) } }),
  // Groups and categories that are not labels (issue 11 item 3).
  () => ({ streamId: 'T0', event: { type: 'ticket-taken-in-charge', at: t(0), group: 7 } }),
  () => ({
    streamId: 'T0',
    event: { type: 'ticket-handed-off', at: t(0), kind: 'transfer', group: 'g'.repeat(101) },
  }),
  () => ({
    streamId: 'T0',
    event: {
      type: 'ticket-qualified',
      at: t(0),
      priority: 3,
      targets: slaTargetsFor(3),
      category: '',
    },
  }),
];
const badEntry = fc.nat({ max: makers.length - 1 });

describe('invariant: a refused entry changes nothing (issue 10)', () => {
  test.prop([desk, fc.array(fc.tuple(fc.nat(), badEntry), { minLength: 1, maxLength: 8 })], {
    numRuns: propertyRuns(60),
  })(
    'any history with bad entries mixed in gives the indicators of the history without them',
    (d, bad) => {
      const clean = randomHistory(d);
      const mixed: unknown[] = [...clean];
      for (const [k, m] of bad) mixed.splice(k % (mixed.length + 1), 0, makers[m]?.());
      const expected = fold(clean);
      const got = fold(mixed);
      expect(got.refused).toBe(bad.length);
      expect(got.indicators).toEqual(expected.indicators);
      expect(got.tracked).toBe(expected.tracked);
      expect(got.saved).toEqual(expected.saved);
    },
  );
});

describe('invariant: an event seen twice counts once (at-least-once delivery)', () => {
  test.prop([desk, fc.array(fc.nat(), { minLength: 1, maxLength: 20 })], {
    numRuns: propertyRuns(60),
  })(
    'redelivered entries (same stream and version, or same position) are skipped',
    (d, repeats) => {
      const entries = stored(randomHistory(d));
      const redelivered: IndicatorEntry[] = [];
      entries.forEach((e, k) => {
        redelivered.push(e);
        // Redeliver one of the entries already delivered, now and then.
        const r = repeats[k % repeats.length] ?? 0;
        if (r % 3 === 0) redelivered.push(entries[r % (k + 1)] ?? e);
      });
      expect(fold(redelivered).indicators).toEqual(fold(entries).indicators);
      // By version alone, without the positions: ticket events still count once.
      const byVersion = (es: IndicatorEntry[]) =>
        es.map(({ position: _, ...rest }) => rest).filter((e) => !('callId' in e.event));
      expect(fold(byVersion(redelivered)).indicators).toEqual(fold(byVersion(entries)).indicators);
    },
  );
});

describe('what is refused, and how', () => {
  const opened = () => {
    const h = new History();
    h.do('T1', open('T1', t(60)));
    return h.entries;
  };

  it('refuses a closing dated before its opening, and counts nothing', () => {
    const acc = createIndicatorAccumulator();
    for (const e of opened()) acc.add(e);
    const before = acc.snapshot(t(120));
    expect(() =>
      acc.add({ streamId: 'T1', event: { type: 'ticket-closed', at: t(0), by: alice } }),
    ).toThrowError(/"ticket-closed" of stream "T1" is dated .* before the ticket's previous event/);
    expect(acc.snapshot(t(120))).toEqual(before);
  });

  it.each([
    [new Date(Number.NaN), /is not a valid instant/],
    [{ getTime: (): number => 0 }, /must be a Date, got an object/],
    [1_700_000_000_000, /must be a Date, got 1700000000000/],
  ])('refuses a date that is not a valid instant: %o', (date, message) => {
    const acc = createIndicatorAccumulator();
    expect(() =>
      acc.add({ streamId: 'T1', event: { type: 'ticket-opened', at: date } } as never),
    ).toThrowError(message);
    expect(acc.snapshot(t(0)).tickets.opened).toBe(0);
  });

  it('refuses, changing nothing, a closing or cancellation its calendar cannot count', () => {
    const by = { id: 'alice', level: 1 };
    const early = new Date(Date.UTC(1000, 0, 1));
    const late = new Date(Date.UTC(2600, 0, 1)); // 1,600 years on: beyond the calendars' cap
    const acc = createIndicatorAccumulator();
    for (const event of [
      { type: 'ticket-opened', at: early, policyVersion: 'seed' },
      { type: 'ticket-qualified', at: early, priority: 1, targets: slaTargetsFor(1) },
      { type: 'ticket-taken-in-charge', at: early },
      { type: 'solution-applied', at: late, nature: 'definitive', by },
    ]) {
      acc.add({ streamId: 'T1', event } as never);
    }
    const before = acc.save();
    expect(() =>
      acc.add({ streamId: 'T1', event: { type: 'ticket-closed', at: late, by: alice } }),
    ).toThrowError(/Indicators: event "ticket-closed" of stream "T1" cannot be counted: /);
    expect(acc.save()).toEqual(before);
    // Its clocks cannot be read at a snapshot either: it is left out, the reading goes on.
    expect(acc.snapshot(late).tickets.open).toBe(1);
    expect(acc.atRisk(late)).toEqual([]);

    const far = new Date(8.64e15); // the last instant a Date holds, past the calendars' years
    const other = createIndicatorAccumulator();
    other.add({
      streamId: 'T2',
      event: { type: 'ticket-opened', at: far, policyVersion: 'seed' },
    } as never);
    const opened = other.save();
    expect(() =>
      other.add({ streamId: 'T2', event: { type: 'ticket-cancelled', at: far } } as never),
    ).toThrowError(/"ticket-cancelled" of stream "T2" cannot be counted: The year 275760/);
    expect(other.save()).toEqual(opened);
  });

  it('names a getter that throws, a Proxy, a BigInt', () => {
    const acc = createIndicatorAccumulator();
    expect(() => acc.add(throwing('event', { streamId: 'T1' }) as never)).toThrowError(
      /Indicators: the entry could not be read, it threw/,
    );
    expect(() =>
      acc.add({
        streamId: 'q',
        event: { type: 'call-answered', callId: 'c', at: t(0), waitedMs: 5n },
      } as never),
    ).toThrowError(/waitedMs must be a finite number of ms ≥ 0, got 5n/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => acc.add(proxy as never)).toThrowError(TypeError);
    expect(acc.snapshot(t(0)).calls.total).toBe(0);
  });

  it('keeps its own copy: changing an event after it was added changes nothing', () => {
    const within = { minutes: 10 };
    const targets = {
      detection: { within: { minutes: 1 }, successRate: 0.99 },
      resolution: { within, successRate: 0.99 },
      maxDelay: { hours: 4 },
    };
    const acc = createIndicatorAccumulator();
    const add = (event: object) => acc.add({ streamId: 'T1', event } as never);
    add({ type: 'ticket-opened', at: t(0), by: alice, policyVersion: 'seed' });
    add({ type: 'ticket-qualified', at: t(0), by: alice, priority: 1, targets });
    within.minutes = 600;
    add({ type: 'solution-applied', at: t(30), by: alice, nature: 'definitive' });
    add({ type: 'ticket-closed', at: t(31), by: alice });
    // Resolved after 30 minutes against the 10 minutes stamped when it was added: missed.
    expect(acc.snapshot(t(40)).sla.get(1)?.resolution).toMatchObject({ met: 0, total: 1 });
  });
});
