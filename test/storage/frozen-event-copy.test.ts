import { describe, expect, test } from 'vitest';
import { frozenEventCopies, maxStoredEventDepth } from '../../src/storage/frozen-event-copy.js';
import { thrownError as thrown } from '../core/thrown-error.js';

/** The error `run` throws (fails the test when it throws nothing). */

/** An object nested `levels` deep: { a: { a: … { a: leaf } } }. */
function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('frozenEventCopies refusals say where and why', () => {
  test('keeps the copy failure as the cause', () => {
    const error = thrown(() => frozenEventCopies([{ f: () => 1 }], 'append'));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toMatch(/^append: events\[0\]\.f cannot be stored: it is a function/);
    expect(error.cause).toBeDefined();
  });

  test('refuses a batch that is not an array', () => {
    expect(() => frozenEventCopies('x' as never, 'append')).toThrow(
      new TypeError('append: events must be an array, got "x".'),
    );
  });

  test('names a hole inside a Map key, a Map value or a Set item, counting entries', () => {
    const sparse: unknown[] = [];
    sparse[1] = 1;
    expect(() =>
      frozenEventCopies(
        [
          {
            m: new Map<unknown, unknown>([
              [1, 'ok'],
              [sparse, 'v'],
            ]),
          },
        ],
        'append',
      ),
    ).toThrow(/^append: events\[0\]\.m key #1\[0\] is a hole/);
    expect(() =>
      frozenEventCopies(
        [
          {
            m: new Map<unknown, unknown>([
              [1, 'ok'],
              ['k', sparse],
            ]),
          },
        ],
        'append',
      ),
    ).toThrow(/^append: events\[0\]\.m value #1\[0\] is a hole/);
    expect(() => frozenEventCopies([{ s: new Set<unknown>(['ok', sparse]) }], 'append')).toThrow(
      /^append: events\[0\]\.s item #1\[0\] is a hole/,
    );
  });

  test('names a cycle through a Set item or a Map key', () => {
    const set = new Set<unknown>();
    set.add(set);
    expect(() => frozenEventCopies([{ s: set }], 'append')).toThrow(
      /^append: events\[0\]\.s item #0 refers back to events\[0\]\.s \(a cycle\)/,
    );
    const map = new Map<unknown, unknown>();
    map.set(map, 1);
    expect(() => frozenEventCopies([{ m: map }], 'append')).toThrow(
      /^append: events\[0\]\.m key #0 refers back to events\[0\]\.m \(a cycle\)/,
    );
  });

  test(`stores an event ${maxStoredEventDepth} levels deep, and refuses one level more`, () => {
    expect(() => frozenEventCopies([nested(maxStoredEventDepth)], 'append')).not.toThrow();
    expect(() => frozenEventCopies([nested(maxStoredEventDepth + 1)], 'append')).toThrow(
      new TypeError(`append: events[0] is nested deeper than ${maxStoredEventDepth} levels.`),
    );
  });

  test('says the event is too deep when even copying it overflows', () => {
    expect(() => frozenEventCopies([nested(200_000)], 'append')).toThrow(
      /^append: events is nested too deeply to be stored \(at most 1000 levels\)\./,
    );
  });

  test('finds a function past a cycle in a value that cannot be copied', () => {
    const event: Record<string, unknown> = {};
    event.self = event;
    event.f = () => 1;
    expect(() => frozenEventCopies([event], 'append')).toThrow(
      /^append: events\[0\]\.f cannot be stored: it is a function/,
    );
  });

  test('names a cycle in an event that also holds null', () => {
    const event: Record<string, unknown> = { note: null };
    event.self = event;
    expect(() => frozenEventCopies([event], 'append')).toThrow(
      new TypeError(
        'append: events[0].self refers back to events[0] (a cycle); an event must be a tree of plain data.',
      ),
    );
  });

  test('searches what cannot be copied down to 64 levels exactly', () => {
    expect(() => frozenEventCopies([nested(63, () => 1)], 'append')).toThrow(
      /cannot be stored: it is a function/,
    );
    expect(() => frozenEventCopies([nested(64, () => 1)], 'append')).toThrow(
      /cannot be stored: it is nested too deeply; an event must be plain data/,
    );
  });

  test('gives up the search for what cannot be copied past 64 levels', () => {
    expect(() => frozenEventCopies([nested(70, () => 1)], 'append')).toThrow(
      /cannot be stored: it is nested too deeply; an event must be plain data/,
    );
  });
});

describe('frozenEventCopies keeps the shape of what it stores', () => {
  test('a Date referenced twice stays one object', () => {
    const at = new Date('2026-03-02T09:00:00Z');
    const [stored] = frozenEventCopies([{ openedAt: at, dueFrom: at }], 'append');
    const event = stored?.event as { openedAt: Date; dueFrom: Date };
    expect(event.openedAt).toBe(event.dueFrom);
    expect(event.openedAt.getTime()).toBe(at.getTime());
  });

  test('an object with a length property is not an array with holes', () => {
    const [stored] = frozenEventCopies([{ length: 2, unit: 'm' }], 'append');
    expect(stored?.event).toEqual({ length: 2, unit: 'm' });
    expect(Object.isFrozen(stored?.event)).toBe(true);
  });
});
