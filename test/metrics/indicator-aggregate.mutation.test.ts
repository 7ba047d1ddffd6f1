import { describe, expect, it } from 'vitest';
import {
  type Aggregate,
  applyContribution,
  applyToResolver,
  breakdownKey,
  type Contribution,
  maxBreakdownKeys,
  newAggregate,
  type ResolverAggregate,
} from '../../src/metrics/indicator-aggregate.js';

// Direct cases for src/metrics/indicator-aggregate.ts (issue 10 item 7): which key a label is
// counted under once a breakdown is full, and every counter a contribution adds and takes back.

const contribution = (over: Partial<Contribution> = {}): Contribution => ({
  priority: 2,
  atLevel1: true,
  timeToResolveMs: 600_000,
  detectionMet: true,
  resolutionMet: false,
  underQualifiedMs: undefined,
  resolvedBy: undefined,
  group: undefined,
  category: undefined,
  ...over,
});

const line = (): ResolverAggregate => ({
  closed: 1,
  resolutionMet: 0,
  resolutionTotal: 0,
  timeToResolveMs: 0,
});

/** A breakdown with `labels` lines g0, g1, … and, when asked, the `null` line. */
function breakdown(labels: number, withNull: boolean): Map<string | null, ResolverAggregate> {
  const lines = new Map<string | null, ResolverAggregate>();
  for (let k = 0; k < labels; k++) lines.set(`g${k}`, line());
  if (withNull) lines.set(null, line());
  return lines;
}

describe('breakdownKey', () => {
  it('no label: the null line', () => {
    expect(breakdownKey(new Map(), undefined)).toBeUndefined();
    expect(breakdownKey(breakdown(maxBreakdownKeys, true), undefined)).toBeUndefined();
  });

  it('a new label while there is room, up to the last of the 1000', () => {
    expect(breakdownKey(new Map(), 'réseau')).toBe('réseau');
    expect(breakdownKey(breakdown(maxBreakdownKeys - 1, false), 'réseau')).toBe('réseau');
  });

  it('a new label once 1000 labels have a line: the null line', () => {
    expect(maxBreakdownKeys).toBe(1000);
    expect(breakdownKey(breakdown(maxBreakdownKeys, false), 'réseau')).toBeUndefined();
    expect(breakdownKey(breakdown(maxBreakdownKeys, true), 'réseau')).toBeUndefined();
  });

  it('the null line takes no room: 999 labels and null leave room for one more', () => {
    expect(breakdownKey(breakdown(maxBreakdownKeys - 1, true), 'réseau')).toBe('réseau');
  });

  it('a label that has its line keeps it, full or not', () => {
    expect(breakdownKey(breakdown(maxBreakdownKeys, true), 'g7')).toBe('g7');
    expect(breakdownKey(breakdown(maxBreakdownKeys, false), 'g999')).toBe('g999');
    expect(breakdownKey(breakdown(3, false), 'g1')).toBe('g1');
  });
});

describe('applyToResolver', () => {
  it('adds each closed ticket to its line: count, SLA resolution clock, summed time', () => {
    const lines = new Map<string, ResolverAggregate>();
    applyToResolver(
      lines,
      'alice',
      contribution({ resolutionMet: true, timeToResolveMs: 60_000 }),
      1,
    );
    applyToResolver(
      lines,
      'alice',
      contribution({ resolutionMet: false, timeToResolveMs: 240_000 }),
      1,
    );
    applyToResolver(
      lines,
      'alice',
      contribution({ resolutionMet: undefined, timeToResolveMs: undefined }),
      1,
    );
    applyToResolver(lines, 'bob', contribution({ resolutionMet: true, timeToResolveMs: 7_000 }), 1);
    expect(lines).toEqual(
      new Map([
        ['alice', { closed: 3, resolutionMet: 1, resolutionTotal: 2, timeToResolveMs: 300_000 }],
        ['bob', { closed: 1, resolutionMet: 1, resolutionTotal: 1, timeToResolveMs: 7_000 }],
      ]),
    );
  });

  it('takes back what it added, and drops a line back to no ticket', () => {
    const lines = new Map<1 | 2 | 3, ResolverAggregate>();
    const met = contribution({ resolutionMet: true, timeToResolveMs: 60_000 });
    const missed = contribution({ resolutionMet: false, timeToResolveMs: 240_000 });
    applyToResolver(lines, 1, met, 1);
    applyToResolver(lines, 1, missed, 1);
    applyToResolver(lines, 2, missed, 1);
    applyToResolver(lines, 1, met, -1);
    expect(lines).toEqual(
      new Map([
        [1, { closed: 1, resolutionMet: 0, resolutionTotal: 1, timeToResolveMs: 240_000 }],
        [2, { closed: 1, resolutionMet: 0, resolutionTotal: 1, timeToResolveMs: 240_000 }],
      ]),
    );
    applyToResolver(lines, 1, missed, -1);
    expect([...lines.keys()]).toEqual([2]);
    applyToResolver(lines, 2, missed, -1);
    expect(lines.size).toBe(0);
  });

  it('withdrawing a ticket without time or clock takes back its count only', () => {
    const lines = new Map<string | null, ResolverAggregate>();
    applyToResolver(lines, null, contribution({ resolutionMet: true, timeToResolveMs: 60_000 }), 1);
    applyToResolver(
      lines,
      null,
      contribution({ resolutionMet: undefined, timeToResolveMs: undefined }),
      1,
    );
    applyToResolver(
      lines,
      null,
      contribution({ resolutionMet: undefined, timeToResolveMs: undefined }),
      -1,
    );
    expect(lines.get(null)).toEqual({
      closed: 1,
      resolutionMet: 1,
      resolutionTotal: 1,
      timeToResolveMs: 60_000,
    });
  });
});

/** The plain figures of an aggregate (its histogram read through its count and mean). */
const figures = (a: Aggregate) => ({
  closed: a.closed,
  atLevel1: a.atLevel1,
  transfers: a.transfers,
  escalations: a.escalations,
  times: { count: a.histogram.count, meanMs: a.histogram.mean },
  detection: a.detection,
  resolution: a.resolution,
  underQualified: a.underQualified,
  underQualifiedMs: a.underQualifiedMs,
  underQualifiedMisses: a.underQualifiedMisses,
});

describe('newAggregate and applyContribution', () => {
  it('an empty aggregate counts nothing', () => {
    expect(figures(newAggregate())).toEqual({
      closed: 0,
      atLevel1: 0,
      transfers: 0,
      escalations: 0,
      times: { count: 0, meanMs: null },
      detection: { met: 0, total: 0 },
      resolution: { met: 0, total: 0 },
      underQualified: 0,
      underQualifiedMs: 0,
      underQualifiedMisses: { detection: 0, resolution: 0 },
    });
  });

  it('each aggregate has counters of its own', () => {
    const a = newAggregate();
    applyContribution(a, contribution({ underQualifiedMs: 5, detectionMet: false }), 1);
    expect(figures(newAggregate())).toEqual(figures(newAggregate()));
    expect(newAggregate().detection).toEqual({ met: 0, total: 0 });
    expect(newAggregate().underQualifiedMisses).toEqual({ detection: 0, resolution: 0 });
    expect(newAggregate().histogram.count).toBe(0);
  });

  it('adds closed, at level 1, times, both clocks met and missed, under-qualification', () => {
    const a = newAggregate();
    applyContribution(a, contribution(), 1);
    applyContribution(
      a,
      contribution({
        atLevel1: false,
        timeToResolveMs: 60_000,
        detectionMet: false,
        resolutionMet: true,
        underQualifiedMs: 120_000,
      }),
      1,
    );
    applyContribution(
      a,
      contribution({
        atLevel1: false,
        timeToResolveMs: undefined,
        detectionMet: undefined,
        resolutionMet: undefined,
        underQualifiedMs: 30_000,
      }),
      1,
    );
    applyContribution(
      a,
      contribution({ detectionMet: true, resolutionMet: false, underQualifiedMs: 10_000 }),
      1,
    );
    expect(figures(a)).toEqual({
      closed: 4,
      atLevel1: 2,
      transfers: 0,
      escalations: 0,
      times: { count: 3, meanMs: 420_000 },
      detection: { met: 2, total: 3 },
      resolution: { met: 1, total: 3 },
      underQualified: 3,
      underQualifiedMs: 160_000,
      // Missed clocks of the under-qualified tickets only: a detection (the second), a
      // resolution (the fourth); the third has no clock.
      underQualifiedMisses: { detection: 1, resolution: 1 },
    });
  });

  it('takes back exactly what it added', () => {
    const a = newAggregate();
    const kept = contribution({
      underQualifiedMs: 10_000,
      detectionMet: false,
      resolutionMet: true,
    });
    const back = contribution({
      atLevel1: true,
      timeToResolveMs: 240_000,
      detectionMet: true,
      resolutionMet: false,
      underQualifiedMs: 50_000,
    });
    const missedBoth = contribution({
      atLevel1: false,
      timeToResolveMs: 60_000,
      detectionMet: false,
      resolutionMet: false,
      underQualifiedMs: 7_000,
    });
    applyContribution(a, kept, 1);
    applyContribution(a, back, 1);
    applyContribution(a, missedBoth, 1);
    applyContribution(a, back, -1);
    applyContribution(a, missedBoth, -1);
    expect(figures(a)).toEqual({
      closed: 1,
      atLevel1: 1,
      transfers: 0,
      escalations: 0,
      times: { count: 1, meanMs: 600_000 },
      detection: { met: 0, total: 1 },
      resolution: { met: 1, total: 1 },
      underQualified: 1,
      underQualifiedMs: 10_000,
      underQualifiedMisses: { detection: 1, resolution: 0 },
    });
  });

  it('taking back a time never added throws (the accumulator never asks it)', () => {
    const a = newAggregate();
    expect(() => applyContribution(a, contribution(), -1)).toThrowError(
      /600000 ms was never added/,
    );
  });
});
