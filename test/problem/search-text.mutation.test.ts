// Tests written for the survivors of `npm run mutation -- problem` in src/problem/search-text.ts
// (the list and the equivalent ones: docs/mutation-testing.md, « problem »).
import { describe, expect, it } from 'vitest';
import { foldText, maxSearchedLength, searchTerms } from '../../src/problem/search-text.js';

describe('foldText (mutation survivors)', () => {
  it('collapses a run of plain ASCII punctuation and spaces into one space', () => {
    expect(foldText('Imprimante,  HORS -- ligne!')).toBe('imprimante hors ligne');
  });

  it('spells « æ » out as « ae » and « œ » as « oe »', () => {
    expect(foldText('Cæsar Œuvre')).toBe('caesar oeuvre');
    expect(foldText('ÆCRAN')).toBe('aecran');
  });
});

describe('searchTerms (mutation survivors)', () => {
  it('drops the stop words and the empty words', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('  !! ')).toEqual([]);
    expect(searchTerms('le PDF de la compta')).toEqual(['pdf', 'compta']);
  });

  it('reads a text of exactly maxSearchedLength characters whole', () => {
    const text = `${'x'.repeat(maxSearchedLength - 10)} clavier12`;
    expect(text.length).toBe(maxSearchedLength);
    expect(searchTerms(text)).toEqual(['x'.repeat(maxSearchedLength - 10), 'clavier12']);
  });

  it('cuts a longer text without any space at maxSearchedLength characters', () => {
    expect(searchTerms('b'.repeat(maxSearchedLength + 5))).toEqual(['b'.repeat(maxSearchedLength)]);
  });

  it('cuts a longer text whose only space comes first at maxSearchedLength characters, not before it', () => {
    expect(searchTerms(` ${'b'.repeat(maxSearchedLength + 5)}`)).toEqual([
      'b'.repeat(maxSearchedLength - 1),
    ]);
  });
});
