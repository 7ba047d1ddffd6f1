import { ConfigurationError } from '../core/configuration-error.js';
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
 *
 * @example
 * ```ts
 * const spec: BusinessCalendarSpec = {
 *   timeZone: 'Europe/Paris',
 *   hours: { monday: [['09:00', '12:00'], ['13:30', '18:00']] },
 *   holidays: ['--05-01', '--12-25'],
 * };
 * spec.timeZone;
 * //=> 'Europe/Paris'
 * ```
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
/** The longest duration handled, in days (1,000 years), so that absurd inputs fail fast. */
const MAX_DAYS = 366_000;
const indexes = new WeakMap<BusinessCalendar, CalendarIndex>();

function validate(spec: unknown): CalendarIndex {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new ConfigurationError(
      `expected a calendar { timeZone, hours, holidays? }, got ${JSON.stringify(spec)}.`,
      { input: spec },
    );
  }
  const { timeZone, hours, holidays = [] } = spec as Record<string, unknown>;
  const zone = assertTimeZone(timeZone, ['timeZone']);
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    throw new ConfigurationError(
      `hours: expected opening hours keyed by weekday ({ monday: [['09:00', '18:00']] }), got ${JSON.stringify(hours)}.`,
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
      `holidays: expected a list such as ['2026-05-01', '--12-25'], got ${JSON.stringify(holidays)}.`,
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
  return new CalendarIndex({ timeZone: zone, openByWeekday, holidays: parsed });
}

function deepFreeze<T>(value: T): T {
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
 * @throws ConfigurationError on an unknown time zone, a malformed or out-of-range time, an
 * interval that ends before it starts, overlapping intervals, a malformed holiday, or a
 * calendar that is never open.
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
  const index = validate(spec);
  const calendar: BusinessCalendar = deepFreeze({
    timeZone: spec.timeZone,
    hours: structuredClone(spec.hours),
    holidays: structuredClone(spec.holidays ?? []),
  });
  indexes.set(calendar, index);
  return calendar;
}

function indexOf(calendar: BusinessCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    // A calendar rebuilt from its fields (deserialized) is validated once and memoized too.
    index = validate(calendar);
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
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    throw new TypeError(`${name}: expected a valid Date, got ${String(date)}.`);
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

/** Adds working milliseconds (≥ 0) to an instant: the first instant by which they elapsed. */
function addWorkingMs(index: CalendarIndex, instant: number, ms: number): number {
  if (ms <= 0) return instant;
  let year = index.yearOf(instant);
  let target = workedBefore(year, instant) + ms;
  while (target > year.total) {
    target -= year.total;
    year = index.nextOpenYear(year.year);
  }
  return instantAfterWorked(year, target);
}

/** Adds whole opening days to an instant, keeping its time of day (see docs/sla.md). */
function addOpeningDays(index: CalendarIndex, instant: number, days: number): number {
  let [year, interval, start] = openingAtOrAfter(index, instant);
  const day = year.dayOf[interval] as number;
  const timeOfDay = wallClockIn(year, start) - (year.dayMidnight[day] as number);
  let target = day + days;
  while (target >= year.days) {
    target -= year.days;
    year = index.nextOpenYear(year.year);
  }
  start = openInstantOfDayAt(year, target, (year.dayMidnight[target] as number) + timeOfDay);
  return start;
}

const units = new Set<string>(workingDurationUnits);

/** The four amounts of a valid working duration; the checks of assertWorkingDuration, without copying. */
function checkedDuration(duration: WorkingDuration): Required<WorkingDuration> {
  let valid = typeof duration === 'object' && duration !== null;
  if (valid) {
    for (const key in duration) {
      const amount: unknown = duration[key as keyof WorkingDuration];
      if (!units.has(key) || (amount !== undefined && typeof amount !== 'number')) valid = false;
    }
  }
  const { days = 0, hours = 0, minutes = 0, seconds = 0 } = valid ? duration : {};
  const total = days + hours + minutes + seconds;
  if (
    !valid ||
    !(days >= 0 && hours >= 0 && minutes >= 0 && seconds >= 0) ||
    !Number.isFinite(total) ||
    total <= 0
  ) {
    assertWorkingDuration(duration, ['duration']);
  }
  return { days, hours, minutes, seconds };
}

/**
 * Adds a working duration to an instant. Hours, minutes and seconds are working time: the
 * result is the first instant by which that much open time has elapsed, so it can be exactly
 * a closing time (Friday 17:00 + 1 hour on a desk closing at 18:00 is Friday 18:00). Days are
 * opening days: from a start outside opening hours, first move to the next opening; then go
 * `days` opening days further and take the same local time of day, or the next open time
 * that day, or that day's closing when the day ends earlier. Days are added before hours.
 *
 * @throws ConfigurationError when the duration is malformed or has a fractional number of days.
 * @throws TypeError when `start` is not a valid Date.
 * @throws RangeError when the duration is longer than 1,000 years.
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
 * @throws RangeError when the duration is longer than 1,000 years.
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
  if (days > MAX_DAYS || ms > MAX_DAYS * 86_400_000) {
    throw new RangeError(
      `duration: ${JSON.stringify(duration)} is longer than a calendar handles (1,000 years).`,
    );
  }
  const index = indexOf(calendar);
  const from = days > 0 ? addOpeningDays(index, start, days) : start;
  return addWorkingMs(index, from, ms);
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
  return addWorkingMs(indexOf(calendar), start, ms);
}

/**
 * The working time between two instants, in milliseconds: the open time in `[from, to)`.
 * Swapping the arguments negates it.
 *
 * @throws TypeError when `from` or `to` is not a valid Date.
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
 * {@link addWorkingTimeAt}; both instants must be finite numbers of ms.
 *
 * @example
 * ```ts
 * workingMsBetween(alwaysOpen, 0, 90_000);
 * //=> 90000
 * ```
 */
export function workingMsBetween(calendar: BusinessCalendar, start: number, end: number): number {
  if (end < start) return 0 - workingMsBetween(calendar, end, start);
  const index = indexOf(calendar);
  const first = index.yearOf(start);
  const last = index.yearOf(end);
  if (first === last) return workedBefore(last, end) - workedBefore(first, start);
  let total = first.total - workedBefore(first, start);
  for (let year = first.year + 1; year < last.year; year++) total += index.year(year).total;
  return total + workedBefore(last, end);
}

/**
 * The open stretches of the calendar inside `[from, to]`, clipped to it, in order, with
 * stretches that touch (a night shift over midnight) merged. Empty when `to` ≤ `from`.
 *
 * @throws TypeError when `from` or `to` is not a valid Date.
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
