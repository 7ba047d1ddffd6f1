import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { addWorkingTimeAt, workingMsBetween } from '../../src/sla/business-calendar.js';
import {
  addWorkingTime,
  alwaysOpen,
  createBusinessCalendar,
  nextOpening,
  openIntervalsBetween,
  type WorkingDuration,
  weekdays,
} from '../../src/sla/index.js';
import { assertWorkingDuration } from '../../src/sla/working-duration.js';
import { configurationRefusal } from '../core/configuration-refusal.js';
import { thrownError as thrown } from '../core/thrown-error.js';

// Cases written against the survivors of the first `npm run mutation -- sla` run in
// src/sla/business-calendar.ts: each one pins an answer or a refusal that a survivor changed.

const DAY_MS = 86_400_000;
/** The reach of a calendar: 366,000 days (see MAX_DAYS in business-calendar.ts). */
const REACH_MS = 366_000 * DAY_MS;
const iso = (date: Date) => date.toISOString();

/** Monday to Friday, 09:00–18:00 UTC. */
const desk = createBusinessCalendar({
  timeZone: 'UTC',
  hours: Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((day) => [
      day,
      [['09:00', '18:00']],
    ]),
  ),
});

/** Open every day around the clock, but closed from 2 January to 31 December: one day a year. */
const newYearsDayOnly = createBusinessCalendar({
  timeZone: 'UTC',
  hours: Object.fromEntries(weekdays.map((day) => [day, [['00:00', '24:00']]])),
  holidays: [{ date: '--01-02', until: '--12-31' }],
});

describe('createBusinessCalendar refuses a spec that is not an object with its own message', () => {
  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'UTC'],
    ['an array', []],
  ])('%s', (_, spec) => {
    const error = thrown(() => createBusinessCalendar(spec as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /expected a calendar \{ timeZone, hours, holidays\? \}/,
    );
    expect((error as ConfigurationError).path).toEqual([]);
  });
});

describe('a malformed working duration is refused even when its sum looks positive', () => {
  const start = new Date('2026-03-02T10:00:00Z');
  it.each<[string, unknown, readonly (string | number)[]]>([
    ['a unit not allowed beside a valid one', { hours: 1, weeks: 1 }, ['duration', 'weeks']],
    ['hours that are a boolean', { hours: true }, ['duration', 'hours']],
    [
      'hours that are null beside valid minutes',
      { hours: null, minutes: 5 },
      ['duration', 'hours'],
    ],
    ['negative days beside more hours', { days: -1, hours: 30 }, ['duration', 'days']],
    ['negative hours beside more minutes', { hours: -1, minutes: 120 }, ['duration', 'hours']],
    ['negative minutes beside two hours', { hours: 2, minutes: -1 }, ['duration', 'minutes']],
    ['negative seconds beside two minutes', { minutes: 2, seconds: -1 }, ['duration', 'seconds']],
    ['infinite hours', { hours: Number.POSITIVE_INFINITY }, ['duration', 'hours']],
  ])('%s', (_, duration, path) => {
    const error = thrown(() => addWorkingTime(alwaysOpen, start, duration as WorkingDuration));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).path).toEqual(path);
  });

  it('a function carrying hours is not a duration', () => {
    const duration = Object.assign(() => 0, { hours: 1 });
    const error = thrown(() => addWorkingTime(alwaysOpen, start, duration as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).path).toEqual(['duration']);
  });

  it('an unknown unit inherited from a prototype is ignored: only own units count', () => {
    const duration = Object.create(
      { weeks: 1 },
      {
        hours: { value: 2, enumerable: true },
      },
    ) as WorkingDuration;
    expect(iso(addWorkingTime(alwaysOpen, start, duration))).toBe('2026-03-02T12:00:00.000Z');
    expect(iso(addWorkingTime(desk, new Date('2026-03-02T17:00:00Z'), duration))).toBe(
      '2026-03-03T10:00:00.000Z',
    );
  });
});

describe('addWorkingTime', () => {
  it('a duration under half a millisecond from a closed instant answers that instant', () => {
    const saturday = new Date('2026-03-07T10:00:00Z');
    expect(iso(addWorkingTime(desk, saturday, { seconds: 0.0001 }))).toBe(iso(saturday));
  });

  it('from inside the first opening of a year, opening days keep the time of day', () => {
    // 2 January 2026 is a Friday, the year's first opening on the desk.
    expect(iso(nextOpening(desk, new Date('2026-01-02T10:00:00Z')))).toBe(
      '2026-01-02T10:00:00.000Z',
    );
    expect(iso(addWorkingTime(desk, new Date('2026-01-02T10:00:00Z'), { days: 1 }))).toBe(
      '2026-01-05T10:00:00.000Z',
    );
    expect(iso(nextOpening(alwaysOpen, new Date('2026-06-01T08:00:00Z')))).toBe(
      '2026-06-01T08:00:00.000Z',
    );
  });

  it("working time that ends exactly at a year's last closing answers that closing", () => {
    // Thursday 31 December 2026, 17:00 + 1 hour = 18:00 that day, not the next opening.
    expect(iso(addWorkingTime(desk, new Date('2026-12-31T17:00:00Z'), { hours: 1 }))).toBe(
      '2026-12-31T18:00:00.000Z',
    );
  });

  it('answers far in the future when they lie within reach of the start', () => {
    const year3000 = Date.UTC(3000, 0, 1, 12);
    expect(addWorkingTimeAt(alwaysOpen, year3000, { hours: 1 })).toBe(year3000 + 3_600_000);
    expect(addWorkingTimeAt(alwaysOpen, year3000, { days: 1 })).toBe(year3000 + DAY_MS);
  });

  it('adds exactly the reach: 366,000 days, or as many hours', () => {
    const start = Date.UTC(2026, 0, 1);
    expect(addWorkingTimeAt(alwaysOpen, start, { days: 366_000 })).toBe(start + REACH_MS);
    expect(addWorkingTimeAt(alwaysOpen, start, { hours: 366_000 * 24 })).toBe(start + REACH_MS);
  });

  it('refuses a duration beyond the reach as too long, before walking the calendar', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    for (const duration of [{ days: 366_001 }, { hours: 366_000 * 24 + 1 }]) {
      const error = thrown(() => addWorkingTime(alwaysOpen, start, duration));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toMatch(/is longer than a calendar handles/);
    }
  });

  it('on a calendar open one day a year, reaches 1,001 opening days on and refuses 1,004', () => {
    const start = new Date('2026-01-01T12:00:00Z');
    expect(iso(addWorkingTime(newYearsDayOnly, start, { days: 1001 }))).toBe(
      '3027-01-01T12:00:00.000Z',
    );
    expect(iso(addWorkingTime(newYearsDayOnly, start, { hours: 24 * 1002 }))).toBe(
      '3028-01-01T12:00:00.000Z',
    );
    for (const duration of [{ days: 1004 }, { hours: 24 * 1004 }]) {
      const error = thrown(() => addWorkingTime(newYearsDayOnly, start, duration));
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toMatch(/more than 366,000 days/);
    }
  });
});

describe('a walk over the years stops at the reach, not at the last year a calendar handles', () => {
  it('366,000 opening days on a calendar open one day a year: beyond reach', () => {
    const error = thrown(() =>
      addWorkingTime(newYearsDayOnly, new Date('2026-01-01T12:00:00Z'), { days: 366_000 }),
    );
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe(
      'addWorkingTime: the answer lies more than 366,000 days (about 1,000 years) from the start, beyond what a calendar computes.',
    );
  });
});

describe('workingTimeBetween and openIntervalsBetween measure exactly the reach', () => {
  it('workingMsBetween over exactly 366,000 days', () => {
    expect(workingMsBetween(alwaysOpen, 0, REACH_MS)).toBe(REACH_MS);
  });
  it('openIntervalsBetween over exactly 366,000 days is one stretch', () => {
    const stretches = openIntervalsBetween(alwaysOpen, new Date(0), new Date(REACH_MS));
    expect(stretches.map(({ start, end }) => [start.getTime(), end.getTime()])).toEqual([
      [0, REACH_MS],
    ]);
  });
  it('openIntervalsBetween in the year 3000', () => {
    const from = Date.UTC(3000, 0, 6, 8);
    const stretches = openIntervalsBetween(desk, new Date(from), new Date(from + DAY_MS));
    expect(stretches.map(({ start, end }) => [iso(start), iso(end)])).toEqual([
      ['3000-01-06T09:00:00.000Z', '3000-01-06T18:00:00.000Z'],
    ]);
  });
  it('openIntervalsBetween in the last year a calendar handles (275,000) stops at that year', () => {
    const from = Date.UTC(275_000, 5, 1);
    const stretches = openIntervalsBetween(alwaysOpen, new Date(from), new Date(from + DAY_MS));
    expect(stretches.map(({ start, end }) => [start.getTime(), end.getTime()])).toEqual([
      [from, from + DAY_MS],
    ]);
  });
});

// Second run's survivors in src/sla/business-calendar.ts.
describe('a walk over a year without any opening goes on to the next year, never back', () => {
  /** The desk, closed the whole of 2027. */
  const closed2027 = createBusinessCalendar({
    timeZone: 'UTC',
    hours: desk.hours,
    holidays: [{ date: '2027-01-01', until: '2027-12-31' }],
  });
  const thursday = new Date('2026-12-31T17:00:00Z');

  it('working time left over at the end of 2026 is counted from the first opening of 2028', () => {
    // One hour on Thursday 31 December 2026, the second on Monday 3 January 2028.
    expect(iso(addWorkingTime(closed2027, thursday, { hours: 2 }))).toBe(
      '2028-01-03T10:00:00.000Z',
    );
  });

  it('the next opening day after 31 December 2026 is Monday 3 January 2028', () => {
    expect(iso(addWorkingTime(closed2027, thursday, { days: 1 }))).toBe('2028-01-03T17:00:00.000Z');
  });
});

describe('the last year a calendar handles bounds a walk before the reach does', () => {
  it('from 1 January 273,997 the walk meets year 275,001, beyond the years a calendar handles', () => {
    // lastYearFrom(this start) is 275,001 exactly: the walk, one opening day a year, reaches
    // the year 275,000 with days left and asks for 275,001, which the calendar refuses by name.
    const start = new Date(Date.UTC(273_997, 0, 1, 12));
    const error = thrown(() => addWorkingTime(newYearsDayOnly, start, { days: 1010 }));
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe(
      'The year 275001 is beyond the range of dates a calendar handles (years -275000 to 275000).',
    );
  });
});

describe('openIntervalsBetween over an empty span asks nothing of the calendar', () => {
  it('from and to equal, in a year past the last a calendar handles: no stretch, no RangeError', () => {
    const instant = new Date(Date.UTC(275_500, 0, 1));
    expect(openIntervalsBetween(alwaysOpen, instant, instant)).toEqual([]);
  });
});

describe('addWorkingTime reads a duration as assertWorkingDuration does: its own amounts only', () => {
  const monday = new Date('2026-03-02T09:00:00Z');

  it.each([
    ['not frozen', Object.assign(Object.create({ hours: 5 }), { minutes: 1 })],
    ['frozen', Object.freeze(Object.assign(Object.create({ hours: 5 }), { minutes: 1 }))],
  ])('an amount inherited from a prototype is not added (%s)', (_, duration) => {
    expect(iso(addWorkingTime(desk, monday, duration))).toBe('2026-03-02T09:01:00.000Z');
  });

  it('a class whose amount is a getter on its prototype has no amount of its own', () => {
    class OneHour {
      get hours() {
        return 1;
      }
    }
    const error = thrown(() => addWorkingTime(desk, monday, new OneHour() as WorkingDuration));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/a target duration must be positive/);
  });

  it('a duration with a null prototype is read like a plain object', () => {
    const duration = Object.assign(Object.create(null), { hours: 1 }) as WorkingDuration;
    expect(iso(addWorkingTime(desk, monday, duration))).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('addWorkingTime on a duration hiding an amount from for…in', () => {
  it('a BigInt amount that is not enumerable is refused as assertWorkingDuration refuses it, not a TypeError from a sum', () => {
    const monday = new Date('2026-03-02T09:00:00Z');
    const hidden = Object.defineProperty({ minutes: 1 }, 'hours', { value: 1n, enumerable: false });
    const error = configurationRefusal(() =>
      addWorkingTime(desk, monday, hidden as WorkingDuration),
    );
    expect([error.path, error.input]).toEqual([['duration', 'hours'], 1n]);
    const checked = configurationRefusal(() => assertWorkingDuration(hidden, ['duration']));
    expect(checked.message).toBe(error.message);
  });
});
