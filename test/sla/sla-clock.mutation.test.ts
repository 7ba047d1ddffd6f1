import { describe, expect, it } from 'vitest';
import {
  alwaysOpen,
  createBusinessCalendar,
  measureSla,
  type SlaSegment,
  slaClockState,
} from '../../src/sla/index.js';
import { stoppedClockMet } from '../../src/sla/sla-clock.js';

// The SLA clock (seed §2.5.2.4: detection and resolution delays counted on the desk's opening
// hours, §5): its options refused by their own messages, a threshold's instant exact to the
// millisecond, the budget reached at the end of a run, the hot path's pauses, and the closed
// time of the wait for the first opening under 'next-opening'.

const T = Date.parse('2026-03-09T07:00:00Z'); // a Monday, before the desk opens
const MIN = 60_000;
const at = (minutes: number) => new Date(T + minutes * MIN);
const office = createBusinessCalendar({
  timeZone: 'UTC',
  hours: Object.fromEntries(
    ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [d, [['09:00', '18:00']]]),
  ),
});
const timeline = { start: at(0), pauses: [] };

describe('measureSla options', () => {
  it.each([null, 5])('options %s are refused by their own message', (options) => {
    expect(() => measureSla(timeline, { minutes: 30 }, options as never)).toThrowError(
      'measureSla: options must be { at, calendar?, … }; `at` is required.',
    );
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 0])(
    'an atRiskRatio of %s is refused',
    (atRiskRatio) => {
      expect(() => measureSla(timeline, { minutes: 30 }, { at: at(10), atRiskRatio })).toThrowError(
        /^measureSla: atRiskRatio must be a positive ratio of the target \(0\.75 is 75 %\), got /,
      );
    },
  );

  it.each([
    [
      [0.5, Number.NaN],
      /^measureSla: thresholds\[1\] must be a positive ratio of the target, got NaN\.$/,
    ],
    [
      [0.5, 0.5],
      /^measureSla: thresholds must be strictly ascending, but thresholds\[1\] = 0\.5 follows 0\.5\.$/,
    ],
  ])('thresholds %j are refused', (thresholds, message) => {
    expect(() => measureSla(timeline, { minutes: 30 }, { at: at(10), thresholds })).toThrowError(
      message,
    );
  });

  it('a single threshold and the defaults are accepted', () => {
    expect(
      measureSla(timeline, { minutes: 30 }, { at: at(10), thresholds: [0.2] }).thresholds,
    ).toEqual({
      crossed: [0.2],
      next: null,
    });
    expect(measureSla(timeline, { minutes: 30 }, { at: at(10) }).thresholds.crossed).toEqual([]);
  });
});

describe('a threshold instant is exact to the millisecond', () => {
  it('55 % of one hour is 33 minutes, not one millisecond more (0.55 × 3 600 000 is not exact in binary)', () => {
    const measured = measureSla(timeline, { hours: 1 }, { at: at(0), thresholds: [0.55] });
    expect(measured.thresholds.next).toEqual({ ratio: 0.55, at: at(33) });
  });
});

describe('the budget reached exactly at the end of a run', () => {
  it('is due when the run ended, not when the clock resumed after the pause', () => {
    const paused = { start: at(0), pauses: [{ from: at(30), to: at(40) }] };
    const measured = measureSla(paused, { minutes: 30 }, { at: at(60) });
    expect(measured.state).toBe('breached');
    expect(measured.dueAt).toEqual(at(30));
  });
});

describe("under 'next-opening', a pause during the wait for the first opening", () => {
  const waiting = { start: at(0), pauses: [{ from: at(30), to: at(60) }] };
  const options = { at: at(151), calendar: office, startRule: 'next-opening' } as const;

  it('does not count: 31 minutes after the 09:00 opening a 30-minute target is breached', () => {
    expect(slaClockState(waiting, { minutes: 30 }, options)).toBe('breached');
    expect(measureSla(waiting, { minutes: 30 }, options).state).toBe('breached');
  });
});

describe("the closed time of the wait under 'next-opening'", () => {
  const closedOf = (pauses: { from: Date; to: Date }[], until: number) =>
    measureSla(
      { start: at(0), pauses },
      { hours: 1 },
      {
        at: at(until),
        calendar: office,
        startRule: 'next-opening',
        explain: true,
      },
    ).explanation.closed.map((s: SlaSegment) => [
      (s.start.getTime() - T) / MIN,
      (s.end.getTime() - T) / MIN,
      s.ms / MIN,
    ]);

  it('is the wait less its pauses; a pause after the opening is not part of it', () => {
    expect(
      closedOf(
        [
          { from: at(30), to: at(60) },
          { from: at(140), to: at(145) },
        ],
        160,
      ),
    ).toEqual([
      [0, 30, 30],
      [60, 120, 60],
    ]);
  });

  it('a pause from the start leaves no empty segment before it', () => {
    expect(closedOf([{ from: at(0), to: at(30) }], 130)).toEqual([[30, 120, 90]]);
  });

  it('a pause up to the opening leaves no empty segment after it', () => {
    expect(closedOf([{ from: at(60), to: at(120) }], 130)).toEqual([[0, 60, 60]]);
  });

  it('a pause over the opening ends the wait at its start', () => {
    expect(closedOf([{ from: at(90), to: at(135) }], 150)).toEqual([[0, 90, 90]]);
  });
});

describe('stoppedClockMet, the indicators’ hot path', () => {
  const S = 1000;
  const pause = (from: number, to?: number) =>
    to === undefined
      ? { from: new Date(from * S) }
      : { from: new Date(from * S), to: new Date(to * S) };
  const met = (stop: number, pauses: ReturnType<typeof pause>[]) =>
    stoppedClockMet(alwaysOpen, 0, stop * S, { minutes: 1 }, pauses, () => true);

  it('a clock stopped exactly on its target met it', () => {
    expect(met(60, [])).toBe(true);
    expect(met(61, [])).toBe(false);
  });

  it('a pause begun after the stop is ignored', () => {
    expect(met(50, [pause(80, 90)])).toBe(true);
  });

  it('overlapping pauses count their union once', () => {
    // 0–10 counted, 10–40 paused, 40–stop counted
    expect(met(90, [pause(10, 30), pause(20, 40)])).toBe(true);
    expect(met(91, [pause(10, 30), pause(20, 40)])).toBe(false);
  });

  it('a pause inside an earlier one does not move the count back', () => {
    // 0–10 counted, 10–40 paused, 40–stop counted
    expect(met(90, [pause(10, 40), pause(20, 30)])).toBe(true);
    expect(met(91, [pause(10, 40), pause(20, 30)])).toBe(false);
  });

  it('a pause the clock does not count is left in', () => {
    expect(
      stoppedClockMet(alwaysOpen, 0, 70 * S, { minutes: 1 }, [pause(10, 20)], () => false),
    ).toBe(false);
  });
});

// Second run's survivors in the reading options and the threshold rounding.
describe('measureSla thresholds: the second run', () => {
  it('an array with a "-1" field is read by its indexes only: the first ratio has no predecessor', () => {
    const thresholds = Object.assign([0.5, 1], { '-1': 0.9 });
    expect(
      measureSla(timeline, { hours: 1 }, { at: at(0), thresholds }).thresholds.crossed,
    ).toEqual([]);
  });

  it('a threshold 1e-6 above a whole millisecond is rounded up, not down', () => {
    // A 1 ms budget at the ratio 1e-6 is exactly 1e-6 ms: not within the float noise
    // (strictly under 1e-6) that rounds to the nearest millisecond, so it is 1 ms, not 0.
    const reading = measureSla(
      { start: at(0), pauses: [] },
      { seconds: 0.001 },
      {
        at: at(0),
        thresholds: [1e-6],
      },
    );
    expect(reading.budgetMs).toBe(1);
    expect(reading.thresholds).toEqual({ crossed: [], next: { ratio: 1e-6, at: new Date(T + 1) } });
  });
});

describe('an hours target longer than the calendars’ cap (366,000 days)', () => {
  const target = { hours: 9_000_000 }; // 375,000 days
  const message =
    'duration: 0 days and 32400000000000 ms is longer than a calendar handles (366,000 days, about 1,000 years).';
  const refusal = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      return error;
    }
    throw new Error('expected a RangeError');
  };
  it('is refused alike by measureSla, slaClockState and stoppedClockMet', () => {
    const options = { at: at(60) };
    for (const error of [
      refusal(() => measureSla(timeline, target, options)),
      refusal(() => slaClockState(timeline, target, options)),
      refusal(() => stoppedClockMet(office, T, T + MIN, target, [], () => true)),
    ]) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as Error).message).toBe(message);
    }
  });
  it('one hour less than the cap is still counted', () => {
    expect(slaClockState(timeline, { hours: 366_000 * 24 }, { at: at(60) })).toBe('running');
  });
});

describe('slaClockState does not work out the due instant', () => {
  it('so a target whose due instant lies beyond the cap gets its state where measureSla throws', () => {
    const sparse = createBusinessCalendar({
      timeZone: 'UTC',
      hours: { monday: [['09:00', '09:01']] },
      holidays: [],
    });
    const options = { at: at(60), calendar: sparse };
    // One minute a week: 10,000 hours are about 11,500 years away.
    expect(slaClockState(timeline, { hours: 10_000 }, options)).toBe('running');
    expect(() => measureSla(timeline, { hours: 10_000 }, options)).toThrow(RangeError);
  });
});
