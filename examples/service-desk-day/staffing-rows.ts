/**
 * The staffing table and the level-1 budget what-if of a run (issue 11, seed §4.3.2): the
 * queueing models of `service-desk-rules/staffing` fed with what the run itself measured —
 * its arrival rate, its level-1 handle time, its callers' patience — so that the model's
 * prediction for the run's own technician count sits beside what the simulation saw.
 */
import {
  type ErlangAFigures,
  erlangA,
  exponentialBudgetResponse,
  type Level1BudgetRow,
  level1BudgetWhatIf,
} from 'service-desk-rules/staffing';
import type { SimulationResult } from './simulation.js';

const MINUTE = 60_000;
/** The « 80/20 » threshold the tables use (answered within 20 s). */
export const answerWithinMs = 20_000;
/** The mean patience the call generator draws first calls with (exponential, 20 s floor). */
export const configuredPatienceMs = 6 * MINUTE;
/** The level-1 budgets of the what-if, in minutes (the seed's « de l'ordre de 10mn », §4.3.2). */
export const whatIfBudgetsMinutes = [5, 7, 10, 15] as const;

/** The queue as the run measured it, in the terms of the models. */
export interface MeasuredQueue {
  /** Calls offered (first calls and calls again) per open hour of the desk. */
  readonly callsPerHour: number;
  /** Mean time from a call's answer to the technician's next free moment (wrap-up included). */
  readonly handleTimeMs: number;
  /**
   * The callers' mean patience estimated from the run: total waiting time of every caller,
   * answered or not, over the abandons (the exponential estimate with censored waits); the
   * generator's configured mean when nobody hung up.
   */
  readonly patienceMs: number;
  readonly patienceEstimated: boolean;
  readonly agents: number;
  /** As Erlang A defines them: answered within 20 s, and abandons, out of ALL calls offered. */
  readonly serviceLevel: number | null;
  readonly abandonment: number | null;
  /** ASA: mean wait of the answered calls. */
  readonly averageSpeedOfAnswerMs: number | null;
  /** Level-1 time on calls over the technicians' open time (over 1 when calls run past closing). */
  readonly occupancy: number | null;
}

/** The open hours of the run, in ms. */
function openMs(result: SimulationResult): number {
  return result.days.reduce((sum, d) => sum + d.closes.getTime() - d.opens.getTime(), 0);
}

/** What the run measured of its telephone queue. */
export function measuredQueue(result: SimulationResult): MeasuredQueue {
  const q = result.indicators.queue;
  const { waitedMs, abandoned } = result.desk.callCounts;
  const work = result.desk.level1Work;
  const agents = result.options.agents;
  const open = openMs(result);
  return {
    callsPerHour: q.offered / (open / 3_600_000),
    handleTimeMs: work.calls === 0 ? 5 * MINUTE : work.busyMs / work.calls,
    patienceMs: abandoned === 0 ? configuredPatienceMs : waitedMs / abandoned,
    patienceEstimated: abandoned > 0,
    agents,
    serviceLevel: q.offered === 0 ? null : q.serviceLevel.answeredWithin / q.offered,
    abandonment: q.offered === 0 ? null : q.abandoned / q.offered,
    averageSpeedOfAnswerMs: q.speedOfAnswer.meanMs,
    occupancy: open === 0 ? null : work.busyMs / (agents * open),
  };
}

/** One row of the staffing table: a technician count and Erlang A's prediction for it. */
export interface StaffingRow {
  readonly agents: number;
  readonly predicted: ErlangAFigures;
  /** The run's own figures, on the row of its technician count only. */
  readonly measured: MeasuredQueue | null;
}

/**
 * Technicians from the run's count − 2 (at least 1) to + 3 → Erlang A's service level, ASA,
 * abandonment and occupancy for the run's arrival rate, handle time and estimated patience.
 */
export function staffingRows(result: SimulationResult): StaffingRow[] {
  const m = measuredQueue(result);
  if (m.callsPerHour <= 0) return [];
  const rows: StaffingRow[] = [];
  for (let agents = Math.max(1, m.agents - 2); agents <= m.agents + 3; agents++) {
    rows.push({
      agents,
      predicted: erlangA({
        callsPerHour: m.callsPerHour,
        handleTime: { seconds: m.handleTimeMs / 1000 },
        agents,
        patience: { seconds: m.patienceMs / 1000 },
        answerWithin: { seconds: answerWithinMs / 1000 },
      }),
      measured: agents === m.agents ? m : null,
    });
  }
  return rows;
}

/**
 * The level-1 budget what-if for this desk: its arrival rate, technicians and patience, with
 * the seed's exponential response calibrated on the run — at the desk's 10-minute budget,
 * level 1 resolves what the run resolved and a call lasts what the run's calls lasted (the
 * difference with the solving time is the fixed overhead: qualification, wrap-up).
 */
export function budgetRows(result: SimulationResult): Level1BudgetRow[] {
  const m = measuredQueue(result);
  if (m.callsPerHour <= 0) return [];
  const flr = result.indicators.firstLevelResolution.rate;
  const share = flr !== null && flr > 0 && flr < 1 ? flr : 0.8;
  const solving = exponentialBudgetResponse({ firstLevelResolution: share }).handleTimeMs(
    10 * MINUTE,
  );
  return level1BudgetWhatIf({
    callsPerHour: m.callsPerHour,
    agents: m.agents,
    patience: { seconds: m.patienceMs / 1000 },
    budgets: whatIfBudgetsMinutes.map((minutes) => ({ minutes })),
    answerWithin: { seconds: answerWithinMs / 1000 },
    response: exponentialBudgetResponse({
      firstLevelResolution: share,
      overhead: { seconds: Math.max(0, m.handleTimeMs - solving) / 1000 },
    }),
  });
}
