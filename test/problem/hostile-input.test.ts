import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decideProblem,
  initialProblemState,
  type ProblemCommand,
  type ProblemState,
  parseProblemCommand,
  replayProblem,
} from '../../src/problem/index.js';
import {
  anythingOdd,
  dateLookAlike,
  holes,
  oddValues,
  revokedProxy,
  throwingConversions,
  throwingGetter,
  trappedProxy,
} from '../ticket/hostile-values.js';
import { ana, at, INC, leo, PB } from './problem-fixtures.js';

const record = {
  type: 'record-problem',
  problemId: PB,
  at: at(0),
  actor: leo,
  title: 'Imprimante hors ligne',
  incidents: [INC(1), INC(2)],
} as const;

const recorded: ProblemState = replayProblem([
  {
    type: 'problem-recorded',
    problemId: PB,
    at: at(0),
    by: leo,
    title: 'Imprimante hors ligne',
    incidents: [INC(1), INC(2)],
    keywords: [],
  },
]);

const commands: readonly Record<string, unknown>[] = [
  record,
  { type: 'link-incidents', problemId: PB, at: at(5), actor: ana, incidents: [INC(3)] },
  { type: 'record-cause', problemId: PB, at: at(5), actor: ana, cause: 'Pilote' },
  {
    type: 'record-solution',
    problemId: PB,
    at: at(5),
    actor: ana,
    kind: 'workaround',
    description: 'Redémarrer le spouleur',
  },
  { type: 'declare-known-error', problemId: PB, at: at(5), actor: ana },
  { type: 'resolve-problem', problemId: PB, at: at(5), actor: ana, change: 'CHG-1' },
  { type: 'close-problem', problemId: PB, at: at(5), actor: ana },
];

function attempt(input: unknown, state: ProblemState) {
  const before = structuredClone(state);
  const decided = decideProblem(input as ProblemCommand, state);
  const parsed = parseProblemCommand(input);
  expect(state).toEqual(before);
  return { decided, parsed };
}

const pathsOf = (r: { ok: boolean; error?: unknown }) =>
  r.ok
    ? []
    : (r.error as { code: string; details?: { path?: unknown } }[]).map((v) => [
        v.code,
        v.details?.path,
      ]);

describe('hostile input for decideProblem and parseProblemCommand (10.2)', () => {
  test.prop([anythingOdd()])('never throw on any value, and refuse it', (input) => {
    const { decided, parsed } = attempt(input, recorded);
    expect(decided.ok).toBe(false);
    expect(parsed.ok).toBe(false);
  });

  test.prop([fc.constantFrom(...commands), fc.nat(), fc.nat()])(
    'never throw when any field of a real command holds an odd value',
    (command, k, v) => {
      const keys = Object.keys(command).filter((key) => key !== 'type');
      const key = keys[k % keys.length] as string;
      const odd = oddValues();
      const broken = { ...command, [key]: odd[v % odd.length] };
      const { decided, parsed } = attempt(
        broken,
        command === record ? initialProblemState : recorded,
      );
      expect(decided.ok).toBe(false);
      expect(parsed.ok).toBe(false);
    },
  );

  it('refuses the values of issue 10 as values, never throwing', () => {
    for (const type of [Object.create(null), 1n, Symbol('t'), throwingConversions()]) {
      const { decided, parsed } = attempt({ ...record, type }, initialProblemState);
      expect(pathsOf(decided)).toEqual([['problem-unknown-command', undefined]]);
      expect(pathsOf(parsed)).toEqual([['problem-unknown-command', undefined]]);
    }
    for (const input of [trappedProxy({ ...record }), revokedProxy()]) {
      const { decided, parsed } = attempt(input, initialProblemState);
      expect(decided.ok).toBe(false);
      expect(parsed.ok).toBe(false);
    }
  });

  it('refuses a revoked Proxy given as the list of incidents, with its path (found by the property)', () => {
    const { decided, parsed } = attempt(
      { ...record, incidents: revokedProxy() },
      initialProblemState,
    );
    expect(pathsOf(decided)).toEqual([['problem-malformed-command', ['incidents']]]);
    expect(pathsOf(parsed)).toEqual([['problem-malformed-command', ['incidents']]]);
  });

  it('refuses a getter without calling it, a Date look-alike and a BigInt date, with the path', () => {
    const withGetter: Record<string, unknown> = { ...record };
    const getter = throwingGetter(withGetter, 'title');
    const { decided, parsed } = attempt(withGetter, initialProblemState);
    expect(getter.calls).toBe(0);
    expect(pathsOf(decided)).toEqual([['problem-malformed-command', ['title']]]);
    expect(pathsOf(parsed)).toEqual([['problem-malformed-command', ['title']]]);
    for (const value of [dateLookAlike(), 5n]) {
      const r = attempt({ ...record, at: value }, initialProblemState);
      expect(pathsOf(r.decided)).toEqual([['problem-malformed-command', ['at']]]);
      expect(pathsOf(r.parsed)).toEqual([['problem-malformed-command', ['at']]]);
    }
  });

  it('refuses a list that throws when read, a cyclic list and holes', () => {
    const cyclic: unknown[] = [INC(1)];
    cyclic.push(cyclic);
    for (const incidents of [trappedProxy([INC(1)]), cyclic, [...holes(), INC(1)]]) {
      const { decided, parsed } = attempt({ ...record, incidents }, initialProblemState);
      expect(decided.ok).toBe(false);
      expect(pathsOf(parsed)[0]?.[0]).toBe('problem-malformed-command');
      expect((pathsOf(parsed)[0]?.[1] as unknown[] | undefined)?.[0]).toBe('incidents');
    }
  });
});

describe('bounded cost on hostile lists (10.2, 10.3)', () => {
  it('refuses a huge sparse list of incidents or keywords without walking it', () => {
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    for (const key of ['incidents', 'keywords']) {
      const r = decideProblem({ ...record, [key]: huge } as never, initialProblemState);
      expect(r.ok ? [] : r.error.map((v) => [v.code, v.details?.path])).toEqual([
        ['problem-malformed-command', [key]],
      ]);
    }
  });
});
