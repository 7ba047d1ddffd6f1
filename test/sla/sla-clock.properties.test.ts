import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  alwaysOpen,
  type BusinessCalendar,
  createBusinessCalendar,
  isOpen,
  measureSla,
  type SlaPause,
  type SlaTimeline,
  slaClockState,
  type WeeklyHours,
  weekdays,
  workingTimeBetween,
} from '../../src/sla/index.js';
import { stoppedClockMet } from '../../src/sla/sla-clock.js';

const MINUTE = 60_000;
const workingWeek = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;

/** Calendars in zones with daylight-saving changes, with lunch breaks, holidays, a night shift. */
const zonedCalendars: readonly BusinessCalendar[] = [
  alwaysOpen,
  createBusinessCalendar({
    timeZone: 'Europe/Paris',
    hours: Object.fromEntries(
      workingWeek.map((day) => [
        day,
        [
          ['09:00', '12:00'],
          ['13:30', '18:00'],
        ],
      ]),
    ),
    holidays: ['--01-01', '--05-01', '--11-01', '--12-25', '2026-04-06'],
  }),
  createBusinessCalendar({
    timeZone: 'America/New_York',
    hours: {
      monday: [['22:00', '24:00']],
      tuesday: [
        ['00:00', '06:00'],
        ['22:00', '24:00'],
      ],
      wednesday: [['00:00', '06:00']],
      saturday: [['01:30', '03:30']],
      sunday: [['01:30', '03:30']],
    },
  }),
  createBusinessCalendar({
    timeZone: 'Pacific/Auckland',
    hours: Object.fromEntries(
      weekdays.map((day) => [
        day,
        [
          ['02:00', '03:00'],
          ['08:00', '20:00'],
        ],
      ]),
    ),
  }),
];

/** Windows around the 2026 daylight-saving changes of Europe, the USA and New Zealand. */
const windows = [
  Date.UTC(2026, 2, 1),
  Date.UTC(2026, 2, 22),
  Date.UTC(2026, 3, 1),
  Date.UTC(2026, 8, 20),
  Date.UTC(2026, 9, 20),
] as const;
const WINDOW_MS = 21 * 24 * 60 * MINUTE;

interface Case {
  readonly timeline: SlaTimeline;
  readonly at: Date;
}

/**
 * Random timelines: sorted distinct instants give the start, then pause bounds two by two
 * (an odd one left over is an open pause), and optionally a stop as the last instant.
 */
function cases(origin: fc.Arbitrary<number>, span: number, unit: number): fc.Arbitrary<Case> {
  return fc
    .record({
      origin,
      points: fc.uniqueArray(fc.integer({ min: 0, max: span }), { minLength: 1, maxLength: 9 }),
      stopped: fc.boolean(),
      openLast: fc.boolean(),
      at: fc.integer({ min: 0, max: span }),
    })
    .map(({ origin, points, stopped, openLast, at }) => {
      const instants = [...points].sort((a, b) => a - b).map((p) => origin + p * unit);
      const [start = origin, ...rest] = instants;
      const stop = stopped && rest.length > 0 ? rest.pop() : undefined;
      const pauses: SlaPause[] = [];
      for (let i = 0; i + 1 < rest.length; i += 2) {
        pauses.push({ from: new Date(rest[i] as number), to: new Date(rest[i + 1] as number) });
      }
      if (rest.length % 2 === 1 && openLast) pauses.push({ from: new Date(rest.at(-1) as number) });
      const timeline: SlaTimeline =
        stop === undefined
          ? { start: new Date(start), pauses }
          : { start: new Date(start), pauses, stop: new Date(stop) };
      return { timeline, at: new Date(start + at * unit) };
    });
}

const zonedCase = cases(fc.constantFrom(...windows), WINDOW_MS / 1000, 1000);
const calendar = fc.constantFrom(...zonedCalendars);
const target = fc.oneof(
  fc.record({ minutes: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ hours: fc.integer({ min: 1, max: 40 }), seconds: fc.integer({ min: 0, max: 59 }) }),
  fc.record({ days: fc.integer({ min: 1, max: 4 }) }),
);

/** The working time of the pauses begun by the end of the measured stretch, cut to it. */
function pausedWorkingTime(cal: BusinessCalendar, { timeline, at }: Case): number {
  const stop = timeline.stop;
  const end = stop !== undefined && stop <= at ? stop : at;
  let total = 0;
  for (const pause of timeline.pauses) {
    if (pause.from > end) continue;
    const to = pause.to === undefined || pause.to > end ? end : pause.to;
    total += workingTimeBetween(cal, pause.from, to);
  }
  return total;
}

describe('SLA clock properties on calendars with DST changes, holidays and night shifts', () => {
  test.prop([calendar, zonedCase, target, fc.constantFrom('immediate', 'next-opening' as const)])(
    'slaClockState always reads the state measureSla gives',
    (cal, c, duration, startRule) => {
      const options = { at: c.at, calendar: cal, startRule } as const;
      expect(slaClockState(c.timeline, duration, options)).toBe(
        measureSla(c.timeline, duration, options).state,
      );
    },
  );

  test.prop([calendar, zonedCase, target])(
    'pausing never loses or invents time: elapsed with pauses + paused working time = elapsed without',
    (cal, c, duration) => {
      const withPauses = measureSla(c.timeline, duration, { at: c.at, calendar: cal });
      const without = measureSla({ ...c.timeline, pauses: [] }, duration, {
        at: c.at,
        calendar: cal,
      });
      expect(withPauses.elapsedMs + pausedWorkingTime(cal, c)).toBe(without.elapsedMs);
      expect(withPauses.budgetMs).toBe(without.budgetMs);
    },
  );

  test.prop([calendar, zonedCase, target, fc.integer({ min: 0, max: WINDOW_MS })])(
    'elapsed is monotone in `at`',
    (cal, c, duration, later) => {
      const earlier = measureSla(c.timeline, duration, { at: c.at, calendar: cal });
      const after = measureSla(c.timeline, duration, {
        at: new Date(c.at.getTime() + later),
        calendar: cal,
      });
      expect(after.elapsedMs).toBeGreaterThanOrEqual(earlier.elapsedMs);
    },
  );

  test.prop([calendar, zonedCase, target])(
    'a stopped clock is met ⇔ its elapsed time at the stop is within the target',
    (cal, c, duration) => {
      const stop = c.timeline.stop;
      if (stop === undefined) return;
      const later = new Date(Math.max(stop.getTime(), c.at.getTime()));
      const final = measureSla(c.timeline, duration, { at: later, calendar: cal });
      const atStop = measureSla(c.timeline, duration, { at: stop, calendar: cal });
      expect(final.elapsedMs).toBe(atStop.elapsedMs);
      expect(final.state).toBe(final.elapsedMs <= final.budgetMs ? 'met' : 'breached');
      expect(final.thresholds.next).toBeNull();
    },
  );

  test.prop([calendar, zonedCase, target, fc.array(fc.boolean(), { minLength: 9, maxLength: 9 })])(
    "the indicators' unchecked reading of a stopped clock is slaClockState's 'met', whatever pauses it keeps",
    (cal, c, duration, keep) => {
      const stop = c.timeline.stop;
      if (stop === undefined) return;
      const kept = c.timeline.pauses.filter((_, k) => keep[k] === true);
      const at = new Date(Math.max(stop.getTime(), c.at.getTime()));
      const expected =
        slaClockState({ ...c.timeline, pauses: kept }, duration, { at, calendar: cal }) === 'met';
      const counts = (pause: SlaPause) => kept.includes(pause);
      expect(
        stoppedClockMet(
          cal,
          c.timeline.start.getTime(),
          stop.getTime(),
          duration,
          c.timeline.pauses,
          counts,
        ),
      ).toBe(expected);
    },
  );

  test.prop([calendar, zonedCase, target, fc.integer({ min: 0, max: WINDOW_MS })])(
    'an open pause freezes the clock',
    (cal, c, duration, later) => {
      const last = c.timeline.pauses.at(-1);
      if (last === undefined || last.to !== undefined || c.timeline.stop !== undefined) return;
      const from = measureSla(c.timeline, duration, { at: last.from, calendar: cal });
      const after = measureSla(c.timeline, duration, {
        at: new Date(last.from.getTime() + later),
        calendar: cal,
      });
      expect(after.elapsedMs).toBe(from.elapsedMs);
      expect(after.state).toBe(after.elapsedMs > after.budgetMs ? 'breached' : 'paused');
    },
  );

  test.prop([calendar, zonedCase, target])(
    'the state, ratio, remaining time, risk and thresholds agree',
    (cal, c, duration) => {
      const m = measureSla(c.timeline, duration, { at: c.at, calendar: cal });
      expect(m.remainingMs).toBe(m.budgetMs - m.elapsedMs);
      expect(m.ratio).toBe(m.elapsedMs / m.budgetMs);
      expect(m.state === 'breached').toBe(m.ratio > 1);
      expect(m.state === 'breached').toBe(m.remainingMs < 0);
      if (m.ratio === 1) expect(m.remainingMs).toBe(0);
      // ratio ≥ 1 ⇔ breached, or exactly on the due instant (met, or still running or paused).
      expect(m.ratio >= 1).toBe(m.state === 'breached' || m.elapsedMs === m.budgetMs);
      expect(m.atRisk).toBe((m.state === 'running' || m.state === 'paused') && m.ratio >= 0.75);
      expect(m.thresholds.crossed).toEqual(
        [0.5, 0.75, 1].filter((r) => m.elapsedMs >= Math.ceil(r * m.budgetMs)),
      );
      const stopped = c.timeline.stop !== undefined && c.timeline.stop <= c.at;
      expect(['met', 'breached'].includes(m.state) || !stopped).toBe(true);
      expect(m.state === 'met').toBe(stopped && m.ratio <= 1);
    },
  );

  test.prop([calendar, zonedCase, target])(
    'the clock reaches its target exactly at dueAt, not a millisecond before',
    (cal, c, duration) => {
      const m = measureSla(c.timeline, duration, { at: c.at, calendar: cal });
      // A timeline that runs on without pause after `at` (its open pause ended at `at`).
      const stop = c.timeline.stop;
      const stopped = stop !== undefined && stop <= c.at;
      const resumed: SlaTimeline = stopped
        ? c.timeline
        : {
            start: c.timeline.start,
            pauses: c.timeline.pauses
              .filter((p) => p.from <= c.at)
              .map((p) => (p.to === undefined || p.to > c.at ? { from: p.from, to: c.at } : p)),
          };
      if (m.state === 'met' && m.ratio < 1) {
        // Due as it stood at the stop: running on from the stop, it would reach the target then.
        const end = stop as Date;
        const goOn: SlaTimeline = {
          start: c.timeline.start,
          pauses: c.timeline.pauses.map((p) =>
            p.to === undefined || p.to > end ? { from: p.from, to: end } : p,
          ),
        };
        const due = measureSla(goOn, duration, { at: m.dueAt, calendar: cal });
        expect(due.elapsedMs).toBe(m.budgetMs);
        return;
      }
      const due = measureSla(resumed, duration, { at: m.dueAt, calendar: cal });
      expect(due.elapsedMs).toBe(m.budgetMs);
      expect(due.state === 'breached').toBe(false);
      if (m.dueAt > c.timeline.start) {
        const before = measureSla(resumed, duration, {
          at: new Date(m.dueAt.getTime() - 1),
          calendar: cal,
        });
        expect(before.elapsedMs).toBeLessThan(m.budgetMs);
      }
    },
  );

  test.prop([calendar, zonedCase, target])(
    'the next threshold is reached at its instant if the clock runs on, not before',
    (cal, c, duration) => {
      const m = measureSla(c.timeline, duration, { at: c.at, calendar: cal });
      const next = m.thresholds.next;
      if (next === null || m.state !== 'running') return;
      const at = (t: number) =>
        measureSla(c.timeline, duration, { at: new Date(t), calendar: cal }).thresholds.crossed;
      // Running at `at`: no pause is open and later pauses are unknown; drop them.
      const known: SlaTimeline = {
        start: c.timeline.start,
        pauses: c.timeline.pauses.filter((p) => p.from <= c.at),
      };
      const crossedAt = (t: number) =>
        measureSla(known, duration, { at: new Date(t), calendar: cal }).thresholds.crossed;
      expect(crossedAt(next.at.getTime())).toContain(next.ratio);
      expect(crossedAt(next.at.getTime() - 1)).not.toContain(next.ratio);
      expect(at(c.at.getTime())).not.toContain(next.ratio);
    },
  );

  test.prop([calendar, zonedCase, target])(
    'the explanation tiles the measured stretch and adds up to the figures',
    (cal, c, duration) => {
      const m = measureSla(c.timeline, duration, { at: c.at, calendar: cal, explain: true });
      const e = m.explanation;
      expect(e.counted.reduce((sum, s) => sum + s.ms, 0)).toBe(m.elapsedMs);
      expect(e.paused.reduce((sum, s) => sum + s.ms, 0)).toBe(pausedWorkingTime(cal, c));
      const pieces = [...e.counted, ...e.paused, ...e.closed]
        .filter((s) => s.end > s.start)
        .sort((a, b) => a.start.getTime() - b.start.getTime());
      let cursor = e.start.getTime();
      for (const piece of pieces) {
        expect(piece.start.getTime()).toBe(cursor);
        cursor = piece.end.getTime();
      }
      expect(cursor).toBe(pieces.length === 0 ? e.start.getTime() : e.until.getTime());
      for (const s of e.counted) {
        expect(workingTimeBetween(cal, s.start, s.end)).toBe(s.ms);
      }
      for (const s of e.closed) {
        expect(workingTimeBetween(cal, s.start, s.end)).toBe(0);
      }
    },
  );

  test.prop([calendar, zonedCase, target])(
    "under 'next-opening' the clock starts at an opening and then counts every millisecond",
    (cal, c, duration) => {
      const m = measureSla(c.timeline, duration, {
        at: c.at,
        calendar: cal,
        startRule: 'next-opening',
        explain: true,
      });
      const from = m.explanation.countFrom;
      expect(from >= c.timeline.start).toBe(true);
      expect(workingTimeBetween(cal, c.timeline.start, from)).toBe(0);
      expect(isOpen(cal, from)).toBe(true);
      const counted = Math.max(0, m.explanation.until.getTime() - from.getTime());
      expect(m.elapsedMs + m.explanation.paused.reduce((sum, p) => sum + p.ms, 0)).toBe(counted);
    },
  );
});

// ——— The oracle: a minute stepper on random weekly calendars in UTC ———

type Ranges = readonly (readonly [number, number])[];

const hhmm = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** 0–2 ranges a day on the quarter hour; at least one day open. */
const weeklyRanges: fc.Arbitrary<Ranges[]> = fc
  .array(
    fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 4 }).map((qs) => {
      const sorted = [...qs].sort((a, b) => a - b);
      const ranges: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) {
        ranges.push([(sorted[i] as number) * 15, (sorted[i + 1] as number) * 15]);
      }
      return ranges;
    }),
    { minLength: 7, maxLength: 7 },
  )
  .filter((days) => days.some((ranges) => ranges.length > 0));

function calendarOf(days: readonly Ranges[]): BusinessCalendar {
  const hours: Record<string, [string, string][]> = {};
  days.forEach((ranges, i) => {
    if (ranges.length > 0)
      hours[weekdays[i] as string] = ranges.map(([a, b]) => [hhmm(a), hhmm(b)]);
  });
  return createBusinessCalendar({ timeZone: 'UTC', hours: hours as WeeklyHours });
}

function openAt(days: readonly Ranges[], instant: number): boolean {
  const date = new Date(instant);
  const ranges = days[(date.getUTCDay() + 6) % 7] ?? [];
  const minute = date.getUTCHours() * 60 + date.getUTCMinutes();
  return ranges.some(([a, b]) => a <= minute && minute < b);
}

/** Steps minute by minute: elapsed working minutes and the instant the target is reached. */
function stepper(days: readonly Ranges[], { timeline, at }: Case, targetMinutes: number) {
  const stop = timeline.stop;
  const end = (stop !== undefined && stop <= at ? stop : at).getTime();
  const paused = (t: number) =>
    timeline.pauses.some(
      (p) => p.from.getTime() <= t && (p.to === undefined || t < p.to.getTime()),
    );
  let counted = 0;
  let dueAt: number | undefined;
  for (let t = timeline.start.getTime(); t < end; t += MINUTE) {
    if (openAt(days, t) && !paused(t)) {
      counted += 1;
      if (counted === targetMinutes) dueAt = t + MINUTE;
    }
  }
  let projected = counted;
  for (let t = end; dueAt === undefined; t += MINUTE) {
    if (openAt(days, t)) {
      projected += 1;
      if (projected === targetMinutes) dueAt = t + MINUTE;
    }
  }
  return { elapsedMs: counted * MINUTE, dueAt: new Date(dueAt) };
}

const minuteCase = cases(fc.constant(Date.UTC(2026, 2, 2)), 7 * 24 * 60, MINUTE);

describe('SLA clock against the minute-stepping oracle', () => {
  test.prop([weeklyRanges, minuteCase, fc.integer({ min: 1, max: 900 })], { numRuns: 60 })(
    'elapsed time, due instant and state match the oracle',
    (days, c, minutes) => {
      const m = measureSla(c.timeline, { minutes }, { at: c.at, calendar: calendarOf(days) });
      const oracle = stepper(days, c, minutes);
      expect(m.elapsedMs).toBe(oracle.elapsedMs);
      expect(m.budgetMs).toBe(minutes * MINUTE);
      expect(m.dueAt).toEqual(oracle.dueAt);
    },
  );
});
