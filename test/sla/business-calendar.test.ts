import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  addWorkingTime,
  alwaysOpen,
  type BusinessCalendarSpec,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  openIntervalsBetween,
  type WorkingDuration,
  weekdays,
  workingTimeBetween,
} from '../../src/sla/index.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const workdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const officeHours = Object.fromEntries(
  workdays.map((day) => [
    day,
    [
      ['09:00', '12:00'],
      ['13:30', '18:00'],
    ] as const,
  ]),
);
/** Paris, Monday–Friday 09:00–12:00 and 13:30–18:00 (CET = UTC+1 in winter, CEST = UTC+2 in summer). */
const paris = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: officeHours });
const parisWith = (spec: Partial<BusinessCalendarSpec>) =>
  createBusinessCalendar({ timeZone: 'Europe/Paris', hours: officeHours, ...spec });
const add = (
  calendar: ReturnType<typeof createBusinessCalendar>,
  iso: string,
  duration: WorkingDuration,
) => addWorkingTime(calendar, at(iso), duration).toISOString();
const stretches = (calendar: ReturnType<typeof createBusinessCalendar>, from: string, to: string) =>
  openIntervalsBetween(calendar, at(from), at(to)).map(
    ({ start, end }) => `${start.toISOString()} → ${end.toISOString()}`,
  );

describe('Europe/Paris across the March 2026 change (Sunday 29, 02:00 CET → 03:00 CEST)', () => {
  it.each([
    [
      'Friday 17:00 CET + 2 hours is Monday 10:00 CEST',
      '2026-03-27T16:00:00Z',
      { hours: 2 },
      '2026-03-30T08:00:00.000Z',
    ],
    [
      'Friday 10:00 CET + 1 day is Monday 10:00 CEST (71 real hours)',
      '2026-03-27T09:00:00Z',
      { days: 1 },
      '2026-03-30T08:00:00.000Z',
    ],
    [
      'Friday 10:00 CET + 1 day 3 hours is Monday 14:30 CEST',
      '2026-03-27T09:00:00Z',
      { days: 1, hours: 3 },
      '2026-03-30T12:30:00.000Z',
    ],
  ] as const)('%s', (_, start, duration, expected) => {
    expect(add(paris, start, duration)).toBe(expected);
  });

  it('counts 2 working hours from Friday 17:00 CET to Monday 10:00 CEST', () => {
    expect(workingTimeBetween(paris, at('2026-03-27T16:00:00Z'), at('2026-03-30T08:00:00Z'))).toBe(
      2 * HOUR,
    );
  });

  it('gives a 24 × 7 Paris desk a 47-hour weekend', () => {
    const always = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: Object.fromEntries(weekdays.map((day) => [day, [['00:00', '24:00']]])),
    });
    // Saturday 00:00 CET → Monday 00:00 CEST
    expect(workingTimeBetween(always, at('2026-03-27T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(
      47 * HOUR,
    );
    // Saturday 00:00 CEST → Monday 00:00 CET in October
    expect(workingTimeBetween(always, at('2026-10-23T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(
      49 * HOUR,
    );
  });

  it('opens a 02:30 that does not exist at 03:00 CEST', () => {
    const early = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: { sunday: [['02:30', '04:00']] },
    });
    expect(nextOpening(early, at('2026-03-29T00:00:00Z')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(stretches(early, '2026-03-28T12:00:00Z', '2026-03-30T00:00:00Z')).toEqual([
      '2026-03-29T01:00:00.000Z → 2026-03-29T02:00:00.000Z',
    ]);
  });
});

describe('Europe/Paris across the October 2026 change (Sunday 25, 03:00 CEST → 02:00 CET)', () => {
  it.each([
    [
      'Friday 17:00 CEST + 2 hours is Monday 10:00 CET',
      '2026-10-23T15:00:00Z',
      { hours: 2 },
      '2026-10-26T09:00:00.000Z',
    ],
    [
      'Friday 10:00 CEST + 1 day is Monday 10:00 CET (73 real hours)',
      '2026-10-23T08:00:00Z',
      { days: 1 },
      '2026-10-26T09:00:00.000Z',
    ],
  ] as const)('%s', (_, start, duration, expected) => {
    expect(add(paris, start, duration)).toBe(expected);
  });

  it('reads repeated local times on the wall clock: 02:30–04:00 is open at both 02:30s', () => {
    const early = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: { sunday: [['02:30', '04:00']] },
    });
    // 02:30 CEST → 03:00 CEST (= 02:00 CET), closed 02:00–02:30 CET, then 02:30 CET → 04:00 CET
    expect(stretches(early, '2026-10-24T12:00:00Z', '2026-10-26T00:00:00Z')).toEqual([
      '2026-10-25T00:30:00.000Z → 2026-10-25T01:00:00.000Z',
      '2026-10-25T01:30:00.000Z → 2026-10-25T03:00:00.000Z',
    ]);
  });
});

describe('a night shift (Saturday 22:00–24:00 and Sunday 00:00–06:00)', () => {
  const night = createBusinessCalendar({
    timeZone: 'Europe/Paris',
    hours: { saturday: [['22:00', '24:00']], sunday: [['00:00', '06:00']] },
  });

  it.each([
    [
      'lasts 7 real hours when the clocks go forward',
      '2026-03-28T00:00:00Z',
      '2026-03-30T00:00:00Z',
      ['2026-03-28T21:00:00.000Z → 2026-03-29T04:00:00.000Z'],
      7,
    ],
    [
      'lasts 8 hours on an ordinary night',
      '2026-06-06T00:00:00Z',
      '2026-06-08T00:00:00Z',
      ['2026-06-06T20:00:00.000Z → 2026-06-07T04:00:00.000Z'],
      8,
    ],
    [
      'lasts 9 real hours when the clocks go back',
      '2026-10-24T00:00:00Z',
      '2026-10-26T00:00:00Z',
      ['2026-10-24T20:00:00.000Z → 2026-10-25T05:00:00.000Z'],
      9,
    ],
  ] as const)('%s, merged over midnight', (_, from, to, expected, hours) => {
    expect(stretches(night, from, to)).toEqual(expected);
    expect(workingTimeBetween(night, at(from), at(to))).toBe(hours * HOUR);
  });

  it('adds working time across midnight: Saturday 23:00 CEST + 2 hours is Sunday 01:00', () => {
    expect(add(night, '2026-06-06T21:00:00Z', { hours: 2 })).toBe('2026-06-06T23:00:00.000Z');
  });
});

describe('opening hours and day rules (Paris, June 2026, CEST = UTC+2)', () => {
  it.each([
    [
      'skips the lunch break: Wednesday 11:00 + 2 hours is 14:30',
      '2026-06-03T09:00:00Z',
      { hours: 2 },
      '2026-06-03T12:30:00.000Z',
    ],
    [
      'stops exactly at a closing: Friday 17:00 + 1 hour is Friday 18:00',
      '2026-06-05T15:00:00Z',
      { hours: 1 },
      '2026-06-05T16:00:00.000Z',
    ],
    [
      'from closed time, hours start at the next opening: Friday 19:00 + 1 hour is Monday 10:00',
      '2026-06-05T17:00:00Z',
      { hours: 1 },
      '2026-06-08T08:00:00.000Z',
    ],
    [
      'from closed time, days start at the next opening: Friday 19:00 + 1 day is Tuesday 09:00',
      '2026-06-05T17:00:00Z',
      { days: 1 },
      '2026-06-09T07:00:00.000Z',
    ],
    [
      '5 opening days from Monday 10:00 is the next Monday 10:00',
      '2026-06-01T08:00:00Z',
      { days: 5 },
      '2026-06-08T08:00:00.000Z',
    ],
    [
      'a start in the lunch break counts from 13:30: Wednesday 12:30 + 1 day is Thursday 13:30',
      '2026-06-03T10:30:00Z',
      { days: 1 },
      '2026-06-04T11:30:00.000Z',
    ],
  ] as const)('%s', (_, start, duration, expected) => {
    expect(add(paris, start, duration)).toBe(expected);
  });

  it('takes the first open time of a target day that opens later: Monday 10:00 + 1 day is Tuesday 14:00', () => {
    const lateTuesday = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: { monday: [['09:00', '18:00']], tuesday: [['14:00', '18:00']] },
    });
    expect(add(lateTuesday, '2026-06-01T08:00:00Z', { days: 1 })).toBe('2026-06-02T12:00:00.000Z');
  });

  it('answers isOpen with ranges that include their start and exclude their end', () => {
    expect(
      [
        '2026-06-03T06:59:59.999Z',
        '2026-06-03T07:00:00Z',
        '2026-06-03T09:59:59.999Z',
        '2026-06-03T10:00:00Z',
        '2026-06-03T11:30:00Z',
      ].map((iso) => isOpen(paris, at(iso))),
    ).toEqual([false, true, true, false, true]);
  });

  it('counts a week of office hours: 5 × 7.5 hours', () => {
    expect(workingTimeBetween(paris, at('2026-06-01T00:00:00Z'), at('2026-06-08T00:00:00Z'))).toBe(
      37.5 * HOUR,
    );
    expect(workingTimeBetween(paris, at('2026-06-08T00:00:00Z'), at('2026-06-01T00:00:00Z'))).toBe(
      -37.5 * HOUR,
    );
  });
});

describe('holidays', () => {
  it('closes a recurring date: Christmas 2026 is a Friday', () => {
    const desk = parisWith({ holidays: ['--12-25'] });
    expect(add(desk, '2026-12-24T16:00:00Z', { hours: 2 })).toBe('2026-12-28T09:00:00.000Z');
    expect(isOpen(desk, at('2026-12-25T09:00:00Z'))).toBe(false);
    expect(isOpen(desk, at('2025-12-25T09:00:00Z'))).toBe(false);
  });

  it('closes a recurring range over the year end, at both ends of every year', () => {
    const desk = parisWith({ holidays: [{ date: '--12-31', until: '--01-02', name: 'New Year' }] });
    // Wednesday 30 December 17:00 + 2 hours: Thursday 31, Friday 1 and Saturday 2 are closed
    expect(add(desk, '2026-12-30T16:00:00Z', { hours: 2 })).toBe('2027-01-04T09:00:00.000Z');
    // Friday 2 January 2026 is closed by the range that started on 31 December 2025
    expect(isOpen(desk, at('2026-01-02T09:00:00Z'))).toBe(false);
    expect(isOpen(desk, at('2026-01-05T09:00:00Z'))).toBe(true);
  });

  it('closes a fixed range of dates', () => {
    const desk = parisWith({ holidays: [{ date: '2026-08-03', until: '2026-08-14' }] });
    expect(add(desk, '2026-07-31T15:00:00Z', { hours: 2 })).toBe('2026-08-17T08:00:00.000Z');
  });

  it('closes an afternoon: Monday 13 July 2026 from 12:00', () => {
    const desk = parisWith({ holidays: [{ date: '2026-07-13', closed: [['12:00', '24:00']] }] });
    expect(workingTimeBetween(desk, at('2026-07-12T22:00:00Z'), at('2026-07-13T22:00:00Z'))).toBe(
      3 * HOUR,
    );
    // 1 day from Friday 15:00 lands on a day that closes at 12:00: clamp to that closing
    expect(add(desk, '2026-07-10T13:00:00Z', { days: 1 })).toBe('2026-07-13T10:00:00.000Z');
    expect(add(desk, '2026-07-13T09:00:00Z', { hours: 2 })).toBe('2026-07-14T08:00:00.000Z');
  });

  it('closes whole local dates: a Sunday holiday cuts the end of the night shift that started Saturday', () => {
    const night = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: { saturday: [['22:00', '24:00']], sunday: [['00:00', '06:00']] },
      holidays: ['2026-06-07'],
    });
    expect(stretches(night, '2026-06-06T00:00:00Z', '2026-06-08T00:00:00Z')).toEqual([
      '2026-06-06T20:00:00.000Z → 2026-06-06T22:00:00.000Z',
    ]);
  });

  it('recurs 29 February only in leap years', () => {
    const desk = parisWith({ holidays: ['--02-29'] });
    expect(isOpen(desk, at('2028-02-29T09:00:00Z'))).toBe(false);
    expect(isOpen(desk, at('2027-03-01T09:00:00Z'))).toBe(true);
    expect(isOpen(desk, at('2027-02-26T09:00:00Z'))).toBe(true);
  });
});

describe('alwaysOpen, the 24 × 7 calendar in UTC', () => {
  it.each([
    [{ hours: 30 }, '2026-01-04T16:00:00.000Z'],
    [{ days: 1 }, '2026-01-04T10:00:00.000Z'],
    [{ days: 2, minutes: 90 }, '2026-01-05T11:30:00.000Z'],
  ] as const)('adds %o to Saturday 10:00 UTC', (duration, expected) => {
    expect(add(alwaysOpen, '2026-01-03T10:00:00Z', duration)).toBe(expected);
  });

  it('lists one stretch over the year end, clipped to the range', () => {
    expect(stretches(alwaysOpen, '2026-12-31T12:00:00Z', '2027-01-01T12:00:00Z')).toEqual([
      '2026-12-31T12:00:00.000Z → 2027-01-01T12:00:00.000Z',
    ]);
    expect(stretches(alwaysOpen, '2027-01-01T12:00:00Z', '2026-12-31T12:00:00Z')).toEqual([]);
  });

  it('rounds fractional seconds to whole milliseconds', () => {
    expect(add(alwaysOpen, '2026-01-03T10:00:00Z', { seconds: 0.0015 })).toBe(
      '2026-01-03T10:00:00.002Z',
    );
  });

  it('counts every hour of a year and is always open', () => {
    expect(
      workingTimeBetween(alwaysOpen, at('2026-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z')),
    ).toBe(8760 * HOUR);
    expect(isOpen(alwaysOpen, at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(nextOpening(alwaysOpen, at('2026-03-29T01:30:00Z')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });
});

describe('the calendar object', () => {
  it('is a frozen copy of its spec', () => {
    const hours = { monday: [['09:00', '18:00']] as [string, string][] };
    const desk = createBusinessCalendar({ timeZone: 'UTC', hours });
    hours.monday.push(['20:00', '21:00']);
    expect(desk.hours).toEqual({ monday: [['09:00', '18:00']] });
    expect(Object.isFrozen(desk.hours.monday)).toBe(true);
    expect(desk.holidays).toEqual([]);
  });

  it('answers the same when rebuilt from JSON', () => {
    const copy = JSON.parse(JSON.stringify(parisWith({ holidays: ['--12-25'] })));
    expect(add(copy, '2026-12-24T16:00:00Z', { hours: 2 })).toBe('2026-12-28T09:00:00.000Z');
  });

  it('handles far years and spans of many years', () => {
    expect(add(paris, '2026-06-01T08:00:00Z', { days: 2600 })).toBe('2036-05-19T08:00:00.000Z');
    expect(workingTimeBetween(paris, at('2026-06-01T00:00:00Z'), at('2036-05-19T08:00:00Z'))).toBe(
      2600 * 7.5 * HOUR + HOUR,
    );
  });
});

describe('refusals', () => {
  const refusal = (spec: unknown): ConfigurationError => {
    try {
      createBusinessCalendar(spec as BusinessCalendarSpec);
    } catch (error) {
      if (error instanceof ConfigurationError) return error;
      throw error;
    }
    throw new Error('expected a ConfigurationError');
  };
  const monday = (ranges: unknown) => ({ timeZone: 'UTC', hours: { monday: ranges } });

  it.each([
    [
      'an unknown time zone',
      { timeZone: 'Europe/Pariss', hours: officeHours },
      ['timeZone'],
      /unknown time zone "Europe\/Pariss"/,
    ],
    ['a missing time zone', { hours: officeHours }, ['timeZone'], /unknown time zone/],
    [
      'a malformed time',
      monday([['9:00', '12:00']]),
      ['hours', 'monday', 0, 0],
      /expected a local time 'HH:MM'/,
    ],
    [
      'an hour out of range',
      monday([['09:00', '25:00']]),
      ['hours', 'monday', 0, 1],
      /between '00:00' and '24:00'/,
    ],
    [
      'minutes out of range',
      monday([['09:60', '12:00']]),
      ['hours', 'monday', 0, 0],
      /between '00:00' and '23:59'/,
    ],
    ["'24:00' as a start", monday([['24:00', '24:00']]), ['hours', 'monday', 0, 0], /'23:59'/],
    [
      'a range that ends before it starts',
      monday([['18:00', '09:00']]),
      ['hours', 'monday', 0],
      /ends before it starts/,
    ],
    [
      'an empty range',
      monday([['09:00', '09:00']]),
      ['hours', 'monday', 0],
      /ends before it starts/,
    ],
    ['a range that is not a pair', monday([['09:00']]), ['hours', 'monday', 0], /expected a range/],
    [
      'overlapping ranges',
      monday([
        ['09:00', '12:00'],
        ['11:00', '13:00'],
      ]),
      ['hours', 'monday', 1],
      /overlap/,
    ],
    [
      'an unknown weekday',
      { timeZone: 'UTC', hours: { mon: [['09:00', '12:00']] } },
      ['hours', 'mon'],
      /unknown weekday "mon"/,
    ],
    [
      'a calendar that is never open',
      { timeZone: 'UTC', hours: { monday: [] } },
      ['hours'],
      /never open/,
    ],
    [
      'recurring closures over the whole year',
      { timeZone: 'UTC', hours: officeHours, holidays: [{ date: '--01-01', until: '--12-31' }] },
      ['holidays'],
      /never open/,
    ],
    [
      'an impossible date',
      { timeZone: 'UTC', hours: officeHours, holidays: ['2026-02-30'] },
      ['holidays', 0],
      /that exists/,
    ],
    [
      'an impossible recurring date',
      { timeZone: 'UTC', hours: officeHours, holidays: ['--13-01'] },
      ['holidays', 0],
      /that exists/,
    ],
    [
      'a holiday that is not a date',
      { timeZone: 'UTC', hours: officeHours, holidays: ['Christmas'] },
      ['holidays', 0],
      /'YYYY-MM-DD'/,
    ],
    [
      'a range mixing a date and a recurring date',
      { timeZone: 'UTC', hours: officeHours, holidays: [{ date: '2026-12-24', until: '--01-02' }] },
      ['holidays', 0, 'until'],
      /two dates .* or two recurring dates/,
    ],
    [
      'a range that ends before it starts',
      {
        timeZone: 'UTC',
        hours: officeHours,
        holidays: [{ date: '2026-12-24', until: '2026-12-20' }],
      },
      ['holidays', 0, 'until'],
      /ends .* before it starts/,
    ],
    [
      'a malformed closed range',
      {
        timeZone: 'UTC',
        hours: officeHours,
        holidays: [{ date: '2026-12-24', closed: [['14:00', '12:00']] }],
      },
      ['holidays', 0, 'closed', 0],
      /ends before it starts/,
    ],
    [
      'an unknown holiday field',
      { timeZone: 'UTC', hours: officeHours, holidays: [{ date: '2026-12-24', to: '2026-12-26' }] },
      ['holidays', 0, 'to'],
      /unknown field "to"/,
    ],
  ])('refuses %s', (_, spec, path, message) => {
    const error = refusal(spec);
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(message);
  });

  const invalid = new Date(Number.NaN);
  it.each([
    ['isOpen', () => isOpen(paris, invalid)],
    ['nextOpening', () => nextOpening(paris, invalid)],
    ['addWorkingTime', () => addWorkingTime(paris, invalid, { hours: 1 })],
    [
      'workingTimeBetween (from)',
      () => workingTimeBetween(paris, invalid, at('2026-01-01T00:00:00Z')),
    ],
    [
      'workingTimeBetween (to)',
      () => workingTimeBetween(paris, at('2026-01-01T00:00:00Z'), invalid),
    ],
    ['openIntervalsBetween', () => openIntervalsBetween(paris, invalid, invalid)],
    ['a string instead of a Date', () => isOpen(paris, '2026-01-01' as unknown as Date)],
  ])('%s refuses an invalid date with a TypeError', (_, call) => {
    expect(call).toThrow(TypeError);
  });

  it.each([
    [{ days: 1.5 }, /whole number of opening days/],
    [{ weeks: 1 } as WorkingDuration, /unit "weeks" is not allowed/],
    [{ hours: -1 }, /finite number ≥ 0/],
    [{ hours: 0 }, /must be positive/],
    [{ hours: '1' } as unknown as WorkingDuration, /finite number ≥ 0/],
  ])('addWorkingTime refuses the duration %o', (duration, message) => {
    expect(() => addWorkingTime(paris, at('2026-01-01T00:00:00Z'), duration)).toThrow(message);
  });

  it.each([[{ days: 400_000 }], [{ hours: 1e12 }]])(
    'addWorkingTime refuses %o, longer than 1,000 years, at once',
    (duration) => {
      expect(() => addWorkingTime(paris, at('2026-01-01T00:00:00Z'), duration)).toThrow(RangeError);
    },
  );
});
