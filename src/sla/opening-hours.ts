import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';

/**
 * The days of the week, Monday first, as the keys of a calendar's `hours`.
 *
 * @example
 * ```ts
 * weekdays[0];
 * //=> 'monday'
 * ```
 */
export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/**
 * A day of the week, one of {@link weekdays}.
 *
 * @example
 * ```ts
 * const day: Weekday = 'friday';
 * weekdays.indexOf(day);
 * //=> 4
 * ```
 */
export type Weekday = (typeof weekdays)[number];

/**
 * A local interval of wall-clock time, `['HH:MM', 'HH:MM']`, start included and end
 * excluded. `'24:00'` is allowed as an end (the end of the day).
 */
export type LocalTimeRange = readonly [string, string];

/**
 * The opening hours of each day of the week, as lists of {@link LocalTimeRange}. A missing
 * or empty day is closed. Several intervals a day make a lunch break; a shift over midnight
 * is written as two days (`monday: [['22:00', '24:00']], tuesday: [['00:00', '06:00']]`).
 *
 * @example
 * ```ts
 * const hours: WeeklyHours = { monday: [['09:00', '12:00'], ['13:30', '18:00']] };
 * hours.monday?.length;
 * //=> 2
 * ```
 */
export type WeeklyHours = { readonly [day in Weekday]?: readonly LocalTimeRange[] };

/** Minutes since local midnight, `[start, end)`, sorted, disjoint and not touching. */
export type MinuteRanges = readonly (readonly [number, number])[];

const TIME = /^(\d{2}):(\d{2})$/;

/**
 * Parses `'HH:MM'` into minutes since midnight; `'24:00'` only when `asEnd`.
 * Throws a ConfigurationError naming the path otherwise.
 */
export function parseLocalTime(
  value: unknown,
  asEnd: boolean,
  path: readonly (string | number)[],
): number {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  const hours = match ? Number(match[1]) : Number.NaN;
  const minutes = match ? Number(match[2]) : Number.NaN;
  const isEndOfDay = hours === 24 && minutes === 0;
  if (!match || minutes > 59 || (hours > 23 && !(asEnd && isEndOfDay))) {
    throw new ConfigurationError(
      `${path.join('.')}: expected a local time 'HH:MM' between '00:00' and ${
        asEnd ? "'24:00'" : "'23:59'"
      }, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  return hours * 60 + minutes;
}

/**
 * Parses a list of local time ranges into sorted minute ranges; refuses malformed times,
 * ranges that end before (or when) they start and overlapping ranges. Touching ranges
 * (`['09:00', '12:00'], ['12:00', '14:00']`) are merged.
 */
export function parseTimeRanges(value: unknown, path: readonly (string | number)[]): MinuteRanges {
  if (!Array.isArray(value)) {
    throw new ConfigurationError(
      `${path.join('.')}: expected a list of ['HH:MM', 'HH:MM'] ranges, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  const ranges: [number, number][] = value.map((range: unknown, index) => {
    const at = [...path, index];
    if (!Array.isArray(range) || range.length !== 2) {
      throw new ConfigurationError(
        `${at.join('.')}: expected a range ['HH:MM', 'HH:MM'], got ${describeValue(range)}.`,
        { path: at, input: range },
      );
    }
    const start = parseLocalTime(range[0], false, [...at, 0]);
    const end = parseLocalTime(range[1], true, [...at, 1]);
    if (end <= start) {
      throw new ConfigurationError(
        `${at.join('.')}: the range [${describeValue(range[0])}, ${describeValue(range[1])}] ends before it starts; write a shift over midnight as two days (['22:00', '24:00'] then ['00:00', '06:00']).`,
        { path: at, input: range },
      );
    }
    return [start, end];
  });
  const order = ranges
    .map((range, index) => ({ range, index }))
    .sort((a, b) => a.range[0] - b.range[0]);
  const merged: [number, number][] = [];
  // Stryker disable next-line UnaryOperator: previous is set before it is read (an overlap needs an earlier range)
  let previous = -1;
  for (const { range, index } of order) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] < last[1]) {
      throw new ConfigurationError(
        `${path.join('.')}: the ranges ${show(ranges[previous])} and ${show(ranges[index])} overlap.`,
        { path: [...path, index], input: value },
      );
    }
    if (last !== undefined && range[0] === last[1]) last[1] = range[1];
    else merged.push([range[0], range[1]]);
    previous = index;
  }
  return merged;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function show(range: readonly [number, number] | undefined): string {
  return range === undefined ? '?' : `['${clock(range[0])}', '${clock(range[1])}']`;
}

/** Removes the closed minute ranges from the open ones (both sorted and disjoint). */
export function subtractRanges(open: MinuteRanges, closed: MinuteRanges): MinuteRanges {
  if (closed.length === 0) return open;
  const result: [number, number][] = [];
  for (const [start, end] of open) {
    let cursor = start;
    for (const [closedStart, closedEnd] of closed) {
      if (closedEnd <= cursor || closedStart >= end) continue;
      if (closedStart > cursor) result.push([cursor, closedStart]);
      cursor = Math.max(cursor, closedEnd);
      if (cursor >= end) break;
    }
    if (cursor < end) result.push([cursor, end]);
  }
  return result;
}
