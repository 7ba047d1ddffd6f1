import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../../src/core/schema.js';
import {
  decideProblem,
  initialProblemState,
  type ProblemCommand,
  type ProblemState,
  parseProblemCommand,
  problemCommandTypes,
  problemStatuses,
  problemViolation,
  problemViolationCodes,
  replayProblem,
} from '../../src/problem/index.js';
import { problemCommandDefinitions } from '../../src/problem/problem-command-list.js';
import { problemStepOf } from '../../src/problem/problem-decider.js';
import { sharedProblemViolationMessages } from '../../src/problem/problem-shared-violations.js';
import { revokedProxy } from '../ticket/hostile-values.js';
import { at, lifecycle, PB, run } from './problem-fixtures.js';

// Issue 9 (items 1 and 7): a problem command is one file; everything else is derived.
describe('the list of problem command files', () => {
  it('derives the command types, in the order of a problem’s life', () => {
    expect(problemCommandTypes).toEqual([
      'record-problem',
      'link-incidents',
      'record-cause',
      'record-solution',
      'declare-known-error',
      'resolve-problem',
      'close-problem',
    ]);
    expect(problemCommandDefinitions.map((d) => d.type)).toEqual(problemCommandTypes);
  });

  it('derives each command’s policy step from its file', () => {
    expect(problemStepOf).toEqual({
      'record-problem': 'record',
      'link-incidents': 'link',
      'record-cause': 'investigate',
      'record-solution': 'investigate',
      'declare-known-error': 'investigate',
      'resolve-problem': 'resolve',
      'close-problem': 'close',
    });
  });

  it('lists every code once: the shared ones, then each command’s own, each with fr and en', () => {
    const own = problemCommandDefinitions.flatMap((d) => Object.keys(d.violations));
    expect(problemViolationCodes).toEqual([...Object.keys(sharedProblemViolationMessages), ...own]);
    expect(new Set(problemViolationCodes).size).toBe(problemViolationCodes.length);
    for (const code of problemViolationCodes) {
      const { message } = problemViolation(code, {});
      expect(message.fr.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
    }
    expect(own).toEqual([
      'problem-already-recorded',
      'problem-already-known-error',
      'problem-cause-unknown',
      'problem-no-workaround',
      'problem-not-known-error',
      'problem-not-resolved',
    ]);
  });

  it('gives each command a seed section, and a stage it acts in', () => {
    for (const d of problemCommandDefinitions) {
      expect(d.seed).toMatch(/^§4\.4/);
      if (d.allowedIn !== 'unrecorded') {
        for (const status of d.allowedIn) expect(problemStatuses).toContain(status);
      }
    }
  });

  it.each(Object.entries(lifecycle))('each file’s schema reads its own command (%s)', (_, c) => {
    const definition = problemCommandDefinitions.find((d) => d.type === c.type);
    expect(parseWithSchema(definition?.schema as never, c)).toEqual({
      ok: true,
      value: c,
      issues: [],
    });
  });
});

const recorded: ProblemState = run([lifecycle.record]).state;

describe('decideProblem never throws on a list it cannot read', () => {
  it('refuses a revoked Proxy as incidents or keywords, with its path', () => {
    for (const [key, state] of [
      ['incidents', initialProblemState],
      ['keywords', initialProblemState],
    ] as const) {
      const r = decideProblem({ ...lifecycle.record, [key]: revokedProxy() } as never, state);
      expect(r.ok ? [] : r.error.map((v) => [v.code, v.details?.path])).toEqual([
        ['problem-malformed-command', [key]],
      ]);
    }
    const link = { ...lifecycle.link, incidents: revokedProxy() } as never;
    expect(decideProblem(link, recorded).ok).toBe(false);
  });
});

describe('the parser and the decider share each command’s schema', () => {
  const stateFor = (command: ProblemCommand): ProblemState =>
    command.type === 'record-problem'
      ? initialProblemState
      : replayProblem(run([lifecycle.record]).events);

  test.prop([
    fc.constantFrom(...Object.values(lifecycle)),
    fc.dictionary(fc.string(), fc.anything(), { maxKeys: 4 }),
  ])(
    'a command the parser accepts is never refused by the decider as unknown or malformed',
    (command, extra) => {
      const parsed = parseProblemCommand(JSON.parse(JSON.stringify({ ...extra, ...command })));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const decided = decideProblem(parsed.value, stateFor(parsed.value));
      const codes = decided.ok ? [] : decided.error.map((v) => v.code);
      expect(codes).not.toContain('problem-unknown-command');
      expect(codes).not.toContain('problem-malformed-command');
    },
  );

  it('judges the same command the same whether it came through the parser or not', () => {
    const command = { ...lifecycle.cause, at: at(5), problemId: PB };
    const direct = decideProblem(command, recorded);
    const parsed = parseProblemCommand(JSON.parse(JSON.stringify(command)));
    expect(parsed.ok && decideProblem(parsed.value, recorded)).toEqual(direct);
  });
});
