import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { layoutColumns, padTo, textWidth } from '../../examples/service-desk-day/text-table.js';

describe('terminal tables size their columns to their content', () => {
  it('keeps five-digit counts apart (« ✓4548/5007 » ran together at a fixed width)', () => {
    const lines = layoutColumns(
      [
        ['Priority 3', '5023', '5007/5007 100.0 % ≥ 97 % ✓', '4548/5007  90.8 % ≥ 95 % ✗'],
        ['Priority 1', '2', '2/2 100.0 % ≥ 99 % ✓', '0/2   0.0 % ≥ 98 % ✗'],
      ],
      ['left', 'right', 'left', 'left'],
      3,
    );
    expect(lines[0]).toBe(
      'Priority 3   5023   5007/5007 100.0 % ≥ 97 % ✓   4548/5007  90.8 % ≥ 95 % ✗',
    );
    expect(lines[1]).toBe(
      'Priority 1      2   2/2 100.0 % ≥ 99 % ✓         0/2   0.0 % ≥ 98 % ✗      ',
    );
  });

  it('counts « ✓ », « ≥ » and accented letters as one character', () => {
    expect(textWidth('≥ 97 % ✓')).toBe(8);
    expect(padTo('clôturé', 9)).toBe('clôturé  ');
    expect(padTo('42', 5, 'right')).toBe('   42');
  });

  const cell = fc.string({
    unit: fc.constantFrom('a', '9', '✓', '≥', 'é', '/', '%'),
    maxLength: 12,
  });
  fcTest.prop([
    fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.constantFrom('left' as const, 'right' as const), { maxLength: 5 }),
    fc.integer({ min: 1, max: 4 }),
  ])(
    'every cell starts in its column, at least `gap` spaces after the widest cell before it',
    (rows, align, gap) => {
      const lines = layoutColumns(rows, align, gap);
      const columns = Math.max(...rows.map((r) => r.length));
      const widths = Array.from({ length: columns }, (_, c) =>
        Math.max(...rows.map((r) => textWidth(r[c] ?? ''))),
      );
      rows.forEach((row, k) => {
        const chars = [...(lines[k] as string)];
        expect(chars.length).toBe(widths.reduce((a, b) => a + b, 0) + gap * (columns - 1));
        let at = 0;
        widths.forEach((w, c) => {
          const text = row[c] ?? '';
          const slot = chars.slice(at, at + w).join('');
          expect(slot).toBe(padTo(text, w, align[c] ?? 'left'));
          if (c > 0) expect(chars.slice(at - gap, at).join('')).toBe(' '.repeat(gap));
          at += w + gap;
        });
      });
    },
  );
});
