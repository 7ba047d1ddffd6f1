import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  defaultProblemPolicy,
  defineProblemPolicy,
  mayActOnProblem,
  type ProblemActor,
  type ProblemPolicySpec,
  type ProblemStep,
  problemSteps,
} from '../../src/problem/index.js';

function refusal(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ConfigurationError) return e;
    throw e;
  }
  throw new Error('expected a ConfigurationError');
}

describe('the seed default policy (§4.4.1, §4.4.2)', () => {
  it('is exactly the seed table', () => {
    expect(defaultProblemPolicy).toEqual({
      record: { levels: [1], specialistGroups: [] },
      link: { levels: [1, 2], specialistGroups: 'any' },
      investigate: { levels: [2], specialistGroups: 'any' },
      resolve: { levels: [2], specialistGroups: 'any' },
      close: { levels: [2], specialistGroups: 'any' },
    });
    expect(defineProblemPolicy()).toEqual(defaultProblemPolicy);
    expect(Object.isFrozen(defaultProblemPolicy.record.levels)).toBe(true);
  });

  const l1: ProblemActor = { id: 'a', level: 1 };
  const l1Network: ProblemActor = { id: 'b', level: 1, group: 'réseau' };
  const l2: ProblemActor = { id: 'c', level: 2 };
  const l3: ProblemActor = { id: 'd', level: 3 };
  const l3Group: ProblemActor = { id: 'e', level: 3, group: 'constructeur' };
  const l2Group: ProblemActor = { id: 'f', level: 2, group: 'réseau' };

  // rows: actor; columns: record, link, investigate, resolve, close
  it.each([
    ['level 1', l1, [true, true, false, false, false]],
    ['level 1 in a specialist group', l1Network, [true, true, true, true, true]],
    ['level 2', l2, [false, true, true, true, true]],
    ['level 2 in a group', l2Group, [false, true, true, true, true]],
    ['level 3', l3, [false, false, false, false, false]],
    ['level 3 in a group', l3Group, [false, true, true, true, true]],
  ] as const)('%s may act on steps %j', (_, actor, expected) => {
    expect(problemSteps.map((step) => mayActOnProblem(actor, step))).toEqual(expected);
  });

  it('does not count a blank group as a specialist group', () => {
    expect(mayActOnProblem({ id: 'a', level: 1, group: '  ' }, 'investigate')).toBe(false);
  });
});

describe('defineProblemPolicy', () => {
  it('replaces only the steps and fields given', () => {
    const policy = defineProblemPolicy({
      investigate: { levels: [1, 2] },
      close: { specialistGroups: ['bureautique', 'réseau'] },
    });
    expect(policy.investigate).toEqual({ levels: [1, 2], specialistGroups: 'any' });
    expect(policy.close).toEqual({ levels: [2], specialistGroups: ['bureautique', 'réseau'] });
    expect(policy.record).toEqual(defaultProblemPolicy.record);
    expect(mayActOnProblem({ id: 'a', level: 1, group: 'réseau' }, 'close', policy)).toBe(true);
    expect(mayActOnProblem({ id: 'a', level: 1, group: 'Réseau' }, 'close', policy)).toBe(false);
    expect(Object.isFrozen(policy.close)).toBe(true);
  });

  it.each([
    ['an unknown step', { approve: {} }, ['approve'], /not a step/],
    ['an unknown field', { record: { who: [] } }, ['record', 'who'], /not a field/],
    ['a level outside 1..3', { record: { levels: [4] } }, ['record', 'levels', 0], /1, 2 and 3/],
    ['a level twice', { link: { levels: [1, 1] } }, ['link', 'levels', 1], /twice/],
    ['levels not an array', { link: { levels: 1 } }, ['link', 'levels'], /array/],
    [
      'an empty group',
      { close: { specialistGroups: [''] } },
      ['close', 'specialistGroups', 0],
      /non-empty/,
    ],
    [
      'a group twice',
      { close: { specialistGroups: ['x', 'x'] } },
      ['close', 'specialistGroups', 1],
      /twice/,
    ],
    [
      'groups neither any nor a list',
      { close: { specialistGroups: 'all' } },
      ['close', 'specialistGroups'],
      /'any'/,
    ],
    ['a step allowing nobody', { record: { levels: [] } }, ['record'], /allows nobody/],
    ['a step that is not an object', { record: 2 }, ['record'], /levels\?/],
  ] as const)('refuses %s', (_, spec, path, message) => {
    const e = refusal(() => defineProblemPolicy(spec as unknown as ProblemPolicySpec));
    expect(e.path).toEqual(path);
    expect(e.message).toMatch(message);
  });

  it('refuses a spec that is not an object', () => {
    expect(
      refusal(() => defineProblemPolicy(null as unknown as ProblemPolicySpec)).message,
    ).toMatch(/keyed by step/);
  });

  it('covers every step', () => {
    const steps: ProblemStep[] = ['record', 'link', 'investigate', 'resolve', 'close'];
    expect(problemSteps).toEqual(steps);
  });
});
