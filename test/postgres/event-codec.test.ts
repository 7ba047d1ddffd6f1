import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { jsonEventCodec } from '../../src/postgres/event-codec.js';

const codec = jsonEventCodec<unknown>();
/** What the database does to the stored JSON: text in, parsed JSON out. */
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value));

const plain = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.string().filter((s) => !s.includes('\u0000')),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.date({ noInvalidDate: true }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom('$date', '$escape', 'type')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

describe('jsonEventCodec', () => {
  test.prop([plain])('gives back what was stored, dates and $-keys included', (value) => {
    expect(codec.decode(throughJson(codec.encode(value)))).toEqual(value);
  });

  test('an object of the caller shaped like a tag comes back as it was', () => {
    for (const value of [{ $date: '2026-03-02' }, { $escape: { $date: 'x' } }, { $date: null }]) {
      expect(codec.decode(throughJson(codec.encode(value)))).toEqual(value);
    }
  });

  test('an invalid Date comes back invalid', () => {
    const back = codec.decode(throughJson(codec.encode({ at: new Date(Number.NaN) }))) as {
      at: Date;
    };
    expect(back.at).toBeInstanceOf(Date);
    expect(Number.isNaN(back.at.getTime())).toBe(true);
  });

  test.each([
    [{ n: 10n }, /event\.n is 10n/],
    [{ n: Number.NaN }, /finite numbers only/],
    [{ f: () => 1 }, /plain data/],
    [{ m: new Map() }, /not Map, Set or class instances/],
    [{ list: [1, undefined] }, /event\.list\[1\] is undefined/],
    [{ text: 'a\u0000b' }, /NUL character/],
  ])('refuses %o with a TypeError naming where', (value, message) => {
    expect(() => codec.encode(value)).toThrow(TypeError);
    expect(() => codec.encode(value)).toThrow(message);
  });

  test('refuses cycles, but not a value seen twice', () => {
    const shared = { a: 1 };
    expect(codec.encode({ x: shared, y: shared })).toEqual({ x: { a: 1 }, y: { a: 1 } });
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => codec.encode(cycle)).toThrow(/refers back to itself/);
  });

  test('typeOf reads the event type, or says event', () => {
    expect(codec.typeOf({ type: 'ticket-opened' })).toBe('ticket-opened');
    expect(codec.typeOf('x')).toBe('event');
    expect(codec.typeOf({ type: 3 })).toBe('event');
  });
});
