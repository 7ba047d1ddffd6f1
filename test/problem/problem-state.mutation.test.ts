import { describe, expect, it } from 'vitest';
import {
  evolveProblem,
  initialProblemState,
  type ProblemState,
  replayProblem,
} from '../../src/problem/index.js';
import { lifecycle, run } from './problem-fixtures.js';

// evolveProblem and replayProblem refuse, with a TypeError naming the value, a state that is
// not a problem state and an event that does not belong to it: each message is pinned, so a
// check dropped (and the error a later line happens to throw instead) fails here.

const { events } = run([lifecycle.record, lifecycle.cause]);
const recorded = events[0] as (typeof events)[number];
const causeFound = events[1] as (typeof events)[number];
const opened = run([lifecycle.record]).state;

describe('a state that is not an object', () => {
  it.each([
    [42, '42'],
    ['open', '"open"'],
  ])('evolveProblem refuses %j', (state, described) => {
    const message = `evolveProblem: state must be a problem state (initialProblemState or a Problem), got ${described}.`;
    expect(() => evolveProblem(state as never, recorded)).toThrow(new TypeError(message));
    expect(() => evolveProblem(state as never, causeFound)).toThrow(new TypeError(message));
  });

  it.each([
    [42, '42'],
    ['open', '"open"'],
  ])('replayProblem refuses %j as from, even with no event', (from, described) => {
    const message = `replayProblem: from must be a problem state (initialProblemState or a Problem), got ${described}.`;
    expect(() => replayProblem([], from as never)).toThrow(new TypeError(message));
    expect(() => replayProblem([causeFound], from as never)).toThrow(new TypeError(message));
  });
});

describe('a state whose status is neither unrecorded nor a problem status', () => {
  it.each([recorded, causeFound])('is refused whatever the event ($type)', (event) => {
    expect(() => evolveProblem({ status: 'weird' } as never, event)).toThrow(
      new TypeError(
        'evolveProblem: state.status must be "unrecorded" or one of problemStatuses, got "weird".',
      ),
    );
  });
});

describe('an event before problem-recorded', () => {
  it('cause-recorded on the initial state names the problem and the event', () => {
    const message = 'Problem "PB-1": cannot apply "cause-recorded" before "problem-recorded".';
    expect(() => evolveProblem(initialProblemState, causeFound)).toThrow(new TypeError(message));
    expect(() => replayProblem([causeFound])).toThrow(new TypeError(message));
  });
});

describe('a recorded state without a numeric version', () => {
  it.each([
    [undefined, 'undefined'],
    ['1', '"1"'],
  ])('version %j is refused', (version, described) => {
    const state = { ...opened, version } as unknown as ProblemState;
    expect(() => evolveProblem(state, causeFound)).toThrow(
      new TypeError(`Problem "PB-1": state.version must be a number, got ${described}.`),
    );
  });
});
