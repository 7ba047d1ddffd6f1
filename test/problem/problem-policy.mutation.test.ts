import { describe, expect, it } from 'vitest';
import { defineProblemPolicy } from '../../src/problem/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// defineProblemPolicy (seed §4.4.2 « cela varie selon les organisations »): each refusal's
// message, path and input pinned for the shapes a mutant would let through or turn into the
// generic « could not be read » error.

describe('a spec that is not an object', () => {
  const fn = () => 1;
  it.each([
    ['a number', 42],
    ['a text', 'investigate'],
    ['a function', fn],
  ])('%s is refused at the root, the input kept', (_, spec) => {
    const error = refusal(() => defineProblemPolicy(spec as never));
    expect(error.message).toBe(
      'Problem policy: expected an object keyed by step (record, link, investigate, resolve, close).',
    );
    expect(error.path).toEqual([]);
    expect(error.input).toBe(spec);
  });
});

describe('a step given as null', () => {
  it('is refused under its name', () => {
    const error = refusal(() => defineProblemPolicy({ investigate: null } as never));
    expect(error.message).toBe(
      'Problem policy: investigate must be { levels?, specialistGroups? }, got null.',
    );
    expect(error.path).toEqual(['investigate']);
    expect(error.input).toBeNull();
  });
});

describe('a specialist group that is not a text', () => {
  it.each([
    [3, '3'],
    [{}, 'an object'],
    [null, 'null'],
  ])('%j is refused by index, not as unreadable', (group, described) => {
    const error = refusal(() =>
      defineProblemPolicy({ investigate: { specialistGroups: [group] } } as never),
    );
    expect(error.message).toBe(
      `Problem policy: investigate.specialistGroups[0] is ${described}; expected a non-empty group name.`,
    );
    expect(error.path).toEqual(['investigate', 'specialistGroups', 0]);
    expect(error.input).toBe(group);
  });
});

describe('a step without levels but with specialist groups', () => {
  it('is accepted: the level-1 network group investigates alone (seed §4.4.2)', () => {
    const policy = defineProblemPolicy({
      investigate: { levels: [], specialistGroups: ['réseau'] },
    });
    expect(policy.investigate).toEqual({ levels: [], specialistGroups: ['réseau'] });
  });
});
