import { ConfigurationError } from '../core/configuration-error.js';
import { dateSlot } from '../core/date-slot.js';
import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import { plainConfiguration } from '../core/plain-configuration.js';
import {
  CalendarIndex,
  instantAfterWorked,
  intervalsStartedBy,
  openInstantOfDayAt,
  wallClockIn,
  workedBefore,
  type YearIndex,
} from './calendar-index.js';
import {
  type Holiday,
  type HolidaySpec,
  parseHoliday,
  recurringClosuresCloseEverything,
} from './holidays.js';
import { type MinuteRanges, parseTimeRanges, type WeeklyHours, weekdays } from './opening-hours.js';
import { assertTimeZone } from './time-zone-offsets.js';
import {
  assertWorkingDuration,
  type WorkingDuration,
  workingDurationUnits,
} from './working-duration.js';

/**
 * What {@link createBusinessCalendar} takes: an IANA time zone, the weekly opening hours in
 * that zone's wall-clock time, and optional closures ({@link HolidaySpec}).
 */
export interface BusinessCalendarSpec {
  /** An IANA time zone name such as `'Europe/Paris'`, or `'UTC'`. */
  readonly timeZone: string;
  /** The opening hours of each weekday, local time; a missing day is closed. */
  readonly hours: WeeklyHours;
  /** Closed dates, recurring dates, ranges and partial-day closures. */
  readonly holidays?: readonly HolidaySpec[];
}

/**
 * A validated business calendar, made by {@link createBusinessCalendar}: its fields are the
 * frozen spec. A calendar object memoizes an index of its open intervals, one local year at
 * a time, built the first time a function needs that year; the index is internal and never
 * changes the answers, only their cost (a warm calendar answers in a binary search).
 *
 * @example
 * ```ts
 * const desk = createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [['09:00', '17:00']] } });
 * desk.timeZone;
 * //=> 'UTC'
 * ```
 */
export interface BusinessCalendar extends BusinessCalendarSpec {
  readonly holidays: readonly HolidaySpec[];
}

export type { HolidayRangeSpec, HolidaySpec } from './holidays.js';
export { type LocalTimeRange, type Weekday, type WeeklyHours, weekdays } from './opening-hours.js';

const HOUR_MS = 3_600_000;
/**
 * How far from its start an answer may lie, in days (about 1,002 years): the longest
 * duration `addWorkingTime` adds, the longest span `workingTimeBetween` and
 * `openIntervalsBetween` measure, and the furthest answer `addWorkingTime` gives. It bounds
 * the cost of every call (at most about 1,003 local years visited, see docs/sla.md).
 */
const MAX_DAYS = 366_000;
const MAX_SPAN_MS = MAX_DAYS * 86_400_000;
/** The mean Gregorian year (365.2425 days), in ms. */
const MEAN_YEAR_MS = 31_556_952_000;
const indexes = new WeakMap<BusinessCalendar, CalendarIndex>();

/** A calendar's spec read once into plain data (hostile values refused), and its index. */
interface Validated {
  readonly spec: BusinessCalendar;
  readonly index: CalendarIndex;
}

function validate(input: unknown): Validated {
  const spec = plainConfiguration(input, []);
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new ConfigurationError(
      `expected a calendar { timeZone, hours, holidays? }, got ${describeValue(spec)}.`,
      { input: spec },
    );
  }
  const { timeZone, hours, holidays = [] } = spec as Record<string, unknown>;
  const zone = assertTimeZone(timeZone, ['timeZone']);
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    throw new ConfigurationError(
      `hours: expected opening hours keyed by weekday ({ monday: [['09:00', '18:00']] }), got ${describeValue(hours)}.`,
      { path: ['hours'], input: hours },
    );
  }
  for (const key of Object.keys(hours)) {
    if (!(weekdays as readonly string[]).includes(key)) {
      throw new ConfigurationError(`hours: unknown weekday "${key}"; use ${weekdays.join(', ')}.`, {
        path: ['hours', key],
        input: hours,
      });
    }
  }
  const openByWeekday: MinuteRanges[] = weekdays.map((day) => {
    const ranges = (hours as Record<string, unknown>)[day];
    return ranges === undefined ? [] : parseTimeRanges(ranges, ['hours', day]);
  });
  if (!Array.isArray(holidays)) {
    throw new ConfigurationError(
      `holidays: expected a list such as ['2026-05-01', '--12-25'], got ${describeValue(holidays)}.`,
      { path: ['holidays'], input: holidays },
    );
  }
  const parsed: Holiday[] = holidays.map((holiday: unknown, index) =>
    parseHoliday(holiday, ['holidays', index]),
  );
  if (openByWeekday.every((ranges) => ranges.length === 0)) {
    throw new ConfigurationError(
      'hours: the calendar is never open; give at least one weekday an opening range.',
      { path: ['hours'], input: hours },
    );
  }
  if (recurringClosuresCloseEverything(parsed, openByWeekday)) {
    throw new ConfigurationError(
      'holidays: the recurring closures close every opening of the year; the calendar is never open.',
      { path: ['holidays'], input: holidays },
    );
  }
  return {
    spec: deepFreeze({ timeZone: zone, hours, holidays } as BusinessCalendar),
    index: new CalendarIndex({ timeZone: zone, openByWeekday, holidays: parsed }),
  };
}

function deepFreeze<T>(value: T): T {
  // Stryker disable next-line LogicalOperator: a primitive and null are frozen already, so either || reads the same as the &&
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * Creates a business calendar: opening hours in an IANA time zone, with closures.
 * Local times are read on the zone's wall clock: an instant is open when its local date and
 * time fall in that date's opening hours and outside its closures. Across a daylight-saving
 * change an interval keeps its wall-clock bounds and lasts an hour more or less in real time;
 * an opening at a local time that does not exist (02:30 on a spring-forward night) starts
 * when the clock jumps (03:00). The process time zone never matters.
 *
 * The spec is read once into plain data, then validated; the calendar keeps that copy, never
 * the caller's objects. Dates are proleptic Gregorian: years 0 to 99 are themselves
 * (`'0050-05-01'` closes 1 May of year 50). Questions about any year never change what the
 * calendar answers about another.
 *
 * @throws ConfigurationError on an unknown time zone, a malformed or out-of-range time, an
 * interval that ends before it starts, overlapping intervals, a malformed holiday, or a
 * calendar that is never open; and on a spec that is not plain data (a BigInt, a Symbol, a
 * function, a Map or Date, a cycle, an array with holes, a getter, a Proxy that throws),
 * always with the `path` of the offending value.
 * @see seed §2.5.2.4 (the delays of the indicator table are counted on such a calendar)
 * @example
 * ```ts
 * const paris = createBusinessCalendar({
 *   timeZone: 'Europe/Paris',
 *   hours: { monday: [['09:00', '12:00'], ['13:30', '18:00']], friday: [['09:00', '17:00']] },
 *   holidays: ['--12-25', { date: '--12-31', until: '--01-01' }],
 * });
 * isOpen(paris, new Date('2026-06-01T08:00:00Z'));
 * //=> true
 * ```
 */
export function createBusinessCalendar(spec: BusinessCalendarSpec): BusinessCalendar {
  const { spec: calendar, index } = validate(spec);
  indexes.set(calendar, index);
  return calendar;
}

function indexOf(calendar: BusinessCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    // A calendar rebuilt from its fields (deserialized) is validated once and memoized too.
    index = validate(calendar).index;
    indexes.set(calendar, index);
  }
  return index;
}

/**
 * The 24 × 7 calendar in UTC: every instant is open and a working day is a calendar day.
 *
 * @example
 * ```ts
 * addWorkingTime(alwaysOpen, new Date('2026-01-03T10:00:00Z'), { hours: 30 }).toISOString();
 * //=> '2026-01-04T16:00:00.000Z'
 * ```
 */
export const alwaysOpen: BusinessCalendar = /* @__PURE__ */ createBusinessCalendar({
  timeZone: 'UTC',
  hours: Object.fromEntries(weekdays.map((day) => [day, [['00:00', '24:00']]])),
});

function instantOf(date: unknown, name: string): number {
  const time = dateSlot(date);
  if (time === undefined || Number.isNaN(time)) {
    throw inputError(`${name}: expected a valid Date, got ${describeValue(date)}.`);
  }
  return time;
}

/** The year and interval holding an instant, or the next opening's when it is closed. */
function openingAtOrAfter(index: CalendarIndex, instant: number): [YearIndex, number, number] {
  let year = index.yearOf(instant);
  const interval = intervalsStartedBy(year, instant) - 1;
  if (interval >= 0 && instant < (year.ends[interval] as number)) return [year, interval, instant];
  if (interval + 1 < year.starts.length) {
    return [year, interval + 1, year.starts[interval + 1] as number];
  }
  year = index.nextOpenYear(year.year);
  return [year, 0, year.starts[0] as number];
}

/**
 * Whether the calendar is open at an instant (opening ranges include their start and
 * exclude their end).
 *
 * @throws TypeError when `at` is not a valid Date.
 * @example
 * ```ts
 * const desk = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: { monday: [['09:00', '18:00']] } });
 * isOpen(desk, new Date('2026-03-30T16:00:00Z'));
 * //=> false
 * ```
 */
export function isOpen(calendar: BusinessCalendar, at: Date): boolean {
  const instant = instantOf(at, 'at');
  const year = indexOf(calendar).yearOf(instant);
  const interval = intervalsStartedBy(year, instant) - 1;
  return interval >= 0 && instant < (year.ends[interval] as number);
}

/**
 * The first open instant at or after `at`: `at` itself when the calendar is open then.
 *
 * @throws TypeError when `at` is not a valid Date.
 * @example
 * ```ts
 * const desk = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: { monday: [['09:00', '18:00']] } });
 * nextOpening(desk, new Date('2026-03-27T16:00:00Z')).toISOString();
 * //=> '2026-03-30T07:00:00.000Z'
 * ```
 */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date {
  return new Date(openingAtOrAfter(indexOf(calendar), instantOf(at, 'at'))[2]);
}

/** A RangeError for an answer that would lie further from its start than a calendar reaches. */
function beyondReach(what: string): RangeError {
  return inputError(
    `${what}: the answer lies more than 366,000 days (about 1,000 years) from the start, beyond what a calendar computes.`,
    'RangeError',
  );
}

/**
 * The last local year a walk from `origin` may visit: the year holding `origin` plus the
 * cap, with a year to spare for the gap between local years and UTC years.
 */
function lastYearFrom(origin: number): number {
  // Worked out without a Date (it is on every clock's path): the mean Gregorian year is off
  // the calendar by under two days, so the year found is the true one or the next, and a
  // second year to spare keeps it at or past the true one plus one. The answer is capped at
  // the last year a Date holds (275,760) plus one, as before.
  return Math.min(Math.floor(1970 + (origin + MAX_SPAN_MS) / MEAN_YEAR_MS) + 2, 275_761);
}

/** The next year with an opening after `year`, not beyond `last`, using the year summaries. */
function nextOpenYearUpTo(index: CalendarIndex, year: number, last: number, what: string) {
  for (let next = year + 1; next <= last; next++) {
    if (index.summary(next).days > 0) return next;
  }
  throw beyondReach(what);
}

/** Adds working milliseconds (≥ 0) to an instant: the first instant by which they elapsed. */
function addWorkingMs(
  index: CalendarIndex,
  instant: number,
  ms: number,
  origin: number,
  what: string,
): number {
  if (ms <= 0) return instant;
  const start = index.yearOf(instant);
  const last = lastYearFrom(origin);
  let target = workedBefore(start, instant) + ms;
  let year = start.year;
  let total = start.total;
  while (target > total) {
    target -= total;
    year = nextOpenYearUpTo(index, year, last, what);
    total = index.summary(year).total;
  }
  const answer = instantAfterWorked(index.year(year), target);
  if (answer - origin > MAX_SPAN_MS) throw beyondReach(what);
  return answer;
}

/** Adds whole opening days to an instant, keeping its time of day (see docs/sla.md). */
function addOpeningDays(index: CalendarIndex, instant: number, days: number, what: string): number {
  const [first, interval, start] = openingAtOrAfter(index, instant);
  const day = first.dayOf[interval] as number;
  const timeOfDay = wallClockIn(first, start) - (first.dayMidnight[day] as number);
  const last = lastYearFrom(instant);
  let target = day + days;
  let year = first.year;
  let count = first.days;
  while (target >= count) {
    target -= count;
    year = nextOpenYearUpTo(index, year, last, what);
    count = index.summary(year).days;
  }
  const found = index.year(year);
  const answer = openInstantOfDayAt(
    found,
    target,
    (found.dayMidnight[target] as number) + timeOfDay,
  );
  if (answer - instant > MAX_SPAN_MS) throw beyondReach(what);
  return answer;
}

const units = new Set<string>(workingDurationUnits);

/** The four amounts of a valid working duration; the checks of assertWorkingDuration, without copying. */
function checkedDuration(duration: WorkingDuration): Required<WorkingDuration> {
  let valid = typeof duration === 'object' && duration !== null;
  // Stryker disable next-line ObjectLiteral: these zeros are read only when valid is false, and then assertWorkingDuration answers
  let amounts: Required<WorkingDuration> = { days: 0, hours: 0, minutes: 0, seconds: 0 };
  let total = 0;
  // Stryker disable next-line BlockStatement: without the fast path every duration goes through assertWorkingDuration, with the same answer
  try {
    if (valid) {
      // Plain data only, as assertWorkingDuration reads it: an amount inherited from a prototype
      // (a class's getter, Object.create) is not the duration's own. A null prototype goes to
      // assertWorkingDuration too, which answers the same.
      if (Object.getPrototypeOf(duration) !== Object.prototype) valid = false;
      for (const key in duration) {
        const amount: unknown = duration[key as keyof WorkingDuration];
        if (!units.has(key) || (amount !== undefined && typeof amount !== 'number')) valid = false;
      }
    }
    const { days = 0, hours = 0, minutes = 0, seconds = 0 } = valid ? duration : {};
    // Stryker disable next-line ObjectLiteral: empty amounts read undefined, which fails the ≥ 0 check below and sends the duration to assertWorkingDuration, with the same answer
    amounts = { days, hours, minutes, seconds };
    // In the try: a BigInt amount hidden from for…in (not enumerable) throws when added.
    // Stryker disable next-line ArithmeticOperator: the amounts are checked ≥ 0 below (four zeros sum to 0 whatever the signs); a changed sum only sends a valid duration to assertWorkingDuration, with the same answer
    total = days + hours + minutes + seconds;
    // The directive stands between `catch` and its block: a line comment before `} catch` trails
    // the try block, and StrykerJS reads only the comments leading a node.
  } catch /* Stryker disable next-line BlockStatement: a read or a sum that threw left total at 0, which sends the duration to assertWorkingDuration all the same */ {
    // Stryker disable next-line BooleanLiteral: a read or a sum that threw left total at 0, which sends the duration to assertWorkingDuration all the same
    valid = false; // a getter or a Proxy trap threw: assertWorkingDuration says so below
  }
  const { days, hours, minutes, seconds } = amounts;
  if (
    !valid ||
    !(days >= 0 && hours >= 0 && minutes >= 0 && seconds >= 0) ||
    !Number.isFinite(total) ||
    total <= 0
  ) {
    const checked = assertWorkingDuration(duration, ['duration']);
    const { days = 0, hours = 0, minutes = 0, seconds = 0 } = checked;
    return { days, hours, minutes, seconds };
  }
  return amounts;
}

/**
 * Adds a working duration to an instant. Hours, minutes and seconds are working time: the
 * result is the first instant by which that much open time has elapsed, so it can be exactly
 * a closing time (Friday 17:00 + 1 hour on a desk closing at 18:00 is Friday 18:00). Days are
 * opening days: from a start outside opening hours, first move to the next opening; then go
 * `days` opening days further and take the same local time of day, or the next open time
 * that day, or that day's closing when the day ends earlier. Days are added before hours.
 *
 * Cost: a binary search once the calendar knows the years involved; a cold calendar builds
 * each local year the answer crosses (at most about 1,003, by the cap below).
 *
 * @throws ConfigurationError when the duration is malformed or has a fractional number of days.
 * @throws TypeError when `start` is not a valid Date.
 * @throws RangeError when the duration is longer than 366,000 days (about 1,000 years), when
 * the answer would lie more than 366,000 days after `start` (a calendar open one day a year
 * cannot add 366,000 opening days), or beyond the years -275,000 to 275,000.
 * @example
 * ```ts
 * const desk = createBusinessCalendar({
 *   timeZone: 'Europe/Paris',
 *   hours: Object.fromEntries(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, [['09:00', '18:00']]])),
 * });
 * addWorkingTime(desk, new Date('2026-03-27T09:00:00Z'), { days: 1 }).toISOString(); // Friday 10:00
 * //=> '2026-03-30T08:00:00.000Z'
 * ```
 */
export function addWorkingTime(
  calendar: BusinessCalendar,
  start: Date,
  duration: WorkingDuration,
): Date {
  return new Date(addWorkingTimeAt(calendar, instantOf(start, 'start'), duration));
}

/**
 * {@link addWorkingTime} on epoch milliseconds, for the library's hot paths (SLA clocks, the
 * indicators) that already hold numbers: no `Date` is made. Internal: not re-exported by
 * `service-desk-rules/sla`; `start` must be a finite number of ms.
 *
 * @throws ConfigurationError when the duration is malformed or has a fractional number of days.
 * @throws RangeError as {@link addWorkingTime} does.
 * @example
 * ```ts
 * addWorkingTimeAt(alwaysOpen, Date.UTC(2026, 2, 2, 9), { hours: 1, minutes: 30 }) === Date.UTC(2026, 2, 2, 10, 30);
 * //=> true
 * ```
 */
export function addWorkingTimeAt(
  calendar: BusinessCalendar,
  start: number,
  duration: WorkingDuration,
): number {
  const { days, hours, minutes, seconds } = checkedDuration(duration);
  if (!Number.isInteger(days)) {
    throw new ConfigurationError(
      `duration.days: must be a whole number of opening days, got ${days}; write the rest in hours.`,
      { path: ['duration', 'days'], input: duration },
    );
  }
  const ms = Math.round(hours * HOUR_MS + minutes * 60_000 + seconds * 1000);
  assertWithinCalendarCap(days, ms);
  const index = indexOf(calendar);
  const from = days > 0 ? addOpeningDays(index, start, days, 'addWorkingTime') : start;
  return addWorkingMs(index, from, ms, start, 'addWorkingTime');
}

/**
 * Refuses a duration longer than a calendar handles: more than 366,000 opening days, or more
 * than 366,000 days of hours, minutes and seconds. Internal: the check {@link addWorkingTimeAt}
 * makes, for the SLA clocks that count an hours-only target without adding it to an instant.
 *
 * @throws RangeError naming the duration and the cap.
 * @example
 * ```ts
 * assertWithinCalendarCap(0, 24 * 3_600_000);
 * //=> undefined
 * ```
 */
export function assertWithinCalendarCap(days: number, ms: number): void {
  if (days > MAX_DAYS || ms > MAX_SPAN_MS) {
    throw inputError(
      `duration: ${days} days and ${ms} ms is longer than a calendar handles (366,000 days, about 1,000 years).`,
      'RangeError',
    );
  }
}

/**
 * The first instant by which `ms` milliseconds of working time have elapsed after `start`
 * (`start` itself when `ms` ≤ 0), on epoch milliseconds. Internal, like {@link addWorkingTimeAt}.
 *
 * @example
 * ```ts
 * const desk = createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [['09:00', '18:00']] } });
 * new Date(addWorkingMsAt(desk, Date.UTC(2026, 2, 2, 17), 7_200_000)).toISOString(); // Monday 17:00 + 2 h
 * //=> '2026-03-09T10:00:00.000Z'
 * ```
 */
export function addWorkingMsAt(calendar: BusinessCalendar, start: number, ms: number): number {
  return addWorkingMs(indexOf(calendar), start, ms, start, 'addWorkingTime');
}

/**
 * The working time between two instants, in milliseconds: the open time in `[from, to)`.
 * Swapping the arguments negates it. Cost: a binary search in each end's year plus one
 * memoized sum per local year between them.
 *
 * @throws TypeError when `from` or `to` is not a valid Date.
 * @throws RangeError when the two instants are more than 366,000 days (about 1,000 years) apart.
 * @example
 * ```ts
 * const desk = createBusinessCalendar({ timeZone: 'Europe/Paris', hours: { friday: [['09:00', '18:00']], monday: [['09:00', '18:00']] } });
 * workingTimeBetween(desk, new Date('2026-03-27T16:00:00Z'), new Date('2026-03-30T08:00:00Z')) / 3_600_000;
 * //=> 2
 * ```
 */
export function workingTimeBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  return workingMsBetween(calendar, instantOf(from, 'from'), instantOf(to, 'to'));
}

/**
 * {@link workingTimeBetween} on epoch milliseconds: no `Date` is made. Internal, like
 * {@link addWorkingTimeAt}; both instants must be finite numbers of ms. Throws a RangeError
 * as {@link workingTimeBetween} does.
 *
 * @example
 * ```ts
 * workingMsBetween(alwaysOpen, 0, 90_000);
 * //=> 90000
 * ```
 */
export function workingMsBetween(calendar: BusinessCalendar, start: number, end: number): number {
  if (end < start) return 0 - workingMsBetween(calendar, end, start);
  if (end - start > MAX_SPAN_MS) throw beyondReach('workingTimeBetween');
  const index = indexOf(calendar);
  const first = index.yearOf(start);
  const fromFirst = first.total - workedBefore(first, start);
  const last = index.yearOf(end);
  if (last.year === first.year) return workedBefore(last, end) - workedBefore(first, start);
  let total = fromFirst + workedBefore(last, end);
  for (let year = first.year + 1; year < last.year; year++) total += index.summary(year).total;
  return total;
}

/**
 * The open stretches of the calendar inside `[from, to]`, clipped to it, in order, with
 * stretches that touch (a night shift over midnight) merged. Empty when `to` ≤ `from`.
 *
 * @throws TypeError when `from` or `to` is not a valid Date.
 * @throws RangeError when the two instants are more than 366,000 days (about 1,000 years) apart.
 * @example
 * ```ts
 * const night = createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [['22:00', '24:00']], tuesday: [['00:00', '06:00']] } });
 * openIntervalsBetween(night, new Date('2026-03-30T00:00:00Z'), new Date('2026-03-31T12:00:00Z'))
 *   .map(({ start, end }) => `${start.toISOString()} → ${end.toISOString()}`);
 * //=> ['2026-03-30T22:00:00.000Z → 2026-03-31T06:00:00.000Z']
 * ```
 */
export function openIntervalsBetween(
  calendar: BusinessCalendar,
  from: Date,
  to: Date,
): { start: Date; end: Date }[] {
  const start = instantOf(from, 'from');
  const end = instantOf(to, 'to');
  const stretches: [number, number][] = [];
  if (end <= start) return [];
  if (end - start > MAX_SPAN_MS) throw beyondReach('openIntervalsBetween');
  const index = indexOf(calendar);
  const lastYear = index.yearOf(end).year;
  for (let year = index.yearOf(start); ; year = index.year(year.year + 1)) {
    for (
      let interval = Math.max(0, intervalsStartedBy(year, start) - 1);
      interval < year.starts.length;
      interval++
    ) {
      const intervalStart = Math.max(start, year.starts[interval] as number);
      const intervalEnd = Math.min(end, year.ends[interval] as number);
      if (intervalStart >= end) break;
      if (intervalStart >= intervalEnd) continue;
      const last = stretches[stretches.length - 1];
      if (last !== undefined && last[1] === intervalStart) last[1] = intervalEnd;
      else stretches.push([intervalStart, intervalEnd]);
    }
    if (year.year >= lastYear) break;
  }
  return stretches.map(([open, close]) => ({ start: new Date(open), end: new Date(close) }));
}
