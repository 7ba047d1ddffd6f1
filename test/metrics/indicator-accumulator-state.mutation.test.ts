// Direct example tests of src/metrics/indicator-accumulator-state.ts (issue 10 item 7).
import { describe, expect, it } from 'vitest';
import { resolveQueueOptions } from '../../src/metrics/call-queue-indicators.js';
import { emptyAccumulatorState } from '../../src/metrics/indicator-accumulator-state.js';
import { resolveSeriesOptions } from '../../src/metrics/indicator-series.js';

describe('emptyAccumulatorState', () => {
  it('holds nothing: no ticket, no queue to forget, zero totals, an empty aggregate per priority', () => {
    const s = emptyAccumulatorState();
    expect(s.tracked.size).toBe(0);
    expect(s.forgetQueue).toEqual([]);
    expect(s.forgetAt).toEqual([]);
    expect(s.forgetHead).toBe(0);
    expect(s.lastPosition).toBe(0);
    expect(s.series).toBeUndefined();
    const { overall, perPriority, byTechnician, byLevel, byGroup, byCategory, ...counts } =
      s.totals;
    expect(counts).toEqual({
      answered: 0,
      abandoned: 0,
      opened: 0,
      raised: 0,
      lowered: 0,
      reopened: 0,
      cancelled: 0,
    });
    expect(overall.closed).toBe(0);
    expect([...perPriority.keys()]).toEqual([1, 2, 3, 4]);
    expect([...perPriority.values()].map((a) => a.closed)).toEqual([0, 0, 0, 0]);
    // One aggregate each, none shared.
    expect(new Set([overall, ...perPriority.values()]).size).toBe(5);
    expect([byTechnician.size, byLevel.size, byGroup.size, byCategory.size]).toEqual([0, 0, 0, 0]);
    expect(s.queue.report().answered).toBe(0);
  });

  it('makes a series when asked, judged against the thresholds given', () => {
    const s = emptyAccumulatorState(
      resolveQueueOptions(),
      undefined,
      resolveSeriesOptions({ period: 'hour' }, 'UTC'),
      undefined,
      { serviceLevelMs: 15_000, shortAbandonMs: 3_000, firstLevelTarget: 0.6 },
    );
    const bucket = s.series?.at(0);
    if (bucket !== undefined) bucket.opened++;
    expect(
      s.series?.points().map((p) => [p.tickets.opened, p.queue.serviceLevel.thresholdMs]),
    ).toEqual([[1, 15_000]]);
  });
});
