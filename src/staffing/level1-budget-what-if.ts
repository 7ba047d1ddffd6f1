import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { type ErlangAFigures, erlangAFigures } from './erlang-a.js';
import { erlangB } from './erlang-b.js';
import { exponentialBudgetResponse, type Level1BudgetResponse } from './level1-budget-response.js';
import { type StaffingDuration, staffingDurationMs } from './staffing-duration.js';
import { agentCount, positiveRate, staffingArgument } from './staffing-input.js';

/**
 * What {@link level1BudgetWhatIf} takes.
 */
export interface Level1BudgetWhatIfInput {
  /** Calls arriving per hour at level 1, a finite number > 0. */
  readonly callsPerHour: number;
  /** The level-1 technicians answering. */
  readonly agents: number;
  /** The callers' mean patience before hanging up (« raccrochés »). */
  readonly patience: StaffingDuration;
  /**
   * The budgets to compare; 5 to 15 minutes by the minute when left out (the range of the
   * `handling` module's default budget adjustment, `minMs` to `maxMs`).
   */
  readonly budgets?: readonly StaffingDuration[];
  /** How handle time and first-level resolution follow the budget; the seed's by default. */
  readonly response?: Level1BudgetResponse;
  /** The threshold of the service level; 20 s by default. */
  readonly answerWithin?: StaffingDuration;
}

/**
 * One row of {@link level1BudgetWhatIf}: what a level-1 budget gives this desk.
 *
 * @example
 * ```ts
 * const [row] = level1BudgetWhatIf({ callsPerHour: 60, agents: 6, patience: { minutes: 2 }, budgets: [{ minutes: 10 }] });
 * row?.budgetMs;
 * //=> 600000
 * ```
 */
export interface Level1BudgetRow {
  /** The level-1 time budget, in milliseconds. */
  readonly budgetMs: number;
  /** The mean level-1 handle time it gives (from the response policy), in milliseconds. */
  readonly handleTimeMs: number;
  /** The share of answered calls level 1 resolves (from the response policy). */
  readonly firstLevelResolution: number;
  /** The queue's figures (Erlang A): wait, service level, abandonment, occupancy. */
  readonly queue: ErlangAFigures;
  /** Calls resolved at level 1 per hour: answered × first-level resolution. */
  readonly resolvedAtLevel1PerHour: number;
  /** Calls handed to level 2 per hour: answered × (1 − first-level resolution). */
  readonly level2CallsPerHour: number;
}

const fields = ['callsPerHour', 'agents', 'patience', 'budgets', 'response', 'answerWithin'];

const defaultBudgets: readonly StaffingDuration[] = Array.from({ length: 11 }, (_, i) => ({
  minutes: 5 + i,
}));

/**
 * The level-1 time budget as a what-if (seed §4.3.2): for each budget, the predicted wait,
 * abandonment, first-level resolution and level-2 load of this desk at this hour, so that
 * « about 10 minutes, longer when the queue is short, shorter at peak » becomes a number.
 *
 * The model, plainly: the budget sets how long a technician may work on a call before
 * escalating it; the response policy (by default {@link exponentialBudgetResponse}: 80 %
 * resolved within 10 minutes) turns it into a mean handle time and a first-level resolution
 * rate. The handle time and the arrival rate give the queue by Erlang A (callers hang up
 * after an exponential patience). Answered calls that level 1 does not resolve go to level 2.
 * A longer budget resolves more at level 1 but makes every call longer, so callers wait
 * longer and more hang up; the table shows where the balance lies. Not modelled: callers who
 * hang up and call back (they would add to the arrivals, as §4.3.2 warns), and the level-2
 * queue itself.
 *
 * @throws ConfigurationError when an input is malformed, or when the response policy gives a
 *   handle time that is not a finite number > 0 or a resolution outside [0, 1] (the budget
 *   is named).
 * @see seed §1.1, §4.3.2, §4.3.3
 * @example
 * ```ts
 * const rows = level1BudgetWhatIf({ callsPerHour: 60, agents: 6, patience: { minutes: 2 }, budgets: [{ minutes: 7 }, { minutes: 10 }] });
 * rows.map((r) => r.firstLevelResolution.toFixed(3));
 * //=> ['0.676', '0.800']
 * rows.map((r) => r.queue.abandonment.toFixed(4));
 * //=> ['0.0763', '0.1269']
 * rows.map((r) => r.level2CallsPerHour.toFixed(1));
 * //=> ['18.0', '10.5']
 * ```
 */
export function level1BudgetWhatIf(input: Level1BudgetWhatIfInput): Level1BudgetRow[] {
  // A value that throws when read (a getter, a Proxy trap) is a ConfigurationError too.
  return guardInput(
    'level1BudgetWhatIf',
    () => readLevel1BudgetWhatIf(input),
    'ConfigurationError',
  );
}

function readLevel1BudgetWhatIf(input: Level1BudgetWhatIfInput): Level1BudgetRow[] {
  const fn = 'level1BudgetWhatIf';
  const args = staffingArgument(fn, input, fields);
  const callsPerHour = positiveRate(fn, 'callsPerHour', args.callsPerHour);
  const agents = agentCount(fn, args.agents);
  const patienceMs = staffingDurationMs(args.patience, 'patience');
  const answerWithinMs =
    args.answerWithin === undefined
      ? 20_000
      : staffingDurationMs(args.answerWithin, 'answerWithin', true);
  const budgets = args.budgets ?? defaultBudgets;
  if (!Array.isArray(budgets)) {
    throw new ConfigurationError(
      `${fn}: budgets must be an array of durations, got ${describeValue(budgets)}.`,
      { path: ['budgets'], input: budgets },
    );
  }
  const response = (args.response ?? exponentialBudgetResponse()) as Level1BudgetResponse;
  if (
    typeof response !== 'object' ||
    response === null ||
    typeof response.handleTimeMs !== 'function' ||
    typeof response.firstLevelResolution !== 'function'
  ) {
    throw new ConfigurationError(
      `${fn}: response must have handleTimeMs(budgetMs) and firstLevelResolution(budgetMs) functions, got ${describeValue(response)}.`,
      { path: ['response'], input: response },
    );
  }
  const budgetsMs = budgets.map((b: unknown, i: number) => staffingDurationMs(b, `budgets.${i}`));
  const rows: Level1BudgetRow[] = [];
  for (const budgetMs of budgetsMs) {
    const handleTimeMs = response.handleTimeMs(budgetMs);
    const flr = response.firstLevelResolution(budgetMs);
    if (typeof handleTimeMs !== 'number' || !Number.isFinite(handleTimeMs) || handleTimeMs <= 0) {
      throw new ConfigurationError(
        `${fn}: response.handleTimeMs(${budgetMs}) must be a finite number of ms > 0, got ${describeValue(handleTimeMs)}.`,
        { path: ['response', 'handleTimeMs'], input: handleTimeMs },
      );
    }
    if (typeof flr !== 'number' || !(flr >= 0 && flr <= 1)) {
      throw new ConfigurationError(
        `${fn}: response.firstLevelResolution(${budgetMs}) must be a fraction in [0, 1], got ${describeValue(flr)}.`,
        { path: ['response', 'firstLevelResolution'], input: flr },
      );
    }
    const load = (callsPerHour * handleTimeMs) / 3_600_000;
    const queue = erlangAFigures(
      agents,
      load,
      erlangB(agents, load),
      handleTimeMs,
      patienceMs,
      answerWithinMs,
      args.patience,
    );
    const answeredPerHour = callsPerHour * (1 - queue.abandonment);
    rows.push({
      budgetMs,
      handleTimeMs,
      firstLevelResolution: flr,
      queue,
      resolvedAtLevel1PerHour: answeredPerHour * flr,
      level2CallsPerHour: answeredPerHour * (1 - flr),
    });
  }
  return rows;
}
