import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { type ErlangAFigures, erlangAFigures } from './erlang-a.js';
import { erlangB } from './erlang-b.js';
import { type ErlangCFigures, erlangCFigures } from './erlang-c.js';
import { type StaffingDuration, staffingDurationMs } from './staffing-duration.js';
import { maxAgents, positiveRate, staffingArgument } from './staffing-input.js';

/**
 * A service-level target: at least `serviceLevel` (a fraction, e.g. 0.8) of all arriving
 * callers answered within `answerWithin` (e.g. 20 s: the « 80/20 » rule).
 */
export interface ServiceLevelTarget {
  /** The share to reach, in (0, 1). */
  readonly serviceLevel: number;
  /** The threshold. */
  readonly answerWithin: StaffingDuration;
}

/**
 * An average-speed-of-answer target: the answered callers wait `averageSpeedOfAnswer` or
 * less on average. `answerWithin` only sets the threshold of the service level reported
 * beside (20 s when left out).
 */
export interface SpeedOfAnswerTarget {
  /** The longest acceptable ASA, > 0. */
  readonly averageSpeedOfAnswer: StaffingDuration;
  /** The threshold of the reported service level (20 s when left out). */
  readonly answerWithin?: StaffingDuration;
}

/**
 * An abandonment target: at most `abandonment` (a fraction, e.g. 0.05) of the callers hang up
 * (« raccrochés », seed §4.3.2). Needs the callers' patience (Erlang A).
 */
export interface AbandonmentTarget {
  /** The largest acceptable share of callers hanging up, in (0, 1). */
  readonly abandonment: number;
  /** The threshold of the reported service level (20 s when left out). */
  readonly answerWithin?: StaffingDuration;
}

/**
 * What {@link agentsNeeded} aims at: a service level, an ASA, or (with a patience) an
 * abandonment.
 *
 * @example
 * ```ts
 * const target: StaffingTarget = { abandonment: 0.05 };
 * 'abandonment' in target;
 * //=> true
 * ```
 */
export type StaffingTarget = ServiceLevelTarget | SpeedOfAnswerTarget | AbandonmentTarget;

/**
 * What {@link agentsNeeded} takes: the traffic, and either no patience (Erlang C: nobody
 * hangs up; the target is a service level or an ASA) or the callers' mean patience
 * (Erlang A; any target).
 */
export type AgentsNeededInput =
  | {
      readonly callsPerHour: number;
      readonly handleTime: StaffingDuration;
      readonly patience?: undefined;
      readonly target: ServiceLevelTarget | SpeedOfAnswerTarget;
    }
  | {
      readonly callsPerHour: number;
      readonly handleTime: StaffingDuration;
      readonly patience: StaffingDuration;
      readonly target: StaffingTarget;
    };

/**
 * The answer of {@link agentsNeeded}: the smallest number of technicians meeting the target
 * and the figures that number gives.
 */
export interface Staffing<F extends ErlangCFigures | ErlangAFigures> {
  /** The smallest number of technicians meeting the target. */
  readonly agents: number;
  /** What that many technicians give. */
  readonly figures: F;
}

const inputFields = ['callsPerHour', 'handleTime', 'patience', 'target'] as const;

type Check = (figures: ErlangCFigures | ErlangAFigures) => boolean;

function fraction(value: unknown, name: string): number {
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw new ConfigurationError(
      `agentsNeeded: target.${name} must be a fraction strictly between 0 and 1 (0.8 for 80 %), got ${describeValue(value)}.`,
      { path: ['target', name], input: value },
    );
  }
  return value;
}

function readTarget(
  value: unknown,
  withPatience: boolean,
): { check: Check; answerWithinMs: number } {
  const keys = ['serviceLevel', 'averageSpeedOfAnswer', 'abandonment'];
  const target = staffingArgument(
    'agentsNeeded: target',
    value,
    [...keys, 'answerWithin'],
    ['target'],
  );
  const given = keys.filter((k) => target[k] !== undefined);
  if (given.length !== 1) {
    throw new ConfigurationError(
      `agentsNeeded: target must name exactly one of serviceLevel (with answerWithin), averageSpeedOfAnswer or abandonment, got ${given.length === 0 ? 'none' : given.join(' and ')}.`,
      { path: ['target'], input: value },
    );
  }
  if (target.serviceLevel !== undefined) {
    const level = fraction(target.serviceLevel, 'serviceLevel');
    const answerWithinMs = staffingDurationMs(target.answerWithin, 'target.answerWithin', true);
    return { check: (f) => f.serviceLevel >= level, answerWithinMs };
  }
  const answerWithinMs =
    target.answerWithin === undefined
      ? 20_000
      : staffingDurationMs(target.answerWithin, 'target.answerWithin', true);
  if (target.averageSpeedOfAnswer !== undefined) {
    const asaMs = staffingDurationMs(target.averageSpeedOfAnswer, 'target.averageSpeedOfAnswer');
    return { check: (f) => f.averageSpeedOfAnswerMs <= asaMs, answerWithinMs };
  }
  if (!withPatience) {
    throw new ConfigurationError(
      'agentsNeeded: an abandonment target needs the callers’ patience (without it nobody hangs up: Erlang C).',
      { path: ['patience'], input: undefined },
    );
  }
  const level = fraction(target.abandonment, 'abandonment');
  return { check: (f) => (f as ErlangAFigures).abandonment <= level, answerWithinMs };
}

/**
 * The smallest number of technicians that meets a target, and the figures it gives: Erlang C
 * without a patience, Erlang A with one. The seed's §4.3.2 made a staffing decision: « la file
 * d'attente s'allonge et vos utilisateurs […] vont raccrocher ».
 *
 * More technicians never give a worse service level, ASA or abandonment (a tested property),
 * so the search is exact: Erlang C steps up from the first count above the load, carrying
 * the Erlang B recursion one agent at a time (linear in the answer); Erlang A doubles then
 * bisects.
 *
 * @throws ConfigurationError when an input is malformed, a fraction is not strictly between
 *   0 and 1, an abandonment target comes without a patience, or the target needs more than
 *   1,000,000 technicians.
 * @see seed §4.3.2 « Respecter les contraintes de temps »
 * @example
 * ```ts
 * // the pyworkforce example: 100 calls per 30 min, 3-min handle time, 80 % within 20 s
 * const s = agentsNeeded({ callsPerHour: 200, handleTime: { minutes: 3 }, target: { serviceLevel: 0.8, answerWithin: { seconds: 20 } } });
 * s.agents;
 * //=> 14
 * s.figures.serviceLevel.toFixed(4);
 * //=> '0.8884'
 * agentsNeeded({ callsPerHour: 200, handleTime: { minutes: 3 }, patience: { minutes: 2 }, target: { abandonment: 0.05 } }).agents;
 * //=> 13
 * ```
 */
export function agentsNeeded(
  input: AgentsNeededInput & { readonly patience?: undefined },
): Staffing<ErlangCFigures>;
export function agentsNeeded(
  input: AgentsNeededInput & { readonly patience: StaffingDuration },
): Staffing<ErlangAFigures>;
export function agentsNeeded(input: AgentsNeededInput): Staffing<ErlangCFigures | ErlangAFigures>;
export function agentsNeeded(input: AgentsNeededInput): Staffing<ErlangCFigures | ErlangAFigures> {
  // A value that throws when read (a getter, a Proxy trap) is a ConfigurationError too.
  return guardInput('agentsNeeded', () => readAgentsNeeded(input), 'ConfigurationError');
}

function readAgentsNeeded(input: AgentsNeededInput): Staffing<ErlangCFigures | ErlangAFigures> {
  const args = staffingArgument('agentsNeeded', input, inputFields);
  const callsPerHour = positiveRate('agentsNeeded', 'callsPerHour', args.callsPerHour);
  const handleMs = staffingDurationMs(args.handleTime, 'handleTime');
  const patienceMs =
    args.patience === undefined ? undefined : staffingDurationMs(args.patience, 'patience');
  const { check, answerWithinMs } = readTarget(args.target, patienceMs !== undefined);
  const load = (callsPerHour * handleMs) / 3_600_000;
  const unreachable = () =>
    new ConfigurationError(
      `agentsNeeded: the target is not reached with ${maxAgents} technicians for ${describeValue(load)} erlangs.`,
      { path: ['target'], input: args.target },
    );
  if (patienceMs === undefined) {
    let agents = Math.floor(load) + 1;
    if (agents > maxAgents) throw unreachable();
    let blocking = erlangB(agents, load);
    for (;;) {
      const figures = erlangCFigures(agents, load, blocking, handleMs, answerWithinMs);
      if (check(figures)) return { agents, figures };
      agents++;
      if (agents > maxAgents) throw unreachable();
      blocking = (load * blocking) / (agents + load * blocking);
    }
  }
  const at = (agents: number) =>
    erlangAFigures(
      agents,
      load,
      erlangB(agents, load),
      handleMs,
      patienceMs,
      answerWithinMs,
      args.patience,
    );
  let low = 0;
  let high = 1;
  let best = at(1);
  while (!check(best)) {
    low = high;
    if (high === maxAgents) throw unreachable();
    high = Math.min(2 * high, maxAgents);
    best = at(high);
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const figures = at(middle);
    if (check(figures)) {
      high = middle;
      best = figures;
    } else {
      low = middle;
    }
  }
  return { agents: high, figures: best };
}
