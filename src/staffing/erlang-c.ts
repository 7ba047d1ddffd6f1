import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { erlangB } from './erlang-b.js';
import type { QueueFigures } from './queue-figures.js';
import { type StaffingDuration, staffingDurationMs } from './staffing-duration.js';
import { agentCount, positiveRate, staffingArgument } from './staffing-input.js';

/**
 * What {@link erlangC} takes.
 */
export interface ErlangCInput {
  /** Calls arriving per hour (Poisson arrivals), a finite number > 0. */
  readonly callsPerHour: number;
  /** The mean handle time of a call (talk plus wrap-up, exponentially distributed), > 0. */
  readonly handleTime: StaffingDuration;
  /** The technicians answering, a whole number ≥ 1, more than the offered load. */
  readonly agents: number;
  /** The service-level threshold (20 s in the « 80/20 » rule); zero allowed. */
  readonly answerWithin: StaffingDuration;
}

/**
 * The figures of {@link erlangC}: {@link QueueFigures} for a queue where nobody hangs up.
 */
export interface ErlangCFigures extends QueueFigures {
  /** Which model gave the figures. */
  readonly model: 'erlang-c';
}

const fields = ['callsPerHour', 'handleTime', 'agents', 'answerWithin'] as const;

/**
 * Erlang C (the M/M/c queue): callers arrive at random (Poisson), each holds a technician for
 * an exponential handle time, nobody hangs up. Gives the probability of waiting, the service
 * level within `answerWithin`, the average speed of answer and the occupancy, unrounded.
 *
 * With `A = callsPerHour × handleTime` (erlangs) and `c` agents: `B` from the Erlang B
 * recursion (no factorials), `C = c·B / (c − A·(1 − B))`, service level
 * `1 − C·e^(−(c − A)·t/h)`, ASA `C·h / (c − A)`, occupancy `A / c` (Gans, Koole &
 * Mandelbaum 2003, §4.1). The seed's §4.3.2 argument in numbers: time spent on one call
 * raises `A`, and the wait grows like `1 / (c − A)`.
 *
 * @throws ConfigurationError when an input is malformed, or when the offered load is at or
 *   above the number of agents (the queue then grows without end: add agents or use
 *   {@link erlangA}, where callers hang up).
 * @see seed §4.3.2 « Respecter les contraintes de temps »
 * @example
 * ```ts
 * // the pyworkforce example: 100 calls per 30 min, 3-min handle time, 14 agents, 20-s target
 * const f = erlangC({ callsPerHour: 200, handleTime: { minutes: 3 }, agents: 14, answerWithin: { seconds: 20 } });
 * f.offeredLoad;
 * //=> 10
 * f.probabilityOfWaiting.toFixed(6);
 * //=> '0.174132'
 * f.serviceLevel.toFixed(6);
 * //=> '0.888350'
 * (f.averageSpeedOfAnswerMs / 1000).toFixed(2);
 * //=> '7.84'
 * ```
 */
export function erlangC(input: ErlangCInput): ErlangCFigures {
  // A value that throws when read (a getter, a Proxy trap) is a ConfigurationError too.
  return guardInput('erlangC', () => readErlangC(input), 'ConfigurationError');
}

function readErlangC(input: ErlangCInput): ErlangCFigures {
  const fn = 'erlangC';
  const args = staffingArgument(fn, input, fields);
  const callsPerHour = positiveRate(fn, 'callsPerHour', args.callsPerHour);
  const handleMs = staffingDurationMs(args.handleTime, 'handleTime');
  const agents = agentCount(fn, args.agents);
  const answerWithinMs = staffingDurationMs(args.answerWithin, 'answerWithin', true);
  const load = (callsPerHour * handleMs) / 3_600_000;
  if (!(load < agents)) {
    throw new ConfigurationError(
      `erlangC: the offered load (${describeValue(load)} erlangs: callsPerHour × handleTime) must be below the number of agents (${agents}); the queue would grow without end. Add agents, or use erlangA where callers hang up.`,
      { path: ['agents'], input },
    );
  }
  return erlangCFigures(agents, load, erlangB(agents, load), handleMs, answerWithinMs);
}

/**
 * The Erlang C figures from an Erlang B value already computed (the staffing search steps B
 * from one agent count to the next). Inputs are trusted: `load < agents`.
 *
 * @example
 * ```ts
 * erlangCFigures(2, 1, erlangB(2, 1), 60_000, 0).probabilityOfWaiting.toFixed(12);
 * //=> '0.333333333333'
 * ```
 */
export function erlangCFigures(
  agents: number,
  load: number,
  blocking: number,
  handleMs: number,
  answerWithinMs: number,
): ErlangCFigures {
  const spare = agents - load;
  const waiting = (agents * blocking) / (agents - load * (1 - blocking));
  return {
    model: 'erlang-c',
    agents,
    offeredLoad: load,
    probabilityOfWaiting: waiting,
    serviceLevel: 1 - waiting * Math.exp((-spare * answerWithinMs) / handleMs),
    answerWithinMs,
    averageSpeedOfAnswerMs: (waiting * handleMs) / spare,
    occupancy: load / agents,
  };
}
