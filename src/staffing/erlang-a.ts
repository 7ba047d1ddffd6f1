import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import { erlangB } from './erlang-b.js';
import { lnLowerGammaRegularized, lnPowerOverGamma } from './incomplete-gamma.js';
import type { QueueFigures } from './queue-figures.js';
import { type StaffingDuration, staffingDurationMs } from './staffing-duration.js';
import { agentCount, positiveRate, staffingArgument } from './staffing-input.js';

/**
 * What {@link erlangA} takes: {@link ErlangCInput}'s fields and the callers' patience.
 */
export interface ErlangAInput {
  /** Calls arriving per hour (Poisson arrivals), a finite number > 0. */
  readonly callsPerHour: number;
  /** The mean handle time of a call (exponentially distributed), > 0. */
  readonly handleTime: StaffingDuration;
  /** The technicians answering, a whole number ≥ 1 (fewer than the load is allowed). */
  readonly agents: number;
  /**
   * The callers' mean patience: how long a caller waits on average before hanging up
   * (exponentially distributed: the seed's « raccrochés »), > 0.
   */
  readonly patience: StaffingDuration;
  /** The service-level threshold (20 s in the « 80/20 » rule); zero allowed. */
  readonly answerWithin: StaffingDuration;
}

/**
 * The figures of {@link erlangA}: {@link QueueFigures} plus the abandonment.
 */
export interface ErlangAFigures extends QueueFigures {
  /** Which model gave the figures. */
  readonly model: 'erlang-a';
  /** The share of arriving callers who hang up before being answered (« raccrochés »). */
  readonly abandonment: number;
  /**
   * The mean time in queue of ALL callers, those who hang up included (until they hang
   * up), in milliseconds: `abandonment × patience` (Little's law).
   */
  readonly averageWaitMs: number;
}

const fields = ['callsPerHour', 'handleTime', 'agents', 'patience', 'answerWithin'] as const;

/** The longest queue the state sum walks before refusing (see {@link erlangA}). */
const maxQueueTerms = 50_000_000;

/**
 * Erlang A (the M/M/c+M queue, « Palm's » queue): Erlang C where each waiting caller hangs up
 * after an exponential patience of mean `patience` (the seed's « raccrochés », §4.3.2). Any
 * number of agents is allowed, even fewer than the offered load: callers who hang up keep
 * the queue finite. Gives the probability of waiting, the service level, the average speed
 * of answer (ASA, answered callers), the occupancy, the abandonment and the mean wait of all
 * callers, unrounded.
 *
 * Service level here is the share of ALL arrivals answered within `answerWithin`: callers
 * who hang up, early or late, count as not answered in time (the definition Mandelbaum &
 * Zeltyn call the most common; `serviceLevel ≤ 1 − abandonment`).
 *
 * Method (Mandelbaum & Zeltyn 2007; Gans, Koole & Mandelbaum 2003 §4.2): with `A` the load,
 * `c` agents, `γ = handleTime / patience`, the queue's state weights are
 * `wₖ = Π_{i≤k} A / (c + iγ)`, summed in one pass (rescaled, no overflow) to
 * M&Z's `A(c/γ, A/γ) = Σ wₖ`, the abandonment and the ASA; the probability of waiting is
 * `B·Σw / (1 + (Σw − 1)·B)` with Erlang B's `B`; a busy arrival's offered wait has density
 * `∝ e^(−cs/h) · exp((A/γ)(1 − e^(−γs/h)))`, whose integral is a ratio of regularized
 * incomplete gamma functions (computed in log space) and gives the service level.
 *
 * @throws ConfigurationError when an input is malformed, or when the queue would hold more
 *   than 50 million callers (a patience millions of times the handle time at a load above
 *   the agents: no desk; use a finite patience).
 * @see seed §4.3.2 « Respecter les contraintes de temps »
 * @example
 * ```ts
 * const f = erlangA({ callsPerHour: 200, handleTime: { minutes: 3 }, agents: 10, patience: { minutes: 2 }, answerWithin: { seconds: 20 } });
 * f.abandonment.toFixed(4);
 * //=> '0.1375'
 * f.serviceLevel.toFixed(4);
 * //=> '0.6399'
 * (f.averageSpeedOfAnswerMs / 1000).toFixed(1);
 * //=> '14.6'
 * ```
 */
export function erlangA(input: ErlangAInput): ErlangAFigures {
  // A value that throws when read (a getter, a Proxy trap) is a ConfigurationError too.
  return guardInput('erlangA', () => readErlangA(input), 'ConfigurationError');
}

function readErlangA(input: ErlangAInput): ErlangAFigures {
  const fn = 'erlangA';
  const args = staffingArgument(fn, input, fields);
  const callsPerHour = positiveRate(fn, 'callsPerHour', args.callsPerHour);
  const handleMs = staffingDurationMs(args.handleTime, 'handleTime');
  const agents = agentCount(fn, args.agents);
  const patienceMs = staffingDurationMs(args.patience, 'patience');
  const answerWithinMs = staffingDurationMs(args.answerWithin, 'answerWithin', true);
  const load = (callsPerHour * handleMs) / 3_600_000;
  return erlangAFigures(
    agents,
    load,
    erlangB(agents, load),
    handleMs,
    patienceMs,
    answerWithinMs,
    args.patience,
  );
}

/**
 * The Erlang A figures from an Erlang B value already computed (the staffing search reuses
 * it). Inputs are trusted (checked by {@link erlangA}); `patience` is the caller's own value,
 * as given (a {@link StaffingDuration}), carried by the refusal as its `input` (the
 * milliseconds when omitted).
 *
 * @throws ConfigurationError when the queue would be too long to sum (see {@link erlangA}).
 * @example
 * ```ts
 * // one agent, patience = handle time: abandonment e⁻¹
 * erlangAFigures(1, 1, erlangB(1, 1), 60_000, 60_000, 0).abandonment.toFixed(12);
 * //=> '0.367879441171'
 * ```
 */
export function erlangAFigures(
  agents: number,
  load: number,
  blocking: number,
  handleMs: number,
  patienceMs: number,
  answerWithinMs: number,
  patience: unknown = patienceMs,
): ErlangAFigures {
  const c = agents;
  const gamma = handleMs / patienceMs;
  const tau = answerWithinMs / handleMs;
  const mode = (load - c) / gamma;
  if (mode > maxQueueTerms) {
    throw new ConfigurationError(
      `erlangA: with a patience ${describeValue(patienceMs / handleMs)} times the handle time and a load of ${describeValue(load)} erlangs on ${c} agents, the queue would hold about ${describeValue(Math.round(mode))} callers; no desk works so: give a finite patience of a few minutes.`,
      { path: ['patience'], input: patience },
    );
  }
  // One pass over the queue lengths k = 0, 1, …: wₖ, Σwₖ, Σk·wₖ and the answered callers'
  // discounted waits, rescaled by 2^−600 whenever the weights would overflow.
  let weight = 1;
  let sum = 1;
  let sumK = 0;
  let harmonic = 1 / (c + gamma);
  let answeredWait = (c / (c + gamma)) * harmonic;
  let lnScale = 0;
  for (let k = 1; k < 2 * maxQueueTerms; k++) {
    const ratio = load / (c + k * gamma);
    weight *= ratio;
    harmonic += 1 / (c + (k + 1) * gamma);
    sum += weight;
    sumK += k * weight;
    answeredWait += weight * (c / (c + (k + 1) * gamma)) * harmonic;
    if (weight > 1e250) {
      weight *= 2 ** -600;
      sum *= 2 ** -600;
      sumK *= 2 ** -600;
      answeredWait *= 2 ** -600;
      lnScale += 600 * Math.LN2;
    }
    if (ratio < 1) {
      const spare = 1 - ratio;
      if (weight * (k + 2) <= 1e-17 * sum * spare * spare) break;
    }
  }
  const lnSum = Math.log(sum) + lnScale;
  // Probability of waiting: B·S / (1 + (S − 1)·B) = 1 / (1 + (1 − B)/(B·S)).
  const notBlocked = blocking === 0 ? Number.POSITIVE_INFINITY : (1 - blocking) / blocking;
  const inverseSum = Math.exp(-lnSum);
  const odds = inverseSum === 0 ? 0 : notBlocked * inverseSum;
  const waiting = 1 / (1 + odds);
  const notWaiting = odds === Number.POSITIVE_INFINITY ? 1 : odds / (1 + odds);
  // Given all agents busy: abandonment γ·Σk·w / (A·Σw), mean wait h·Σk·w / (A·Σw).
  const abandonBusy = (gamma * sumK) / (load * sum);
  const abandonment = Math.min(1, waiting * abandonBusy);
  // Answered within the threshold, given all busy:
  // (c/A)·(P(c/γ + 1, A/γ) − P(c/γ + 1, A·y/γ)) / P(c/γ, A/γ), y = e^(−γτ).
  const inTimeBusy = answeredInTimeGivenBusy(c, load, gamma, tau, lnSum);
  const answered = 1 - abandonment;
  return {
    model: 'erlang-a',
    agents,
    offeredLoad: load,
    probabilityOfWaiting: waiting,
    // Answered in time ≤ answered: the identity holds exactly; the sum may exceed it by ~1e-12
    // on overloaded desks with a long patience (incomplete gammas of parameter ~10⁴).
    serviceLevel: Math.min(answered, notWaiting + waiting * inTimeBusy),
    answerWithinMs,
    averageSpeedOfAnswerMs:
      answered > 0 ? (waiting * handleMs * (answeredWait / sum)) / answered : 0,
    occupancy: Math.min(1, (load * answered) / c),
    abandonment,
    averageWaitMs: waiting * handleMs * (sumK / (load * sum)),
  };
}

/**
 * P(offered wait ≤ τ·h and answered | all busy) = `(a/x)·(P(a+1, x) − P(a+1, x·y)) / P(a, x)`
 * with `a = c/γ`, `x = A/γ`, `y = e^(−γτ)`, `P` the regularized lower incomplete gamma. The
 * prefactor ratios are written out so that they keep their precision when γ is small, and
 * the difference is taken between like terms (it is 0 exactly at τ = 0).
 */
function answeredInTimeGivenBusy(
  c: number,
  load: number,
  gamma: number,
  tau: number,
  lnSum: number,
): number {
  const y = Math.exp(-gamma * tau);
  if (load < c + gamma) {
    // Series regime: P(a,x) = pref(a,x)·S(a,x) with S = Σw; pref(a+1, x·y)/pref(a, x) is
    // (x/(a+1))·y^(a+1)·e^(x(1−y)).
    const lnRatio = -(c + gamma) * tau + (load / gamma) * -Math.expm1(-gamma * tau);
    const all = shiftedSeries(c, load, gamma);
    const late = Math.exp(lnRatio) * shiftedSeries(c, load * y, gamma);
    return Math.max(0, (c / (c + gamma)) * Math.exp(-lnSum) * (all - late));
  }
  const a = c / gamma;
  const x = load / gamma;
  const lnWhole = lnPowerOverGamma(a, x, (load - c) / c) + lnSum;
  const lnAll = lnLowerGammaRegularized(a + 1, x, (load - c - gamma) / (c + gamma));
  const lnLate = lnLowerGammaRegularized(a + 1, x * y, (load * y - c - gamma) / (c + gamma));
  return Math.max(0, (c / load) * (Math.exp(lnAll - lnWhole) - Math.exp(lnLate - lnWhole)));
}

/** `Σₙ Πᵢ₌₁ⁿ u / (c + (i + 1)γ)`, i.e. M&Z's `A(c/γ + 1, u/γ)`, for u < c + 2γ. */
function shiftedSeries(c: number, u: number, gamma: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 4 * maxQueueTerms; n++) {
    term *= u / (c + (n + 1) * gamma);
    sum += term;
    if (term <= 1e-17 * sum) break;
  }
  return sum;
}
