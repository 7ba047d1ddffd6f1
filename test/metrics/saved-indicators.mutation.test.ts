// Tests written for the survivors of `npm run mutation -- metrics` in
// src/metrics/saved-indicators.ts (the list and the equivalent ones: docs/mutation-testing.md,
// « metrics »). Each pins an exact save, an exact restore, or an exact refusal (class and
// message naming the path) that a mutant changed. Every test builds its own accumulator.
import { describe, expect, it } from 'vitest';
import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  type IndicatorOptions,
  restoreIndicatorAccumulator,
  type SavedIndicators,
} from '../../src/metrics/index.js';
import { interventionId } from '../../src/ticket/index.js';
import { thrownNameAndMessage as refusal } from '../core/thrown-error.js';
import {
  alice,
  bob,
  fixAndReport,
  History,
  open,
  qualify,
  solve,
  t,
  take,
} from './metrics-fixtures.js';

const ms = (minutes: number) => t(minutes).getTime();

/**
 * A morning at the desk, 09:00–10:00 UTC, every part of a save in it:
 * - T1 qualified priority 4 (réseau) at 09:01, taken by « niveau 1 » at 09:02, raised to
 *   priority 1 at 09:04, paused 09:06–09:08, solved by alice (level 1) 09:09, closed 09:10;
 * - T2 (bureautique) escalated to bob with group « réseau » at 09:15, solved by bob 09:40,
 *   closed 09:41;
 * - T3 opened 09:20 in error, cancelled 09:21;
 * - T4 qualified priority 3 at 09:30, taken 09:31, transferred to bob at 09:32, lowered to
 *   priority 4 at 09:33, bob's intervention paused at 09:34 and still paused;
 * - T5 opened 09:50, nothing more;
 * - T6 solved by alice, closed 09:22, reopened 09:25, solved again, closed 09:27;
 * - calls: poste 2210 answered after 10 s at 09:11, hung up after 3 s at 09:12 (short),
 *   poste 3300 answered after 30 s at 09:45.
 */
function morning(): History {
  const h = new History();
  h.do('T1', open('T1', t(0)))
    .do('T1', qualify(1, { impact: 'user', urgency: 'can-wait', category: 'réseau' }))
    .do('T1', take(2, 'niveau 1'))
    .do('T1', qualify(4, { impact: 'company', urgency: 'blocked' }))
    .do('T1', {
      type: 'start-intervention',
      at: t(5),
      actor: alice,
      interventionId: interventionId('T1-I1'),
      nature: 'Fix',
    })
    .do('T1', { type: 'pause', at: t(6), actor: alice, reason: 'waiting-for-user' })
    .do('T1', { type: 'resume', at: t(8), actor: alice });
  fixAndReport(h, 'T1', interventionId('T1-I1'), 9).do('T1', {
    type: 'close',
    at: t(10),
    actor: alice,
  });
  h.call('call-answered', t(11), 10_000, 'poste 2210');
  h.call('call-abandoned', t(12), 3_000, 'poste 2210');
  h.do('T2', open('T2', t(12)))
    .do('T2', qualify(12, { impact: 'department', urgency: 'degraded', category: 'bureautique' }))
    .do('T2', take(13))
    .do('T2', {
      type: 'hand-off',
      at: t(15),
      actor: alice,
      to: bob,
      situation: { cause: 'not-enough-time', noticed: 'foreseen' },
      note: { diagnosis: 'Long job', done: 'Checked the logs' },
      group: 'réseau',
    })
    .do('T2', { type: 'acknowledge', at: t(16), actor: bob });
  h.do('T3', open('T3', t(20))).do('T3', {
    type: 'cancel',
    at: t(21),
    actor: alice,
    reason: 'opened-in-error',
  });
  h.do('T6', open('T6', t(20)))
    .do('T6', qualify(20, { impact: 'user', urgency: 'blocked' }))
    .do('T6', take(20));
  solve(h, 'T6', 21);
  h.do('T6', { type: 'close', at: t(22), actor: alice });
  h.do('T6', { type: 'reopen', at: t(25), actor: alice, reason: 'Fails again' });
  solve(h, 'T6', 26, alice, 2);
  h.do('T6', { type: 'close', at: t(27), actor: alice });
  h.do('T4', open('T4', t(30)))
    .do('T4', qualify(30, { impact: 'user', urgency: 'blocked' }))
    .do('T4', take(31))
    .do('T4', {
      type: 'hand-off',
      at: t(32),
      actor: alice,
      to: bob,
      situation: { cause: 'beyond-competence' },
      note: { diagnosis: 'Switch port', done: 'Checked the cable' },
    })
    .do('T4', { type: 'acknowledge', at: t(32), actor: bob })
    .do('T4', qualify(33, { impact: 'user', urgency: 'can-wait' }))
    .do('T4', {
      type: 'start-intervention',
      at: t(34),
      actor: bob,
      interventionId: interventionId('T4-I1'),
      nature: 'Fix',
    })
    .do('T4', { type: 'pause', at: t(34), actor: bob, reason: 'waiting-for-user' });
  solve(h, 'T2', 40, bob);
  h.do('T2', { type: 'close', at: t(41), actor: alice });
  h.call('call-answered', t(45), 30_000, 'poste 3300');
  h.do('T5', open('T5', t(50)));
  return h;
}

/** The entries as a store delivers them: each with its stream version and global position. */
function stored(entries: readonly IndicatorEntry[]): IndicatorEntry[] {
  const versions = new Map<string, number>();
  return entries.map((e, k) => {
    const version = (versions.get(e.streamId) ?? 0) + 1;
    versions.set(e.streamId, version);
    return { ...e, version, position: k + 1 };
  });
}

const hourly = { series: { period: 'hour', timeZone: 'UTC' } } as const;

const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A fresh accumulator fed `entries`. */
function fed(entries: readonly IndicatorEntry[], options: IndicatorOptions = hourly) {
  const acc = createIndicatorAccumulator(options);
  for (const e of entries) acc.add(e);
  return acc;
}

const DAY = 24 * 60;

/** The seed policy's SLA targets of priorities 1, 3 and 4, as a save writes them. */
const p1 = {
  detection: { within: { minutes: 1 }, successRate: 0.99 },
  resolution: { within: { minutes: 10 }, successRate: 0.98 },
  maxDelay: { hours: 1 },
};
const p3 = {
  detection: { within: { minutes: 10 }, successRate: 0.97 },
  resolution: { within: { hours: 1 }, successRate: 0.95 },
  maxDelay: { hours: 4 },
};
const p4 = {
  detection: { within: { minutes: 30 }, successRate: 0.95 },
  resolution: { within: { hours: 24 }, successRate: 0.9 },
  maxDelay: { days: 5 },
};
const emptyAggregate = {
  closed: 0,
  atLevel1: 0,
  transfers: 0,
  escalations: 0,
  detection: { met: 0, total: 0 },
  resolution: { met: 0, total: 0 },
  timeToResolve: { buckets: [], sumMs: 0 },
  underQualified: 0,
  underQualifiedMs: 0,
  underQualifiedMisses: { detection: 0, resolution: 0 },
};
/** A tracked ticket's fields as a bare opening leaves them. */
const opened = {
  policyVersion: 'seed',
  priority: null,
  targets: null,
  takenInChargeAt: null,
  resolvedAt: null,
  pauses: [],
  transfers: 0,
  escalations: 0,
  lastSolutionAtLevel1: false,
  reopenings: 0,
  closedAt: null,
  qualifiedSince: null,
  earlierPriorities: [],
  raised: 0,
  lowered: 0,
  resolvedBy: null,
  category: null,
  group: null,
  contribution: null,
};

/**
 * The save of {@link morning} fed whole, by hand: 45 entries; T1, T2, T6 closed, T3
 * cancelled, each to be forgotten 5 days after it ended (the seed policy's reopen window);
 * T6's first window, left behind by its reopening, is not listed.
 */
const morningSave = {
  format: 'service-desk-rules/indicator-accumulator',
  version: 1,
  calls: { answered: 2, abandoned: 1 },
  tickets: { opened: 6, reopened: 1, cancelled: 1, raised: 1, lowered: 1 },
  lastPosition: 45,
  overall: {
    closed: 3,
    atLevel1: 2,
    transfers: 1,
    escalations: 1,
    detection: { met: 2, total: 3 },
    resolution: { met: 3, total: 3 },
    timeToResolve: {
      buckets: [
        [1280, 1],
        [1320, 1],
        [1434, 1],
      ],
      sumMs: 2_580_000,
    },
    underQualified: 1,
    underQualifiedMs: 180_000,
    underQualifiedMisses: { detection: 1, resolution: 0 },
  },
  byPriority: {
    1: {
      closed: 1,
      atLevel1: 1,
      transfers: 0,
      escalations: 0,
      detection: { met: 0, total: 1 },
      resolution: { met: 1, total: 1 },
      timeToResolve: { buckets: [[1320, 1]], sumMs: 540_000 },
      underQualified: 1,
      underQualifiedMs: 180_000,
      underQualifiedMisses: { detection: 1, resolution: 0 },
    },
    2: emptyAggregate,
    3: {
      closed: 2,
      atLevel1: 1,
      transfers: 1,
      escalations: 1,
      detection: { met: 2, total: 2 },
      resolution: { met: 2, total: 2 },
      timeToResolve: {
        buckets: [
          [1280, 1],
          [1434, 1],
        ],
        sumMs: 2_040_000,
      },
      underQualified: 0,
      underQualifiedMs: 0,
      underQualifiedMisses: { detection: 0, resolution: 0 },
    },
    4: emptyAggregate,
  },
  tracked: [
    {
      ...opened,
      id: 'T1',
      stage: 'closed',
      openedAt: ms(0),
      priority: 1,
      targets: p1,
      takenInChargeAt: ms(2),
      resolvedAt: ms(9),
      pauses: [{ reason: 'waiting-for-user', from: ms(6), to: ms(8) }],
      lastSolutionAtLevel1: true,
      closedAt: ms(10),
      qualifiedSince: ms(4),
      earlierPriorities: [{ priority: 4, from: ms(1), to: ms(4) }],
      raised: 1,
      resolvedBy: { id: 'alice', level: 1 },
      category: 'réseau',
      group: 'niveau 1',
      lastVersion: 10,
      lastAt: ms(10),
      contribution: {
        priority: 1,
        atLevel1: true,
        timeToResolveMs: 540_000,
        detectionMet: false,
        resolutionMet: true,
        underQualifiedMs: 180_000,
        resolvedBy: { id: 'alice', level: 1 },
        group: 'niveau 1',
        category: 'réseau',
      },
    },
    {
      ...opened,
      id: 'T2',
      stage: 'closed',
      openedAt: ms(12),
      priority: 3,
      targets: p3,
      takenInChargeAt: ms(13),
      resolvedAt: ms(40),
      escalations: 1,
      closedAt: ms(41),
      qualifiedSince: ms(12),
      resolvedBy: { id: 'bob', level: 2 },
      category: 'bureautique',
      group: 'réseau',
      lastVersion: 9,
      lastAt: ms(41),
      contribution: {
        priority: 3,
        atLevel1: false,
        timeToResolveMs: 1_680_000,
        detectionMet: true,
        resolutionMet: true,
        underQualifiedMs: null,
        resolvedBy: { id: 'bob', level: 2 },
        group: 'réseau',
        category: 'bureautique',
      },
    },
    { ...opened, id: 'T3', stage: 'cancelled', openedAt: ms(20), lastVersion: 2, lastAt: ms(21) },
    {
      ...opened,
      id: 'T6',
      stage: 'closed',
      openedAt: ms(20),
      priority: 3,
      targets: p3,
      takenInChargeAt: ms(20),
      resolvedAt: ms(26),
      // The resolution clock stopped from the first solution to the reopening.
      pauses: [{ reason: 'resolved', from: ms(21), to: ms(25) }],
      lastSolutionAtLevel1: true,
      reopenings: 1,
      closedAt: ms(27),
      qualifiedSince: ms(20),
      resolvedBy: { id: 'alice', level: 1 },
      lastVersion: 12,
      lastAt: ms(27),
      contribution: {
        priority: 3,
        atLevel1: true,
        timeToResolveMs: 360_000,
        detectionMet: true,
        resolutionMet: true,
        underQualifiedMs: null,
        resolvedBy: { id: 'alice', level: 1 },
        group: null,
        category: null,
      },
    },
    {
      ...opened,
      id: 'T4',
      stage: 'open',
      openedAt: ms(30),
      priority: 4,
      targets: p4,
      takenInChargeAt: ms(31),
      pauses: [{ reason: 'waiting-for-user', from: ms(34), to: null }],
      transfers: 1,
      qualifiedSince: ms(33),
      earlierPriorities: [{ priority: 3, from: ms(30), to: ms(33) }],
      lowered: 1,
      lastVersion: 8,
      lastAt: ms(34),
    },
    { ...opened, id: 'T5', stage: 'open', openedAt: ms(50), lastVersion: 1, lastAt: ms(50) },
  ],
  forget: [
    ['T1', ms(10 + 5 * DAY)],
    ['T3', ms(21 + 5 * DAY)],
    ['T6', ms(27 + 5 * DAY)],
    ['T2', ms(41 + 5 * DAY)],
  ],
  queue: {
    answered: 2,
    abandoned: 1,
    answeredWithin: 1,
    shortAbandons: 1,
    calledAgain: 1,
    calledAgainAfterAbandon: 0,
    waits: {
      buckets: [
        [922, 1],
        [1031, 1],
      ],
      sumMs: 40_000,
    },
    recentCallers: [
      ['poste 2210', ms(12), true],
      ['poste 3300', ms(45), false],
    ],
    level: 0,
    settledUpTo: -8_640_000_000_000_000,
    peak: 0,
    peakAt: null,
    // Each call entered the queue its wait before it ended.
    pending: [
      [ms(11) - 10_000, 1],
      [ms(11), -1],
      [ms(12) - 3_000, 1],
      [ms(12), -1],
      [ms(45) - 30_000, 1],
      [ms(45), -1],
    ],
  },
  byTechnician: [
    ['alice', 2, 2, 2, 900_000],
    ['bob', 1, 1, 1, 1_680_000],
  ],
  byLevel: [
    [1, 2, 2, 2, 900_000],
    [2, 1, 1, 1, 1_680_000],
  ],
  byGroup: [
    ['niveau 1', 1, 1, 1, 540_000],
    [null, 1, 1, 1, 360_000],
    ['réseau', 1, 1, 1, 1_680_000],
  ],
  byCategory: [
    ['réseau', 1, 1, 1, 540_000],
    [null, 1, 1, 1, 360_000],
    ['bureautique', 1, 1, 1, 1_680_000],
  ],
  series: [
    {
      start: ms(0),
      // answered, abandoned, answeredWithin, shortAbandons, opened, closed, atLevel1,
      // reopened, cancelled, transfers, escalations, detection met/total, resolution
      // met/total, backlog.
      counts: [2, 1, 1, 1, 6, 3, 2, 1, 1, 1, 1, 2, 3, 3, 3, 2],
      waits: {
        buckets: [
          [922, 1],
          [1031, 1],
        ],
        sumMs: 40_000,
      },
      timeToResolve: {
        buckets: [
          [1280, 1],
          [1320, 1],
          [1434, 1],
        ],
        sumMs: 2_580_000,
      },
    },
  ],
} satisfies SavedIndicators;

/** A copy of the morning's save to spoil, as `JSON.parse` gives it. */
const spoilable = (): Record<string, unknown> => roundTrip(morningSave);

describe('saveIndicatorState: the exact save of a morning', () => {
  it('writes every counter, total, tracked ticket, window, queue figure, breakdown and period', () => {
    const saved = fed(stored(morning().entries)).save();
    expect(saved).toStrictEqual(morningSave);
    // Plain JSON: a round trip changes nothing.
    expect(roundTrip(saved)).toStrictEqual(saved);
  });

  it('writes series null when no series is asked for', () => {
    expect(fed(stored(morning().entries), {}).save().series).toBeNull();
  });
});

describe('saveIndicatorState: the forget list', () => {
  /** T1 solved at level 1 and closed at 09:09; T2 opened `later` minutes after 09:00. */
  const closedThenLater = (later: number) => {
    const h = new History();
    h.do('T1', open('T1', t(0)))
      .do('T1', qualify(0, { impact: 'user', urgency: 'blocked' }))
      .do('T1', take(1));
    solve(h, 'T1', 8);
    h.do('T1', { type: 'close', at: t(9), actor: alice });
    h.do('T2', open('T2', t(later)));
    return h;
  };

  it('leaves out a ticket forgotten at an opening after its reopen window', () => {
    const acc = fed(closedThenLater(9 + 5 * DAY + 1).entries);
    expect(acc.trackedTickets).toBe(1);
    const saved = acc.save();
    expect(saved.tracked.map((x) => x.id)).toEqual(['T2']);
    expect(saved.forget).toEqual([]);
    // And the accumulator restored from it goes on: a third ticket closed is listed.
    expect(restoreIndicatorAccumulator(roundTrip(saved), hourly).save()).toStrictEqual(saved);
  });

  it('keeps a ticket whose window is not over yet', () => {
    const saved = fed(closedThenLater(9 + 5 * DAY).entries).save();
    expect(saved.tracked.map((x) => x.id)).toEqual(['T1', 'T2']);
    expect(saved.forget).toEqual([['T1', ms(9 + 5 * DAY)]]);
  });

  it('leaves out the window of a ticket whose stream was opened again since', () => {
    const h = new History();
    h.do('T3', open('T3', t(0))).do('T3', {
      type: 'cancel',
      at: t(1),
      actor: alice,
      reason: 'opened-in-error',
    });
    const [opening] = h.entries;
    if (opening === undefined || opening.event.type !== 'ticket-opened') throw new Error('fixture');
    // A second opening of the same stream (a store's replay of another ticket under its id).
    h.entries.push({ streamId: 'T3', event: { ...opening.event, at: t(5) } });
    const saved = fed(h.entries).save();
    expect(saved.tracked).toMatchObject([{ id: 'T3', stage: 'open', openedAt: ms(5) }]);
    expect(saved.forget).toEqual([]);
    expect(restoreIndicatorAccumulator(roundTrip(saved), hourly).save()).toStrictEqual(saved);
  });
});

describe('restoreIndicatorAccumulator: the exact state read back', () => {
  it('saves again exactly what it read, after a JSON round trip or not', () => {
    expect(restoreIndicatorAccumulator(spoilable(), hourly).save()).toStrictEqual(morningSave);
    const saved = fed(stored(morning().entries)).save();
    expect(restoreIndicatorAccumulator(saved, hourly).save()).toStrictEqual(morningSave);
  });

  it('gives the figures of the accumulator it was saved from', () => {
    const whole = fed(stored(morning().entries));
    const again = restoreIndicatorAccumulator(spoilable(), hourly);
    expect(again.trackedTickets).toBe(6);
    expect(again.snapshot(t(60))).toStrictEqual(whole.snapshot(t(60)));
    expect(again.atRisk(t(60))).toStrictEqual(whole.atRisk(t(60)));
  });

  it('goes on as one uninterrupted pass, wherever the morning is cut', () => {
    const entries = stored(morning().entries);
    // Then: T4 resumed and solved by bob, T1 reopened, T5 cancelled; days later, T7 opened
    // after the windows of T2, T3 and T6 (the seed policy's 5 working days) are over.
    const h = morning();
    h.do('T4', { type: 'resume', at: t(52), actor: bob });
    fixAndReport(h, 'T4', interventionId('T4-I1'), 53, bob).do('T4', {
      type: 'close',
      at: t(54),
      actor: alice,
    });
    h.do('T1', { type: 'reopen', at: t(55), actor: alice, reason: 'Fails again' });
    h.do('T5', { type: 'cancel', at: t(56), actor: alice, reason: 'opened-in-error' });
    h.call('call-abandoned', t(57), 40_000, 'poste 3300');
    h.do('T7', open('T7', t(8 * DAY)));
    const all = stored(h.entries);
    const whole = fed(all);
    for (const cut of [0, 10, 25, entries.length, all.length - 1]) {
      const first = fed(all.slice(0, cut));
      const second = restoreIndicatorAccumulator(roundTrip(first.save()), hourly);
      for (const e of all.slice(cut)) second.add(e);
      expect(second.save()).toStrictEqual(whole.save());
      expect(second.snapshot(t(9 * DAY))).toStrictEqual(whole.snapshot(t(9 * DAY)));
      expect(second.trackedTickets).toBe(whole.trackedTickets);
    }
    expect(whole.save().tracked.map((x) => x.id)).toEqual(['T1', 'T7']);
  });

  it('restores a save without a series, the series key null or absent', () => {
    const noSeries = { ...spoilable(), series: null };
    expect(restoreIndicatorAccumulator(noSeries).save()).toStrictEqual(noSeries);
    const { series: _, ...absent } = spoilable();
    expect(restoreIndicatorAccumulator(absent).save()).toStrictEqual(noSeries);
    // Asked for a series now, it starts empty and counts what follows.
    const later = restoreIndicatorAccumulator(absent, hourly);
    expect(later.save().series).toStrictEqual([]);
    later.add({
      streamId: 'call-queue',
      event: { type: 'call-answered', callId: 'c9', at: t(70), waitedMs: 1_000 },
    });
    expect(later.save().series).toMatchObject([
      { start: ms(60), counts: [1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2] },
    ]);
  });

  it('ignores the series of a save restored without one', () => {
    expect(restoreIndicatorAccumulator(spoilable()).save()).toStrictEqual({
      ...morningSave,
      series: null,
    });
  });
});

/** Sets the value at `path` (`a.b[0].c`, as the refusals name it) in a parsed save. */
function setAt(saved: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g) ?? [];
  let at: Record<string, unknown> = saved;
  keys.slice(0, -1).forEach((key) => {
    at = at[key] as Record<string, unknown>;
  });
  at[keys[keys.length - 1] as string] = value;
}

/** What restoring the morning's save gives with the value at `path` replaced by `value`. */
function restoredWith(path: string, value: unknown, options: IndicatorOptions = hourly) {
  const saved = spoilable();
  setAt(saved, path, value);
  return () => restoreIndicatorAccumulator(saved, options);
}

/** The refusal naming `path`: `['TypeError', 'restoreIndicatorAccumulator: … must be …']`. */
const must = (path: string, expected: string, got: string): [string, string] => [
  'TypeError',
  `restoreIndicatorAccumulator: ${path} must be ${expected}, got ${got}.`,
];

const COUNT = 'a whole number ≥ 0';
const INSTANT = 'an instant in epoch milliseconds';
const MS = 'a finite number of ms ≥ 0';
const BOOL = 'true or false';
const TEXT = 'a string';
const OBJECT = 'an object';
const LIST = 'a list';
const PRIORITY = '1, 2, 3 or 4';
const LABEL = 'null or a text of 1 to 100 characters';
const LEVEL = '1, 2 or 3';

describe('restoreIndicatorAccumulator refuses a spoiled save, naming the path and what is allowed', () => {
  it.each<[string, unknown, string, string]>([
    // The counters and the position.
    ['calls', null, OBJECT, 'null'],
    ['calls', [], OBJECT, 'an array'],
    ['calls.answered', -1, COUNT, '-1'],
    ['calls.abandoned', 1.5, COUNT, '1.5'],
    ['tickets', 'x', OBJECT, '"x"'],
    ['tickets.opened', 2 ** 53, COUNT, '9007199254740992'],
    ['tickets.reopened', '1', COUNT, '"1"'],
    ['tickets.cancelled', null, COUNT, 'null'],
    ['tickets.raised', -1, COUNT, '-1'],
    ['tickets.lowered', undefined, COUNT, 'undefined'],
    ['lastPosition', -1, COUNT, '-1'],
    // The running totals.
    ['overall', null, OBJECT, 'null'],
    ['overall.closed', -1, COUNT, '-1'],
    ['overall.atLevel1', -1, COUNT, '-1'],
    ['overall.transfers', -1, COUNT, '-1'],
    ['overall.escalations', -1, COUNT, '-1'],
    ['overall.detection', null, OBJECT, 'null'],
    ['overall.detection.met', -1, COUNT, '-1'],
    ['overall.detection.total', -1, COUNT, '-1'],
    ['overall.detection.met', 4, 'at most total (3)', '4'],
    ['overall.resolution', [], OBJECT, 'an array'],
    ['overall.resolution.met', 4, 'at most total (3)', '4'],
    ['overall.resolution.total', 'x', COUNT, '"x"'],
    ['overall.underQualified', -1, COUNT, '-1'],
    ['overall.underQualifiedMs', -1, MS, '-1'],
    ['overall.underQualifiedMs', Number.POSITIVE_INFINITY, MS, 'Infinity'],
    ['overall.underQualifiedMs', '5', MS, '"5"'],
    ['overall.underQualifiedMisses', null, OBJECT, 'null'],
    ['overall.underQualifiedMisses.detection', -1, COUNT, '-1'],
    ['overall.underQualifiedMisses.resolution', -1, COUNT, '-1'],
    ['byPriority', null, OBJECT, 'null'],
    ['byPriority.1', null, OBJECT, 'null'],
    ['byPriority.4', undefined, OBJECT, 'undefined'],
    ['byPriority.3.detection.met', 3, 'at most total (2)', '3'],
    // The breakdowns by resolver, group and category.
    ['byTechnician', {}, LIST, 'an object'],
    ['byTechnician[0]', 'x', LIST, '"x"'],
    ['byTechnician[0][0]', 5, TEXT, '5'],
    ['byTechnician[0][2]', -1, COUNT, '-1'],
    ['byTechnician[0][3]', 1.5, COUNT, '1.5'],
    ['byTechnician[0][4]', -1, MS, '-1'],
    ['byLevel', null, LIST, 'null'],
    ['byLevel[1][0]', 4, LEVEL, '4'],
    ['byLevel[1][0]', 0, LEVEL, '0'],
    ['byLevel[1][0]', '2', LEVEL, '"2"'],
    ['byGroup', null, LIST, 'null'],
    ['byGroup[0][0]', '', LABEL, '""'],
    ['byGroup[0][0]', 5, LABEL, '5'],
    ['byGroup[0][0]', ['niveau 1'], LABEL, 'an array'],
    ['byGroup[0][0]', 'g'.repeat(101), LABEL, `"${'g'.repeat(40)}"… (101 characters)`],
    ['byCategory', null, LIST, 'null'],
    ['byCategory[2][0]', '', LABEL, '""'],
    ['byCategory[2][1]', -1, COUNT, '-1'],
    // The tracked tickets.
    ['tracked', null, LIST, 'null'],
    ['tracked[0]', null, OBJECT, 'null'],
    ['tracked[0]', [], OBJECT, 'an array'],
    ['tracked[0].stage', 'new', "'open', 'closed' or 'cancelled'", '"new"'],
    ['tracked[0].stage', 'done', "'open', 'closed' or 'cancelled'", '"done"'],
    ['tracked[0].policyVersion', 5, TEXT, '5'],
    ['tracked[0].policyVersion', 'acme', 'a version among options.policies', '"acme"'],
    ['tracked[0].priority', 5, PRIORITY, '5'],
    ['tracked[0].priority', '1', PRIORITY, '"1"'],
    ['tracked[0].targets', null, 'given exactly when the priority is', 'null'],
    ['tracked[2].targets', p3, 'given exactly when the priority is', 'an object'],
    ['tracked[0].openedAt', 'x', INSTANT, '"x"'],
    ['tracked[0].openedAt', '2026-03-02T09:00:00Z', INSTANT, '"2026-03-02T09:00:00Z"'],
    ['tracked[0].openedAt', 8_640_000_000_000_001, INSTANT, '8640000000000001'],
    ['tracked[0].takenInChargeAt', 'x', INSTANT, '"x"'],
    ['tracked[0].resolvedAt', Number.NaN, INSTANT, 'NaN'],
    ['tracked[0].closedAt', true, INSTANT, 'true'],
    ['tracked[0].qualifiedSince', 'x', INSTANT, '"x"'],
    ['tracked[0].pauses', null, LIST, 'null'],
    ['tracked[0].pauses[0]', null, OBJECT, 'null'],
    ['tracked[0].pauses[0].reason', 5, TEXT, '5'],
    ['tracked[0].pauses[0].from', null, INSTANT, 'null'],
    ['tracked[0].pauses[0].to', 'x', INSTANT, '"x"'],
    ['tracked[0].transfers', -1, COUNT, '-1'],
    ['tracked[0].escalations', -1, COUNT, '-1'],
    ['tracked[0].lastSolutionAtLevel1', 1, BOOL, '1'],
    ['tracked[0].reopenings', -1, COUNT, '-1'],
    ['tracked[0].closedAt', null, 'an instant when the ticket is closed', 'null'],
    ['tracked[0].earlierPriorities', null, LIST, 'null'],
    ['tracked[0].earlierPriorities[0]', 4, OBJECT, '4'],
    ['tracked[0].earlierPriorities[0].priority', 0, PRIORITY, '0'],
    ['tracked[0].earlierPriorities[0].from', 'x', INSTANT, '"x"'],
    ['tracked[0].earlierPriorities[0].to', 'x', INSTANT, '"x"'],
    ['tracked[0].raised', -1, COUNT, '-1'],
    ['tracked[0].lowered', -1, COUNT, '-1'],
    ['tracked[0].resolvedBy', 'alice', OBJECT, '"alice"'],
    ['tracked[0].resolvedBy.level', 4, LEVEL, '4'],
    ['tracked[0].resolvedBy.level', 0, LEVEL, '0'],
    ['tracked[0].resolvedBy.id', 5, TEXT, '5'],
    ['tracked[0].category', '', LABEL, '""'],
    ['tracked[0].category', { length: 6 }, LABEL, 'an object'],
    ['tracked[0].group', 'g'.repeat(101), LABEL, `"${'g'.repeat(40)}"… (101 characters)`],
    ['tracked[0].contribution', null, 'given exactly when the ticket is closed', 'null'],
    [
      'tracked[4].contribution',
      morningSave.tracked[0]?.contribution,
      'given exactly when the ticket is closed',
      'an object',
    ],
    ['tracked[0].contribution.priority', 0, PRIORITY, '0'],
    ['tracked[0].contribution.atLevel1', null, BOOL, 'null'],
    ['tracked[0].contribution.timeToResolveMs', -1, MS, '-1'],
    ['tracked[0].contribution.detectionMet', 'no', BOOL, '"no"'],
    ['tracked[0].contribution.resolutionMet', 0, BOOL, '0'],
    ['tracked[0].contribution.underQualifiedMs', -1, MS, '-1'],
    ['tracked[0].contribution.resolvedBy', 'alice', OBJECT, '"alice"'],
    ['tracked[0].contribution.resolvedBy.level', 4, LEVEL, '4'],
    ['tracked[0].contribution.group', '', LABEL, '""'],
    ['tracked[0].contribution.category', 5, LABEL, '5'],
    ['tracked[0].id', 5, TEXT, '5'],
    ['tracked[0].lastVersion', -1, COUNT, '-1'],
    ['tracked[0].lastAt', 'x', INSTANT, '"x"'],
    ['tracked[1].id', 'T1', 'a ticket not listed before', '"T1"'],
    // The reopen windows.
    ['forget', null, LIST, 'null'],
    ['forget[0]', 'T1', LIST, '"T1"'],
    ['forget[0][0]', 5, TEXT, '5'],
    ['forget[0][1]', 'x', INSTANT, '"x"'],
    ['forget[0][0]', 'T9', 'a closed or cancelled tracked ticket, listed once', '"T9"'],
    ['forget[0][0]', 'T4', 'a closed or cancelled tracked ticket, listed once', '"T4"'],
    ['forget[1][0]', 'T1', 'a closed or cancelled tracked ticket, listed once', '"T1"'],
    // The queue.
    ['queue', null, OBJECT, 'null'],
    ['queue.answered', -1, COUNT, '-1'],
    ['queue.abandoned', -1, COUNT, '-1'],
    ['queue.answeredWithin', -1, COUNT, '-1'],
    ['queue.shortAbandons', -1, COUNT, '-1'],
    ['queue.calledAgain', -1, COUNT, '-1'],
    ['queue.calledAgainAfterAbandon', -1, COUNT, '-1'],
    ['queue.peak', -1, COUNT, '-1'],
    ['queue.recentCallers', null, LIST, 'null'],
    ['queue.recentCallers[0]', 'x', LIST, '"x"'],
    ['queue.recentCallers[0][0]', 5, TEXT, '5'],
    ['queue.recentCallers[0][1]', 'x', INSTANT, '"x"'],
    ['queue.recentCallers[0][2]', 'yes', BOOL, '"yes"'],
    ['queue.pending', null, LIST, 'null'],
    ['queue.pending[0]', 5, LIST, '5'],
    ['queue.pending[0][0]', 'x', INSTANT, '"x"'],
    ['queue.pending[0][1]', 0, '1 or -1', '0'],
    ['queue.pending[1][1]', 2, '1 or -1', '2'],
    ['queue.settledUpTo', Number.POSITIVE_INFINITY, 'a finite number', 'Infinity'],
    ['queue.settledUpTo', 'x', 'a finite number', '"x"'],
    ['queue.level', 1.5, 'a whole number', '1.5'],
    ['queue.level', '1', 'a whole number', '"1"'],
    ['queue.peakAt', 'x', INSTANT, '"x"'],
    // The series.
    ['series', 'x', LIST, '"x"'],
    ['series[0]', null, OBJECT, 'null'],
    ['series[0].counts', null, LIST, 'null'],
    ['series[0].counts', [1, 2], 'a list of 16 counts', 'an array'],
    ['series[0].counts[15]', -1, COUNT, '-1'],
    ['series[0].counts[0]', 1.5, COUNT, '1.5'],
    ['series[0].start', 'x', INSTANT, '"x"'],
  ])('%s = %o', (path, value, expected, got) => {
    expect(refusal(restoredWith(path, value))).toEqual(must(path, expected, got));
  });
});

describe('restoreIndicatorAccumulator refuses what is not a save, or a save of another shape', () => {
  it('refuses a value that is not an object', () => {
    for (const [saved, got] of [
      [null, 'null'],
      [undefined, 'undefined'],
      [1n, '1n'],
      ['{}', '"{}"'],
      [[], 'an array'],
    ] as const) {
      expect(refusal(() => restoreIndicatorAccumulator(saved))).toEqual(
        must('the saved state', OBJECT, got),
      );
    }
  });

  it('refuses another format, or another version of this one', () => {
    const expected = must(
      'the saved state',
      '"service-desk-rules/indicator-accumulator" version 1',
      'an object',
    );
    expect(refusal(restoredWith('version', 2))).toEqual(expected);
    expect(refusal(restoredWith('version', '1'))).toEqual(expected);
    expect(refusal(restoredWith('format', 'service-desk-rules/other'))).toEqual(expected);
    expect(refusal(() => restoreIndicatorAccumulator({}))).toEqual(expected);
  });

  it('refuses a histogram DurationHistogram.restore refuses, naming the function and where it is', () => {
    expect(refusal(restoredWith('overall.timeToResolve', null))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: overall.timeToResolve: DurationHistogram.restore: expected { buckets, sumMs }, got null.',
    ]);
    expect(refusal(restoredWith('byPriority.2.timeToResolve.sumMs', -1))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: byPriority.2.timeToResolve: DurationHistogram.restore: sumMs must be a finite number ≥ 0, got -1.',
    ]);
    expect(refusal(restoredWith('queue.waits', null))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: queue.waits: DurationHistogram.restore: expected { buckets, sumMs }, got null.',
    ]);
    expect(refusal(restoredWith('series[0].waits', 'x'))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: series[0].waits: DurationHistogram.restore: expected { buckets, sumMs }, got "x".',
    ]);
    expect(refusal(restoredWith('series[0].timeToResolve.buckets', [[5, 0]]))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: series[0].timeToResolve: DurationHistogram.restore: bucket counts must be whole numbers ≥ 1, got 0.',
    ]);
  });

  it('refuses SLA targets the indicators refuse, naming the function and where they are', () => {
    expect(refusal(restoredWith('tracked[0].targets', 5))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: tracked[0].targets must be an object, got 5.',
    ]);
    expect(refusal(restoredWith('tracked[1].targets.resolution.successRate', 2))).toEqual([
      'TypeError',
      'restoreIndicatorAccumulator: tracked[1].targets.resolution.successRate must be a rate in (0, 1], got 2.',
    ]);
  });

  it('refuses a period that does not start after the one before', () => {
    const point = morningSave.series[0];
    const saved = { ...spoilable(), series: [point, point] };
    expect(refusal(() => restoreIndicatorAccumulator(saved, hourly))).toEqual(
      must('series[1].start', 'after the start of the period before', String(ms(0))),
    );
    const before = { ...spoilable(), series: [point, { ...point, start: ms(-60) }] };
    expect(refusal(() => restoreIndicatorAccumulator(before, hourly))).toEqual(
      must('series[1].start', 'after the start of the period before', String(ms(-60))),
    );
  });

  it('refuses a breakdown line without a ticket, or given twice', () => {
    expect(refusal(restoredWith('byTechnician[1][1]', 0))).toEqual(
      must('byTechnician[1]', 'a line once, with a ticket at least', 'an array'),
    );
    expect(refusal(restoredWith('byGroup[2][0]', 'niveau 1'))).toEqual(
      must('byGroup[2]', 'a line once, with a ticket at least', 'an array'),
    );
    expect(refusal(restoredWith('byCategory[0][0]', null))).toEqual(
      must('byCategory[1]', 'a line once, with a ticket at least', 'an array'),
    );
    expect(refusal(restoredWith('byLevel[1][0]', 1))).toEqual(
      must('byLevel[1]', 'a line once, with a ticket at least', 'an array'),
    );
  });

  it('refuses more lines than a breakdown keeps, besides the line of none known', () => {
    const lines = (n: number) =>
      Array.from({ length: n }, (_, k) => [`g${k}`, 1, 0, 0, 0] as const);
    expect(refusal(restoredWith('byGroup', lines(1001)))).toEqual(
      must('byGroup', 'at most 1000 lines besides null', '1001'),
    );
    expect(refusal(restoredWith('byCategory', [...lines(1000), ['extra', 1, 0, 0, 0]]))).toEqual(
      must('byCategory', 'at most 1000 lines besides null', '1001'),
    );
    const full = [...lines(1000), [null, 1, 0, 0, 0]];
    expect(restoreIndicatorAccumulator({ ...spoilable(), byGroup: full }).save().byGroup).toEqual(
      full,
    );
  });

  it('refuses a closed or cancelled ticket missing from the forget list', () => {
    const saved = spoilable();
    saved.forget = morningSave.forget.slice(0, 3);
    expect(refusal(() => restoreIndicatorAccumulator(saved, hourly))).toEqual(
      must('forget', 'to list every closed or cancelled ticket', '"T2"'),
    );
    saved.forget = morningSave.forget.slice(1);
    expect(refusal(() => restoreIndicatorAccumulator(saved, hourly))).toEqual(
      must('forget', 'to list every closed or cancelled ticket', '"T1"'),
    );
  });

  it('refuses a value that throws while it is read, without its own message', () => {
    const throwing = (path: string, thrown: unknown) => {
      const saved = spoilable();
      const keys = path.split('.');
      const key = keys.pop() as string;
      let at: Record<string, unknown> = saved;
      for (const k of keys) at = at[k] as Record<string, unknown>;
      Object.defineProperty(at, key, {
        get() {
          throw thrown;
        },
      });
      return refusal(() => restoreIndicatorAccumulator(saved, hourly));
    };
    const threw = (what: string): [string, string] => [
      'TypeError',
      `restoreIndicatorAccumulator: the saved state could not be read, it threw ${what}.`,
    ];
    expect(throwing('tickets', new Error('boom'))).toEqual(threw('an Error'));
    // Inside a histogram or the SLA targets too, where their own refusals are named.
    expect(throwing('overall.timeToResolve.buckets', new Error('boom'))).toEqual(threw('an Error'));
    expect(throwing('queue.waits.sumMs', 'boom')).toEqual(threw('"boom"'));
    expect(throwing('series.0.timeToResolve.buckets', 7)).toEqual(threw('7'));
    expect(throwing('tracked.1.targets.maxDelay', new RangeError('boom'))).toEqual(
      threw('an Error'),
    );
    expect(throwing('tracked.1.targets.maxDelay', new RangeError('Indicators: boom'))).toEqual(
      threw('an Error'),
    );
    expect(throwing('overall.timeToResolve.buckets', new TypeError('boom'))).toEqual(
      threw('an Error'),
    );
    // A TypeError worded like a refusal is still what a caller threw: never repeated.
    expect(
      throwing('tracked.1.targets.maxDelay', new TypeError('Indicators: <injected> text')),
    ).toEqual(threw('an Error'));
  });

  it('refuses a revoked Proxy inside a histogram or the SLA targets without the engine message', () => {
    for (const path of ['queue.waits', 'tracked[1].targets.detection']) {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(refusal(restoredWith(path, proxy))).toEqual([
        'TypeError',
        'restoreIndicatorAccumulator: the saved state could not be read, it threw an Error.',
      ]);
    }
  });
});

describe('restoreIndicatorAccumulator accepts every value at the edge of what is allowed', () => {
  /** Restores the morning with `edits` made, and saves again. */
  const resaved = (edits: readonly [string, unknown][]) => {
    const saved = spoilable();
    for (const [path, value] of edits) setAt(saved, path, value);
    expect(restoreIndicatorAccumulator(saved, hourly).save()).toStrictEqual(saved);
  };

  it('a count of 0, an instant at the last valid Date, a label of 100 characters', () => {
    resaved([
      ['calls.answered', 0],
      ['tracked[4].openedAt', 8_640_000_000_000_000],
      ['tracked[4].lastAt', -8_640_000_000_000_000],
      ['tracked[4].category', 'c'.repeat(100)],
      ['tracked[4].group', 'g'],
      ['byGroup[0][0]', 'g'.repeat(100)],
      ['overall.underQualifiedMs', 0.5],
    ]);
  });

  it('a closed ticket with nothing measured nor known (a history written by hand)', () => {
    resaved([
      ['tracked[0].priority', null],
      ['tracked[0].targets', null],
      ['tracked[0].resolvedBy', null],
      ['tracked[0].earlierPriorities', []],
      [
        'tracked[0].contribution',
        {
          priority: null,
          atLevel1: false,
          timeToResolveMs: null,
          detectionMet: null,
          resolutionMet: null,
          underQualifiedMs: null,
          resolvedBy: null,
          group: null,
          category: null,
        },
      ],
    ]);
  });

  it('a resolver at level 3, a breakdown line at level 3', () => {
    resaved([
      ['tracked[1].resolvedBy.level', 3],
      ['tracked[1].contribution.resolvedBy.level', 3],
      ['byLevel[1][0]', 3],
    ]);
  });

  it('a queue below zero or at a peak, and met equal to total', () => {
    resaved([
      ['queue.level', -2],
      ['queue.peak', 3],
      ['queue.peakAt', ms(11)],
      ['queue.settledUpTo', ms(11) + 0.5],
      ['overall.detection.met', 3],
    ]);
  });
});
