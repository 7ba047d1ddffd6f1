import { expectTypeOf, test } from 'vitest';
import {
  measureSla,
  type SlaClockState,
  type SlaExplanation,
  type SlaMeasurement,
  type SlaStartRule,
  type SlaTimeline,
} from '../../src/sla/index.js';

const timeline: SlaTimeline = { start: new Date(0), pauses: [{ from: new Date(10) }] };
const at = new Date(60_000);

test('an explanation is there exactly when asked for', () => {
  expectTypeOf(
    measureSla(timeline, { minutes: 1 }, { at, explain: true }).explanation,
  ).toEqualTypeOf<SlaExplanation>();
  expectTypeOf(measureSla(timeline, { minutes: 1 }, { at }).explanation).toEqualTypeOf<
    SlaExplanation | undefined
  >();
  expectTypeOf(measureSla(timeline, { minutes: 1 }, { at })).toEqualTypeOf<SlaMeasurement>();
});

test('states and start rules are closed unions', () => {
  expectTypeOf<SlaClockState>().toEqualTypeOf<'running' | 'paused' | 'met' | 'breached'>();
  expectTypeOf<SlaStartRule>().toEqualTypeOf<'immediate' | 'next-opening'>();
  // @ts-expect-error: no such start rule
  measureSla(timeline, { minutes: 1 }, { at, startRule: 'tomorrow' });
});

test('misuse does not compile', () => {
  // @ts-expect-error: `at` ("now") is required; the library never reads the clock
  measureSla(timeline, { minutes: 1 }, {});
  // @ts-expect-error: weeks have no working meaning
  measureSla(timeline, { weeks: 1 }, { at });
  // @ts-expect-error: instants are Dates, not strings
  measureSla({ start: '2026-03-09T09:00:00Z', pauses: [] }, { minutes: 1 }, { at });
  // @ts-expect-error: pauses are required, even empty
  measureSla({ start: new Date(0) }, { minutes: 1 }, { at });
  // @ts-expect-error: a measurement is read-only
  measureSla(timeline, { minutes: 1 }, { at }).state = 'met';
});
