import { expectTypeOf, test } from 'vitest';
import type { Result } from '../../src/core/result.js';
import type { RuleViolation } from '../../src/core/rule-violation.js';
import type { AppendConflict } from '../../src/storage/append-conflict.js';
import {
  type CommandAccepted,
  type CommandFailure,
  type Decider,
  handleCommand,
} from '../../src/storage/command-handler.js';
import type { AppendSuccess, EventStore, StoredEvent } from '../../src/storage/event-store.js';
import type { ExpectedVersion } from '../../src/storage/expected-version.js';
import { InMemoryEventStore } from '../../src/storage/in-memory-event-store.js';
import { type StreamId, streamId } from '../../src/storage/stream-id.js';
import { type CounterEvent, counter } from './counter-decider.js';

type Opened = { readonly type: 'opened'; readonly by: string };

test('a stream id is a branded string: a bare string is refused', () => {
  expectTypeOf(streamId('ticket-1')).toEqualTypeOf<StreamId>();
  expectTypeOf<StreamId>().toExtend<string>();
  const store = new InMemoryEventStore<Opened>();
  // @ts-expect-error a plain string is not a StreamId
  void store.append('ticket-1', [{ type: 'opened', by: 'ana' }], { expectedVersion: 0 });
  // @ts-expect-error a plain string is not a StreamId
  void store.readStream('ticket-1');
});

test('expected versions are numbers or "any"', () => {
  expectTypeOf<ExpectedVersion>().toEqualTypeOf<number | 'any'>();
  const store = new InMemoryEventStore<Opened>();
  // @ts-expect-error 'latest' is not an expected version
  void store.append(streamId('t'), [{ type: 'opened', by: 'ana' }], { expectedVersion: 'latest' });
  // @ts-expect-error the expected version is required
  void store.append(streamId('t'), [{ type: 'opened', by: 'ana' }], {});
});

test('the in-memory store is an EventStore of its event type only', () => {
  expectTypeOf(new InMemoryEventStore<Opened>()).toExtend<EventStore<Opened>>();
  const store = new InMemoryEventStore<Opened>();
  expectTypeOf(store.append(streamId('t'), [], { expectedVersion: 0 })).toEqualTypeOf<
    Promise<Result<AppendSuccess, AppendConflict>>
  >();
  expectTypeOf(store.readStream(streamId('t'))).toEqualTypeOf<
    Promise<readonly StoredEvent<Opened>[]>
  >();
  // @ts-expect-error an event of another type cannot be appended
  void store.append(streamId('t'), [{ type: 'closed' }], { expectedVersion: 0 });
});

test('an append conflict is a RuleViolation with its own code', () => {
  expectTypeOf<AppendConflict>().toExtend<RuleViolation<'append-conflict'>>();
  expectTypeOf<AppendConflict['actualVersion']>().toEqualTypeOf<number>();
});

test('handleCommand infers the state, events and violation from the decider', async () => {
  const store = new InMemoryEventStore<CounterEvent>();
  const result = await handleCommand(counter, store, streamId('c'), { type: 'add', amount: 1 });
  expectTypeOf(result).toEqualTypeOf<
    Result<CommandAccepted<CounterEvent, number>, CommandFailure<RuleViolation<'over-limit'>>>
  >();
  if (result.ok) expectTypeOf(result.value.state).toEqualTypeOf<number>();
  else if (result.error.kind === 'rejected') {
    expectTypeOf(result.error.violation.code).toEqualTypeOf<'over-limit'>();
  } else expectTypeOf(result.error.conflict).toEqualTypeOf<AppendConflict>();
  // @ts-expect-error the command must be the decider's command type
  void handleCommand(counter, store, streamId('c'), { type: 'remove', amount: 1 });
  // @ts-expect-error the store must hold the decider's event type
  void handleCommand(counter, new InMemoryEventStore<Opened>(), streamId('c'), {
    type: 'add',
    amount: 1,
  });
});

test('a decider whose decide takes an optional policy (like the ticket) is a Decider', () => {
  const withPolicy = {
    decide: (_c: 'go', _s: number, _policy?: { readonly strict: boolean }) =>
      ({ ok: true, value: [1] }) as Result<number[], RuleViolation[]>,
    evolve: (s: number, e: number) => s + e,
    initialState: 0,
  };
  expectTypeOf(withPolicy).toExtend<Decider<'go', number, number, RuleViolation[]>>();
});
