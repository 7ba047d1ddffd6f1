import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  defaultPriorityMatrix,
  definePriorityMatrix,
  type PriorityMatrix,
  priorityOf,
} from '../../src/qualification/index.js';

type AnyMatrix = PriorityMatrix<string, string, string | number>;

/** Independent statement of the invariant: every cell holds a declared priority, and a more
 * severe impact or urgency never gives a less urgent priority. */
function isTotalAndMonotone(m: AnyMatrix): boolean {
  const rank = (i: string, u: string) => {
    const p = (m.cells as Record<string, Record<string, string | number> | undefined>)[i]?.[u];
    return p === undefined ? -1 : m.priorities.indexOf(p);
  };
  for (const [ii, i] of m.impacts.entries()) {
    for (const [ui, u] of m.urgencies.entries()) {
      const r = rank(i, u);
      if (r < 0) return false;
      const moreSevereImpact = m.impacts[ii - 1];
      const moreUrgent = m.urgencies[ui - 1];
      if (moreSevereImpact !== undefined && rank(moreSevereImpact, u) > r) return false;
      if (moreUrgent !== undefined && rank(i, moreUrgent) > r) return false;
    }
  }
  return true;
}

function refusal(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

const names = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

/** Specs with 1–5 impacts, 1–5 urgencies, 1–6 priorities and arbitrary cells. */
const anySpec = fc
  .record({
    ni: fc.integer({ min: 1, max: 5 }),
    nu: fc.integer({ min: 1, max: 5 }),
    np: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ ni, nu, np }) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: np - 1 }), { minLength: nu, maxLength: nu }), {
        minLength: ni,
        maxLength: ni,
      })
      .map((grid) => {
        const impacts = names('i', ni);
        const urgencies = names('u', nu);
        const priorities = names('P', np);
        const cells = Object.fromEntries(
          impacts.map((i, a) => [
            i,
            Object.fromEntries(urgencies.map((u, b) => [u, priorities[grid[a]?.[b] ?? 0]])),
          ]),
        );
        return { impacts, urgencies, priorities, cells } as unknown as AnyMatrix;
      }),
  );

/** Monotone by construction: rank(i, u) = min(np - 1, a[i] + b[u]) with a, b non-decreasing. */
const monotoneSpec = fc
  .record({
    a: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
    b: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 5 }),
    extra: fc.integer({ min: 0, max: 2 }),
  })
  .map(({ a, b, extra }) => {
    const cumulative = (xs: number[]) =>
      xs.map((_, k) => xs.slice(0, k + 1).reduce((s, x) => s + x, 0));
    const ra = cumulative(a);
    const rb = cumulative(b);
    const np = Math.min(8, (ra.at(-1) ?? 0) + (rb.at(-1) ?? 0) + 1 + extra);
    const impacts = names('i', a.length);
    const urgencies = names('u', b.length);
    const priorities = Array.from({ length: np }, (_, k) => k + 1);
    const cells = Object.fromEntries(
      impacts.map((i, x) => [
        i,
        Object.fromEntries(
          urgencies.map((u, y) => [u, Math.min(np, (ra[x] ?? 0) + (rb[y] ?? 0) + 1)]),
        ),
      ]),
    );
    return { impacts, urgencies, priorities, cells } as unknown as AnyMatrix;
  });

describe('the default matrix', () => {
  it('is total and monotone, and definePriorityMatrix accepts it', () => {
    expect(isTotalAndMonotone(defaultPriorityMatrix)).toBe(true);
    expect(() => definePriorityMatrix(defaultPriorityMatrix)).not.toThrow();
  });
});

describe('invariant: the matrix is total and monotone', () => {
  test.prop([anySpec])(
    'definePriorityMatrix accepts a spec exactly when it is total and monotone',
    (spec) => {
      let accepted: AnyMatrix | undefined;
      try {
        accepted = definePriorityMatrix(spec);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
      }
      expect(accepted !== undefined).toBe(isTotalAndMonotone(spec));
    },
  );

  test.prop([monotoneSpec])('every monotone spec is accepted and answers cell by cell', (spec) => {
    const matrix = definePriorityMatrix(spec);
    expect(isTotalAndMonotone(matrix)).toBe(true);
    for (const i of spec.impacts) {
      for (const u of spec.urgencies) {
        expect(priorityOf(i, u, matrix)).toBe(
          (spec.cells as Record<string, Record<string, unknown>>)[i]?.[u],
        );
      }
    }
  });

  test.prop([monotoneSpec, fc.nat(), fc.nat()])(
    'a spec with a missing cell is always refused, naming the cell',
    (spec, x, y) => {
      const impact = spec.impacts[x % spec.impacts.length] as string;
      const urgency = spec.urgencies[y % spec.urgencies.length] as string;
      const cells = structuredClone(spec.cells) as Record<string, Record<string, unknown>>;
      delete cells[impact]?.[urgency];
      const e = refusal(() => definePriorityMatrix({ ...spec, cells } as AnyMatrix));
      expect(e.path).toEqual(['cells', impact, urgency]);
      expect(e.message).toContain(`cells.${impact}.${urgency} is missing`);
    },
  );

  test.prop([monotoneSpec, fc.nat(), fc.nat()])(
    'a cell made more urgent than a more severe neighbour is refused',
    (spec, x, y) => {
      // Find a cell with a more severe neighbour and make it strictly more urgent than that neighbour.
      const candidates: [string, string, string | number][] = [];
      spec.impacts.forEach((i, a) => {
        spec.urgencies.forEach((u, b) => {
          const cells = spec.cells as Record<string, Record<string, number>>;
          const neighbour = Math.min(
            a > 0 ? (cells[spec.impacts[a - 1] as string]?.[u] ?? 99) : 99,
            b > 0 ? (cells[i]?.[spec.urgencies[b - 1] as string] ?? 99) : 99,
          );
          if (neighbour !== 99 && neighbour > 1) candidates.push([i, u, neighbour - 1]);
        });
      });
      fc.pre(candidates.length > 0);
      const [impact, urgency, value] = candidates[(x + y) % candidates.length] as [
        string,
        string,
        number,
      ];
      const cells = structuredClone(spec.cells) as Record<string, Record<string, unknown>>;
      (cells[impact] as Record<string, unknown>)[urgency] = value;
      const e = refusal(() => definePriorityMatrix({ ...spec, cells } as AnyMatrix));
      expect(e.message).toMatch(/not monotone/);
    },
  );
});

describe('definePriorityMatrix refusals name the offending part', () => {
  const base = {
    impacts: ['all', 'one'],
    urgencies: ['down', 'slow'],
    priorities: [1, 2, 3],
    cells: { all: { down: 1, slow: 2 }, one: { down: 2, slow: 3 } },
  } as const;

  it.each([
    [
      'an undeclared priority',
      { ...base, cells: { all: { down: 1, slow: 2 }, one: { down: 2, slow: 9 } } },
      ['cells', 'one', 'slow'],
      /holds 9, which is not a declared priority; allowed: 1, 2, 3\./,
    ],
    [
      'a missing row',
      { ...base, cells: { all: { down: 1, slow: 2 } } },
      ['cells', 'one'],
      /cells\.one is missing; every impact needs a row with a priority for each urgency "down", "slow"\./,
    ],
    [
      'an undeclared impact',
      { ...base, cells: { ...base.cells, two: { down: 1, slow: 1 } } },
      ['cells', 'two'],
      /cells\.two names an undeclared impact; declared impacts are "all", "one"\./,
    ],
    [
      'an undeclared urgency',
      { ...base, cells: { all: { down: 1, slow: 2, later: 3 }, one: { down: 2, slow: 3 } } },
      ['cells', 'all', 'later'],
      /cells\.all\.later names an undeclared urgency; declared urgencies are "down", "slow"\./,
    ],
    [
      'a less severe impact with a more urgent priority',
      { ...base, cells: { all: { down: 2, slow: 2 }, one: { down: 1, slow: 3 } } },
      ['cells', 'one', 'down'],
      /not monotone: cells\.one\.down \(1\) is more urgent than cells\.all\.down \(2\)/,
    ],
    [
      'a less urgent urgency with a more urgent priority',
      { ...base, cells: { all: { down: 2, slow: 1 }, one: { down: 2, slow: 3 } } },
      ['cells', 'all', 'slow'],
      /not monotone: cells\.all\.slow \(1\) is more urgent than cells\.all\.down \(2\)/,
    ],
    ['an empty impact list', { ...base, impacts: [] }, ['impacts'], /non-empty array/],
    ['a repeated urgency', { ...base, urgencies: ['down', 'down'] }, ['urgencies', 1], /twice/],
    [
      'a priority that is not a string or number',
      { ...base, priorities: [1, null, 3] },
      ['priorities', 1],
      /finite number/,
    ],
    [
      'a priority that is not a finite number',
      { ...base, priorities: [1, Number.NaN, 3] },
      ['priorities', 1],
      /priorities\[1\] is NaN; expected a non-empty string or a finite number\.$/,
    ],
    [
      'an empty priority name',
      { ...base, priorities: [1, '', 3] },
      ['priorities', 1],
      /priorities\[1\] is ""; expected a non-empty string or a finite number\.$/,
    ],
    [
      'an impact that is a number (levels are names; only priorities may be numbers)',
      { ...base, impacts: ['all', 2] },
      ['impacts', 1],
      /impacts\[1\] is 2; expected a non-empty string\.$/,
    ],
    [
      'an impact that is a list',
      { ...base, impacts: ['all', ['one']] },
      ['impacts', 1],
      /impacts\[1\] is an array; expected a non-empty string\.$/,
    ],
    [
      'an empty urgency name',
      { ...base, urgencies: ['down', ''] },
      ['urgencies', 1],
      /urgencies\[1\] is ""; expected a non-empty string\.$/,
    ],
    [
      'a missing cell',
      { ...base, cells: { all: { down: 1, slow: 2 }, one: { down: 2 } } },
      ['cells', 'one', 'slow'],
      /cell cells\.one\.slow is missing; every impact × urgency cell needs a priority from 1, 2, 3\./,
    ],
    [
      'cells that are not an object',
      { ...base, cells: [] },
      ['cells'],
      /"cells" must be an object/,
    ],
    ['cells that are null', { ...base, cells: null }, ['cells'], /"cells" must be an object/],
  ])('%s', (_, spec, path, message) => {
    const e = refusal(() => definePriorityMatrix(spec as never));
    expect(e.path).toEqual(path);
    expect(e.message).toMatch(message);
  });

  it.each([null, 'seed', [base]])('refuses a spec that is not an object: %j', (spec) => {
    const e = refusal(() => definePriorityMatrix(spec as never));
    expect(e.message).toBe(
      'Priority matrix: expected an object { impacts, urgencies, priorities, cells }.',
    );
    expect(e.input).toBe(spec);
  });

  it('keeps its own copies of the level lists, in the order given', () => {
    const impacts = ['all', 'one'];
    const m = definePriorityMatrix({ ...base, impacts: impacts as ['all', 'one'] });
    impacts.reverse();
    expect(m.impacts).toEqual(['all', 'one']);
    expect(m.urgencies).toEqual(['down', 'slow']);
    expect(m.priorities).toEqual([1, 2, 3]);
    expect(Object.isFrozen(m.impacts)).toBe(true);
  });

  it('returns a frozen matrix that cannot be altered afterwards', () => {
    const m = definePriorityMatrix(base);
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.cells)).toBe(true);
    expect(Object.isFrozen(m.cells.all)).toBe(true);
  });
});
