/**
 * Working-time arithmetic on a Paris business calendar (Monday–Friday 09:00–12:00 and
 * 13:30–18:00, French public holidays): `addWorkingTime` of 1 hour, 5 and 250 opening days,
 * and `workingTimeBetween` over a year, against, in the same run, the minute-stepping oracle
 * of the tests and the npm packages users pick today (`moment-business-time`,
 * `dayjs-business-time`, `opening_hours`). Each peer runs in a child process with
 * `TZ=Europe/Paris` (they compute in the process time zone) and a time limit (one of them
 * can loop forever over a DST change). Issue 3 targets: 250 days ≥ 1,000× the best peer and
 * within 4× of 1 hour; 1 hour ≥ 100× the best peer.
 *
 * Run alone with `npm run bench -- working-time` (about 30 s); `--full` also steps the oracle
 * over 250 days and a year (about 15 s a call).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import {
  addWorkingTime,
  type BusinessCalendarSpec,
  createBusinessCalendar,
  type WorkingDuration,
  workingTimeBetween,
} from '../src/sla/index.js';
import { MinuteStepper } from '../test/sla/minute-stepper.js';
import { type BenchRow, consume, formatOps, formatRatio, measure } from './harness.js';

const ZONE = 'Europe/Paris';
const DAY = 86_400_000;
const office = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
] as const;
const publicHolidays = [2026, 2027].flatMap((year) =>
  new Holidays('FR')
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10)),
);
const spec: BusinessCalendarSpec = {
  timeZone: ZONE,
  hours: { monday: office, tuesday: office, wednesday: office, thursday: office, friday: office },
  holidays: publicHolidays,
};

/** 16 starts spread over 2026 at various local times, some in closed time, some over DST. */
const starts: readonly Date[] = Array.from({ length: 16 }, (_, k) => {
  const [hour, minute] = [
    [10, 0],
    [17, 30],
    [11, 45],
    [8, 0],
  ][k % 4] as [number, number];
  return new Date(new TZDate(2026, 0, 5 + k * 22, hour, minute, ZONE).getTime());
});

/** The cases, in the order of the table. */
const cases = [
  { key: 'add-1h', label: 'addWorkingTime 1 hour', duration: { hours: 1 } },
  { key: 'add-5d', label: 'addWorkingTime 5 days', duration: { days: 5 } },
  { key: 'add-250d', label: 'addWorkingTime 250 days', duration: { days: 250 } },
  { key: 'between-year', label: 'workingTimeBetween over a year', duration: undefined },
] as const satisfies readonly {
  key: string;
  label: string;
  duration: WorkingDuration | undefined;
}[];
type CaseKey = (typeof cases)[number]['key'];

const peers = ['moment-business-time', 'dayjs-business-time', 'opening_hours'] as const;
type Peer = (typeof peers)[number];
/** What a peer answers for each start (epoch ms), for the case it measured. */
type PeerAnswer = { opsPerSecond: number; answers: number[] };

// ---------------------------------------------------------------------------------------------
// Peers, run in a child process (TZ=Europe/Paris) by `--peer <name> <case>`.
// ---------------------------------------------------------------------------------------------

interface MomentLike {
  valueOf(): number;
  addWorkingTime(amount: number, unit: string): MomentLike;
  workingDiff(other: MomentLike, unit: string, precise: boolean): number;
}
interface MomentStatic {
  (date: Date): MomentLike;
  updateLocale(name: string, spec: object): void;
}
interface DayjsLike {
  valueOf(): number;
  addBusinessTime(amount: number, unit: string): DayjsLike;
  addBusinessDays(amount: number): DayjsLike;
  businessTimeDiff(other: DayjsLike, unit: string): number;
}
interface DayjsStatic {
  (date: Date): DayjsLike;
  extend(plugin: unknown): void;
  setBusinessTime(times: object): void;
  setHolidays(days: string[]): void;
}
interface OpeningHoursLike {
  getOpenDuration(from: Date, to: Date): [number, number];
  getOpenIntervals(from: Date, to: Date): [Date, Date, boolean, string | undefined][];
}

/** Builds the peer's version of the Paris calendar and its four operations. */
function peerOperations(peer: Peer): Record<CaseKey, (start: Date) => number> {
  const require = createRequire(import.meta.url);
  if (peer === 'moment-business-time') {
    const moment = require('moment') as MomentStatic;
    require('moment-business-time');
    const day = ['09:00:00', '12:00:00', '13:30:00', '18:00:00'];
    moment.updateLocale('en', {
      workinghours: { 0: null, 1: day, 2: day, 3: day, 4: day, 5: day, 6: null },
      holidays: publicHolidays,
    });
    return {
      'add-1h': (start) => moment(start).addWorkingTime(1, 'hours').valueOf(),
      'add-5d': (start) => moment(start).addWorkingTime(5, 'days').valueOf(),
      'add-250d': (start) => moment(start).addWorkingTime(250, 'days').valueOf(),
      'between-year': (start) =>
        moment(new Date(start.getTime() + 365 * DAY)).workingDiff(
          moment(start),
          'milliseconds',
          true,
        ),
    };
  }
  if (peer === 'dayjs-business-time') {
    const dayjs = require('dayjs') as DayjsStatic;
    dayjs.extend(require('dayjs-business-time'));
    const day = [
      { start: '09:00:00', end: '12:00:00' },
      { start: '13:30:00', end: '18:00:00' },
    ];
    dayjs.setBusinessTime({
      sunday: null,
      monday: day,
      tuesday: day,
      wednesday: day,
      thursday: day,
      friday: day,
      saturday: null,
    });
    dayjs.setHolidays(publicHolidays);
    return {
      'add-1h': (start) => dayjs(start).addBusinessTime(1, 'hours').valueOf(),
      'add-5d': (start) => dayjs(start).addBusinessDays(5).valueOf(),
      'add-250d': (start) => dayjs(start).addBusinessDays(250).valueOf(),
      'between-year': (start) =>
        dayjs(start).businessTimeDiff(dayjs(new Date(start.getTime() + 365 * DAY)), 'minutes') *
        60_000,
    };
  }
  const OpeningHours =
    (require('opening_hours') as { default?: unknown }).default ?? require('opening_hours');
  const oh = new (OpeningHours as new (value: string, nominatim: object) => OpeningHoursLike)(
    'Mo-Fr 09:00-12:00,13:30-18:00; PH off',
    { lat: 48.8566, lon: 2.3522, address: { country_code: 'fr', state: 'Île-de-France' } },
  );
  /** Walks the open intervals until `ms` of open time have elapsed. */
  const addMs = (start: Date, ms: number) => {
    let left = ms;
    for (const [from, to] of oh.getOpenIntervals(start, new Date(start.getTime() + 14 * DAY))) {
      const length = to.getTime() - from.getTime();
      if (length >= left) return from.getTime() + left;
      left -= length;
    }
    return Number.NaN;
  };
  /** Walks the open intervals to the n-th next opening day, same local time of day. */
  const addDays = (start: Date, days: number) => {
    const intervals = oh.getOpenIntervals(
      start,
      new Date(start.getTime() + (days * 1.6 + 30) * DAY),
    );
    const first = intervals[0];
    if (first === undefined) return Number.NaN;
    const begin = first[0].getTime() > start.getTime() ? first[0] : start;
    const timeOfDay = begin.getHours() * 60 + begin.getMinutes();
    let day = begin.toDateString();
    let count = 0;
    let closing = Number.NaN;
    for (const [from, to] of intervals) {
      if (from.toDateString() !== day) {
        if (count === days) return closing;
        day = from.toDateString();
        count++;
      }
      if (count === days) {
        const wanted = new Date(from);
        wanted.setHours(Math.floor(timeOfDay / 60), timeOfDay % 60, 0, 0);
        if (to.getTime() > wanted.getTime()) return Math.max(from.getTime(), wanted.getTime());
        closing = to.getTime();
      }
    }
    return closing;
  };
  return {
    'add-1h': (start) => addMs(start, 3_600_000),
    'add-5d': (start) => addDays(start, 5),
    'add-250d': (start) => addDays(start, 250),
    'between-year': (start) => oh.getOpenDuration(start, new Date(start.getTime() + 365 * DAY))[0],
  };
}

/**
 * The child side of {@link measurePeer}: measures one peer on every case and prints one JSON
 * line per case. `bench/index.ts` calls it when started with `--peer <name>`.
 */
export function runPeerChild(peer: string): void {
  if (!(peers as readonly string[]).includes(peer)) {
    throw new TypeError(
      `--peer: unknown peer ${JSON.stringify(peer)}; one of ${peers.join(', ')}.`,
    );
  }
  const operations = peerOperations(peer as Peer);
  for (const { key } of cases) {
    const operation = operations[key];
    const answers = starts.map((start) => operation(start));
    let k = 0;
    const opsPerSecond = measure(() => operation(starts[k++ & 15] as Date), {
      rounds: 3,
      minRoundMs: 150,
    });
    process.stdout.write(`${JSON.stringify({ key, opsPerSecond, answers })}\n`);
  }
}

/**
 * Runs one peer on every case in a child process with a time limit; a case that did not
 * finish in time is missing from the answer.
 */
function measurePeer(peer: Peer, timeoutMs: number): Map<CaseKey, PeerAnswer> {
  const child = spawnSync(
    process.execPath,
    // The same entry point and loader flags as this process (the bundle of `npm run bench`,
    // or tsx), told to run one peer only.
    [...process.execArgv, process.argv[1] ?? '', '--peer', peer],
    {
      env: { ...process.env, TZ: ZONE },
      timeout: timeoutMs,
      encoding: 'utf8',
      killSignal: 'SIGKILL',
    },
  );
  const answers = new Map<CaseKey, PeerAnswer>();
  for (const line of (child.stdout ?? '').split('\n')) {
    if (!line.startsWith('{')) continue;
    const { key, ...answer } = JSON.parse(line) as PeerAnswer & { key: CaseKey };
    answers.set(key, answer);
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// The parent: ours, the minute stepper, the peers; rows and ratios.
// ---------------------------------------------------------------------------------------------

/** Ops/s of a slow function: at least one call, then as many as fit in `budgetMs`. */
function measureSlow(fn: () => unknown, budgetMs: number): number {
  const start = performance.now();
  let ops = 0;
  do {
    consume(fn());
    ops++;
  } while (performance.now() - start < budgetMs);
  return (ops / (performance.now() - start)) * 1000;
}

/**
 * Measures the four cases for ours, the minute stepper and each peer; returns the rows
 * (ops/s) and a summary with the ratios and the targets.
 */
export function runWorkingTimeBench(
  options: { peerTimeoutMs?: number; stepperBudgetMs?: number; full?: boolean } = {},
): { rows: BenchRow[]; summary: string[] } {
  const peerTimeoutMs = options.peerTimeoutMs ?? 30_000;
  const stepperBudgetMs = options.stepperBudgetMs ?? 1_000;
  const peerAnswers = new Map(peers.map((peer) => [peer, measurePeer(peer, peerTimeoutMs)]));
  const calendar = createBusinessCalendar(spec);
  const ours = (key: CaseKey) => {
    const found = cases.find((c) => c.key === key);
    const duration = found?.duration;
    return duration === undefined
      ? (start: Date) => workingTimeBetween(calendar, start, new Date(start.getTime() + 365 * DAY))
      : (start: Date) => addWorkingTime(calendar, start, duration).getTime();
  };
  const stepper = (key: CaseKey) => (start: Date) => {
    const oracle = new MinuteStepper(spec, start.getTime(), 400 * 24 * 60);
    const t = start.getTime();
    if (key === 'add-1h') return oracle.add(t, 60);
    if (key === 'add-5d') return oracle.addDays(t, 5);
    if (key === 'add-250d') return oracle.addDays(t, 250);
    return oracle.between(t, t + 365 * DAY);
  };

  const rows: BenchRow[] = [];
  const summary: string[] = [];
  const oursOps = new Map<CaseKey, number>();
  const bestPeer = new Map<CaseKey, { peer: Peer; ops: number }>();
  for (const { key, label } of cases) {
    const operation = ours(key);
    const answers = starts.map((start) => operation(start));
    let k = 0;
    const ops = measure(() => operation(starts[k++ & 15] as Date));
    oursOps.set(key, ops);
    rows.push({ group: label, name: 'service-desk-rules', opsPerSecond: ops });

    if (options.full === true || key === 'add-1h' || key === 'add-5d') {
      const slow = stepper(key);
      const stepperOps = measureSlow(() => slow(starts[k++ & 15] as Date), stepperBudgetMs);
      rows.push({
        group: label,
        name: 'minute stepper (oracle baseline)',
        opsPerSecond: stepperOps,
      });
    } else {
      rows.push({
        group: label,
        name: 'minute stepper (skipped: ~15 s a call; --full)',
        opsPerSecond: 0,
      });
    }

    for (const peer of peers) {
      const result = peerAnswers.get(peer)?.get(key);
      if (result === undefined) {
        rows.push({ group: label, name: `${peer} (timed out)`, opsPerSecond: 0 });
        continue;
      }
      const same = result.answers.filter((answer, index) => answer === answers[index]).length;
      rows.push({
        group: label,
        name: `${peer} (same answer on ${same}/${starts.length} starts)`,
        opsPerSecond: result.opsPerSecond,
      });
      const best = bestPeer.get(key);
      if (best === undefined || result.opsPerSecond > best.ops) {
        bestPeer.set(key, { peer, ops: result.opsPerSecond });
      }
    }
  }

  for (const { key, label } of cases) {
    const ops = oursOps.get(key) ?? 0;
    const best = bestPeer.get(key);
    summary.push(
      best === undefined
        ? `${label}: ${formatOps(ops)}; no peer finished`
        : `${label}: ${formatOps(ops)} = ${formatRatio(ops / best.ops)} the best peer (${best.peer}, ${formatOps(best.ops)})`,
    );
  }
  const oneHour = oursOps.get('add-1h') ?? 0;
  const manyDays = oursOps.get('add-250d') ?? 0;
  const dayRatio = oneHour / manyDays;
  const peerRatio = (key: CaseKey) =>
    (oursOps.get(key) ?? 0) / (bestPeer.get(key)?.ops ?? Number.NaN);
  summary.push(
    `targets: 250 days ≥ 1,000× best peer ${peerRatio('add-250d') >= 1000 ? '✓' : '✗'} · 1 hour ≥ 100× best peer ${
      peerRatio('add-1h') >= 100 ? '✓' : '✗'
    } · cost(250 days) / cost(1 hour) = ${formatRatio(dayRatio)} (≤ 4×) ${dayRatio <= 4 ? '✓' : '✗'}`,
  );
  return { rows, summary };
}
