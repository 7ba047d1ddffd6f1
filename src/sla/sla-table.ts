import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import {
  type Priority,
  type PriorityLevel,
  priorities as seedPriorities,
} from '../qualification/levels.js';
import { assertWorkingDuration, nominalMs, type WorkingDuration } from './working-duration.js';

/**
 * One measured target of seed §2.5.2.4: a duration to meet (`within`) and the share of
 * calls that must meet it (`successRate`, a fraction in (0, 1]; the seed's 99 % is `0.99`).
 *
 * @see seed §2.5.2.4 « Taux de réussite »
 * @example
 * ```ts
 * const detection: SlaTarget = { within: { minutes: 1 }, successRate: 0.99 };
 * detection.successRate;
 * //=> 0.99
 * ```
 */
export interface SlaTarget {
  readonly within: WorkingDuration;
  readonly successRate: number;
}

/**
 * The indicators of one priority (seed §2.5.2.4, « Indicateurs de traitement des
 * priorités »): detection time and resolution time, each with its success rate, and the
 * maximum delay that no call may exceed.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * slaTargetsFor(1).resolution.within;
 * //=> { minutes: 10 }
 * ```
 */
export interface SlaTargets {
  /** « Temps de détection »: from the call to its being taken in charge. */
  readonly detection: SlaTarget;
  /** « Temps de résolution »: from the call to its definitive solution. */
  readonly resolution: SlaTarget;
  /** « Délais maximum »: the delay no call of this priority may exceed. */
  readonly maxDelay: WorkingDuration;
}

/**
 * The SLA indicator table: targets for every priority of a scale, ordered from the most to
 * the least urgent. Build one with {@link defineSlaTable}; {@link defaultSlaTable} is the
 * seed's.
 *
 * @example
 * ```ts
 * defaultSlaTable.priorities;
 * //=> [1, 2, 3, 4]
 * ```
 */
export interface SlaTable<P extends PriorityLevel = Priority> {
  /** The priority scale, most urgent first. */
  readonly priorities: readonly P[];
  /** The targets of each priority. */
  readonly targets: ReadonlyMap<P, SlaTargets>;
}

/**
 * What {@link defineSlaTable} takes: each priority of the scale mapped to its targets, in
 * the shape {@link slaTargetsFor} returns.
 */
export type SlaTableSpec<P extends PriorityLevel = Priority> = { readonly [p in P]: SlaTargets };

const TARGETS = ['detection', 'resolution', 'maxDelay'] as const;

function checkRate(value: unknown, path: (string | number)[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new ConfigurationError(
      `SLA table: ${path.join('.')} must be a fraction in (0, 1] (99 % is 0.99), got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  return value;
}

function checkTarget(value: unknown, path: (string | number)[]): SlaTarget {
  if (typeof value !== 'object' || value === null) {
    throw new ConfigurationError(
      `SLA table: ${path.join('.')} must be { within, successRate }, got ${describeValue(value)}.`,
      { path, input: value },
    );
  }
  const target = value as Record<string, unknown>;
  return Object.freeze({
    within: assertWorkingDuration(target.within, [...path, 'within']),
    successRate: checkRate(target.successRate, [...path, 'successRate']),
  });
}

function checkTargets(value: unknown, priority: PriorityLevel): SlaTargets {
  const path = [String(priority)];
  if (typeof value !== 'object' || value === null) {
    throw new ConfigurationError(
      `SLA table: priority ${describeValue(priority)} is missing; every priority needs { detection, resolution, maxDelay }.`,
      { path, input: value },
    );
  }
  const spec = value as Record<string, unknown>;
  const targets: SlaTargets = Object.freeze({
    detection: checkTarget(spec.detection, [...path, 'detection']),
    resolution: checkTarget(spec.resolution, [...path, 'resolution']),
    maxDelay: assertWorkingDuration(spec.maxDelay, [...path, 'maxDelay']),
  });
  const d = nominalMs(targets.detection.within);
  const r = nominalMs(targets.resolution.within);
  const m = nominalMs(targets.maxDelay);
  if (d > r || r > m) {
    throw new ConfigurationError(
      `SLA table: priority ${describeValue(priority)} breaks the order detection ≤ resolution ≤ maximum delay (${describeValue(targets.detection.within)}, ${describeValue(targets.resolution.within)}, ${describeValue(targets.maxDelay)}).`,
      { path, input: value },
    );
  }
  return targets;
}

function durationOf(targets: SlaTargets, key: (typeof TARGETS)[number]): WorkingDuration {
  return key === 'maxDelay' ? targets.maxDelay : targets[key].within;
}

/**
 * Defines an SLA indicator table, checked and frozen. `spec` maps each priority to its
 * targets; `options.priorities` gives the scale, most urgent first (the seed's `[1, 2, 3, 4]`
 * by default; pass `matrix.priorities` for an organisation's own scale).
 *
 * Refused with a {@link ConfigurationError} when a priority is missing or unknown, a success
 * rate is outside (0, 1], a duration is not positive, the order detection ≤ resolution ≤
 * maximum delay is broken, or a more urgent priority gets a longer target than a less urgent
 * one. Durations are compared nominally (a day as 24 hours).
 *
 * @see seed §2.5.2.4
 * @throws ConfigurationError when the table is incomplete or inconsistent.
 * @example
 * ```ts
 * const table = defineSlaTable(
 *   {
 *     P1: { detection: { within: { minutes: 5 }, successRate: 0.95 }, resolution: { within: { hours: 4 }, successRate: 0.9 }, maxDelay: { days: 1 } },
 *     P2: { detection: { within: { minutes: 30 }, successRate: 0.9 }, resolution: { within: { days: 2 }, successRate: 0.85 }, maxDelay: { days: 5 } },
 *   },
 *   { priorities: ['P1', 'P2'] },
 * );
 * slaTargetsFor('P2', table).resolution.within;
 * //=> { days: 2 }
 * ```
 */
export function defineSlaTable(spec: SlaTableSpec<Priority>): SlaTable<Priority>;
export function defineSlaTable<const P extends PriorityLevel>(
  spec: SlaTableSpec<NoInfer<P>>,
  options: { readonly priorities: readonly P[] },
): SlaTable<P>;
export function defineSlaTable(
  spec: SlaTableSpec<PriorityLevel>,
  options: { readonly priorities: readonly PriorityLevel[] } = { priorities: seedPriorities },
): SlaTable<PriorityLevel> {
  return guardInput(
    'defineSlaTable',
    () => {
      const scale = options.priorities;
      if (!Array.isArray(scale) || scale.length === 0 || new Set(scale).size !== scale.length) {
        throw new ConfigurationError(
          'SLA table: options.priorities must be a non-empty list of distinct priorities.',
          {
            path: ['priorities'],
            input: scale,
          },
        );
      }
      scale.forEach((level: unknown, index) => {
        if (!(typeof level === 'string' && level.length > 0) && !Number.isFinite(level)) {
          throw new ConfigurationError(
            `SLA table: options.priorities[${index}] is ${describeValue(level)}; expected a non-empty string or a finite number.`,
            { path: ['priorities', index], input: level },
          );
        }
      });
      if (typeof spec !== 'object' || spec === null) {
        throw new ConfigurationError(
          'SLA table: expected an object mapping each priority to its targets.',
          {
            input: spec,
          },
        );
      }
      const known = new Set(scale.map(String));
      for (const key of Object.keys(spec)) {
        if (!known.has(key)) {
          throw new ConfigurationError(
            `SLA table: ${describeValue(key)} is not a priority of the scale ${scale.map((level) => describeValue(level)).join(', ')}.`,
            { path: [key], input: (spec as Record<string, unknown>)[key] },
          );
        }
      }
      const targets = new Map<PriorityLevel, SlaTargets>();
      for (const priority of scale) {
        const key = String(priority);
        const value = Object.hasOwn(spec, key) ? (spec as Record<string, unknown>)[key] : undefined;
        targets.set(priority, checkTargets(value, priority));
      }
      for (let i = 1; i < scale.length; i++) {
        const urgent = targets.get(scale[i - 1] as PriorityLevel) as SlaTargets;
        const milder = targets.get(scale[i] as PriorityLevel) as SlaTargets;
        for (const key of TARGETS) {
          if (nominalMs(durationOf(urgent, key)) > nominalMs(durationOf(milder, key))) {
            throw new ConfigurationError(
              `SLA table: priority ${describeValue(scale[i - 1])} has a longer ${key} (${describeValue(durationOf(urgent, key))}) than the less urgent priority ${describeValue(scale[i])} (${describeValue(durationOf(milder, key))}); targets must tighten with priority.`,
              { path: [String(scale[i - 1]), key], input: durationOf(urgent, key) },
            );
          }
        }
      }
      return Object.freeze({ priorities: Object.freeze([...scale]), targets });
    },
    'ConfigurationError',
  );
}

/**
 * The seed's indicator table (§2.5.2.4), exactly:
 *
 * | priority | 1 | 2 | 3 | 4 |
 * | --- | --- | --- | --- | --- |
 * | detection | 1 min | 5 min | 10 min | 30 min |
 * | success rate | 99 % | 98 % | 97 % | 95 % |
 * | resolution | 10 min | 30 min | 1 h | 24 h |
 * | success rate | 98 % | 97 % | 95 % | 90 % |
 * | maximum delay | 1 h | 2 h | 4 h | 5 days |
 *
 * @see seed §2.5.2.4 « Indicateurs de traitement des priorités »
 * @example
 * ```ts
 * slaTargetsFor(4, defaultSlaTable).maxDelay;
 * //=> { days: 5 }
 * ```
 */
export const defaultSlaTable: SlaTable<Priority> = /* @__PURE__ */ defineSlaTable({
  1: {
    detection: { within: { minutes: 1 }, successRate: 0.99 },
    resolution: { within: { minutes: 10 }, successRate: 0.98 },
    maxDelay: { hours: 1 },
  },
  2: {
    detection: { within: { minutes: 5 }, successRate: 0.98 },
    resolution: { within: { minutes: 30 }, successRate: 0.97 },
    maxDelay: { hours: 2 },
  },
  3: {
    detection: { within: { minutes: 10 }, successRate: 0.97 },
    resolution: { within: { hours: 1 }, successRate: 0.95 },
    maxDelay: { hours: 4 },
  },
  4: {
    detection: { within: { minutes: 30 }, successRate: 0.95 },
    resolution: { within: { hours: 24 }, successRate: 0.9 },
    maxDelay: { days: 5 },
  },
});

/**
 * The SLA targets of a priority: `{ detection: { within, successRate }, resolution: {
 * within, successRate }, maxDelay }`, from the seed's table by default.
 *
 * @see seed §2.5.2.4
 * @throws TypeError when the priority is not on the table's scale.
 * @example
 * ```ts
 * slaTargetsFor(2);
 * //=> {
 * //   detection: { within: { minutes: 5 }, successRate: 0.98 },
 * //   resolution: { within: { minutes: 30 }, successRate: 0.97 },
 * //   maxDelay: { hours: 2 },
 * // }
 * ```
 */
export function slaTargetsFor(priority: Priority): SlaTargets;
export function slaTargetsFor<P extends PriorityLevel>(
  priority: NoInfer<P>,
  table: SlaTable<P>,
): SlaTargets;
export function slaTargetsFor(
  priority: PriorityLevel,
  table: SlaTable<PriorityLevel> = defaultSlaTable as SlaTable<PriorityLevel>,
): SlaTargets {
  return guardInput(
    'slaTargetsFor',
    () => {
      const targets = table.targets.get(priority);
      if (targets === undefined) {
        throw inputError(
          `Unknown priority ${describeValue(priority)}: expected one of ${table.priorities.map((p) => describeValue(p)).join(', ')}.`,
        );
      }
      return targets;
    },
    'ConfigurationError',
  );
}
