import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { appendConflict } from '../../src/storage/append-conflict.js';
import {
  assertAppendArguments,
  resolveReadAllOptions,
  resolveReadStreamOptions,
} from '../../src/storage/event-store.js';
import {
  assertExpectedVersion,
  satisfiesExpectedVersion,
} from '../../src/storage/expected-version.js';
import { streamId } from '../../src/storage/stream-id.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';

describe('streamId', () => {
  test('brands a non-empty string as it is', () => {
    expect(streamId('ticket-42')).toBe('ticket-42');
  });

  test.each([
    ['', '""'],
    [undefined, 'undefined'],
    [42, '42'],
    [{}, 'an object'],
  ])('refuses %o with a TypeError naming it', (value, shown) => {
    expect(() => streamId(value as string)).toThrow(
      new TypeError(`A stream id must be a non-empty string such as 'ticket-42', got ${shown}.`),
    );
  });
});

describe('expected versions', () => {
  test.each([0, 1, 2 ** 53 - 1, 'any'])('accepts %o', (value) => {
    expect(() => assertExpectedVersion(value)).not.toThrow();
  });

  test.each([-1, 0.5, Number.NaN, Infinity, '1', null, undefined, 'no-stream'])(
    'refuses %o with a TypeError',
    (value) => {
      expect(() => assertExpectedVersion(value)).toThrow(
        /expectedVersion must be an integer ≥ 0 \(0 for a stream that must not exist yet\) or 'any'/,
      );
    },
  );

  test.prop([fc.nat(), fc.nat()])(
    'a number is satisfied by exactly that version; any by every version',
    (expected, actual) => {
      expect(satisfiesExpectedVersion(expected, actual)).toBe(expected === actual);
      expect(satisfiesExpectedVersion('any', actual)).toBe(true);
    },
  );
});

describe('appendConflict', () => {
  test('is a RuleViolation with fr and en messages and the three facts', () => {
    expect(appendConflict(streamId('ticket-1'), 0, 4)).toEqual({
      code: 'append-conflict',
      message: {
        fr: 'Conflit de version sur le flux « ticket-1 » : version attendue 0, version trouvée 4. Rechargez le flux et décidez à nouveau.',
        en: 'Version conflict on stream "ticket-1": expected version 0, found version 4. Reload the stream and decide again.',
      },
      details: { streamId: 'ticket-1', expectedVersion: 0, actualVersion: 4 },
      streamId: 'ticket-1',
      expectedVersion: 0,
      actualVersion: 4,
    });
  });
});

describe('argument checks shared by adapters', () => {
  const id = streamId('t');

  test('a valid append passes', () => {
    expect(assertAppendArguments(id, [1], { expectedVersion: 'any' })).toBeUndefined();
  });

  test.each([
    [id, 'x', { expectedVersion: 0 }, 'append: events must be an array of events, got "x".'],
    [
      id,
      [],
      { expectedVersion: 0 },
      'append: events must hold at least one event; when a decision emits nothing, do not append.',
    ],
    [id, [1], null, 'append: options must be { expectedVersion }, got null.'],
    [id, [1], 5, 'append: options must be { expectedVersion }, got 5.'],
  ])('append(%o, %o, %o) is refused: %s', (stream, events, options, message) => {
    expect(() => assertAppendArguments(stream, events, options)).toThrow(new TypeError(message));
  });

  test('read options get their defaults', () => {
    expect(resolveReadStreamOptions(undefined)).toEqual({ fromVersion: 1, limit: Infinity });
    expect(resolveReadStreamOptions({ fromVersion: 3 })).toEqual({
      fromVersion: 3,
      limit: Infinity,
    });
    expect(resolveReadAllOptions(undefined)).toEqual({ fromPosition: 0, limit: 1000 });
    expect(resolveReadAllOptions({ fromPosition: 42 })).toEqual({ fromPosition: 42, limit: 1000 });
  });

  test.each([
    [
      () => resolveReadStreamOptions({ fromVersion: 0 }),
      'readStream: fromVersion must be an integer ≥ 1, got 0.',
    ],
    [
      () => resolveReadStreamOptions({ limit: 2.5 }),
      'readStream: limit must be an integer ≥ 1, got 2.5.',
    ],
    [
      () => resolveReadStreamOptions([] as never),
      'readStream: options must be an object or undefined, got an array.',
    ],
    [
      () => resolveReadStreamOptions(null as never),
      'readStream: options must be an object or undefined, got null.',
    ],
    [
      () => resolveReadStreamOptions(5 as never),
      'readStream: options must be an object or undefined, got 5.',
    ],
    [
      () => resolveReadAllOptions({ fromPosition: -1 }),
      'readAll: fromPosition must be an integer ≥ 0, got -1.',
    ],
    [() => resolveReadAllOptions({ limit: 0 }), 'readAll: limit must be an integer ≥ 1, got 0.'],
  ])('%# refuses invalid read options: %s', (call, message) => {
    expect(call).toThrow(new TypeError(message));
  });
});

// Issue 10 item 2: the read options are read once and refused only with their TypeError.
describe('read options under hostile input (issue 10)', () => {
  test('turn a Proxy or a getter that throws into their TypeError', () => {
    const options = {};
    throwingGetter(options, 'limit');
    for (const value of [revokedProxy(), trappedProxy({}), options]) {
      expect(() => resolveReadStreamOptions(value as never)).toThrow(
        /^resolveReadStreamOptions: the input could not be read as plain data/,
      );
      expect(() => resolveReadAllOptions(value as never)).toThrow(
        /^resolveReadAllOptions: the input could not be read as plain data/,
      );
    }
  });

  test('read each option once, so it cannot change between its check and its use', () => {
    const changing = () => {
      const counter = { reads: 0 };
      const options = {
        get limit() {
          counter.reads++;
          return counter.reads === 1 ? 5 : -1;
        },
      };
      return { counter, options };
    };
    const all = changing();
    expect(resolveReadAllOptions(all.options)).toEqual({ fromPosition: 0, limit: 5 });
    expect(all.counter.reads).toBe(1);
    const stream = changing();
    expect(resolveReadStreamOptions(stream.options)).toEqual({ fromVersion: 1, limit: 5 });
    expect(stream.counter.reads).toBe(1);
  });

  test('describe an odd option with describeValue', () => {
    expect(() => resolveReadAllOptions({ limit: 10n ** 40n } as never)).toThrow(
      new TypeError('readAll: limit must be an integer ≥ 1, got 100000000000000000000000000000…n.'),
    );
  });
});
