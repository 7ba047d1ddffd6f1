import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { TimeShortageNotice } from './handoff.js';

const MINUTE = 60_000;

/**
 * A level-1 time budget policy: how long level 1 has to understand a problem and to solve it,
 * and how that time adapts to the queue (seed §2.3, §2.5.1, §4.3.2). Every duration is in
 * whole milliseconds. Build one with {@link defineLevel1TimeBudgetPolicy}, which checks it.
 *
 * @see seed §2.3, §2.5.1, §4.3.2
 * @example
 * ```ts
 * const policy: Level1TimeBudgetPolicy = defaultLevel1TimeBudgetPolicy;
 * policy.interventionMs;
 * //=> 600000
 * ```
 */
export interface Level1TimeBudgetPolicy {
  /** The time to identify the problem, « 3 à 5 minutes environ » in the seed (§2.3). */
  readonly identifyProblemMs: { readonly min: number; readonly max: number };
  /** The nominal time of a level-1 intervention, « de l'ordre de 10 mn » (§2.5.1, §4.3.2). */
  readonly interventionMs: number;
  /** How the intervention time follows the queue (§4.3.2). */
  readonly adjustment: Level1BudgetAdjustment;
  /**
   * The fraction of the budget from which level 1 « approche du temps limite » (§4.3.3):
   * an overrun noticed past this point is a `'near-limit'` one, before it a `'foreseen'` one.
   */
  readonly nearLimitRatio: number;
}

/**
 * How the level-1 intervention time grows when the queue is short and shrinks at peak
 * (seed §4.3.2). The queue's load is the number of calls waiting per level-1 agent on duty:
 *
 * - no call waiting: the budget is `maxMs`;
 * - `normalLoad` calls waiting per agent: the nominal `interventionMs`;
 * - `peakLoad` or more per agent: `minMs`;
 * - in between, linear. The budget never leaves `[minMs, maxMs]` and never grows with the
 *   load. Set `minMs = maxMs = interventionMs` for a fixed budget.
 *
 * @see seed §4.3.2 « Respecter les contraintes de temps »
 * @example
 * ```ts
 * defaultLevel1TimeBudgetPolicy.adjustment;
 * //=> { minMs: 300000, maxMs: 900000, normalLoad: 1, peakLoad: 3 }
 * ```
 */
export interface Level1BudgetAdjustment {
  /** The shortest budget, at peak. */
  readonly minMs: number;
  /** The longest budget, with an empty queue. */
  readonly maxMs: number;
  /** Calls waiting per agent at which the nominal budget applies (> 0). */
  readonly normalLoad: number;
  /** Calls waiting per agent from which the budget is at its shortest (> `normalLoad`). */
  readonly peakLoad: number;
}

/**
 * What {@link defineLevel1TimeBudgetPolicy} takes: any part of a {@link Level1TimeBudgetPolicy};
 * what is left out keeps the seed's value.
 *
 * @example
 * ```ts
 * const spec: Level1TimeBudgetPolicySpec = { interventionMs: 8 * 60_000 };
 * defineLevel1TimeBudgetPolicy(spec).interventionMs;
 * //=> 480000
 * ```
 */
export interface Level1TimeBudgetPolicySpec {
  readonly identifyProblemMs?: { readonly min: number; readonly max: number };
  readonly interventionMs?: number;
  readonly adjustment?: Partial<Level1BudgetAdjustment>;
  readonly nearLimitRatio?: number;
}

function positive(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(
      `Level-1 time budget: ${path.join('.')} must be a finite number > 0 (calls waiting per agent), got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  return value;
}

function positiveMs(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new ConfigurationError(
      `Level-1 time budget: ${path.join('.')} must be a whole number of milliseconds > 0, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  return value;
}

function ordered(
  lower: number,
  upper: number,
  lowerPath: string,
  upperPath: string,
  path: readonly (string | number)[],
  input: unknown,
  strict = false,
): void {
  if (strict ? lower >= upper : lower > upper) {
    throw new ConfigurationError(
      `Level-1 time budget: ${lowerPath} (${lower}) must be ${strict ? 'less than' : 'at most'} ${upperPath} (${upper}).`,
      { path, input },
    );
  }
}

/**
 * Defines a level-1 time budget policy from the seed's defaults and the given overrides,
 * checked and frozen. Refused with a {@link ConfigurationError} naming the field when a
 * duration is not a whole positive number of milliseconds or a load not a finite positive
 * number, when the order
 * `identifyProblemMs.min ≤ identifyProblemMs.max ≤ adjustment.minMs ≤ interventionMs ≤
 * adjustment.maxMs` is broken (there must always be time to understand the problem), when
 * `normalLoad ≥ peakLoad`, or when `nearLimitRatio` is not strictly between 0 and 1.
 *
 * @see seed §2.3, §2.5.1, §4.3.2
 * @throws ConfigurationError when the policy is inconsistent.
 * @example
 * ```ts
 * const busyDesk = defineLevel1TimeBudgetPolicy({
 *   interventionMs: 8 * 60_000,
 *   adjustment: { maxMs: 12 * 60_000 },
 * });
 * busyDesk.adjustment;
 * //=> { minMs: 300000, maxMs: 720000, normalLoad: 1, peakLoad: 3 }
 * ```
 */
export function defineLevel1TimeBudgetPolicy(
  spec: Level1TimeBudgetPolicySpec = {},
): Level1TimeBudgetPolicy {
  return guardInput(
    'defineLevel1TimeBudgetPolicy',
    () => {
      if (typeof spec !== 'object' || spec === null) {
        throw new ConfigurationError(
          'Level-1 time budget: expected an object { identifyProblemMs?, interventionMs?, adjustment?, nearLimitRatio? }.',
          { input: spec },
        );
      }
      const identify = spec.identifyProblemMs ?? { min: 3 * MINUTE, max: 5 * MINUTE };
      if (typeof identify !== 'object' || identify === null) {
        throw new ConfigurationError(
          `Level-1 time budget: identifyProblemMs must be { min, max } in milliseconds, got ${describeValue(identify)}.`,
          { path: ['identifyProblemMs'], input: identify },
        );
      }
      const rawAdjustment: unknown = spec.adjustment ?? {};
      if (typeof rawAdjustment !== 'object' || rawAdjustment === null) {
        throw new ConfigurationError(
          `Level-1 time budget: adjustment must be { minMs?, maxMs?, normalLoad?, peakLoad? }, got ${describeValue(rawAdjustment)}.`,
          { path: ['adjustment'], input: rawAdjustment },
        );
      }
      const adj = rawAdjustment as Partial<Level1BudgetAdjustment>;
      const identifyMin = positiveMs(identify.min, ['identifyProblemMs', 'min']);
      const identifyMax = positiveMs(identify.max, ['identifyProblemMs', 'max']);
      const interventionMs = positiveMs(spec.interventionMs ?? 10 * MINUTE, ['interventionMs']);
      const minMs = positiveMs(adj.minMs ?? 5 * MINUTE, ['adjustment', 'minMs']);
      const maxMs = positiveMs(adj.maxMs ?? 15 * MINUTE, ['adjustment', 'maxMs']);
      const normalLoad = positive(adj.normalLoad ?? 1, ['adjustment', 'normalLoad']);
      const peakLoad = positive(adj.peakLoad ?? 3, ['adjustment', 'peakLoad']);
      const nearLimitRatio = spec.nearLimitRatio ?? 0.8;
      if (
        typeof nearLimitRatio !== 'number' ||
        !Number.isFinite(nearLimitRatio) ||
        nearLimitRatio <= 0 ||
        nearLimitRatio >= 1
      ) {
        throw new ConfigurationError(
          `Level-1 time budget: nearLimitRatio must be a fraction strictly between 0 and 1 (0.8 is 80 % of the budget), got ${describeValue(nearLimitRatio)}.`,
          { path: ['nearLimitRatio'], input: nearLimitRatio },
        );
      }
      ordered(
        identifyMin,
        identifyMax,
        'identifyProblemMs.min',
        'identifyProblemMs.max',
        ['identifyProblemMs'],
        identify,
      );
      ordered(
        identifyMax,
        minMs,
        'identifyProblemMs.max',
        'adjustment.minMs',
        ['adjustment', 'minMs'],
        minMs,
      );
      ordered(
        minMs,
        interventionMs,
        'adjustment.minMs',
        'interventionMs',
        ['interventionMs'],
        spec,
      );
      ordered(
        interventionMs,
        maxMs,
        'interventionMs',
        'adjustment.maxMs',
        ['adjustment', 'maxMs'],
        spec,
      );
      ordered(
        normalLoad,
        peakLoad,
        'adjustment.normalLoad',
        'adjustment.peakLoad',
        ['adjustment', 'peakLoad'],
        adj,
        true,
      );
      return Object.freeze({
        identifyProblemMs: Object.freeze({ min: identifyMin, max: identifyMax }),
        interventionMs,
        adjustment: Object.freeze({ minMs, maxMs, normalLoad, peakLoad }),
        nearLimitRatio,
      });
    },
    'ConfigurationError',
  );
}

/**
 * The seed's level-1 time budget: 3 to 5 minutes to identify the problem (§2.3), about
 * 10 minutes for an intervention (§2.5.1, §4.3.2), growing to 15 minutes when nobody waits
 * and shrinking to 5 minutes from 3 calls waiting per agent, near the limit from 80 %.
 * The 5/15 bounds, the loads and the 80 % are this library's reading of « allongée » and
 * « réduite »; the seed gives no figure.
 *
 * @see seed §2.3, §2.5.1, §4.3.2
 * @example
 * ```ts
 * defaultLevel1TimeBudgetPolicy.identifyProblemMs;
 * //=> { min: 180000, max: 300000 }
 * ```
 */
export const defaultLevel1TimeBudgetPolicy: Level1TimeBudgetPolicy =
  /* @__PURE__ */ defineLevel1TimeBudgetPolicy();

/**
 * The level-1 queue at a given moment: how many calls wait and how many level-1 agents are on
 * duty (taking a call or free). Both are whole numbers; at least one agent is on duty (the
 * one asking).
 *
 * @see seed §4.3.2
 * @example
 * ```ts
 * const rush: QueueSnapshot = { callsWaiting: 12, agentsOnDuty: 4 };
 * level1TimeBudget(rush).interventionMs;
 * //=> 300000
 * ```
 */
export interface QueueSnapshot {
  /** Calls waiting to be answered by level 1. */
  readonly callsWaiting: number;
  /** Level-1 agents on duty, at least 1. */
  readonly agentsOnDuty: number;
}

/**
 * The time level 1 has for the call at hand, from {@link level1TimeBudget}. Milliseconds.
 */
export interface Level1TimeBudget {
  /** The time to identify the problem (§2.3). */
  readonly identifyProblemMs: { readonly min: number; readonly max: number };
  /** The time level 1 may spend on the intervention before handing it to a specialist. */
  readonly interventionMs: number;
  /** From this time spent, level 1 is near the limit (§4.3.3). */
  readonly nearLimitMs: number;
}

function assertQueue(queue: unknown): asserts queue is QueueSnapshot {
  const q = (typeof queue === 'object' && queue !== null ? queue : {}) as Record<string, unknown>;
  const waiting = q.callsWaiting;
  const agents = q.agentsOnDuty;
  if (
    typeof waiting !== 'number' ||
    !Number.isSafeInteger(waiting) ||
    waiting < 0 ||
    typeof agents !== 'number' ||
    !Number.isSafeInteger(agents) ||
    agents < 1
  ) {
    throw inputError(
      `Invalid queue snapshot ${describeValue(queue)}: expected { callsWaiting, agentsOnDuty } with callsWaiting a whole number ≥ 0 and agentsOnDuty a whole number ≥ 1.`,
    );
  }
}

function adjustedInterventionMs(queue: QueueSnapshot, policy: Level1TimeBudgetPolicy): number {
  const { minMs, maxMs, normalLoad, peakLoad } = policy.adjustment;
  const base = policy.interventionMs;
  const load = queue.callsWaiting / queue.agentsOnDuty;
  let ms: number;
  if (load >= peakLoad) ms = minMs;
  else if (load > normalLoad)
    ms = base + ((minMs - base) * (load - normalLoad)) / (peakLoad - normalLoad);
  else ms = maxMs + ((base - maxMs) * load) / normalLoad;
  // A convex combination of whole bounds, rounded, stays within them.
  return Math.round(ms);
}

/**
 * The level-1 time budget for a call: the seed's nominal 10 minutes without a queue snapshot;
 * with one, longer when the queue is short and shorter at peak (seed §4.3.2), always within
 * the policy's bounds and never longer for a busier queue. Pure: the queue is a parameter.
 * A policy not built by {@link defineLevel1TimeBudgetPolicy} is checked as it would be there.
 *
 * @see seed §2.3, §2.5.1, §4.3.2
 * @throws TypeError when the queue snapshot is malformed (plain JavaScript).
 * @throws ConfigurationError when the policy is inconsistent.
 * @example
 * ```ts
 * level1TimeBudget().interventionMs;
 * //=> 600000
 * level1TimeBudget({ callsWaiting: 0, agentsOnDuty: 3 }).interventionMs;
 * //=> 900000
 * level1TimeBudget({ callsWaiting: 3, agentsOnDuty: 3 }).interventionMs;
 * //=> 600000
 * level1TimeBudget({ callsWaiting: 6, agentsOnDuty: 3 }).interventionMs;
 * //=> 450000
 * ```
 */
export function level1TimeBudget(
  queue?: QueueSnapshot,
  policy: Level1TimeBudgetPolicy = defaultLevel1TimeBudgetPolicy,
): Level1TimeBudget {
  return guardInput('level1TimeBudget', () => {
    const checked =
      policy === defaultLevel1TimeBudgetPolicy ? policy : defineLevel1TimeBudgetPolicy(policy);
    let interventionMs = checked.interventionMs;
    if (queue !== undefined) {
      assertQueue(queue);
      interventionMs = adjustedInterventionMs(queue, checked);
    }
    return {
      identifyProblemMs: checked.identifyProblemMs,
      interventionMs,
      nearLimitMs: Math.round(interventionMs * checked.nearLimitRatio),
    };
  });
}

/**
 * Where level 1 stands on a call: the time spent on it so far and, when the technician can
 * tell, an estimate of the time still needed to solve it. Milliseconds; compute `spentMs`
 * from instants you pass in (`now - takenAt`), never from the system clock.
 *
 * @example
 * ```ts
 * const progress: Level1Progress = { spentMs: 4 * 60_000, estimatedRemainingMs: 20 * 60_000 };
 * adviseHandOff(progress).action;
 * //=> 'hand-off'
 * ```
 */
export interface Level1Progress {
  /** Time spent on the call so far. */
  readonly spentMs: number;
  /** The technician's estimate of the time still needed, if any. */
  readonly estimatedRemainingMs?: number;
  /** Whether the problem is identified yet (§2.3); used only to warn. */
  readonly problemIdentified?: boolean;
}

/**
 * The reasons of {@link adviseHandOff}, each with a stable code:
 *
 * - `within-budget`: carry on;
 * - `identification-overdue`: carry on, but the problem is still not identified after the
 *   3 to 5 minutes of §2.3;
 * - `approaching-limit`: carry on, near the limit; give an estimate of what is left;
 * - `overrun-foreseen`: hand off now, the estimate shows early that the call will not fit;
 * - `near-limit-far-from-solution`: hand off now, near the limit and the estimate runs over;
 * - `budget-exhausted`: hand off now, the time is up and the call is not solved.
 *
 * @see seed §2.3, §4.3.3
 * @example
 * ```ts
 * level1AdviceReasons.length;
 * //=> 6
 * ```
 */
export const level1AdviceReasons = [
  'within-budget',
  'identification-overdue',
  'approaching-limit',
  'overrun-foreseen',
  'near-limit-far-from-solution',
  'budget-exhausted',
] as const;

/**
 * One of {@link level1AdviceReasons}.
 */
export type Level1AdviceReason = (typeof level1AdviceReasons)[number];

/**
 * What {@link adviseHandOff} says: carry on (with the time left), or hand off now, with the
 * `HandoffSituation` to pass to `classifyHandoff` (a lack of time: an escalation).
 *
 * @see seed §4.3.3 « Le technicien manque de temps »
 * @example
 * ```ts
 * const advice: Level1Advice = adviseHandOff({ spentMs: 60_000 });
 * advice;
 * //=> { action: 'continue', reason: 'within-budget', remainingMs: 540000 }
 * ```
 */
export type Level1Advice =
  | {
      readonly action: 'continue';
      readonly reason: 'within-budget' | 'identification-overdue' | 'approaching-limit';
      /** Time left in the budget. */
      readonly remainingMs: number;
    }
  | {
      readonly action: 'hand-off';
      readonly reason: 'overrun-foreseen' | 'near-limit-far-from-solution' | 'budget-exhausted';
      /** The situation to classify: not enough time, noticed early or near the limit. */
      readonly situation: {
        readonly cause: 'not-enough-time';
        readonly noticed: TimeShortageNotice;
      };
    };

/**
 * The French and English text of every reason of {@link adviseHandOff}.
 *
 * @see seed §2.3, §4.3.3
 * @example
 * ```ts
 * level1AdviceMessages['overrun-foreseen'].fr;
 * //=> 'Le problème ne pourra pas être résolu dans le temps imparti : passez la main au niveau 2 dès maintenant.'
 * ```
 */
export const level1AdviceMessages: { readonly [R in Level1AdviceReason]: LocalizedText } = {
  'within-budget': {
    fr: 'Dans le temps imparti : poursuivez.',
    en: 'Within the time allowed: carry on.',
  },
  'identification-overdue': {
    fr: 'Le problème n’est toujours pas identifié après le temps prévu (3 à 5 minutes) : reformulez et faites une synthèse.',
    en: 'The problem is still not identified after the time set for it (3 to 5 minutes): rephrase and summarise.',
  },
  'approaching-limit': {
    fr: 'Vous approchez du temps limite : estimez ce qui reste à faire.',
    en: 'You are nearing the time limit: estimate what is left to do.',
  },
  'overrun-foreseen': {
    fr: 'Le problème ne pourra pas être résolu dans le temps imparti : passez la main au niveau 2 dès maintenant.',
    en: 'The problem cannot be solved in the time allowed: hand it to level 2 now.',
  },
  'near-limit-far-from-solution': {
    fr: 'Vous approchez du temps limite et êtes loin de la solution : passez la main au niveau 2.',
    en: 'You are nearing the time limit and far from the solution: hand it to level 2.',
  },
  'budget-exhausted': {
    fr: 'Le temps imparti est écoulé sans solution : passez la main au niveau 2.',
    en: 'The time allowed is up without a solution: hand it to level 2.',
  },
};

function nonNegative(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw inputError(
      `Invalid ${name} ${describeValue(value)}: expected a finite number of milliseconds ≥ 0.`,
    );
  }
  return value;
}

/**
 * Says whether level 1 should hand a call off now because of time (seed §4.3.3), and why.
 * « Il est préférable de s'apercevoir rapidement qu'on ne pourra traiter un problème »: as
 * soon as the time spent plus the estimate of what is left exceeds the budget, hand off —
 * `'foreseen'` before the near-limit point, `'near-limit'` after it. With no estimate, hand
 * off when the budget is spent. Once the advice is to hand off, more time spent never turns
 * it back into « continue ».
 *
 * @see seed §2.3, §2.5.1, §4.3.2, §4.3.3
 * @throws TypeError when a time is negative or not a finite number, or the budget is malformed.
 * @example
 * ```ts
 * adviseHandOff({ spentMs: 2 * 60_000, estimatedRemainingMs: 15 * 60_000 });
 * //=> { action: 'hand-off', reason: 'overrun-foreseen', situation: { cause: 'not-enough-time', noticed: 'foreseen' } }
 * adviseHandOff({ spentMs: 9 * 60_000, estimatedRemainingMs: 5 * 60_000 });
 * //=> { action: 'hand-off', reason: 'near-limit-far-from-solution', situation: { cause: 'not-enough-time', noticed: 'near-limit' } }
 * adviseHandOff({ spentMs: 9 * 60_000, estimatedRemainingMs: 30_000 });
 * //=> { action: 'continue', reason: 'approaching-limit', remainingMs: 60000 }
 * ```
 */
export function adviseHandOff(
  progress: Level1Progress,
  budget: Level1TimeBudget = level1TimeBudget(),
): Level1Advice {
  return guardInput('adviseHandOff', () => {
    if (typeof progress !== 'object' || progress === null) {
      throw inputError(
        `Invalid progress ${describeValue(progress)}: expected { spentMs, estimatedRemainingMs?, problemIdentified? }.`,
      );
    }
    const spent = nonNegative(progress.spentMs, 'spentMs');
    const estimate =
      progress.estimatedRemainingMs === undefined
        ? undefined
        : nonNegative(progress.estimatedRemainingMs, 'estimatedRemainingMs');
    const limit = budget?.interventionMs;
    const nearLimitMs = budget?.nearLimitMs;
    if (
      typeof limit !== 'number' ||
      !Number.isFinite(limit) ||
      limit <= 0 ||
      typeof nearLimitMs !== 'number' ||
      !(nearLimitMs >= 0 && nearLimitMs <= limit)
    ) {
      throw inputError(
        `Invalid level-1 budget ${describeValue(budget)}: expected { interventionMs > 0, nearLimitMs between 0 and interventionMs, identifyProblemMs }, as level1TimeBudget() returns.`,
      );
    }
    if (spent >= limit) {
      return {
        action: 'hand-off',
        reason: 'budget-exhausted',
        situation: { cause: 'not-enough-time', noticed: 'near-limit' },
      };
    }
    const nearLimit = spent >= nearLimitMs;
    if (estimate !== undefined && spent + estimate > limit) {
      return nearLimit
        ? {
            action: 'hand-off',
            reason: 'near-limit-far-from-solution',
            situation: { cause: 'not-enough-time', noticed: 'near-limit' },
          }
        : {
            action: 'hand-off',
            reason: 'overrun-foreseen',
            situation: { cause: 'not-enough-time', noticed: 'foreseen' },
          };
    }
    const remainingMs = limit - spent;
    if (nearLimit) return { action: 'continue', reason: 'approaching-limit', remainingMs };
    if (progress.problemIdentified === false && spent > budget.identifyProblemMs.max) {
      return { action: 'continue', reason: 'identification-overdue', remainingMs };
    }
    return { action: 'continue', reason: 'within-budget', remainingMs };
  });
}
