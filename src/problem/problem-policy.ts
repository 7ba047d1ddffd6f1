import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';

/**
 * The support levels of seed §1.1 as they act on problems: 1 is the service desk, 2 the
 * specialists, 3 the experts (usually the software publisher or the hardware maker).
 *
 * @see seed §1.1
 * @example
 * ```ts
 * problemActorLevels;
 * //=> [1, 2, 3]
 * ```
 */
export const problemActorLevels = [1, 2, 3] as const;

/**
 * A support level; see {@link problemActorLevels}.
 */
export type ProblemActorLevel = (typeof problemActorLevels)[number];

/**
 * Who issues a problem command: a technician's id, their support level and, optionally,
 * the specialist group they belong to (« groupe bureautique, groupe réseau, groupe poste de
 * travail… », seed §4.4.2).
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const actor: ProblemActor = { id: 'tech-7', level: 1, group: 'réseau' };
 * actor.group;
 * //=> 'réseau'
 * ```
 */
export interface ProblemActor {
  readonly id: string;
  readonly level: ProblemActorLevel;
  readonly group?: string;
}

/**
 * The steps of problem management that a {@link ProblemPolicy} governs: recording a
 * problem, linking incidents to it, investigating it (recording its cause and a workaround or
 * fix, declaring it a known error), resolving it (a change removed the cause) and closing it.
 *
 * @see seed §4.4.1, §4.4.2
 * @example
 * ```ts
 * problemSteps;
 * //=> ['record', 'link', 'investigate', 'resolve', 'close']
 * ```
 */
export const problemSteps = ['record', 'link', 'investigate', 'resolve', 'close'] as const;

/**
 * A step of problem management; see {@link problemSteps}.
 */
export type ProblemStep = (typeof problemSteps)[number];

/**
 * Who may take one step: any actor whose support level is in `levels`, or who belongs to
 * one of `specialistGroups` whatever their level (`'any'`: any named group). Group names
 * are compared exactly.
 *
 * @see seed §4.4.2 « Qui va gérer les problèmes ? »
 * @example
 * ```ts
 * const rule: ProblemStepRule = { levels: [2], specialistGroups: ['réseau', 'bureautique'] };
 * rule.specialistGroups;
 * //=> ['réseau', 'bureautique']
 * ```
 */
export interface ProblemStepRule {
  readonly levels: readonly ProblemActorLevel[];
  readonly specialistGroups: 'any' | readonly string[];
}

/**
 * An organisation's answer to « Qui va gérer les problèmes ? » (seed §4.4.2): a
 * {@link ProblemStepRule} for every {@link ProblemStep}. Build one with
 * {@link defineProblemPolicy}; {@link defaultProblemPolicy} is the seed's.
 *
 * @see seed §4.4.1, §4.4.2
 * @example
 * ```ts
 * defaultProblemPolicy.record.levels;
 * //=> [1]
 * ```
 */
export type ProblemPolicy = { readonly [S in ProblemStep]: ProblemStepRule };

/**
 * What {@link defineProblemPolicy} takes: for any step, the levels and/or the specialist
 * groups to use instead of the seed's; what is left out keeps the default.
 *
 * @example
 * ```ts
 * const spec: ProblemPolicySpec = { investigate: { levels: [1, 2], specialistGroups: [] } };
 * spec.investigate?.levels;
 * //=> [1, 2]
 * ```
 */
export type ProblemPolicySpec = {
  readonly [S in ProblemStep]?: {
    readonly levels?: readonly ProblemActorLevel[];
    readonly specialistGroups?: 'any' | readonly string[];
  };
};

/**
 * The seed's policy (§4.4.1, §4.4.2):
 *
 * | step | levels | specialist groups |
 * | --- | --- | --- |
 * | record | 1 (« il appartient au technicien de Service Desk d'enregistrer les problèmes ») | none |
 * | link | 1, 2 | any |
 * | investigate | 2 | any (« groupes avec une spécialité technique au niveau 1 ») |
 * | resolve | 2 | any |
 * | close | 2 | any |
 *
 * So by default the cause is searched by level 2 or by a level-1 technician who belongs to a
 * specialist group, as the seed allows both organisations.
 *
 * @see seed §4.4.1, §4.4.2
 * @example
 * ```ts
 * defaultProblemPolicy.investigate;
 * //=> { levels: [2], specialistGroups: 'any' }
 * ```
 */
export const defaultProblemPolicy: ProblemPolicy = Object.freeze({
  record: Object.freeze({
    levels: Object.freeze([1] as const),
    specialistGroups: Object.freeze([]),
  }),
  link: Object.freeze({ levels: Object.freeze([1, 2] as const), specialistGroups: 'any' as const }),
  investigate: Object.freeze({
    levels: Object.freeze([2] as const),
    specialistGroups: 'any' as const,
  }),
  resolve: Object.freeze({ levels: Object.freeze([2] as const), specialistGroups: 'any' as const }),
  close: Object.freeze({ levels: Object.freeze([2] as const), specialistGroups: 'any' as const }),
});

function checkLevels(value: unknown, step: string): readonly ProblemActorLevel[] {
  if (!Array.isArray(value)) {
    throw new ConfigurationError(
      `Problem policy: ${step}.levels must be an array of support levels among [1, 2, 3], got ${describeValue(value)}.`,
      { path: [step, 'levels'], input: value },
    );
  }
  const seen = new Set<unknown>();
  value.forEach((level: unknown, index) => {
    if (!(problemActorLevels as readonly unknown[]).includes(level)) {
      throw new ConfigurationError(
        `Problem policy: ${step}.levels[${index}] is ${describeValue(level)}; allowed support levels are 1, 2 and 3.`,
        { path: [step, 'levels', index], input: level },
      );
    }
    if (seen.has(level)) {
      throw new ConfigurationError(
        `Problem policy: ${step}.levels lists ${describeValue(level)} twice; each level appears once.`,
        { path: [step, 'levels', index], input: level },
      );
    }
    seen.add(level);
  });
  return Object.freeze([...(value as ProblemActorLevel[])]);
}

function checkGroups(value: unknown, step: string): 'any' | readonly string[] {
  if (value === 'any') return 'any';
  if (!Array.isArray(value)) {
    throw new ConfigurationError(
      `Problem policy: ${step}.specialistGroups must be 'any' or an array of group names, got ${describeValue(value)}.`,
      { path: [step, 'specialistGroups'], input: value },
    );
  }
  const seen = new Set<unknown>();
  value.forEach((group: unknown, index) => {
    if (typeof group !== 'string' || group.trim().length === 0) {
      throw new ConfigurationError(
        `Problem policy: ${step}.specialistGroups[${index}] is ${describeValue(group)}; expected a non-empty group name.`,
        { path: [step, 'specialistGroups', index], input: group },
      );
    }
    if (seen.has(group)) {
      throw new ConfigurationError(
        `Problem policy: ${step}.specialistGroups lists ${describeValue(group)} twice; each group appears once.`,
        { path: [step, 'specialistGroups', index], input: group },
      );
    }
    seen.add(group);
  });
  return Object.freeze([...(value as string[])]);
}

/**
 * Defines an organisation's problem policy: each step of `spec` replaces the seed's levels
 * and/or specialist groups; the other steps keep {@link defaultProblemPolicy}. The result is
 * checked and frozen.
 *
 * Refused with a {@link ConfigurationError} when a step is unknown, a level is not 1, 2 or
 * 3 or is listed twice, a group is empty or listed twice, or a step would allow nobody (no
 * level and no group).
 *
 * @see seed §4.4.2 « cela varie selon les organisations »
 * @throws ConfigurationError when the policy is malformed or a step allows nobody.
 * @example
 * ```ts
 * // « La tendance actuelle va vers le niveau 1 »: level 1 investigates too.
 * const policy = defineProblemPolicy({ investigate: { levels: [1, 2] } });
 * policy.investigate;
 * //=> { levels: [1, 2], specialistGroups: 'any' }
 * ```
 */
export function defineProblemPolicy(spec: ProblemPolicySpec = {}): ProblemPolicy {
  return guardInput(
    'defineProblemPolicy',
    () => {
      if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
        throw new ConfigurationError(
          `Problem policy: expected an object keyed by step (${problemSteps.join(', ')}).`,
          { input: spec },
        );
      }
      for (const key of Object.keys(spec)) {
        if (!(problemSteps as readonly string[]).includes(key)) {
          throw new ConfigurationError(
            `Problem policy: "${key}" is not a step; steps are ${problemSteps.join(', ')}.`,
            { path: [key], input: (spec as Record<string, unknown>)[key] },
          );
        }
      }
      const policy: Partial<Record<ProblemStep, ProblemStepRule>> = {};
      for (const step of problemSteps) {
        const given: unknown = spec[step];
        if (given !== undefined && (typeof given !== 'object' || given === null)) {
          throw new ConfigurationError(
            `Problem policy: ${step} must be { levels?, specialistGroups? }, got ${describeValue(given)}.`,
            { path: [step], input: given },
          );
        }
        const rule = (given ?? {}) as Record<string, unknown>;
        for (const key of Object.keys(rule)) {
          if (key !== 'levels' && key !== 'specialistGroups') {
            throw new ConfigurationError(
              `Problem policy: ${step}.${key} is not a field; a step has levels and specialistGroups.`,
              { path: [step, key], input: rule[key] },
            );
          }
        }
        const levels = checkLevels(rule.levels ?? defaultProblemPolicy[step].levels, step);
        const specialistGroups = checkGroups(
          rule.specialistGroups ?? defaultProblemPolicy[step].specialistGroups,
          step,
        );
        if (levels.length === 0 && specialistGroups !== 'any' && specialistGroups.length === 0) {
          throw new ConfigurationError(
            `Problem policy: ${step} allows nobody; give at least one level or specialist group.`,
            { path: [step], input: given },
          );
        }
        policy[step] = Object.freeze({ levels, specialistGroups });
      }
      return Object.freeze(policy as ProblemPolicy);
    },
    'ConfigurationError',
  );
}

/**
 * Whether `actor` may take `step` under `policy` (the seed's by default): their level is
 * listed, or they belong to a listed specialist group.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * mayActOnProblem({ id: 'n1', level: 1, group: 'réseau' }, 'investigate');
 * //=> true
 * mayActOnProblem({ id: 'n1', level: 1 }, 'investigate');
 * //=> false
 * ```
 */
export function mayActOnProblem(
  actor: ProblemActor,
  step: ProblemStep,
  policy: ProblemPolicy = defaultProblemPolicy,
): boolean {
  return guardInput(
    'mayActOnProblem',
    () => {
      const rule = policy[step];
      if (rule.levels.includes(actor.level)) return true;
      if (actor.group === undefined) return false;
      return rule.specialistGroups === 'any'
        ? actor.group.trim().length > 0
        : rule.specialistGroups.includes(actor.group);
    },
    'ConfigurationError',
  );
}
