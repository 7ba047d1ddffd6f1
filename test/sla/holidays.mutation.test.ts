import { describe, expect, it } from 'vitest';
import {
  createBusinessCalendar,
  type HolidaySpec,
  isOpen,
  openIntervalsBetween,
  weekdays,
} from '../../src/sla/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// The holidays of a calendar (seed §5: the desk's calendar, its public holidays and closures)
// read one by one: which dates exist, which shapes are refused and where, and which days a
// recurring date or range closes in a leap year and in a common one.

const allDay = Object.fromEntries(weekdays.map((day) => [day, [['00:00', '24:00']]]));
const utc = (holidays: readonly unknown[]) =>
  createBusinessCalendar({ timeZone: 'UTC', hours: allDay, holidays } as never);
const closedOn = (holidays: readonly unknown[], day: string) =>
  !isOpen(utc(holidays), new Date(`${day}T12:00:00Z`));

describe('a holiday date must exist', () => {
  it.each([
    '2026-13-01',
    '2026-00-10',
    '2026-04-00',
    '2026-04-31',
    '2027-02-29',
    '--13-01',
    '--00-05',
    '--04-00',
    '--04-31',
    '--02-30',
  ])('%s is refused, naming the holiday', (date) => {
    const error = refusal(() => utc([date]));
    expect(error.path).toEqual(['holidays', 0]);
    expect(error.input).toBe(date);
    expect(error.message).toBe(
      `holidays.0: expected a date 'YYYY-MM-DD' or a recurring date '--MM-DD' that exists, got "${date}".`,
    );
  });

  it.each([
    ['2026-01-01', '2026-01-01'],
    ['2026-04-30', '2026-04-30'],
    ['2026-12-31', '2026-12-31'],
    ['2028-02-29', '2028-02-29'],
    ['--01-01', '2031-01-01'],
    ['--04-30', '2031-04-30'],
    ['--12-31', '2031-12-31'],
    ['--02-29', '2032-02-29'],
  ])('%s exists and closes %s', (date, day) => {
    expect(closedOn([date], day)).toBe(true);
    expect(closedOn([], day)).toBe(false);
  });

  it('a date must be a string: a list holding one is refused at its field', () => {
    const error = refusal(() => utc([{ date: ['2026-05-01'] }]));
    expect(error.path).toEqual(['holidays', 0, 'date']);
    expect(error.input).toEqual(['2026-05-01']);
  });

  it('an impossible date or end date inside { date, until } is refused at that field', () => {
    const bad = refusal(() => utc([{ date: '2026-02-30' }]));
    expect(bad.path).toEqual(['holidays', 0, 'date']);
    expect(bad.message).toMatch(/^holidays\.0\.date: expected a date/);
    const until = refusal(() => utc([{ date: '2026-05-01', until: '2026-05-32' }]));
    expect(until.path).toEqual(['holidays', 0, 'until']);
    expect(until.input).toBe('2026-05-32');
    expect(until.message).toMatch(/^holidays\.0\.until: expected a date/);
  });
});

describe('the shape of a holiday', () => {
  const shape = (spec: string) =>
    `holidays.0: expected '2026-05-01', '--12-25' or { date, until?, closed?, name? }, got ${spec}.`;

  it('null, a list (even one carrying a date field) and an object without date are refused whole', () => {
    const nothing = refusal(() => utc([null]));
    expect(nothing.path).toEqual(['holidays', 0]);
    expect(nothing.message).toBe(shape('null'));
    const list = Object.assign([], { date: '2026-05-01' });
    const listed = refusal(() => utc([list]));
    expect(listed.path).toEqual(['holidays', 0]);
    expect(listed.input).toBe(list);
    const dateless = { until: '2026-05-01' };
    const noDate = refusal(() => utc([dateless]));
    expect(noDate.path).toEqual(['holidays', 0]);
    expect(noDate.input).toEqual(dateless);
    expect(noDate.message).toMatch(/^holidays\.0: expected '2026-05-01', '--12-25' or \{ date/);
  });

  it('a plain string date is read as { date }', () => {
    expect(closedOn(['2026-05-01'], '2026-05-01')).toBe(true);
    expect(closedOn(['2026-05-01'], '2026-05-02')).toBe(false);
  });

  it('a recurring range closes its days every year', () => {
    const holidays = [{ date: '--08-10', until: '--08-12' }];
    for (const day of ['2026-08-10', '2026-08-11', '2026-08-12', '2031-08-11']) {
      expect(closedOn(holidays, day)).toBe(true);
    }
    expect(closedOn(holidays, '2026-08-09')).toBe(false);
    expect(closedOn(holidays, '2026-08-13')).toBe(false);
  });

  it('a recurring date up to a fixed date is refused as a mixed range', () => {
    const mixed = { date: '--12-24', until: '2027-01-02' };
    const error = refusal(() => utc([mixed]));
    expect(error.path).toEqual(['holidays', 0, 'until']);
    expect(error.input).toEqual(mixed);
    expect(error.message).toMatch(/a range must use two dates/);
  });
});

describe('several closures of one day add up', () => {
  const day = '2026-07-13';
  const stretches = (holidays: readonly HolidaySpec[]) =>
    openIntervalsBetween(
      utc(holidays),
      new Date(`${day}T00:00:00Z`),
      new Date(`${day}T23:59:00Z`),
    ).map(
      ({ start, end }) => `${start.toISOString().slice(11, 16)}-${end.toISOString().slice(11, 16)}`,
    );

  it('overlapping and disjoint partial closures, given out of order, leave the gaps between them', () => {
    expect(
      stretches([
        { date: day, closed: [['14:00', '16:00']] },
        {
          date: day,
          closed: [
            ['09:00', '10:00'],
            ['15:00', '17:00'],
          ],
        },
      ]),
    ).toEqual(['00:00-09:00', '10:00-14:00', '17:00-23:59']);
  });

  it('a closure inside another one keeps the larger one', () => {
    expect(
      stretches([
        { date: day, closed: [['08:00', '18:00']] },
        { date: day, closed: [['10:00', '11:00']] },
      ]),
    ).toEqual(['00:00-08:00', '18:00-23:59']);
  });

  it('a recurring date and a fixed one on the same day', () => {
    expect(
      stretches([
        { date: '--07-13', closed: [['06:00', '07:00']] },
        { date: day, closed: [['20:00', '21:00']] },
      ]),
    ).toEqual(['00:00-06:00', '07:00-20:00', '21:00-23:59']);
  });
});

describe('29 February in recurring ranges', () => {
  const fromLeapDay = [{ date: '--02-29', until: '--03-02' }];

  it('a range from 29 February starts on it in a leap year, on 1 March otherwise', () => {
    expect(closedOn(fromLeapDay, '2028-02-29')).toBe(true);
    expect(closedOn(fromLeapDay, '2028-02-28')).toBe(false);
    expect(closedOn(fromLeapDay, '2027-02-28')).toBe(false);
    expect(closedOn(fromLeapDay, '2027-03-01')).toBe(true);
    expect(closedOn(fromLeapDay, '2027-03-02')).toBe(true);
    expect(closedOn(fromLeapDay, '2027-03-03')).toBe(false);
  });

  it('a range from 28 February starts on 28 February every year', () => {
    const holidays = [{ date: '--02-28', until: '--03-01' }];
    expect(closedOn(holidays, '2027-02-28')).toBe(true);
    expect(closedOn(holidays, '2027-03-01')).toBe(true);
    expect(closedOn(holidays, '2028-02-28')).toBe(true);
    expect(closedOn(holidays, '2028-02-27')).toBe(false);
  });

  it('a range up to 29 February ends on 28 February in a common year', () => {
    const holidays = [{ date: '--02-01', until: '--02-29' }];
    expect(closedOn(holidays, '2027-02-01')).toBe(true);
    expect(closedOn(holidays, '2027-02-28')).toBe(true);
    expect(closedOn(holidays, '2027-03-01')).toBe(false);
    expect(closedOn(holidays, '2028-02-29')).toBe(true);
  });

  it('a range over the year end starting on 29 February starts on 1 March in a common year', () => {
    const holidays = [{ date: '--02-29', until: '--02-01' }];
    expect(closedOn(holidays, '2027-01-15')).toBe(true);
    expect(closedOn(holidays, '2027-02-15')).toBe(false);
    expect(closedOn(holidays, '2027-02-28')).toBe(false);
    expect(closedOn(holidays, '2027-03-01')).toBe(true);
    expect(closedOn(holidays, '2027-12-31')).toBe(true);
    expect(closedOn(holidays, '2028-02-29')).toBe(true);
    expect(closedOn(holidays, '2028-02-28')).toBe(false);
  });

  it('a range whose end day comes earlier in the year runs over the year end', () => {
    const holidays = [{ date: '--03-05', until: '--03-01' }];
    expect(closedOn(holidays, '2026-06-01')).toBe(true);
    expect(closedOn(holidays, '2026-03-01')).toBe(true);
    expect(closedOn(holidays, '2026-03-05')).toBe(true);
    expect(closedOn(holidays, '2026-03-03')).toBe(false);
  });
});

describe('only recurring closures can make a calendar never open', () => {
  it('recurring closures leaving only 29 February, plus a fixed 29 February 2000, still open in leap years', () => {
    const holidays = [{ date: '--03-01', until: '--02-28' }, '2000-02-29'];
    expect(closedOn(holidays, '2028-02-29')).toBe(false);
    expect(closedOn(holidays, '2027-06-01')).toBe(true);
  });

  it('a fixed range over all of 2000 and 2001 does not close the calendar forever', () => {
    const holidays = [{ date: '2000-01-01', until: '2001-12-31' }];
    expect(closedOn(holidays, '2001-06-01')).toBe(true);
    expect(closedOn(holidays, '2026-06-01')).toBe(false);
  });
});
