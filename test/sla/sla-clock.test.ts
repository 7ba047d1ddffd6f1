import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  alwaysOpen,
  createBusinessCalendar,
  measureSla,
  type SlaTimeline,
  slaTargetsFor,
} from '../../src/sla/index.js';

const d = (iso: string): Date => new Date(iso);
const HOUR = 3_600_000;
const MINUTE = 60_000;

const workingWeek = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** A Paris desk open Monday to Friday, 09:00–18:00 local time. */
const paris = createBusinessCalendar({
  timeZone: 'Europe/Paris',
  hours: Object.fromEntries(workingWeek.map((day) => [day, [['09:00', '18:00']]])),
  holidays: ['--05-01', '--12-25'],
});

describe('a P1 detection of 1 minute (seed §2.5.2.4)', () => {
  const detection = slaTargetsFor(1).detection.within;
  const call = d('2026-03-09T09:00:00Z');
  const measure = (stop: string) =>
    measureSla({ start: call, pauses: [], stop: d(stop) }, detection, {
      at: d('2026-03-09T10:00:00Z'),
    });

  it('is met when taken in charge at exactly 60 s', () => {
    expect(measure('2026-03-09T09:01:00Z')).toEqual({
      state: 'met',
      dueAt: d('2026-03-09T09:01:00Z'),
      budgetMs: MINUTE,
      elapsedMs: MINUTE,
      remainingMs: 0,
      ratio: 1,
      atRisk: false,
      thresholds: { crossed: [0.5, 0.75, 1], next: null },
    });
  });

  it('is breached at 61 s, 1 s over', () => {
    expect(measure('2026-03-09T09:01:01Z')).toEqual({
      state: 'breached',
      dueAt: d('2026-03-09T09:01:00Z'),
      budgetMs: MINUTE,
      elapsedMs: 61_000,
      remainingMs: -1_000,
      ratio: 61 / 60,
      atRisk: false,
      thresholds: { crossed: [0.5, 0.75, 1], next: null },
    });
  });

  it('is breached one millisecond after the due instant', () => {
    expect(measure('2026-03-09T09:01:00.001Z').state).toBe('breached');
  });

  it('runs, then is at risk from 75 %, and breaches on its own after 60 s if nobody answers', () => {
    const running = (at: string) =>
      measureSla({ start: call, pauses: [] }, detection, { at: d(at) });
    expect(running('2026-03-09T09:00:20Z')).toMatchObject({
      state: 'running',
      atRisk: false,
      thresholds: { crossed: [], next: { ratio: 0.5, at: d('2026-03-09T09:00:30Z') } },
    });
    expect(running('2026-03-09T09:00:45Z')).toMatchObject({
      state: 'running',
      atRisk: true,
      thresholds: { crossed: [0.5, 0.75], next: { ratio: 1, at: d('2026-03-09T09:01:00Z') } },
    });
    expect(running('2026-03-09T09:01:00Z')).toMatchObject({
      state: 'running',
      remainingMs: 0,
      ratio: 1,
      atRisk: true,
    });
    expect(running('2026-03-09T09:01:00.001Z')).toMatchObject({
      state: 'breached',
      dueAt: d('2026-03-09T09:01:00Z'),
      atRisk: false,
      thresholds: { crossed: [0.5, 0.75, 1], next: null },
    });
  });
});

describe('a P4 resolution of 24 h on a Paris Monday–Friday desk, paused over a weekend', () => {
  const resolution = slaTargetsFor(4).resolution.within;
  // Friday 6 March 2026, 16:00 Paris (15:00 UTC). The technician asks the user for a log at
  // 17:00 and the call waits for the user until Monday 11:00 Paris.
  const timeline: SlaTimeline = {
    start: d('2026-03-06T15:00:00Z'),
    pauses: [{ from: d('2026-03-06T16:00:00Z'), to: d('2026-03-09T10:00:00Z') }],
  };

  it('counts only open time outside the pause: 1 h on Friday, 2 h on Monday morning', () => {
    const m = measureSla(timeline, resolution, {
      at: d('2026-03-09T12:00:00Z'),
      calendar: paris,
      explain: true,
    });
    expect(m).toMatchObject({
      state: 'running',
      budgetMs: 24 * HOUR,
      elapsedMs: 3 * HOUR,
      remainingMs: 21 * HOUR,
      ratio: 0.125,
      atRisk: false,
      // 21 working hours from Monday 13:00 Paris: 5 h Monday, 9 h Tuesday, 7 h Wednesday.
      dueAt: d('2026-03-11T15:00:00Z'),
      thresholds: { crossed: [], next: { ratio: 0.5, at: d('2026-03-10T12:00:00Z') } },
    });
    expect(m.explanation).toEqual({
      budgetMs: 24 * HOUR,
      start: d('2026-03-06T15:00:00Z'),
      countFrom: d('2026-03-06T15:00:00Z'),
      until: d('2026-03-09T12:00:00Z'),
      counted: [
        { start: d('2026-03-06T15:00:00Z'), end: d('2026-03-06T16:00:00Z'), ms: HOUR },
        { start: d('2026-03-09T10:00:00Z'), end: d('2026-03-09T12:00:00Z'), ms: 2 * HOUR },
      ],
      // The pause kept 1 h of Friday and 2 h of Monday morning from counting.
      paused: [
        {
          start: d('2026-03-06T16:00:00Z'),
          end: d('2026-03-09T10:00:00Z'),
          ms: 3 * HOUR,
          open: false,
        },
      ],
      closed: [],
    });
  });

  it('is paused, frozen, while the user is awaited; its due instant moves with the pause', () => {
    const waiting: SlaTimeline = { ...timeline, pauses: [{ from: d('2026-03-06T16:00:00Z') }] };
    const saturday = measureSla(waiting, resolution, {
      at: d('2026-03-07T12:00:00Z'),
      calendar: paris,
    });
    const monday = measureSla(waiting, resolution, {
      at: d('2026-03-09T12:00:00Z'),
      calendar: paris,
    });
    expect(saturday).toMatchObject({ state: 'paused', elapsedMs: HOUR, remainingMs: 23 * HOUR });
    expect(monday).toMatchObject({ state: 'paused', elapsedMs: HOUR, remainingMs: 23 * HOUR });
    // Resumed at Saturday noon, 23 h from Monday 09:00 Paris: Wednesday 14:00 Paris.
    expect(saturday.dueAt).toEqual(d('2026-03-11T13:00:00Z'));
    // Resumed at Monday 13:00 Paris: 5 h + 9 h + 9 h, Wednesday 18:00 Paris.
    expect(monday.dueAt).toEqual(d('2026-03-11T17:00:00Z'));
  });

  it('without the pause it would have counted the 3 h the pause kept out', () => {
    const m = measureSla({ start: timeline.start, pauses: [] }, resolution, {
      at: d('2026-03-09T12:00:00Z'),
      calendar: paris,
    });
    expect(m.elapsedMs).toBe(6 * HOUR);
  });

  it('is met when solved at its due instant, Wednesday 16:00 Paris, breached an hour later', () => {
    const solvedAt = (stop: string) =>
      measureSla({ ...timeline, stop: d(stop) }, resolution, {
        at: d('2026-03-20T00:00:00Z'),
        calendar: paris,
      });
    expect(solvedAt('2026-03-11T15:00:00Z')).toMatchObject({ state: 'met', ratio: 1 });
    expect(solvedAt('2026-03-11T16:00:00Z')).toMatchObject({
      state: 'breached',
      elapsedMs: 25 * HOUR,
      dueAt: d('2026-03-11T15:00:00Z'),
    });
  });
});

describe('the calendar and the clock', () => {
  it('counts a 24 × 7 Paris desk in real hours across the spring change (23-hour day)', () => {
    const allWeek = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map(
          (day) => [day, [['00:00', '24:00']]],
        ),
      ),
    });
    // Saturday 28 March 2026 12:00 Paris (11:00 UTC) + 24 h = Sunday 13:00 Paris (11:00 UTC).
    const m = measureSla(
      { start: d('2026-03-28T11:00:00Z'), pauses: [] },
      { hours: 24 },
      {
        at: d('2026-03-28T12:00:00Z'),
        calendar: allWeek,
      },
    );
    expect(m.dueAt).toEqual(d('2026-03-29T11:00:00Z'));
  });

  it('does not count a holiday: a call on 24 December 17:00 Paris, due after Christmas', () => {
    const m = measureSla(
      { start: d('2026-12-24T16:00:00Z'), pauses: [] },
      { hours: 2 },
      {
        at: d('2026-12-24T16:30:00Z'),
        calendar: paris,
      },
    );
    // 1 h on Thursday 24th, Christmas closed, then 1 h on Monday 28th (Saturday, Sunday closed).
    expect(m.dueAt).toEqual(d('2026-12-28T09:00:00Z'));
  });

  it('turns a target in days into the open time of those opening days, once, from the start', () => {
    // Friday 10:00 Paris + 1 opening day = Monday 10:00 Paris: 9 working hours.
    const m = measureSla(
      { start: d('2026-03-06T09:00:00Z'), pauses: [] },
      { days: 1 },
      {
        at: d('2026-03-06T09:00:00Z'),
        calendar: paris,
      },
    );
    expect(m).toMatchObject({ budgetMs: 9 * HOUR, dueAt: d('2026-03-09T09:00:00Z') });
    expect(
      measureSla(
        { start: d('2026-03-06T09:00:00Z'), pauses: [] },
        { days: 1 },
        {
          at: d('2026-03-06T09:00:00Z'),
        },
      ).budgetMs,
    ).toBe(24 * HOUR);
  });

  it('waits for the opening with a call received at night: closed time is explained', () => {
    // Monday 9 March 2026, 07:00 Paris: the desk opens at 09:00.
    const m = measureSla(
      { start: d('2026-03-09T06:00:00Z'), pauses: [] },
      { minutes: 30 },
      {
        at: d('2026-03-09T08:10:00Z'),
        calendar: paris,
        explain: true,
      },
    );
    expect(m).toMatchObject({ state: 'running', elapsedMs: 10 * MINUTE });
    expect(m.dueAt).toEqual(d('2026-03-09T08:30:00Z'));
    expect(m.explanation.closed).toEqual([
      { start: d('2026-03-09T06:00:00Z'), end: d('2026-03-09T08:00:00Z'), ms: 2 * HOUR },
    ]);
  });
});

describe("the 'next-opening' start rule (HO/HNO contracts)", () => {
  const fourHours = { hours: 4 };

  it('starts a call received on Saturday at the next opening, Monday 09:00 Paris', () => {
    const m = measureSla({ start: d('2026-03-07T21:00:00Z'), pauses: [] }, fourHours, {
      at: d('2026-03-09T09:00:00Z'),
      calendar: paris,
      startRule: 'next-opening',
      explain: true,
    });
    expect(m).toMatchObject({
      state: 'running',
      elapsedMs: HOUR,
      dueAt: d('2026-03-09T12:00:00Z'),
    });
    expect(m.explanation).toMatchObject({
      countFrom: d('2026-03-09T08:00:00Z'),
      closed: [{ start: d('2026-03-07T21:00:00Z'), end: d('2026-03-09T08:00:00Z') }],
    });
  });

  it('before the opening, the clock has not started and is due 4 h after it', () => {
    const m = measureSla({ start: d('2026-03-07T21:00:00Z'), pauses: [] }, fourHours, {
      at: d('2026-03-08T12:00:00Z'),
      calendar: paris,
      startRule: 'next-opening',
    });
    expect(m).toMatchObject({ state: 'running', elapsedMs: 0, dueAt: d('2026-03-09T12:00:00Z') });
  });

  it('once started, runs through the evening: Friday 17:00 Paris + 4 h is Friday 21:00', () => {
    const timeline = { start: d('2026-03-06T16:00:00Z'), pauses: [] };
    const options = { at: d('2026-03-06T16:00:00Z'), calendar: paris };
    expect(
      measureSla(timeline, fourHours, { ...options, startRule: 'next-opening' }).dueAt,
    ).toEqual(d('2026-03-06T20:00:00Z'));
    // The default rule counts business hours only: 1 h on Friday, 3 h on Monday.
    expect(measureSla(timeline, fourHours, options).dueAt).toEqual(d('2026-03-09T11:00:00Z'));
  });
});

describe('measuring at an instant', () => {
  const timeline: SlaTimeline = {
    start: d('2026-03-09T09:00:00Z'),
    pauses: [
      { from: d('2026-03-09T09:10:00Z'), to: d('2026-03-09T09:20:00Z') },
      { from: d('2026-03-09T09:40:00Z') },
    ],
    stop: d('2026-03-09T10:00:00Z'),
  };

  it('ignores what happens after `at`: a later pause, a later stop', () => {
    expect(
      measureSla(timeline, { hours: 1 }, { at: d('2026-03-09T09:30:00Z'), explain: true }),
    ).toMatchObject({
      state: 'running',
      elapsedMs: 20 * MINUTE,
      explanation: {
        until: d('2026-03-09T09:30:00Z'),
        paused: [
          { start: d('2026-03-09T09:10:00Z'), end: d('2026-03-09T09:20:00Z'), ms: 10 * MINUTE },
        ],
      },
    });
  });

  it('counts an open pause until the stop, and reports the stopped clock as met', () => {
    expect(
      measureSla(timeline, { hours: 1 }, { at: d('2026-03-09T11:00:00Z'), explain: true }),
    ).toMatchObject({
      state: 'met',
      elapsedMs: 30 * MINUTE,
      // Due as it stood at the stop: 30 min more from 10:00.
      dueAt: d('2026-03-09T10:30:00Z'),
      thresholds: { crossed: [0.5], next: null },
      explanation: {
        until: d('2026-03-09T10:00:00Z'),
        paused: [
          { end: d('2026-03-09T09:20:00Z'), open: false },
          { start: d('2026-03-09T09:40:00Z'), end: d('2026-03-09T10:00:00Z'), open: false },
        ],
      },
    });
  });

  it('takes custom thresholds and an at-risk ratio, and reports thresholds past the target', () => {
    const m = measureSla(
      { start: d('2026-03-09T09:00:00Z'), pauses: [] },
      { minutes: 10 },
      {
        at: d('2026-03-09T09:12:00Z'),
        thresholds: [0.9, 1, 1.5],
        atRiskRatio: 0.9,
      },
    );
    expect(m).toMatchObject({
      state: 'breached',
      atRisk: false,
      thresholds: { crossed: [0.9, 1], next: { ratio: 1.5, at: d('2026-03-09T09:15:00Z') } },
    });
  });

  it('reaches a threshold on the whole millisecond at or after its exact share', () => {
    // A third of 1 s is 333.33 ms: the 1/3 threshold is reached at 334 ms.
    const m = measureSla(
      { start: new Date(0), pauses: [] },
      { seconds: 1 },
      {
        at: new Date(0),
        thresholds: [1 / 3],
      },
    );
    expect(m.thresholds.next).toEqual({ ratio: 1 / 3, at: new Date(334) });
  });
});

describe('refusals', () => {
  const start = d('2026-03-09T09:00:00Z');
  const at = d('2026-03-09T12:00:00Z');
  const minute = { minutes: 1 };

  it.each([
    [
      'at before the start',
      { start, pauses: [] },
      d('2026-03-09T08:59:59Z'),
      /options\.at \(2026-03-09T08:59:59\.000Z\) is before the timeline's start/,
    ],
    [
      'an invalid start',
      { start: new Date(Number.NaN), pauses: [] },
      at,
      /timeline\.start must be a valid Date, got an invalid Date/,
    ],
    [
      'a stop before the start',
      { start, pauses: [], stop: d('2026-03-09T08:00:00Z') },
      at,
      /timeline\.stop \(2026-03-09T08:00:00\.000Z\) is before timeline\.start/,
    ],
    [
      'a pause before the start',
      { start, pauses: [{ from: d('2026-03-09T08:00:00Z'), to: start }] },
      at,
      /timeline\.pauses\[0\] starts \(2026-03-09T08:00:00\.000Z\) before timeline\.start/,
    ],
    [
      'an inverted pause',
      {
        start,
        pauses: [
          { from: d('2026-03-09T09:10:00Z'), to: d('2026-03-09T09:20:00Z') },
          { from: d('2026-03-09T09:40:00Z'), to: d('2026-03-09T09:30:00Z') },
        ],
      },
      at,
      /timeline\.pauses\[1\] is inverted: it ends \(2026-03-09T09:30:00\.000Z\) before it starts/,
    ],
    [
      'overlapping pauses',
      {
        start,
        pauses: [
          { from: d('2026-03-09T09:10:00Z'), to: d('2026-03-09T09:20:00Z') },
          { from: d('2026-03-09T09:15:00Z'), to: d('2026-03-09T09:30:00Z') },
        ],
      },
      at,
      /timeline\.pauses\[1\] starts \(2026-03-09T09:15:00\.000Z\) before timeline\.pauses\[0\] ends .*must not overlap/,
    ],
    [
      'pauses out of order',
      {
        start,
        pauses: [
          { from: d('2026-03-09T10:10:00Z'), to: d('2026-03-09T10:20:00Z') },
          { from: d('2026-03-09T09:15:00Z'), to: d('2026-03-09T09:30:00Z') },
        ],
      },
      at,
      /timeline\.pauses\[1\] starts .* before timeline\.pauses\[0\] ends .*chronological order/,
    ],
    [
      'an open pause that is not the last',
      {
        start,
        pauses: [{ from: d('2026-03-09T09:10:00Z') }, { from: d('2026-03-09T09:40:00Z') }],
      },
      at,
      /timeline\.pauses\[1\] follows the open pause timeline\.pauses\[0\]; only the last pause may be open/,
    ],
    [
      'a pause after the stop',
      { start, pauses: [{ from: d('2026-03-09T09:40:00Z') }], stop: d('2026-03-09T09:30:00Z') },
      at,
      /timeline\.pauses\[0\] starts \(2026-03-09T09:40:00\.000Z\) after timeline\.stop/,
    ],
    [
      'an invalid pause end',
      { start, pauses: [{ from: start, to: new Date(Number.NaN) }] },
      at,
      /timeline\.pauses\[0\]\.to must be a valid Date/,
    ],
  ])('refuses %s with a TypeError naming it', (_, timeline, when, message) => {
    expect(() => measureSla(timeline as SlaTimeline, minute, { at: when })).toThrowError(TypeError);
    expect(() => measureSla(timeline as SlaTimeline, minute, { at: when })).toThrowError(message);
  });

  it.each([
    [
      { thresholds: [0.75, 0.5] },
      /thresholds must be strictly ascending, but thresholds\[1\] = 0\.5 follows 0\.75/,
      ['thresholds', 1],
    ],
    [{ thresholds: [0.5, 0] }, /thresholds\[1\] must be a positive ratio/, ['thresholds', 1]],
    [{ atRiskRatio: Number.NaN }, /atRiskRatio must be a positive ratio/, ['atRiskRatio']],
    [
      { startRule: 'never' },
      /startRule must be 'immediate' or 'next-opening', got "never"/,
      ['startRule'],
    ],
  ])('refuses bad options with a ConfigurationError (%#)', (options, message, path) => {
    const run = () => measureSla({ start, pauses: [] }, minute, { at, ...(options as object) });
    expect(run).toThrowError(ConfigurationError);
    expect(run).toThrowError(message);
    try {
      run();
    } catch (e) {
      expect((e as ConfigurationError).path).toEqual(path);
    }
  });

  it('refuses a zero or malformed target with a ConfigurationError naming it', () => {
    expect(() => measureSla({ start, pauses: [] }, { minutes: 0 }, { at })).toThrowError(
      /target: a target duration must be positive/,
    );
    expect(() => measureSla({ start, pauses: [] }, { weeks: 1 } as never, { at })).toThrowError(
      ConfigurationError,
    );
  });

  it('accepts pauses that touch, an empty pause, and a pause from the very start', () => {
    const m = measureSla(
      {
        start,
        pauses: [
          { from: start, to: d('2026-03-09T09:10:00Z') },
          { from: d('2026-03-09T09:10:00Z'), to: d('2026-03-09T09:20:00Z') },
          { from: d('2026-03-09T09:30:00Z'), to: d('2026-03-09T09:30:00Z') },
        ],
      },
      { hours: 1 },
      { at: d('2026-03-09T09:40:00Z') },
    );
    expect(m.elapsedMs).toBe(20 * MINUTE);
  });

  it('measures on alwaysOpen by default', () => {
    const m = measureSla({ start, pauses: [] }, { hours: 2 }, { at, calendar: alwaysOpen });
    expect(m).toEqual(measureSla({ start, pauses: [] }, { hours: 2 }, { at }));
  });
});
