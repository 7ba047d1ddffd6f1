/**
 * Runs the desk: generates the calls of each day, starts its people, lets simulated time run
 * to the end of the last day, and computes the service indicators from the event store.
 */
import type { CallQueueEvent } from 'service-desk-rules/metrics';
import {
  type AtRiskTicket,
  createIndicatorAccumulator,
  type ServiceIndicators,
} from 'service-desk-rules/metrics';
import type { ProblemState } from 'service-desk-rules/problem';
import { problemDecider } from 'service-desk-rules/problem';
import { loadState, readAllEvents, streamId } from 'service-desk-rules/storage';
import type { TicketEvent } from 'service-desk-rules/ticket';
import { generateCalls } from './call-generation.js';
import { Desk } from './desk.js';
import { callBackWork, callerProcess, fieldWork, level1Agent, level2Work } from './desk-agents.js';
import {
  type DeskDay,
  deskDays,
  deskPolicy,
  type SimulationOptions,
  staffFor,
} from './desk-setup.js';
import { createRandom } from './prng.js';
import { hourlyReviews, startProblemManagement } from './problem-management.js';

/** One point of the day's curves, at the end of each hour. */
export interface HourPoint {
  readonly at: Date;
  readonly answered: number;
  readonly abandoned: number;
  /** Open tickets at that instant. */
  readonly backlog: number;
}

/** Everything a run produced. */
export interface SimulationResult {
  readonly options: SimulationOptions;
  readonly days: readonly DeskDay[];
  readonly end: Date;
  readonly desk: Desk;
  /** The indicators of the whole run, from the store (`serviceIndicatorsFromStore`). */
  readonly indicators: ServiceIndicators;
  readonly problems: readonly { readonly id: string; readonly state: ProblemState }[];
  readonly hours: readonly HourPoint[];
  /** The open tickets with a clock still running or paused at `end`, the most urgent first (`acc.atRisk`). */
  readonly atRisk: readonly AtRiskTicket[];
}

/** Where a run stands at the end of a simulated day (for a progress line on stderr). */
export interface DayProgress {
  /** The day just simulated, from 1. */
  readonly day: number;
  readonly days: number;
  /** When that day's desk closed. */
  readonly closes: Date;
  /** Calls the queue has seen so far: answered and abandoned. */
  readonly calls: number;
  /** Tickets opened so far, and of those still open. */
  readonly tickets: number;
  readonly open: number;
}

/** What a caller of {@link runSimulation} may follow while it runs, and how it runs. */
export interface RunHooks {
  /** Called at the end of each simulated day. */
  readonly onDayEnd?: (progress: DayProgress) => void;
  /**
   * The hourly problem review looks at every unlinked ticket of the run instead of those of
   * its recurrence window: slower, the same problems (the tests hold the two equal).
   */
  readonly reviewEveryTicket?: boolean;
}

/** The indicator options the desk uses: its own pinned policy. */
export const indicatorOptions = { policies: [deskPolicy] } as const;

/** Runs the simulation for `options`. */
export async function runSimulation(
  options: SimulationOptions,
  hooks: RunHooks = {},
): Promise<SimulationResult> {
  const random = createRandom(options.seed);
  const days = deskDays(options.days);
  const first = days[0] as DeskDay;
  const last = days[days.length - 1] as DeskDay;
  const staff = staffFor(options.agents);
  const desk = new Desk(staff, random, first.opens);

  for (const day of days) {
    const calls = generateCalls(random, day, options.rate, () => desk.nextCallId());
    for (const call of calls) desk.clock.spawn(() => callerProcess(desk, call, day.closes));
  }
  for (const agent of staff.level1) desk.clock.spawn(() => level1Agent(desk, agent));
  desk.callBack.start(desk.clock, (technician, job) => callBackWork(desk, technician, job));
  desk.level2.start(desk.clock, (specialist, job) => level2Work(desk, specialist, job));
  desk.field.start(desk.clock, (technician, job) => fieldWork(desk, technician, job));
  const problems = startProblemManagement(desk, hourlyReviews(days), {
    everyTicket: hooks.reviewEveryTicket === true,
  });

  const end = last.closes;
  for (const [k, day] of days.entries()) {
    await desk.clock.runUntil(day.closes);
    hooks.onDayEnd?.({
      day: k + 1,
      days: days.length,
      closes: day.closes,
      calls: desk.callCounts.answered + desk.callCounts.abandoned,
      tickets: desk.tickets.length,
      open: desk.tickets.filter((t) => t.state.status !== 'closed').length,
    });
  }

  // One pass over the store gives the hourly points and the run's indicators (the same fold
  // as `serviceIndicatorsFromStore`, which the tests check it against).
  const { hours, indicators, atRisk } = await hourly(desk, days, end);
  // Each problem as its stream tells it now (incidents were linked to it after it was recorded).
  const finalProblems = [];
  for (const p of problems) {
    const { state } = await loadState(
      problemDecider,
      desk.problemStore,
      streamId(`problem-${p.id}`),
    );
    finalProblems.push({ id: p.id, state });
  }
  return {
    options,
    days,
    end,
    desk,
    indicators,
    problems: finalProblems,
    hours,
    atRisk,
  };
}

/**
 * Calls and backlog at the end of each open hour, the indicators and the at-risk list at `end`: the store
 * replayed once through the accumulator.
 */
async function hourly(
  desk: Desk,
  days: readonly DeskDay[],
  end: Date,
): Promise<{
  hours: HourPoint[];
  indicators: ServiceIndicators;
  atRisk: readonly AtRiskTicket[];
}> {
  const marks = hourlyReviews(days);
  const acc = createIndicatorAccumulator(indicatorOptions);
  const points: HourPoint[] = [];
  let k = 0;
  let answered = 0;
  let abandoned = 0;
  const flush = (upTo: number) => {
    while (k < marks.length && (marks[k] as Date).getTime() <= upTo) {
      const at = marks[k] as Date;
      const snap = acc.snapshot(at);
      points.push({
        at,
        answered: snap.calls.answered - answered,
        abandoned: snap.calls.abandoned - abandoned,
        backlog: snap.tickets.open,
      });
      answered = snap.calls.answered;
      abandoned = snap.calls.abandoned;
      k++;
    }
  };
  for await (const stored of readAllEvents(desk.store)) {
    flush(stored.event.at.getTime() - 1);
    acc.add(stored as { streamId: string; event: TicketEvent | CallQueueEvent });
  }
  flush(Number.POSITIVE_INFINITY);
  return { hours: points, indicators: acc.snapshot(end), atRisk: acc.atRisk(end) };
}
