import { describe, expect, it } from 'vitest';
import {
  decideProblem,
  initialProblemState,
  type ProblemState,
  problemCommandTypes,
} from '../../src/problem/index.js';
import { at, lifecycle, PB, run } from './problem-fixtures.js';

// decideProblem never throws: a command that is not an object is an unknown command (its type
// cannot be read), and a state that throws when the decision reads it refuses the command as
// unreadable, the whole refusal written out. A command dated exactly at the problem's last
// event is on time (seed §4.4.2: the cause may be found at the minute the problem is recorded).

const unknownCommand = {
  code: 'problem-unknown-command',
  message: {
    fr: 'Commande inconnue pour un problème : undefined.',
    en: 'Unknown problem command: undefined.',
  },
  details: { type: 'undefined', expected: [...problemCommandTypes] },
};

describe('a command that is not an object', () => {
  it.each([
    ['a number', 42],
    ['a text', 'record-problem'],
    ['null', null],
    ['undefined', undefined],
  ])('%s is an unknown command, its type undefined', (_, input) => {
    expect(decideProblem(input as never, initialProblemState)).toEqual({
      ok: false,
      error: [unknownCommand],
    });
  });
});

describe('a state that throws when the decision reads it', () => {
  const unreadable = {
    code: 'problem-malformed-command',
    message: {
      fr: 'Commande mal formée : (command) — could not be read (Error).',
      en: 'Malformed command: (command) — could not be read (Error).',
    },
    details: { path: [], reason: 'could not be read (Error)' },
  };

  it('incidents behind a getter that throws: link-incidents is refused as unreadable', () => {
    const state = {
      status: 'open',
      id: PB,
      get incidents(): never {
        throw new Error('boom');
      },
      lastEventAt: at(0),
      solutions: [],
      version: 1,
    };
    expect(decideProblem(lifecycle.link, state as unknown as ProblemState)).toEqual({
      ok: false,
      error: [unreadable],
    });
  });

  it('a last event date whose getTime throws: record-cause is refused as unreadable', () => {
    const state = {
      status: 'open',
      id: PB,
      lastEventAt: {
        getTime(): never {
          throw new Error('boom');
        },
      },
    };
    expect(decideProblem(lifecycle.cause, state as unknown as ProblemState)).toEqual({
      ok: false,
      error: [unreadable],
    });
  });

  it('a thrown value that is not an Error is named as such', () => {
    const state = {
      status: 'open',
      id: PB,
      lastEventAt: {
        getTime(): never {
          throw 'boom';
        },
      },
    };
    const result = decideProblem(lifecycle.cause, state as unknown as ProblemState);
    expect(result.ok ? [] : result.error.map((v) => v.details)).toEqual([
      { path: [], reason: 'could not be read (a thrown value)' },
    ]);
  });
});

describe('the date of a command against the last event', () => {
  it('a cause recorded at the very minute the problem was recorded is on time', () => {
    const { state } = run([lifecycle.record]);
    expect(decideProblem({ ...lifecycle.cause, at: at(0) }, state)).toEqual({
      ok: true,
      value: [
        {
          type: 'cause-recorded',
          problemId: PB,
          at: at(0),
          by: lifecycle.cause.actor,
          cause: lifecycle.cause.cause,
        },
      ],
    });
  });

  it('one millisecond earlier is refused', () => {
    const { state } = run([lifecycle.record]);
    const early = new Date(at(0).getTime() - 1);
    const result = decideProblem({ ...lifecycle.cause, at: early }, state);
    expect(result.ok ? [] : result.error.map((v) => v.code)).toEqual([
      'problem-time-before-last-event',
    ]);
  });
});
