import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import {
  type LocalTimeRange,
  type MinuteRanges,
  parseTimeRanges,
  subtractRanges,
} from './opening-hours.js';
import { daysInMonth, utcMidnight } from './utc-days.js';

/**
 * A closure of a business calendar, in the calendar's local time:
 * - `'2026-05-01'`: one date, closed all day;
 * - `'--12-25'`: a date that recurs every year (`'--02-29'` only in leap years);
 * - `{ date, until?, closed?, name? }`: a range of days from `date` to `until` (both
 *   included, written the same way: two dates or two recurring dates; a recurring range
 *   such as `'--12-24'` → `'--01-02'` runs over the year's end), closed all day or, with
 *   `closed`, only during the given local time ranges of each of those days (an afternoon
 *   off is `closed: [['12:00', '24:00']]`).
 *
 * A closure closes local calendar dates: a holiday on a Tuesday also closes the
 * 00:00–06:00 end of a night shift that started on Monday evening.
 */
export type HolidaySpec = string | HolidayRangeSpec;

/**
 * The object form of a {@link HolidaySpec}: a range of days, a partial-day closure, or both.
 *
 * @example
 * ```ts
 * const afternoonOff: HolidayRangeSpec = { date: '2026-07-13', closed: [['14:00', '24:00']] };
 * afternoonOff.closed?.[0];
 * //=> ['14:00', '24:00']
 * ```
 */
export interface HolidayRangeSpec {
  /** The first closed day: `'YYYY-MM-DD'`, or `'--MM-DD'` for every year. */
  readonly date: string;
  /** The last closed day, included, in the same form as `date`; `date` when omitted. */
  readonly until?: string;
  /** The local time ranges closed on each day; the whole day when omitted. */
  readonly closed?: readonly LocalTimeRange[];
  /** A label for people reading the configuration; unused by the arithmetic. */
  readonly name?: string;
}

/** A validated closure: fixed days are epoch day numbers, recurring ones month-day pairs. */
export type Holiday =
  | {
      readonly kind: 'fixed';
      readonly from: number;
      readonly to: number;
      readonly closed: MinuteRanges;
    }
  | {
      readonly kind: 'recurring';
      readonly from: readonly [number, number];
      readonly to: readonly [number, number];
      readonly closed: MinuteRanges;
    };

const DAY_MS = 86_400_000;
const WHOLE_DAY: MinuteRanges = [[0, 1440]];
const FIXED = /^(\d{4})-(\d{2})-(\d{2})$/;
const RECURRING = /^--(\d{2})-(\d{2})$/;

type ParsedDay =
  | { readonly kind: 'fixed'; readonly day: number }
  | { readonly kind: 'recurring'; readonly month: number; readonly day: number };

function parseDay(value: unknown, path: readonly (string | number)[]): ParsedDay {
  const text = typeof value === 'string' ? value : '';
  const fixed = FIXED.exec(text);
  if (fixed) {
    const [year, month, day] = [Number(fixed[1]), Number(fixed[2]), Number(fixed[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { kind: 'fixed', day: utcMidnight(year, month, day) / DAY_MS };
    }
  }
  const recurring = RECURRING.exec(text);
  if (recurring) {
    const [month, day] = [Number(recurring[1]), Number(recurring[2])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month)) {
      return { kind: 'recurring', month, day };
    }
  }
  throw new ConfigurationError(
    `${path.join('.')}: expected a date 'YYYY-MM-DD' or a recurring date '--MM-DD' that exists, got ${describeValue(value)}.`,
    { path, input: value },
  );
}

/**
 * Validates one {@link HolidaySpec}; throws a ConfigurationError naming the problem (a
 * malformed or impossible date, a range mixing a date and a recurring date, a range that
 * ends before it starts, a malformed closed time range).
 */
export function parseHoliday(spec: unknown, path: readonly (string | number)[]): Holiday {
  const object: Record<string, unknown> =
    typeof spec === 'string'
      ? { date: spec }
      : typeof spec === 'object' && spec !== null && !Array.isArray(spec)
        ? (spec as Record<string, unknown>)
        : {};
  if (typeof spec !== 'string' && !('date' in object)) {
    throw new ConfigurationError(
      `${path.join('.')}: expected '2026-05-01', '--12-25' or { date, until?, closed?, name? }, got ${describeValue(spec)}.`,
      { path, input: spec },
    );
  }
  for (const key of Object.keys(object)) {
    if (!['date', 'until', 'closed', 'name'].includes(key)) {
      throw new ConfigurationError(
        `${path.join('.')}: unknown field "${key}" in a holiday; use date, until, closed or name.`,
        { path: [...path, key], input: spec },
      );
    }
  }
  const datePath = typeof spec === 'string' ? path : [...path, 'date'];
  const from = parseDay(object.date, datePath);
  const to = object.until === undefined ? from : parseDay(object.until, [...path, 'until']);
  const closed =
    object.closed === undefined ? WHOLE_DAY : parseTimeRanges(object.closed, [...path, 'closed']);
  if (closed.length === 0) {
    throw new ConfigurationError(
      `${path.join('.')}.closed: a partial closure needs at least one time range; omit closed to close the whole day.`,
      { path: [...path, 'closed'], input: object.closed },
    );
  }
  if (from.kind === 'fixed' && to.kind === 'fixed') {
    if (to.day < from.day) {
      throw new ConfigurationError(
        `${path.join('.')}: the closure ends (${describeValue(object.until)}) before it starts (${describeValue(object.date)}).`,
        { path: [...path, 'until'], input: spec },
      );
    }
    return { kind: 'fixed', from: from.day, to: to.day, closed };
  }
  if (from.kind === 'recurring' && to.kind === 'recurring') {
    return { kind: 'recurring', from: [from.month, from.day], to: [to.month, to.day], closed };
  }
  throw new ConfigurationError(
    `${path.join('.')}: a range must use two dates ('2026-12-24' → '2027-01-02') or two recurring dates ('--12-24' → '--01-02'), got ${describeValue(object.date)} → ${describeValue(object.until)}.`,
    { path: [...path, 'until'], input: spec },
  );
}

function unionRanges(a: MinuteRanges, b: MinuteRanges): MinuteRanges {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of all) {
    // Stryker disable next-line ArithmeticOperator: without merging, the sorted overlapping ranges subtract to the same openings (subtractRanges moves its cursor to the furthest closed end)
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * The closed minute ranges of each day of a local year, keyed by the day's index in the
 * year (0 for January 1st); days without closures are absent.
 */
export function closuresOfYear(
  holidays: readonly Holiday[],
  year: number,
): Map<number, MinuteRanges> {
  const first = utcMidnight(year, 1, 1) / DAY_MS;
  const length = utcMidnight(year + 1, 1, 1) / DAY_MS - first;
  const result = new Map<number, MinuteRanges>();
  const close = (fromIndex: number, toIndex: number, closed: MinuteRanges) => {
    // Stryker disable next-line ArithmeticOperator: an index at or past the year's length is never read (buildYear and recurringClosuresCloseEverything stop at length - 1)
    for (let index = Math.max(0, fromIndex); index <= Math.min(length - 1, toIndex); index++) {
      const existing = result.get(index);
      result.set(index, existing === undefined ? closed : unionRanges(existing, closed));
    }
  };
  const indexOf = ([month, day]: readonly [number, number]) =>
    utcMidnight(year, month, Math.min(day, daysInMonth(year, month))) / DAY_MS - first;
  for (const holiday of holidays) {
    if (holiday.kind === 'fixed') {
      close(holiday.from - first, holiday.to - first, holiday.closed);
      continue;
    }
    const [fromMonth, fromDay] = holiday.from;
    const [toMonth, toDay] = holiday.to;
    const leapOnly = (m: number, d: number) => m === 2 && d === 29 && daysInMonth(year, 2) === 28;
    if (fromMonth * 100 + fromDay <= toMonth * 100 + toDay) {
      // A single 29 February recurs only in leap years; a range starting on it starts on
      // 1 March in other years, and one ending on it ends on 28 February.
      const start = leapOnly(fromMonth, fromDay) ? indexOf([3, 1]) : indexOf(holiday.from);
      const end = indexOf(holiday.to);
      // Stryker disable next-line ConditionalExpression: when both ends are a 29 February of a common year the range runs from 1 March back to 28 February, so close() closes nothing either way
      if (!(leapOnly(fromMonth, fromDay) && leapOnly(toMonth, toDay))) {
        close(start, end, holiday.closed);
      }
    } else {
      // Runs over the year's end: the tail of this year and the head of the next.
      close(0, indexOf(holiday.to), holiday.closed);
      close(
        leapOnly(fromMonth, fromDay) ? indexOf([3, 1]) : indexOf(holiday.from),
        // Stryker disable next-line ArithmeticOperator: close() clamps the last index to length - 1 anyway
        length - 1,
        holiday.closed,
      );
    }
  }
  return result;
}

/**
 * Whether recurring closures alone can close every day of the year whatever the weekday:
 * true when each month-day (29 February included) leaves no opening on any weekday.
 */
export function recurringClosuresCloseEverything(
  holidays: readonly Holiday[],
  openByWeekday: readonly MinuteRanges[],
): boolean {
  const leap = closuresOfYear(
    holidays.filter((holiday) => holiday.kind === 'recurring'),
    2000,
  );
  const plain = closuresOfYear(
    // Stryker disable next-line MethodExpression,ConditionalExpression: fixed closures added to the common year cannot change the answer: it is true only when the leap year is all closed by recurring closures, and those then close every day of the common year too
    holidays.filter((holiday) => holiday.kind === 'recurring'),
    2001,
  );
  for (const [closures, length] of [
    [leap, 366],
    [plain, 365],
  ] as const) {
    for (let index = 0; index < length; index++) {
      const closed = closures.get(index) ?? [];
      if (openByWeekday.some((open) => subtractRanges(open, closed).length > 0)) return false;
    }
  }
  return true;
}
