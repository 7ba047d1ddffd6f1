import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import type { Impact, Priority, PriorityLevel, Urgency } from './levels.js';

/**
 * The cells of a priority matrix: `cells[impact][urgency]` is a priority.
 */
export type PriorityCells<I extends string, U extends string, P extends PriorityLevel> = {
  readonly [i in I]: { readonly [u in U]: P };
};

/**
 * An organisation's priority matrix (seed §2.5.2.4, « Détermination des priorités »): its
 * impact and urgency levels and its priority scale, each ordered from the most to the least
 * severe, and the priority of every impact × urgency cell. Build one with
 * {@link definePriorityMatrix}, which checks that it is total and monotone.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * defaultPriorityMatrix.cells.department.blocked;
 * //=> 2
 * ```
 */
export interface PriorityMatrix<
  I extends string = Impact,
  U extends string = Urgency,
  P extends PriorityLevel = Priority,
> {
  /** Impact levels, most severe first. */
  readonly impacts: readonly I[];
  /** Urgency levels, most urgent first. */
  readonly urgencies: readonly U[];
  /** The priority scale, most urgent first. */
  readonly priorities: readonly P[];
  /** `cells[impact][urgency]` is the priority of that cell. */
  readonly cells: PriorityCells<I, U, P>;
}

/**
 * What {@link definePriorityMatrix} takes: the same shape as a {@link PriorityMatrix}.
 */
export interface PriorityMatrixSpec<I extends string, U extends string, P extends PriorityLevel> {
  readonly impacts: readonly I[];
  readonly urgencies: readonly U[];
  readonly priorities: readonly P[];
  readonly cells: PriorityCells<NoInfer<I>, NoInfer<U>, NoInfer<P>>;
}

function checkLevelList(list: unknown, name: string, kind: 'name' | 'priority'): void {
  if (!Array.isArray(list) || list.length === 0) {
    throw new ConfigurationError(`Priority matrix: "${name}" must be a non-empty array.`, {
      path: [name],
      input: list,
    });
  }
  const seen = new Set<unknown>();
  list.forEach((level: unknown, index) => {
    const valid =
      kind === 'name'
        ? typeof level === 'string' && level.length > 0
        : (typeof level === 'string' && level.length > 0) || Number.isFinite(level);
    if (!valid) {
      throw new ConfigurationError(
        `Priority matrix: ${name}[${index}] is ${describeValue(level)}; expected a non-empty string${kind === 'priority' ? ' or a finite number' : ''}.`,
        { path: [name, index], input: level },
      );
    }
    if (seen.has(level)) {
      throw new ConfigurationError(
        `Priority matrix: ${name} lists ${describeValue(level)} twice; each level appears once.`,
        { path: [name, index], input: level },
      );
    }
    seen.add(level);
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value);
}

/**
 * Defines an organisation's own priority matrix over its own level names and priority scale
 * (GLPI's 5 × 5 into 6 priorities, ServiceNow's 3 × 3 into 5, or the seed's grid), fully
 * typed from the arguments. Each list is ordered from the most to the least severe or urgent.
 *
 * The matrix is refused with a {@link ConfigurationError} naming the offending cell when a
 * cell is missing, holds an undeclared priority, names an undeclared level, or breaks
 * monotonicity: a more severe impact or a more urgent urgency must never give a less urgent
 * priority. The result is frozen.
 *
 * @see seed §2.5.2.4
 * @throws ConfigurationError when the matrix is incomplete, inconsistent or not monotone.
 * @example
 * ```ts
 * const matrix = definePriorityMatrix({
 *   impacts: ['enterprise', 'team', 'person'],
 *   urgencies: ['high', 'low'],
 *   priorities: ['P1', 'P2', 'P3'],
 *   cells: {
 *     enterprise: { high: 'P1', low: 'P2' },
 *     team: { high: 'P2', low: 'P3' },
 *     person: { high: 'P2', low: 'P3' },
 *   },
 * });
 * priorityOf('team', 'high', matrix);
 * //=> 'P2'
 * ```
 */
export function definePriorityMatrix<
  const I extends string,
  const U extends string,
  const P extends PriorityLevel,
>(spec: PriorityMatrixSpec<I, U, P>): PriorityMatrix<I, U, P> {
  return guardInput(
    'definePriorityMatrix',
    () => {
      if (!isRecord(spec)) {
        throw new ConfigurationError(
          'Priority matrix: expected an object { impacts, urgencies, priorities, cells }.',
          { input: spec },
        );
      }
      checkLevelList(spec.impacts, 'impacts', 'name');
      checkLevelList(spec.urgencies, 'urgencies', 'name');
      checkLevelList(spec.priorities, 'priorities', 'priority');
      const rank = new Map<unknown, number>(spec.priorities.map((p, index) => [p, index]));
      const rawCells: unknown = spec.cells;
      if (!isRecord(rawCells)) {
        throw new ConfigurationError(
          'Priority matrix: "cells" must be an object keyed by impact.',
          {
            path: ['cells'],
            input: rawCells,
          },
        );
      }
      const impactSet = new Set<string>(spec.impacts);
      const urgencySet = new Set<string>(spec.urgencies);
      for (const key of ownKeys(rawCells)) {
        if (!impactSet.has(key)) {
          throw new ConfigurationError(
            `Priority matrix: cells.${key} names an undeclared impact; declared impacts are ${spec.impacts.map((level) => describeValue(level)).join(', ')}.`,
            { path: ['cells', key], input: rawCells[key] },
          );
        }
      }
      const cells = Object.create(null) as Record<string, Record<string, P>>;
      // Stryker disable next-line ArrayDeclaration: every index is written by the forEach below before it is read
      const ranks: number[][] = [];
      spec.impacts.forEach((impact, i) => {
        const row: unknown = Object.hasOwn(rawCells, impact) ? rawCells[impact] : undefined;
        if (!isRecord(row)) {
          throw new ConfigurationError(
            `Priority matrix: cells.${impact} is missing; every impact needs a row with a priority for each urgency ${spec.urgencies.map((level) => describeValue(level)).join(', ')}.`,
            { path: ['cells', impact], input: row },
          );
        }
        for (const key of ownKeys(row)) {
          if (!urgencySet.has(key)) {
            throw new ConfigurationError(
              `Priority matrix: cells.${impact}.${key} names an undeclared urgency; declared urgencies are ${spec.urgencies.map((level) => describeValue(level)).join(', ')}.`,
              { path: ['cells', impact, key], input: row[key] },
            );
          }
        }
        const frozenRow = Object.create(null) as Record<string, P>;
        ranks[i] = spec.urgencies.map((urgency) => {
          const value = Object.hasOwn(row, urgency) ? row[urgency] : undefined;
          const r = rank.get(value);
          if (value === undefined) {
            throw new ConfigurationError(
              `Priority matrix: cell cells.${impact}.${urgency} is missing; every impact × urgency cell needs a priority from ${spec.priorities.map((level) => describeValue(level)).join(', ')}.`,
              { path: ['cells', impact, urgency], input: value },
            );
          }
          if (r === undefined) {
            throw new ConfigurationError(
              `Priority matrix: cell cells.${impact}.${urgency} holds ${describeValue(value)}, which is not a declared priority; allowed: ${spec.priorities.map((level) => describeValue(level)).join(', ')}.`,
              { path: ['cells', impact, urgency], input: value },
            );
          }
          frozenRow[urgency] = value as P;
          return r;
        });
        cells[impact] = Object.freeze(frozenRow);
      });
      checkMonotone(spec, ranks, cells);
      return Object.freeze({
        impacts: Object.freeze([...spec.impacts]),
        urgencies: Object.freeze([...spec.urgencies]),
        priorities: Object.freeze([...spec.priorities]),
        cells: Object.freeze(cells) as PriorityCells<I, U, P>,
      });
    },
    'ConfigurationError',
  );
}

function checkMonotone<I extends string, U extends string, P extends PriorityLevel>(
  spec: PriorityMatrixSpec<I, U, P>,
  ranks: readonly (readonly number[])[],
  cells: Record<string, Record<string, P>>,
): void {
  const cell = (i: number, u: number) => {
    const impact = spec.impacts[i] as string;
    const urgency = spec.urgencies[u] as string;
    // Stryker disable next-line OptionalChaining: every declared impact has a row once the cells are built
    return { name: `cells.${impact}.${urgency}`, value: cells[impact]?.[urgency], impact, urgency };
  };
  // Stryker disable next-line OptionalChaining: checkMonotone reads only rows the loop below indexes, all built
  const rankAt = (i: number, u: number) => ranks[i]?.[u] ?? 0;
  const refuse = (
    severe: ReturnType<typeof cell>,
    milder: ReturnType<typeof cell>,
    axis: string,
  ): never => {
    throw new ConfigurationError(
      `Priority matrix is not monotone: ${milder.name} (${describeValue(milder.value)}) is more urgent than ${severe.name} (${describeValue(severe.value)}), although ${severe.name} has the more severe ${axis}. A more severe impact or urgency must never give a less urgent priority.`,
      { path: ['cells', milder.impact, milder.urgency], input: milder.value },
    );
  };
  for (let i = 0; i < spec.impacts.length; i++) {
    for (let u = 0; u < spec.urgencies.length; u++) {
      if (i > 0 && rankAt(i, u) < rankAt(i - 1, u)) refuse(cell(i - 1, u), cell(i, u), 'impact');
      if (u > 0 && rankAt(i, u) < rankAt(i, u - 1)) refuse(cell(i, u - 1), cell(i, u), 'urgency');
    }
  }
}

/**
 * The seed's priority grid (§2.5.2.4), exactly:
 *
 * | urgency \ impact | company | department (or VIP) | user |
 * | --- | --- | --- | --- |
 * | blocked | 1 | 2 | 3 |
 * | degraded | 2 | 3 | 4 |
 * | can-wait | 4 | 4 | 4 |
 *
 * It is a plain literal, so that `priorityOf` alone stays tiny in a bundle; the test suite
 * proves that {@link definePriorityMatrix} accepts it (total and monotone).
 *
 * @see seed §2.5.2.4 « Détermination des priorités »
 * @example
 * ```ts
 * defaultPriorityMatrix.cells.company.blocked;
 * //=> 1
 * defaultPriorityMatrix.cells.user.degraded;
 * //=> 4
 * ```
 */
export const defaultPriorityMatrix: PriorityMatrix<Impact, Urgency, Priority> = {
  impacts: ['company', 'department', 'user'],
  urgencies: ['blocked', 'degraded', 'can-wait'],
  priorities: [1, 2, 3, 4],
  cells: {
    company: { blocked: 1, degraded: 2, 'can-wait': 4 },
    department: { blocked: 2, degraded: 3, 'can-wait': 4 },
    user: { blocked: 3, degraded: 4, 'can-wait': 4 },
  },
};
