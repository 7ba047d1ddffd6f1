/**
 * The brute-force reference for business calendars: it reads each minute's wall clock with
 * `@date-fns/tz`'s TZDate and matches it against the calendar spec directly (never the
 * library's index), then answers every question by stepping minute by minute.
 * Only for minute-aligned instants; slow on purpose (about 13 µs a minute).
 */
import { TZDate } from '@date-fns/tz';
import type { BusinessCalendarSpec, HolidaySpec } from '../../src/sla/index.js';

const MINUTE = 60_000;
const weekdayNames = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a holiday closes a local date ('YYYY-MM-DD') at a local minute of the day. */
function closes(holiday: HolidaySpec, date: string, minute: number): boolean {
  const spec = typeof holiday === 'string' ? { date: holiday } : holiday;
  const until = spec.until ?? spec.date;
  let covered: boolean;
  if (spec.date.startsWith('--')) {
    const monthDay = date.slice(5);
    const from = spec.date.slice(2);
    const to = until.slice(2);
    covered = from <= to ? from <= monthDay && monthDay <= to : monthDay >= from || monthDay <= to;
  } else {
    covered = spec.date <= date && date <= until;
  }
  if (!covered) return false;
  return (spec.closed ?? [['00:00', '24:00']]).some(
    ([from, to]) => minutesOf(from) <= minute && minute < minutesOf(to),
  );
}

/** One minute's reading of the wall clock. */
interface Minute {
  readonly open: boolean;
  readonly date: string;
  readonly minuteOfDay: number;
}

/** Reads the wall clock of a minute-aligned instant with TZDate and applies the spec. */
export function readMinute(spec: BusinessCalendarSpec, instant: number): Minute {
  const wall = new TZDate(instant, spec.timeZone);
  const date = `${wall.getFullYear()}-${pad(wall.getMonth() + 1)}-${pad(wall.getDate())}`;
  const minuteOfDay = wall.getHours() * 60 + wall.getMinutes();
  const day = weekdayNames[wall.getDay()] ?? 'sunday';
  const open =
    (spec.hours[day] ?? []).some(
      ([from, to]) => minutesOf(from) <= minuteOfDay && minuteOfDay < minutesOf(to),
    ) && !(spec.holidays ?? []).some((holiday) => closes(holiday, date, minuteOfDay));
  return { open, date, minuteOfDay };
}

/**
 * A minute-by-minute stepper over a window `[from, from + minutes × 1 min)`, reading each
 * minute's wall clock on demand. Each answer is `undefined` when it would need minutes past
 * the window.
 */
export class MinuteStepper {
  readonly #spec: BusinessCalendarSpec;
  readonly #from: number;
  readonly #length: number;
  /** Minutes read so far (each read once, on demand). */
  readonly #minutes = new Map<number, Minute>();

  constructor(spec: BusinessCalendarSpec, from: number, minutes: number) {
    if (from % MINUTE !== 0) throw new Error('the stepper works on whole minutes');
    this.#spec = spec;
    this.#from = from;
    this.#length = minutes;
  }

  #at(instant: number): Minute | undefined {
    const index = (instant - this.#from) / MINUTE;
    if (!(index >= 0 && index < this.#length)) return undefined;
    let minute = this.#minutes.get(index);
    if (minute === undefined) {
      minute = readMinute(this.#spec, instant);
      this.#minutes.set(index, minute);
    }
    return minute;
  }

  /** Whether the minute starting at `instant` is open. */
  isOpen(instant: number): boolean | undefined {
    return this.#at(instant)?.open;
  }

  /** The first open minute at or after `instant`. */
  nextOpening(instant: number): number | undefined {
    for (let t = instant; ; t += MINUTE) {
      const minute = this.#at(t);
      if (minute === undefined) return undefined;
      if (minute.open) return t;
    }
  }

  /** The end of the `minutes`-th open minute counted from `instant`. */
  add(instant: number, minutes: number): number | undefined {
    let left = minutes;
    let t = instant;
    while (left > 0) {
      const minute = this.#at(t);
      if (minute === undefined) return undefined;
      if (minute.open) left--;
      t += MINUTE;
    }
    return t;
  }

  /** The open time in `[from, to)`, in milliseconds. */
  between(from: number, to: number): number | undefined {
    let open = 0;
    for (let t = from; t < to; t += MINUTE) {
      const minute = this.#at(t);
      if (minute === undefined) return undefined;
      if (minute.open) open += MINUTE;
    }
    return open;
  }

  /**
   * `days` opening days after the opening at or after `instant`: on the `days`-th next local
   * date that has an open minute, the first open minute whose time of day is at or after the
   * start's, else the end of that date's last open minute.
   */
  addDays(instant: number, days: number): number | undefined {
    const start = this.nextOpening(instant);
    if (start === undefined) return undefined;
    const first = this.#at(start) as Minute;
    let lastOpenDate = first.date;
    let count = 0;
    let lastOpenEnd = start;
    for (let t = start; ; t += MINUTE) {
      const minute = this.#at(t);
      if (minute === undefined) return undefined;
      if (!minute.open) continue;
      if (minute.date !== lastOpenDate) {
        count++;
        lastOpenDate = minute.date;
        if (count > days) return lastOpenEnd;
      }
      if (count === days) {
        if (minute.minuteOfDay >= first.minuteOfDay) return t;
        lastOpenEnd = t + MINUTE;
      }
    }
  }
}
