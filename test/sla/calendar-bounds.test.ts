import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  addWorkingTime,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  openIntervalsBetween,
  type WorkingDuration,
  weekdays,
  workingTimeBetween,
} from '../../src/sla/index.js';
import { anythingOdd } from '../odd-values.js';
import { runGuarded } from './hang-guard.js';

const scenarios = new URL('./calendar-bounds.scenarios.ts', import.meta.url);

describe('calendar calls answer or refuse within a bounded cost (a hang fails, no timing asserted)', () => {
  it('refuses 366,000 opening days on a calendar open one minute a year', async () => {
    expect(await runGuarded(scenarios, 'addManyDaysToASparseCalendar')).toEqual({
      kind: 'value',
      value: 'RangeError',
    });
  });
  it('refuses 8,000,000 working hours on a calendar open one minute a year', async () => {
    expect(await runGuarded(scenarios, 'addManyHoursToASparseCalendar')).toEqual({
      kind: 'value',
      value: 'RangeError',
    });
  });
  it('measures the longest span a calendar handles', async () => {
    expect(await runGuarded(scenarios, 'measureTheLongestSpan')).toMatchObject({ kind: 'value' });
  });
  it('refuses a span of 540,000 years at once', async () => {
    expect(await runGuarded(scenarios, 'measureBeyondTheCap')).toEqual({
      kind: 'value',
      value: 'RangeError',
    });
  });
});

describe('years 0 to 99 are read as themselves (not 1900 to 1999)', () => {
  const daily = Object.fromEntries(weekdays.map((day) => [day, [['09:00', '17:00']] as const]));
  const at = (iso: string) => new Date(iso);

  it('closes 1 May 0050 for a holiday on that date, and leaves 1 May 1950 open', () => {
    const desk = createBusinessCalendar({
      timeZone: 'UTC',
      hours: daily,
      holidays: ['0050-05-01'],
    });
    expect(isOpen(desk, at('0050-05-01T10:00:00Z'))).toBe(false);
    expect(isOpen(desk, at('0050-05-02T10:00:00Z'))).toBe(true);
    expect(isOpen(desk, at('1950-05-01T10:00:00Z'))).toBe(true);
  });

  it('opens on the right weekdays of year 50 (1 May 0050 was a Sunday)', () => {
    const weekdaysOnly = createBusinessCalendar({
      timeZone: 'UTC',
      hours: { monday: [['09:00', '17:00']] },
    });
    expect(nextOpening(weekdaysOnly, at('0050-05-01T00:00:00Z')).toISOString()).toBe(
      '0050-05-02T09:00:00.000Z',
    );
    expect(
      workingTimeBetween(weekdaysOnly, at('0050-01-01T00:00:00Z'), at('0051-01-01T00:00:00Z')),
    ).toBe(52 * 8 * 3_600_000);
  });

  it('does not let a question about year 50 change what a shared calendar answers for 1850', () => {
    const spec = { timeZone: 'Europe/Paris', hours: daily, holidays: ['--05-01'] };
    const fresh = createBusinessCalendar(spec);
    const shared = createBusinessCalendar(spec);
    const questions = [
      at('1850-06-03T10:00:00Z'),
      at('1850-05-01T10:00:00Z'),
      at('1950-06-03T10:00:00Z'),
      at('0099-12-31T23:30:00Z'),
    ];
    isOpen(shared, at('0050-05-01T10:00:00Z'));
    workingTimeBetween(shared, at('0000-01-01T00:00:00Z'), at('0100-01-01T00:00:00Z'));
    for (const question of questions) {
      expect(isOpen(shared, question)).toBe(isOpen(fresh, question));
      expect(nextOpening(shared, question)).toEqual(nextOpening(fresh, question));
    }
  });

  test.prop([fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 364 })])(
    'a dated holiday of years 0 to 99 closes exactly its own day',
    (year, dayOfYear) => {
      const date = new Date(0);
      date.setUTCFullYear(year, 0, 1 + dayOfYear);
      const iso = date.toISOString().slice(0, 10);
      const desk = createBusinessCalendar({ timeZone: 'UTC', hours: daily, holidays: [iso] });
      const noon = new Date(date.getTime() + 12 * 3_600_000);
      expect(isOpen(desk, noon)).toBe(false);
      expect(isOpen(desk, new Date(noon.getTime() + 86_400_000))).toBe(true);
      expect(isOpen(desk, new Date(noon.getTime() - 86_400_000))).toBe(true);
    },
  );
});

describe('createBusinessCalendar refuses hostile configuration with a ConfigurationError naming the path', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const holey: unknown[] = [];
  holey[1] = '2026-05-01';
  const cyclic: unknown[] = ['09:00', '17:00'];
  cyclic.push(cyclic);
  const cyclicHolidays: unknown[] = ['2026-05-01'];
  cyclicHolidays.push({ date: '2026-05-08', name: cyclicHolidays });
  const throwing = Object.defineProperty({}, 'monday', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const trapping = new Proxy(
    { monday: [['09:00', '17:00']] },
    {
      get() {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor() {
        throw new Error('trap');
      },
    },
  );
  it.each([
    [
      'a BigInt time',
      { timeZone: 'UTC', hours: { monday: [['09:00', 17n]] } },
      ['hours', 'monday', 0, 1],
    ],
    ['a BigInt time zone', { timeZone: 1n, hours: { monday: [['09:00', '17:00']] } }, ['timeZone']],
    [
      'a Symbol time zone',
      { timeZone: Symbol('UTC'), hours: { monday: [['09:00', '17:00']] } },
      ['timeZone'],
    ],
    [
      'a BigInt holiday',
      { timeZone: 'UTC', hours: { monday: [['09:00', '17:00']] }, holidays: [2026n] },
      ['holidays', 0],
    ],
    ['a cyclic range', { timeZone: 'UTC', hours: { monday: [cyclic] } }, ['hours', 'monday', 0, 2]],
    [
      'cyclic holidays',
      { timeZone: 'UTC', hours: { monday: [['09:00', '17:00']] }, holidays: cyclicHolidays },
      ['holidays', 1, 'name'],
    ],
    ['a throwing getter', { timeZone: 'UTC', hours: throwing }, ['hours', 'monday']],
    ['a Proxy whose traps throw', { timeZone: 'UTC', hours: trapping }, ['hours']],
    ['a revoked Proxy', { timeZone: 'UTC', hours: revoked.proxy }, ['hours']],
    ['a Map of hours', { timeZone: 'UTC', hours: new Map() }, ['hours']],
    [
      'a holiday list with holes',
      { timeZone: 'UTC', hours: { monday: [['09:00', '17:00']] }, holidays: holey },
      ['holidays'],
    ],
  ])('%s', (_, spec, path) => {
    let thrown: unknown;
    try {
      createBusinessCalendar(spec as unknown as BusinessCalendarSpec);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).path).toEqual(path);
    expect((thrown as ConfigurationError).message.length).toBeLessThan(300);
  });

  test.prop([anythingOdd()])(
    'anything given as hours, holidays or time zone gives a calendar or a ConfigurationError',
    (value) => {
      for (const spec of [
        { timeZone: 'UTC', hours: value },
        { timeZone: 'UTC', hours: { monday: [['09:00', '17:00']] }, holidays: value },
        { timeZone: value, hours: { monday: [['09:00', '17:00']] } },
        { timeZone: 'UTC', hours: { monday: value } },
      ]) {
        try {
          createBusinessCalendar(spec as unknown as BusinessCalendarSpec);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
        }
      }
    },
  );
});

describe('every calendar function answers or throws its documented error, whatever it is given', () => {
  const desk = createBusinessCalendar({
    timeZone: 'Europe/Paris',
    hours: { monday: [['09:00', '18:00']] },
  });
  const hostile: (() => unknown)[] = [
    () => {
      const revoked = Proxy.revocable({}, {});
      revoked.revoke();
      return revoked.proxy;
    },
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          ownKeys() {
            throw new Error('trap');
          },
          getPrototypeOf() {
            throw new Error('trap');
          },
        },
      ),
    () =>
      Object.defineProperty({}, 'hours', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      }),
    () => Object.create(Date.prototype),
    () => 12n,
  ];
  // Hostile values are made inside the property: fast-check cannot hold a revoked Proxy.
  const anything = fc.oneof(
    fc
      .oneof(anythingOdd(), fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15) }))
      .map((value) => () => value),
    fc.nat({ max: hostile.length - 1 }).map((index) => hostile[index] as () => unknown),
  );
  const documented = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      expect(
        error instanceof TypeError ||
          error instanceof RangeError ||
          error instanceof ConfigurationError,
      ).toBe(true);
    }
  };
  test.prop([anything, anything, anything], { numRuns: 60 })(
    'isOpen, nextOpening, addWorkingTime, workingTimeBetween, openIntervalsBetween',
    (makeA, makeB, makeC) => {
      const [a, b, c] = [makeA(), makeB(), makeC()];
      const day = new Date('2026-03-02T10:00:00Z');
      documented(() => isOpen(desk, a as Date));
      documented(() => nextOpening(desk, a as Date));
      documented(() => addWorkingTime(desk, a as Date, b as WorkingDuration));
      documented(() => addWorkingTime(desk, day, c as WorkingDuration));
      documented(() => workingTimeBetween(desk, a as Date, b as Date));
      documented(() => openIntervalsBetween(desk, day, c as Date));
      documented(() => isOpen(a as BusinessCalendar, day));
    },
  );
});

describe('the memo of a calendar changes costs, never answers', () => {
  const spec: BusinessCalendarSpec = {
    timeZone: 'America/New_York',
    hours: {
      monday: [['09:00', '17:00']],
      saturday: [['22:00', '24:00']],
      sunday: [['00:00', '02:00']],
    },
    holidays: ['--07-04', { date: '--12-24', until: '--01-02' }],
  };
  const shared = createBusinessCalendar(spec);
  test.prop(
    [
      fc.array(fc.integer({ min: -2000, max: 4000 }), { minLength: 1, maxLength: 120 }),
      fc.date({
        min: new Date('1800-01-01T00:00:00Z'),
        max: new Date('2300-01-01T00:00:00Z'),
        noInvalidDate: true,
      }),
    ],
    { numRuns: 15 },
  )(
    'after questions about many other years (more than it keeps), a shared calendar answers as a fresh one',
    (years, at) => {
      for (const year of years) {
        const date = new Date(0);
        date.setUTCFullYear(year, 5, 1);
        isOpen(shared, date);
      }
      const fresh = createBusinessCalendar(spec);
      const later = new Date(at.getTime() + 40 * 86_400_000);
      expect(isOpen(shared, at)).toBe(isOpen(fresh, at));
      expect(nextOpening(shared, at)).toEqual(nextOpening(fresh, at));
      expect(workingTimeBetween(shared, at, later)).toBe(workingTimeBetween(fresh, at, later));
    },
  );
});
