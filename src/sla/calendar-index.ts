import { inputError } from '../core/input-guard.js';
import { closuresOfYear, type Holiday } from './holidays.js';
import { type MinuteRanges, subtractRanges } from './opening-hours.js';
import {
  firstInstantAtOrAfterWall,
  instantsOfWallRange,
  type OffsetSegments,
  offsetSegments,
  segmentAt,
} from './time-zone-offsets.js';
import { utcMidnight } from './utc-days.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** How many consecutive years without any opening a search crosses before giving up. */
const MAX_CLOSED_YEARS = 400;
const LAST_YEAR = 275_000;

/** What a calendar needs to build its index: zone, weekly minute ranges (Monday first), closures. */
export interface CalendarRules {
  readonly timeZone: string;
  readonly openByWeekday: readonly MinuteRanges[];
  readonly holidays: readonly Holiday[];
}

/**
 * The open intervals of one local year as UTC epoch milliseconds, with prefix sums:
 * `cumulative[i]` is the working time before interval `i` within the year, `dayOf[i]` the
 * ordinal of its opening day, `dayFirst[k]` the first interval of opening day `k` (with a
 * sentinel), `dayMidnight[k]` that day's local midnight as wall-clock milliseconds.
 */
export interface YearIndex {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly cumulative: Float64Array;
  readonly dayOf: Int32Array;
  readonly dayFirst: Int32Array;
  readonly dayMidnight: Float64Array;
  readonly total: number;
  readonly days: number;
  readonly segments: OffsetSegments;
}

/** Builds the index of one local year. */
export function buildYear(rules: CalendarRules, year: number): YearIndex {
  const yearWall = utcMidnight(year, 1, 1);
  const nextYearWall = utcMidnight(year + 1, 1, 1);
  const segments = offsetSegments(rules.timeZone, yearWall - 2 * DAY_MS, nextYearWall + 2 * DAY_MS);
  const closures = closuresOfYear(rules.holidays, year);
  const length = Math.round((nextYearWall - yearWall) / DAY_MS);
  const starts: number[] = [];
  const ends: number[] = [];
  const dayOf: number[] = [];
  const dayFirst: number[] = [];
  const dayMidnight: number[] = [];
  let weekday = (new Date(yearWall).getUTCDay() + 6) % 7;
  for (let index = 0; index < length; index++, weekday = (weekday + 1) % 7) {
    const midnight = yearWall + index * DAY_MS;
    const open = subtractRanges(rules.openByWeekday[weekday] ?? [], closures.get(index) ?? []);
    const firstOfDay = starts.length;
    for (const [from, to] of open) {
      for (const [start, end] of instantsOfWallRange(
        segments,
        midnight + from * MINUTE_MS,
        midnight + to * MINUTE_MS,
      )) {
        // Stryker disable next-line ArithmeticOperator: never merging two touching intervals of one day gives the same open time, opening day and answers
        if (starts.length > firstOfDay && ends[ends.length - 1] === start) {
          ends[ends.length - 1] = end;
        } else {
          starts.push(start);
          ends.push(end);
          dayOf.push(dayFirst.length);
        }
      }
    }
    if (starts.length > firstOfDay) {
      dayFirst.push(firstOfDay);
      dayMidnight.push(midnight);
    }
  }
  dayFirst.push(starts.length);
  const cumulative = new Float64Array(starts.length + 1);
  for (let index = 0; index < starts.length; index++) {
    cumulative[index + 1] =
      (cumulative[index] as number) + (ends[index] as number) - (starts[index] as number);
  }
  return {
    year,
    start: firstInstantAtOrAfterWall(segments, yearWall),
    end: firstInstantAtOrAfterWall(segments, nextYearWall),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumulative,
    dayOf: Int32Array.from(dayOf),
    dayFirst: Int32Array.from(dayFirst),
    dayMidnight: Float64Array.from(dayMidnight),
    total: cumulative[starts.length] as number,
    days: dayMidnight.length,
    segments,
  };
}

/** What a walk over many years needs of each: its working time and its number of opening days. */
export interface YearSummary {
  readonly total: number;
  readonly days: number;
}

/** How many year indexes a calendar keeps (a year of a 24 × 7 calendar weighs about 15 KB). */
const MAX_KEPT_YEARS = 64;
/** How many year summaries a calendar keeps: more than the longest walk (1,003 years). */
const MAX_KEPT_SUMMARIES = 4096;

/** A map that forgets its least recently used entry beyond `limit` entries. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, limit: number): V {
  map.delete(key);
  map.set(key, value);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the memo's size changes only the cost; a forgotten year is rebuilt from the rules alone
  if (map.size > limit) map.delete(map.keys().next().value as K);
  return value;
}

/**
 * The per-year indexes of a calendar, built on demand and memoized (the most recently used
 * ones, with a small summary of many more): once warm, every question is a binary search in
 * a year or two. The memo only changes the cost of an answer, never the answer: each year is
 * built from the rules alone, whatever was asked before.
 */
export class CalendarIndex {
  readonly #rules: CalendarRules;
  readonly #years = new Map<number, YearIndex>();
  readonly #summaries = new Map<number, YearSummary>();
  #recent: YearIndex | undefined;

  constructor(rules: CalendarRules) {
    this.#rules = rules;
  }

  /** The index of a local year, built on first use. */
  year(year: number): YearIndex {
    const known = this.#years.get(year);
    if (known !== undefined) return known;
    if (!(year >= -LAST_YEAR && year <= LAST_YEAR)) {
      throw inputError(
        `The year ${year} is beyond the range of dates a calendar handles (years -${LAST_YEAR} to ${LAST_YEAR}).`,
        'RangeError',
      );
    }
    const index = buildYear(this.#rules, year);
    remember(this.#summaries, year, { total: index.total, days: index.days }, MAX_KEPT_SUMMARIES);
    return remember(this.#years, year, index, MAX_KEPT_YEARS);
  }

  /** The working time and opening days of a local year, kept longer than the year's index. */
  summary(year: number): YearSummary {
    return this.#summaries.get(year) ?? this.year(year);
  }

  /** The index of the local year holding an instant. */
  yearOf(instant: number): YearIndex {
    const recent = this.#recent;
    if (recent !== undefined && instant >= recent.start && instant < recent.end) return recent;
    let index = this.year(new Date(instant).getUTCFullYear());
    while (instant < index.start) index = this.year(index.year - 1);
    while (instant >= index.end) index = this.year(index.year + 1);
    this.#recent = index;
    return index;
  }

  /** The next year that has at least one opening, after `year`. */
  nextOpenYear(year: number): YearIndex {
    for (let next = year + 1; next <= year + MAX_CLOSED_YEARS; next++) {
      if (this.summary(next).days > 0) return this.year(next);
    }
    throw inputError(
      `The calendar has no opening in the ${MAX_CLOSED_YEARS} years after ${year}.`,
      'RangeError',
    );
  }
}

/** The number of intervals of a year that start at or before an instant. */
export function intervalsStartedBy(index: YearIndex, instant: number): number {
  const starts = index.starts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((starts[middle] as number) <= instant) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The working time of a year before an instant of that year. */
export function workedBefore(index: YearIndex, instant: number): number {
  const interval = intervalsStartedBy(index, instant) - 1;
  if (interval < 0) return 0;
  return (
    (index.cumulative[interval] as number) +
    Math.min(instant, index.ends[interval] as number) -
    (index.starts[interval] as number)
  );
}

/** The first instant of a year by which `worked` ms of working time have elapsed (0 < worked ≤ total). */
export function instantAfterWorked(index: YearIndex, worked: number): number {
  const cumulative = index.cumulative;
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle + 1] as number) >= worked) high = middle;
    else low = middle + 1;
  }
  return (index.starts[low] as number) + worked - (cumulative[low] as number);
}

/** The local wall-clock time of an instant of a year. */
export function wallClockIn(index: YearIndex, instant: number): number {
  const segments = index.segments;
  return instant + (segments.offsets[segmentAt(segments, instant)] as number);
}

/**
 * The first open instant of opening day `day` whose wall-clock time is at or after `wall`,
 * or the day's closing when there is none.
 */
export function openInstantOfDayAt(index: YearIndex, day: number, wall: number): number {
  const { segments } = index;
  const last = (index.dayFirst[day + 1] as number) - 1;
  for (let interval = index.dayFirst[day] as number; interval <= last; interval++) {
    const start = index.starts[interval] as number;
    const end = index.ends[interval] as number;
    for (let segment = segmentAt(segments, start); segment < segments.starts.length; segment++) {
      const segmentStart = Math.max(start, segments.starts[segment] as number);
      if (segmentStart >= end) break;
      const next = segments.starts[segment + 1];
      const segmentEnd = next === undefined ? end : Math.min(end, next);
      const offset = segments.offsets[segment] as number;
      if (segmentEnd + offset > wall) return Math.max(segmentStart, wall - offset);
    }
  }
  return index.ends[last] as number;
}
