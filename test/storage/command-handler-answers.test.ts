import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/storage/command-handler.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { streamId } from '../../src/storage/stream-id.js';
import { add, type CounterEvent, counter } from './counter-decider.js';

// handleCommand reads what a decider decides and what a store answers before it uses them,
// and refuses an answer of the wrong shape in its own words. Each check dropped would let the
// value through to a later line that fails with another message (or not at all), so each case
// below pins the exact message.
const id = streamId('counter-1');

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

const decisionMessage = (got: string) =>
  `handleCommand: decider.decide must return a Result ({ ok: true, value: events[] } or { ok: false, error }), got ${got}.`;
const appendMessage = (got: string) =>
  `handleCommand: store.append must resolve to { ok: true, value: { version, position } } or { ok: false, error: conflict }, got ${got}.`;

describe('handleCommand reads the decision before using it', () => {
  it.each([
    ['null', null, decisionMessage('null')],
    ['undefined', undefined, decisionMessage('undefined')],
    ['a number', 5, decisionMessage('5')],
    ['ok neither true nor false', { ok: 'yes', value: [] }, decisionMessage('an object')],
    [
      'ok true with a value that is not a list',
      { ok: true, value: 'added' },
      decisionMessage('an object with value "added"'),
    ],
  ])('refuses a decision that is %s', async (_, decision, message) => {
    const store = new InMemoryEventStore<CounterEvent>();
    const odd = { ...counter, decide: () => decision } as never;
    const error = await rejection(handleCommand(odd, store, id, add(1)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(message);
    expect(await store.readStream(id)).toEqual([]);
  });
});

describe('handleCommand reads the store’s answer to an append before using it', () => {
  const liar = (answer: unknown) => {
    const store = new InMemoryEventStore<CounterEvent>();
    return {
      readStream: (s: never) => store.readStream(s),
      readAll: () => store.readAll(),
      append: async () => answer,
    } as never;
  };
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a refusal without its conflict', { ok: false, error: null }, 'an object'],
    ['a success without its value', { ok: true, value: null }, 'an object'],
    ['a success without a position', { ok: true, value: { version: 1 } }, 'an object'],
    ['a success without a version', { ok: true, value: { position: 1 } }, 'an object'],
    ['ok neither true nor false', { ok: 'yes', value: { version: 1, position: 1 } }, 'an object'],
  ])('refuses an answer that is %s', async (_, answer, got) => {
    const error = await rejection(handleCommand(counter, liar(answer), id, add(1)));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(appendMessage(got));
  });

  it('passes on a conflict the store reports, as the failure', async () => {
    const conflict = {
      code: 'append-conflict',
      streamId: id,
      expectedVersion: 0,
      actualVersion: 3,
    };
    const result = await handleCommand(counter, liar({ ok: false, error: conflict }), id, add(1));
    expect(result).toEqual({ ok: false, error: { kind: 'conflict', conflict, attempts: 1 } });
  });
});
