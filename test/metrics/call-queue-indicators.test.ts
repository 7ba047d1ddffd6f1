import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { CallQueueEvent } from '../../src/metrics/index.js';
import {
  createIndicatorAccumulator,
  restoreIndicatorAccumulator,
  serviceIndicators,
} from '../../src/metrics/index.js';
import { propertyRuns } from '../core/property-runs.js';

const S = 1000;
const base = Date.parse('2026-03-02T09:00:00Z');
const call = (
  type: CallQueueEvent['type'],
  leaveS: number,
  waitedS: number,
  callerId?: string,
): { streamId: string; event: CallQueueEvent } => ({
  streamId: 'call-queue',
  event: {
    type,
    callId: `c-${leaveS}-${waitedS}`,
    at: new Date(base + leaveS * S),
    waitedMs: waitedS * S,
    ...(callerId === undefined ? {} : { callerId }),
  },
});

describe('queue indicators on a hand-computed queue (seed §4.3.2)', () => {
  const r = serviceIndicators(
    [
      call('call-abandoned', 3, 3), // a short abandon: 3 s < 5 s
      call('call-answered', 10, 10),
      call('call-answered', 20, 20),
      call('call-answered', 30, 30),
      call('call-answered', 60, 60),
      call('call-abandoned', 100, 90),
    ],
    new Date(base + 200 * S),
  ).queue;

  it('ASA (average speed of answer) and its 90th percentile', () => {
    expect(r.speedOfAnswer.meanMs).toBe(30 * S);
    expect(r.speedOfAnswer.p90Ms).toBeCloseTo(60 * S, -3);
  });

  it('service level « 80/20 »: answered within 20 s out of the calls offered less short abandons', () => {
    expect(r.serviceLevel).toEqual({ thresholdMs: 20 * S, answeredWithin: 2, rate: 2 / 5 });
  });

  it('abandonment with the short abandons counted apart', () => {
    expect(r).toMatchObject({ offered: 6, answered: 4, abandoned: 2 });
    expect(r.abandonment).toEqual({ shortThresholdMs: 5 * S, short: 1, rate: 1 / 5 });
  });

  it('peak queue length from entry (at − waitedMs) and leave (at) instants', () => {
    // Entries at 0, 0, 0, 0, 0 and 10 s; the first leaves at 3 s: at most 5 wait at once, from 0.
    expect(r.peakQueueLength).toEqual({ length: 5, at: new Date(base) });
  });

  it('takes its thresholds from the options', () => {
    const q = serviceIndicators([call('call-answered', 30, 30)], new Date(base), {
      queue: { serviceLevelMs: 30 * S },
    }).queue;
    expect(q.serviceLevel.rate).toBe(1);
    expect(() => createIndicatorAccumulator({ queue: { shortAbandonMs: -1 } })).toThrowError(
      /queue\.shortAbandonMs must be a finite number of ms ≥ 0, got -1/,
    );
  });
});

describe('callers who called again', () => {
  it('counts a call from a caller who called within the window, and those after an abandon', () => {
    const r = serviceIndicators(
      [
        call('call-abandoned', 100, 60, 'x'),
        call('call-answered', 200, 30, 'x'),
        call('call-answered', 300, 30, 'y'),
        call('call-answered', 300 + 2 * 3600, 30, 'y'), // two hours later: a new call
        call('call-answered', 400, 30), // no caller id: events without one stay valid
      ].sort((a, b) => a.event.at.getTime() - b.event.at.getTime()),
      new Date(base + 3 * 3600 * S),
    ).queue;
    expect(r.calledAgain).toEqual({ windowMs: 3_600_000, calls: 1, afterAbandon: 1 });
  });

  it('refuses a caller id that is not a string', () => {
    const acc = createIndicatorAccumulator();
    expect(() =>
      acc.add({
        ...call('call-answered', 1, 1),
        event: { ...call('call-answered', 1, 1).event, callerId: 7 },
      } as never),
    ).toThrowError(/callerId must be a string, got 7/);
  });
});

describe('invariant: the peak queue length is the most calls waiting at once', () => {
  const calls = fc.array(
    fc.record({
      leave: fc.integer({ min: 0, max: 20_000 }),
      wait: fc.integer({ min: 0, max: 600 }),
      answered: fc.boolean(),
    }),
    { maxLength: 700 },
  );
  test.prop([calls, fc.nat()], { numRuns: propertyRuns(40) })(
    'streamed (and cut, saved, restored) equals a brute-force count',
    (cs, cut) => {
      const sorted = [...cs].sort((a, b) => a.leave - b.leave);
      const entries = sorted.map((c) =>
        call(c.answered ? 'call-answered' : 'call-abandoned', c.leave, c.wait),
      );
      let peak = 0;
      for (const c of sorted) {
        // Waiting at an entry instant: entered at or before it, not yet left.
        const x = c.leave - c.wait;
        const n = sorted.filter((d) => d.leave - d.wait <= x && x < d.leave).length;
        peak = Math.max(peak, n);
      }
      const k = cut % (entries.length + 1);
      const first = createIndicatorAccumulator({ queue: { maxWaitMs: 600 * S } });
      for (const e of entries.slice(0, k)) first.add(e);
      const second = restoreIndicatorAccumulator(JSON.parse(JSON.stringify(first.save())), {
        queue: { maxWaitMs: 600 * S },
      });
      for (const e of entries.slice(k)) second.add(e);
      expect(second.snapshot(new Date(base)).queue.peakQueueLength.length).toBe(peak);
    },
  );
});
