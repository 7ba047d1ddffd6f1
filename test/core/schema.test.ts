import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatSchemaPath, schemaKit as k, parseWithSchema } from '../../src/core/schema.js';
import { anythingOdd, throwingGetter } from '../ticket/hostile-values.js';

const point = k.object({
  x: k.number(),
  label: k.optional(k.text()),
  tags: k.optional(k.array(k.literals(['a', 'b']))),
  at: k.optional(k.date()),
});

describe('the schema kit', () => {
  it('reads a copy holding only the keys it names; trims and reads ISO dates in json mode', () => {
    const input = { x: 1, label: ' p ', extra: true, at: '2026-03-02T09:00:00Z' };
    expect(parseWithSchema(point, { x: 1, label: ' p ', extra: true })).toEqual({
      ok: true,
      value: { x: 1, label: ' p ' },
      issues: [],
    });
    const json = parseWithSchema(point, input, 'json');
    expect(json.ok && json.value).toEqual({
      x: 1,
      label: 'p',
      at: new Date('2026-03-02T09:00:00Z'),
    });
    expect(parseWithSchema(point, input).issues).toEqual([
      { path: ['at'], reason: 'expected a valid Date, got "2026-03-02T09:00:00Z"' },
    ]);
  });

  it('gives every issue with its path', () => {
    expect(parseWithSchema(point, { label: '  ', tags: ['a', 'c'] }).issues).toEqual([
      { path: ['x'], reason: 'is required' },
      { path: ['label'], reason: 'expected a non-empty text, got "  "' },
      { path: ['tags', 1], reason: 'expected one of "a", "b", got "c"' },
    ]);
    expect(formatSchemaPath(['tags', 1, 'x'])).toBe('tags[1].x');
  });

  it('variants pick their schema by a key; exact objects refuse other keys', () => {
    const shape = k.variants('kind', {
      dot: k.object({ kind: k.literals(['dot']) }),
      box: k.object(
        { kind: k.literals(['box']), side: k.number({ positive: true }) },
        { exact: true },
      ),
    });
    expect(parseWithSchema(shape, { kind: 'box', side: 0 }).issues).toEqual([
      { path: ['side'], reason: 'expected a number > 0, got 0' },
    ]);
    expect(parseWithSchema(shape, { kind: 'box', side: 1, depth: 2 }).issues).toEqual([
      { path: [], reason: 'has an unexpected key "depth"' },
    ]);
    expect(parseWithSchema(shape, { kind: 'cone' }).issues[0]?.path).toEqual(['kind']);
  });

  it('never calls a getter', () => {
    const input: Record<string, unknown> = { x: 1 };
    const getter = throwingGetter(input, 'label');
    expect(parseWithSchema(point, input).issues).toEqual([
      { path: ['label'], reason: 'expected a data property, got a getter' },
    ]);
    expect(getter.calls).toBe(0);
  });

  test.prop([anythingOdd()])(
    'never throws, and a value it accepts reads back the same',
    (value) => {
      for (const mode of ['value', 'json'] as const) {
        const r = parseWithSchema(point, value, mode);
        if (r.ok) expect(parseWithSchema(point, r.value, mode)).toEqual(r);
        else expect(r.issues.length).toBeGreaterThan(0);
      }
      expect(parseWithSchema(k.ownData(), value).ok).toBe(
        typeof value === 'object' && value !== null && !Array.isArray(value),
      );
    },
  );
});
