import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  evolveProblem,
  initialProblemState,
  isRecordedProblem,
  type ProblemEvent,
  type ProblemState,
  replayProblem,
} from '../../src/problem/index.js';
import { thrownError as thrown } from '../core/thrown-error.js';
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
import { lifecycle, run } from './problem-fixtures.js';

// Issue 10 item 2: the fold of a problem's events throws only its documented TypeError,
// whatever it is given, and its type guard never throws.

/** The error `act` threw (the test fails when it returns). */

const { state: recorded, events } = run([lifecycle.record, lifecycle.link]);

describe('isRecordedProblem never throws (issue 10)', () => {
  it('answers true for a recorded problem and false for the initial state', () => {
    expect(isRecordedProblem(recorded)).toBe(true);
    expect(isRecordedProblem(initialProblemState)).toBe(false);
  });

  it('answers false for what is not a problem state, whatever it is', () => {
    const getter = {};
    throwingGetter(getter, 'status');
    for (const value of [
      null,
      undefined,
      42,
      'open',
      {},
      { status: 'banana' },
      { status: 1n },
      revokedProxy(),
      trappedProxy({ status: 'open' }),
      getter,
    ]) {
      expect(isRecordedProblem(value as ProblemState)).toBe(false);
    }
  });

  test.prop([anythingOdd()])('answers a boolean for any value', (value) => {
    expect(typeof isRecordedProblem(value as ProblemState)).toBe('boolean');
  });
});

describe('evolveProblem throws only its documented TypeError (issue 10)', () => {
  it('refuses an event type that is not a text, describing it', () => {
    const error = thrown(() =>
      evolveProblem(recorded, { type: Object.create(null) } as unknown as ProblemEvent),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'evolveProblem: unknown problem event type an object without prototype; known events are listed in problemEventTypes.',
    );
  });

  it('refuses a state or an event that is not an object', () => {
    expect(thrown(() => evolveProblem(null as never, events[0] as ProblemEvent)).message).toBe(
      'evolveProblem: state must be a problem state (initialProblemState or a Problem), got null.',
    );
    expect(thrown(() => evolveProblem(recorded, 7n as never)).message).toBe(
      'evolveProblem: event must be a problem event, got 7n.',
    );
  });

  it('names an event of another problem with describeValue', () => {
    const other = { ...(events[1] as ProblemEvent), problemId: 'x'.repeat(100) } as ProblemEvent;
    const error = thrown(() => evolveProblem(recorded, other));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(
      'Problem "PB-1": cannot apply an event of problem "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100 characters).',
    );
  });

  it('turns a Proxy or a getter that throws into its TypeError, with the cause', () => {
    const event = { ...(events[1] as ProblemEvent) };
    throwingGetter(event, 'problemId');
    for (const [state, hostile] of [
      [recorded, revokedProxy()],
      [recorded, trappedProxy({ type: 'incidents-linked' })],
      [recorded, event],
      [revokedProxy(), events[1]],
    ] as const) {
      const error = thrown(() => evolveProblem(state as ProblemState, hostile as ProblemEvent));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^evolveProblem: the input could not be read as plain data/);
      expect(error.cause).toBeDefined();
    }
  });

  test.prop([anythingOdd(), anythingOdd()])(
    'any state and event give a problem or a TypeError of its own',
    (state, event) => {
      try {
        evolveProblem(state as ProblemState, event as ProblemEvent);
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^(evolveProblem: |Problem )/);
      }
    },
  );

  test.prop([anythingOdd()])('a refused event leaves the state as it was', (event) => {
    const before = structuredClone(recorded);
    try {
      evolveProblem(recorded, event as ProblemEvent);
    } catch {
      // refused: checked below that nothing changed
    }
    expect(recorded).toEqual(before);
  });
});

describe('replayProblem throws only its documented TypeError (issue 10)', () => {
  it('refuses events that are not a list, and a start that is not a state', () => {
    expect(thrown(() => replayProblem(7 as never)).message).toBe(
      'replayProblem: events must be a list (an iterable) of problem events, got 7.',
    );
    expect(thrown(() => replayProblem('events' as never)).message).toMatch(
      /^replayProblem: events must be a list/,
    );
    expect(thrown(() => replayProblem([], null as never)).message).toBe(
      'replayProblem: from must be a problem state (initialProblemState or a Problem), got null.',
    );
  });

  it('passes the TypeError of the first event that does not fold', () => {
    const error = thrown(() => replayProblem([events[0] as ProblemEvent, null as never]));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('evolveProblem: event must be a problem event, got null.');
  });

  it('turns a list that throws when iterated into its TypeError', () => {
    for (const list of [trappedProxy([events[0]]), revokedProxy()]) {
      const error = thrown(() => replayProblem(list as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^replayProblem: /);
    }
  });

  it('still folds the events it is given', () => {
    expect(replayProblem(events)).toEqual(recorded);
  });
});
