import { describe, expect, it } from 'vitest';
import {
  agentsNeeded,
  erlangA,
  erlangC,
  exponentialBudgetResponse,
  level1BudgetWhatIf,
} from '../../src/staffing/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// A ConfigurationError names where the mistake is (`path`, keys and indexes from the root of
// what was given) and carries the value refused (`input`), so that a product's settings page
// can put the message beside the right field. The staffing functions read the caller's own
// objects (no copy), so an object refused IS the caller's (checked with toBe). A path or an
// input dropped or emptied would leave the message right and the field wrong.

// seed §4.3.2: a desk answering 200 calls an hour, 3 minutes each, within 20 seconds.
const desk = {
  callsPerHour: 200,
  handleTime: { minutes: 3 },
  agents: 12,
  answerWithin: { seconds: 20 },
};

describe('erlangC names the field of each mistake', () => {
  it.each([
    ['an input that is not an object', null, [], null],
    ['no calls', { ...desk, callsPerHour: 0 }, ['callsPerHour'], 0],
    ['a handle time that is not a duration', { ...desk, handleTime: 180 }, ['handleTime'], 180],
    ['a negative amount', { ...desk, handleTime: { minutes: -3 } }, ['handleTime', 'minutes'], -3],
    ['a fraction of a technician', { ...desk, agents: 2.5 }, ['agents'], 2.5],
    [
      'a threshold that is not a number',
      { ...desk, answerWithin: { seconds: '20' } },
      ['answerWithin', 'seconds'],
      '20',
    ],
  ])('%s', (_, input, path, value) => {
    const error = refusal(() => erlangC(input as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(value);
  });

  it('an unknown field: the path is the field, the input the whole argument', () => {
    const input = { ...desk, patience: { minutes: 2 } };
    const error = refusal(() => erlangC(input as never));
    expect(error.path).toEqual(['patience']);
    expect(error.input).toBe(input);
  });

  it('a unit that is not clock time: the path ends at the unit, the input is the duration', () => {
    const handleTime = { days: 1 };
    const error = refusal(() => erlangC({ ...desk, handleTime } as never));
    expect(error.path).toEqual(['handleTime', 'days']);
    expect(error.input).toBe(handleTime);
  });

  it('a handle time of zero: the path is the field, the input the duration', () => {
    const handleTime = { minutes: 0 };
    const error = refusal(() => erlangC({ ...desk, handleTime }));
    expect(error.path).toEqual(['handleTime']);
    expect(error.input).toBe(handleTime);
  });

  it('a load the agents cannot carry (10 erlangs on 10): the path is agents, the input all', () => {
    const input = { ...desk, agents: 10 };
    const error = refusal(() => erlangC(input));
    expect(error.path).toEqual(['agents']);
    expect(error.input).toBe(input);
  });
});

describe('erlangA names the field of each mistake', () => {
  const input = { ...desk, agents: 8, patience: { minutes: 2 } };
  it('a missing patience', () => {
    const error = refusal(() => erlangA({ ...input, patience: undefined } as never));
    expect(error.path).toEqual(['patience']);
    expect(error.input).toBeUndefined();
    expect(error.message).toMatch(/patience must be a duration/);
  });

  it('a patience so long that the queue cannot be summed: the path is patience', () => {
    const patience = { hours: 1e9 };
    const error = refusal(() => erlangA({ ...input, patience }));
    expect(error.path).toEqual(['patience']);
    // The patience as the caller gave it, not the milliseconds the model reads.
    expect(error.input).toBe(patience);
  });

  it('the same refusal from agentsNeeded and level1BudgetWhatIf carries the patience given', () => {
    const patience = { hours: 1e9 };
    const needed = refusal(() =>
      agentsNeeded({
        callsPerHour: 1e6,
        handleTime: { hours: 1 },
        patience,
        target: { abandonment: 0.05 },
      }),
    );
    expect([needed.path, needed.input]).toEqual([['patience'], patience]);
    expect(needed.input).toBe(patience);
    const whatIf = refusal(() =>
      level1BudgetWhatIf({ callsPerHour: 6_000, agents: 1, patience, budgets: [{ minutes: 10 }] }),
    );
    expect(whatIf.path).toEqual(['patience']);
    expect(whatIf.input).toBe(patience);
  });
});

describe('agentsNeeded names the field of each mistake, inside the target too', () => {
  const need = { callsPerHour: 200, handleTime: { minutes: 3 } };
  const target = (t: unknown) => () => agentsNeeded({ ...need, target: t } as never);
  it.each([
    ['a target that is not an object', 0.8, ['target'], 0.8],
    [
      'a service level given as a percentage',
      { serviceLevel: 80, answerWithin: { seconds: 20 } },
      ['target', 'serviceLevel'],
      80,
    ],
    ['an abandonment of zero', { abandonment: 0 }, ['target', 'abandonment'], 0],
  ])('%s', (_, t, path, value) => {
    const act =
      path[1] === 'abandonment'
        ? () => agentsNeeded({ ...need, patience: { minutes: 2 }, target: t } as never)
        : target(t);
    const error = refusal(act);
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(value);
  });

  it('an unknown field of the target: the path goes through target', () => {
    const t = { serviceLevel: 0.8, within: { seconds: 20 } };
    const error = refusal(target(t));
    expect(error.path).toEqual(['target', 'within']);
    expect(error.input).toBe(t);
  });

  it('a target naming no goal, or two: the path is target, the input the target', () => {
    for (const t of [{ answerWithin: { seconds: 20 } }, { serviceLevel: 0.8, abandonment: 0.05 }]) {
      const error = refusal(target(t));
      expect(error.path).toEqual(['target']);
      expect(error.input).toBe(t);
    }
  });

  it("a duration of the target: the path is the target's field, then the unit", () => {
    const answerWithin = { weeks: 1 };
    const unit = refusal(target({ serviceLevel: 0.8, answerWithin }));
    expect(unit.path).toEqual(['target', 'answerWithin', 'weeks']);
    expect(unit.input).toBe(answerWithin);

    const averageSpeedOfAnswer = { seconds: 0 };
    const zero = refusal(target({ averageSpeedOfAnswer }));
    expect(zero.path).toEqual(['target', 'averageSpeedOfAnswer']);
    expect(zero.input).toBe(averageSpeedOfAnswer);
  });

  it('an abandonment target without patience: the path is patience, the input the patience given (none)', () => {
    const error = refusal(target({ abandonment: 0.05 }));
    expect(error.path).toEqual(['patience']);
    expect(error.input).toBeUndefined();
    expect(error.message).toMatch(/abandonment target needs the callers’ patience/);
  });

  it('a target out of reach of a million technicians: the path is target', () => {
    const t = { averageSpeedOfAnswer: { seconds: 20 } };
    const error = refusal(() =>
      agentsNeeded({ callsPerHour: 1e9, handleTime: { hours: 1 }, target: t }),
    );
    expect(error.path).toEqual(['target']);
    expect(error.input).toBe(t);
  });
});

describe('the level-1 budget what-if names the field of each mistake', () => {
  // seed §1.1 (about 80 % solved at level 1) and §4.3.2 (about 10 minutes at level 1).
  const what = { callsPerHour: 60, agents: 6, patience: { minutes: 2 } };
  it.each([
    ['a first-level share of 100 %', { firstLevelResolution: 1 }, ['firstLevelResolution'], 1],
    ['a negative overhead', { overhead: { seconds: -1 } }, ['overhead', 'seconds'], -1],
    ['a spec that is not an object', 'x', [], 'x'],
  ])('exponentialBudgetResponse: %s', (_, spec, path, value) => {
    const error = refusal(() => exponentialBudgetResponse(spec as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(value);
  });

  it('exponentialBudgetResponse: a budget in days', () => {
    const budget = { days: 1 };
    const error = refusal(() => exponentialBudgetResponse({ budget } as never));
    expect(error.path).toEqual(['budget', 'days']);
    expect(error.input).toBe(budget);
  });

  it.each([
    ['no technician', { agents: 0 }, ['agents'], 0],
    [
      'a budget amount that is not a number',
      { budgets: [{ minutes: 5 }, { hours: '1' }] },
      ['budgets', 1, 'hours'],
      '1',
    ],
  ])('level1BudgetWhatIf: %s', (_, extra, path, value) => {
    const error = refusal(() => level1BudgetWhatIf({ ...what, ...extra } as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(value);
  });

  it('level1BudgetWhatIf: budgets that are not a list, and a budget of zero', () => {
    const budgets = { minutes: 5 };
    const list = refusal(() => level1BudgetWhatIf({ ...what, budgets } as never));
    expect(list.path).toEqual(['budgets']);
    expect(list.input).toBe(budgets);

    const none = { minutes: 0 };
    const zero = refusal(() => level1BudgetWhatIf({ ...what, budgets: [{ minutes: 5 }, none] }));
    expect(zero.path).toEqual(['budgets', 1]);
    expect(zero.input).toBe(none);
  });

  it('level1BudgetWhatIf: a response that is not one, or answers out of range', () => {
    const response = { handleTimeMs: 3 };
    const shape = refusal(() => level1BudgetWhatIf({ ...what, response } as never));
    expect(shape.path).toEqual(['response']);
    expect(shape.input).toBe(response);

    const noTime = { handleTimeMs: () => 0, firstLevelResolution: () => 0.8 };
    const time = refusal(() => level1BudgetWhatIf({ ...what, response: noTime }));
    expect(time.path).toEqual(['response', 'handleTimeMs']);
    expect(time.input).toBe(0);

    const tooMuch = { handleTimeMs: () => 300_000, firstLevelResolution: () => 1.5 };
    const share = refusal(() => level1BudgetWhatIf({ ...what, response: tooMuch }));
    expect(share.path).toEqual(['response', 'firstLevelResolution']);
    expect(share.input).toBe(1.5);
  });
});
