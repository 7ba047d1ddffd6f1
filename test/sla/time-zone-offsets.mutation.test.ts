import { describe, expect, it } from 'vitest';
import {
  firstInstantAtOrAfterWall,
  instantsOfWallRange,
  offsetSegments,
  segmentAt,
  wallClockOf,
} from '../../src/sla/time-zone-offsets.js';

// Cases written against the survivors of the first `npm run mutation -- sla` run in
// src/sla/time-zone-offsets.ts. Small hand-made segments stand for the three shapes a zone
// has: one offset, a spring-forward change (the offset grows) and a fall-back one (it shrinks).

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** Offset 0 before instant 1000, +3600 from it: wall 1000–4600 never happens. */
const springForward = { starts: [0, 1000], offsets: [0, 3600] };
/** Offset 0 before instant 1000, −500 from it: wall 500–1000 happens twice. */
const fallBack = { starts: [0, 1000], offsets: [0, -500] };
/** A zone that renamed its offset at instant 1000 without changing it. */
const sameOffsetTwice = { starts: [0, 1000], offsets: [0, 0] };

describe('offsetSegments', () => {
  it('a zone without changes is one segment, whatever the length of the range', () => {
    expect(offsetSegments('UTC', 0, 5 * WEEK_MS)).toEqual({ starts: [0], offsets: [0] });
  });
  it('Paris in 2026: two changes, to the second (29 March and 25 October, 01:00 UTC)', () => {
    const from = Date.UTC(2026, 0, 1);
    expect(offsetSegments('Europe/Paris', from, Date.UTC(2027, 0, 1))).toEqual({
      starts: [from, Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
      offsets: [HOUR_MS, 2 * HOUR_MS, HOUR_MS],
    });
  });
  it('a range ending on a sample stops there: a change just after it is not listed', () => {
    // 22 → 29 March 2026 00:00 UTC is one week; Paris changes an hour after its end.
    const from = Date.UTC(2026, 2, 22);
    expect(offsetSegments('Europe/Paris', from, from + WEEK_MS)).toEqual({
      starts: [from],
      offsets: [HOUR_MS],
    });
  });
});

describe('segmentAt and wallClockOf', () => {
  it('an instant on a change belongs to the new segment', () => {
    expect(segmentAt(springForward, 999)).toBe(0);
    expect(segmentAt(springForward, 1000)).toBe(1);
    expect(segmentAt(springForward, -50)).toBe(0);
  });
  it('wall-clock time is the instant plus the offset of its segment', () => {
    expect(wallClockOf(springForward, 999)).toBe(999);
    expect(wallClockOf(springForward, 1500)).toBe(5100);
    expect(wallClockOf(fallBack, 1500)).toBe(1000);
  });
});

describe('instantsOfWallRange', () => {
  it('before the first listed change, the first segment runs back without end', () => {
    const segments = { starts: [1000], offsets: [0] };
    expect(instantsOfWallRange(segments, 0, 500)).toEqual([[0, 500]]);
  });
  it('an empty wall range has no instant', () => {
    expect(instantsOfWallRange(springForward, 500, 500)).toEqual([]);
  });
  it('pieces that touch across a change are one', () => {
    expect(instantsOfWallRange(sameOffsetTwice, 0, 2000)).toEqual([[0, 2000]]);
    expect(instantsOfWallRange(fallBack, 500, 1500)).toEqual([[500, 2000]]);
  });
  it('a wall time skipped by a spring-forward change has no instant', () => {
    expect(instantsOfWallRange(springForward, 500, 2000)).toEqual([[500, 1000]]);
  });
});

describe('firstInstantAtOrAfterWall', () => {
  it('a wall time before the first listed change', () => {
    expect(firstInstantAtOrAfterWall({ starts: [1000], offsets: [0] }, 500)).toBe(500);
  });
  it('a wall time skipped by a spring-forward change: the instant of the jump', () => {
    expect(firstInstantAtOrAfterWall(springForward, 1500)).toBe(1000);
    expect(firstInstantAtOrAfterWall(springForward, 5000)).toBe(1400);
  });
  it('a wall time reached again after a fall-back change: its first instant', () => {
    expect(firstInstantAtOrAfterWall(fallBack, 700)).toBe(700);
    // Wall 1000 is where the first segment ends: it first happens in the second one.
    expect(firstInstantAtOrAfterWall(fallBack, 1000)).toBe(1500);
  });
});
