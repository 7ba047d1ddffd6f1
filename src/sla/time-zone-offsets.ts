import { tzOffset } from '@date-fns/tz';
import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';

/**
 * The UTC offsets of a time zone over a stretch of time: segment `i` covers the instants
 * `[starts[i], starts[i + 1])` (the last one runs on) and has the offset `offsets[i]`, in
 * milliseconds, so that local wall-clock time = instant + offset.
 */
export interface OffsetSegments {
  readonly starts: readonly number[];
  readonly offsets: readonly number[];
}

const HOUR_MS = 3_600_000;
const SAMPLE_MS = 7 * 24 * HOUR_MS;
/** How many zone-and-range answers are kept (about a year of 16 calendars' zones). */
const MAX_KEPT_SEGMENTS = 1024;
const segmentCache = new Map<string, OffsetSegments>();

/**
 * Checks that a time zone is an IANA name the runtime knows (or `'UTC'`) and returns it;
 * throws a ConfigurationError otherwise.
 */
export function assertTimeZone(timeZone: unknown, path: readonly (string | number)[]): string {
  let known = false;
  if (typeof timeZone === 'string' && timeZone.length > 0) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch /* Stryker disable next-line BlockStatement: known is false already when Intl refuses the zone */ {
      known = false;
    }
  }
  if (!known) {
    throw new ConfigurationError(
      `${path.join('.')}: unknown time zone ${describeValue(timeZone)}; use an IANA name such as 'Europe/Paris' or 'UTC'.`,
      { path, input: timeZone },
    );
  }
  return timeZone as string;
}

/** The offset of a time zone at an instant, in milliseconds (wall clock = instant + offset). */
export function offsetAt(timeZone: string, instant: number): number {
  return Math.round(tzOffset(timeZone, new Date(instant)) * 60_000);
}

/**
 * The offset segments of a time zone between two instants, found by sampling every week and
 * bisecting each change to the second (transitions happen on whole seconds). Two changes
 * less than a week apart would be missed; no zone's rules have them. The answer depends only
 * on the runtime's time-zone data, so it is memoized per zone and range (the 1,024 most
 * recently computed).
 */
export function offsetSegments(timeZone: string, from: number, to: number): OffsetSegments {
  const key = `${timeZone} ${from} ${to}`;
  let segments = segmentCache.get(key);
  if (segments === undefined) {
    segments = findOffsetSegments(timeZone, from, to);
    segmentCache.set(key, segments);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the memo's size changes only the cost; forgotten segments are recomputed the same
    if (segmentCache.size > MAX_KEPT_SEGMENTS) {
      segmentCache.delete(segmentCache.keys().next().value as string);
    }
  }
  return segments;
}

function findOffsetSegments(timeZone: string, from: number, to: number): OffsetSegments {
  const first = Math.floor(from / 1000) * 1000;
  const starts: number[] = [first];
  const offsets: number[] = [offsetAt(timeZone, first)];
  let previous = first;
  let previousOffset = offsets[0] as number;
  while (previous < to) {
    const next = previous + SAMPLE_MS;
    const nextOffset = offsetAt(timeZone, next);
    if (nextOffset !== previousOffset) {
      let low = previous;
      let high = next;
      while (high - low > 1000) {
        const middle = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(timeZone, middle) === previousOffset) low = middle;
        else high = middle;
      }
      starts.push(high);
      offsets.push(nextOffset);
    }
    previous = next;
    previousOffset = nextOffset;
  }
  return { starts, offsets };
}

/** The index of the segment holding an instant (the first one for earlier instants). */
export function segmentAt(segments: OffsetSegments, instant: number): number {
  let index = 0;
  while (index + 1 < segments.starts.length && (segments.starts[index + 1] as number) <= instant) {
    index++;
  }
  return index;
}

/** The local wall-clock time of an instant, as epoch milliseconds read as UTC. */
export function wallClockOf(segments: OffsetSegments, instant: number): number {
  return instant + (segments.offsets[segmentAt(segments, instant)] as number);
}

/**
 * The instants whose wall-clock time falls in `[wallStart, wallEnd)`, as sorted disjoint
 * `[start, end)` pairs. A local time skipped by a spring-forward change has no instant (an
 * opening at 02:30 that does not exist starts at 03:00); a local time repeated by a
 * fall-back change has two (the interval lasts an hour more, as real elapsed time).
 */
export function instantsOfWallRange(
  segments: OffsetSegments,
  wallStart: number,
  wallEnd: number,
): [number, number][] {
  const pieces: [number, number][] = [];
  const count = segments.starts.length;
  for (let index = 0; index < count; index++) {
    const offset = segments.offsets[index] as number;
    const segmentStart =
      index === 0 ? Number.NEGATIVE_INFINITY : (segments.starts[index] as number);
    const segmentEnd =
      index + 1 < count ? (segments.starts[index + 1] as number) : Number.POSITIVE_INFINITY;
    const start = Math.max(segmentStart, wallStart - offset);
    const end = Math.min(segmentEnd, wallEnd - offset);
    if (start >= end) continue;
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last[1] === start) last[1] = end;
    else pieces.push([start, end]);
  }
  return pieces;
}

/** The first instant whose wall-clock time is at or after `wall`. */
export function firstInstantAtOrAfterWall(segments: OffsetSegments, wall: number): number {
  const count = segments.starts.length;
  for (let index = 0; index < count; index++) {
    const offset = segments.offsets[index] as number;
    const segmentStart =
      index === 0 ? Number.NEGATIVE_INFINITY : (segments.starts[index] as number);
    const segmentEnd =
      index + 1 < count ? (segments.starts[index + 1] as number) : Number.POSITIVE_INFINITY;
    const candidate = Math.max(segmentStart, wall - offset);
    if (candidate < segmentEnd) return candidate;
  }
  return Number.POSITIVE_INFINITY;
}
