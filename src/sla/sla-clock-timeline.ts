import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';

/**
 * A stretch of time during which an SLA clock does not count, such as a call waiting for the
 * user. `to` is absent while the pause lasts (an open pause); `to` equal to `from` is an
 * empty pause and counts nothing.
 *
 * @example
 * ```ts
 * const waitingForUser: SlaPause = { from: new Date('2026-03-06T17:00:00Z') };
 * 'to' in waitingForUser;
 * //=> false
 * ```
 */
export interface SlaPause {
  readonly from: Date;
  readonly to?: Date;
}

/**
 * What an SLA clock measures: when it started (the call, for detection and resolution times),
 * its pauses in chronological order, and when it stopped (the call taken in charge for
 * detection, its definitive solution for resolution), if it has.
 *
 * Which ticket states pause which clock is the ticket's business; a clock only reads a
 * timeline. Pauses must not overlap (they may touch), must start at or after `start` (and at
 * or before `stop`), and only the last one may be open. A pause still open, or ending after
 * `stop`, counts until `stop`.
 */
export interface SlaTimeline {
  readonly start: Date;
  readonly pauses: readonly SlaPause[];
  readonly stop?: Date;
}

/**
 * A timeline cut at the instant it is measured: epoch milliseconds, pauses clipped to
 * `[start, end]`, with the events after `end` not yet known.
 */
export interface TimelineAt {
  readonly start: number;
  /** The instant the measurement looks at: the stop if it is known by then, else `at`. */
  readonly end: number;
  readonly stopped: boolean;
  /** Pauses begun by `end`, clipped to `end`; `open` when still running at `end`. */
  readonly pauses: readonly {
    readonly from: number;
    readonly to: number;
    readonly open: boolean;
  }[];
}

function instant(value: unknown, name: string, index = -1): number {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    const what = index < 0 ? name : `timeline.pauses[${index}].${name}`;
    throw inputError(`measureSla: ${what} must be a valid Date, got ${describeValue(value)}.`);
  }
  return value.getTime();
}

function pauseAt(index: number): string {
  return `timeline.pauses[${index}]`;
}

const noPauses: TimelineAt['pauses'] = Object.freeze([]);

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Checks a timeline and the instant it is measured at, then cuts it at that instant: what
 * happens after `at` is not known yet (a later pause or stop is ignored), so a measurement
 * only ever depends on the past.
 *
 * Throws a `TypeError` for bad input from the host: an invalid date, `at` before `start`, a
 * stop before the start, a pause before the start or after the stop, an inverted pause, an
 * overlap or a pause out of order, an open pause that is not the last (naming the pause's
 * index).
 *
 * @throws TypeError when the timeline is malformed.
 * @example
 * ```ts
 * timelineAt({ start: new Date(0), pauses: [{ from: new Date(10) }] }, new Date(30)).pauses;
 * //=> [{ from: 10, to: 30, open: true }]
 * ```
 */
export function timelineAt(timeline: SlaTimeline, at: Date): TimelineAt {
  if (typeof timeline !== 'object' || timeline === null || !Array.isArray(timeline.pauses)) {
    throw inputError('measureSla: the timeline must be { start, pauses: [...], stop? }.');
  }
  const start = instant(timeline.start, 'timeline.start');
  const now = instant(at, 'options.at');
  if (now < start) {
    throw inputError(
      `measureSla: options.at (${iso(now)}) is before the timeline's start (${iso(start)}); a clock cannot be measured before it starts.`,
    );
  }
  const stop = timeline.stop === undefined ? undefined : instant(timeline.stop, 'timeline.stop');
  if (stop !== undefined && stop < start) {
    throw inputError(
      `measureSla: timeline.stop (${iso(stop)}) is before timeline.start (${iso(start)}).`,
    );
  }
  const stopped = stop !== undefined && stop <= now;
  const end = stopped ? stop : now;
  if (timeline.pauses.length === 0) return { start, end, stopped, pauses: noPauses };
  const pauses: { from: number; to: number; open: boolean }[] = [];
  let previousEnd = start;
  let previousOpen = false;
  // A plain loop, and messages built only when thrown: clocks are read on hot paths.
  for (let index = 0; index < timeline.pauses.length; index++) {
    const pause: unknown = timeline.pauses[index];
    if (typeof pause !== 'object' || pause === null) {
      throw inputError(
        `measureSla: ${pauseAt(index)} must be { from, to? }, got ${describeValue(pause)}.`,
      );
    }
    const { from: pauseFrom, to: pauseTo } = pause as SlaPause;
    const from = instant(pauseFrom, 'from', index);
    const to = pauseTo === undefined ? undefined : instant(pauseTo, 'to', index);
    if (previousOpen) {
      throw inputError(
        `measureSla: ${pauseAt(index)} follows the open pause timeline.pauses[${index - 1}]; only the last pause may be open (give the earlier one its end 'to').`,
      );
    }
    if (from < start) {
      throw inputError(
        `measureSla: ${pauseAt(index)} starts (${iso(from)}) before timeline.start (${iso(start)}).`,
      );
    }
    if (stop !== undefined && from > stop) {
      throw inputError(
        `measureSla: ${pauseAt(index)} starts (${iso(from)}) after timeline.stop (${iso(stop)}); a stopped clock cannot be paused.`,
      );
    }
    if (to !== undefined && to < from) {
      throw inputError(
        `measureSla: ${pauseAt(index)} is inverted: it ends (${iso(to)}) before it starts (${iso(from)}).`,
      );
    }
    if (from < previousEnd) {
      throw inputError(
        `measureSla: ${pauseAt(index)} starts (${iso(from)}) before timeline.pauses[${index - 1}] ends (${iso(previousEnd)}); pauses must not overlap and must be in chronological order.`,
      );
    }
    previousOpen = to === undefined;
    previousEnd = to ?? from;
    if (from <= end) {
      const open = to === undefined || to > end;
      pauses.push({ from, to: open ? end : to, open: open && !stopped });
    }
  }
  return { start, end, stopped, pauses };
}
