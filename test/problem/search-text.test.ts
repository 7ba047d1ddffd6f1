import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  foldText,
  maxSearchedLength,
  searchTerms,
  stemWord,
} from '../../src/problem/search-text.js';
import { runGuarded } from '../sla/hang-guard.js';

describe('French text folding', () => {
  it.each([
    ['Imprimante', 'imprimante'],
    ['écran', 'ecran'],
    ['ÉCRAN', 'ecran'],
    ['Réseau à Noël', 'reseau a noel'],
    ["L'ordinateur s’éteint", 'l ordinateur s eteint'],
    ['Cœur  Ça', 'coeur ca'],
    ['  mot-de-passe!! ', 'mot de passe'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it.each([
    ['imprimantes', 'imprimante'],
    ['reseaux', 'reseau'],
    ['ecrans', 'ecran'],
    ['acces', 'acce'],
    ['bus', 'bus'],
    ['process', 'process'],
  ])('stems %j to %j', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });

  it('keeps distinct significant terms in order, without stop words', () => {
    expect(searchTerms("L'imprimante n'imprime pas les PDF des imprimantes")).toEqual([
      'imprimante',
      'imprime',
      'pdf',
    ]);
    expect(searchTerms('le la les de du')).toEqual([]);
  });

  test.prop([fc.string({ unit: 'grapheme' })])('folding is idempotent', (text) => {
    expect(foldText(foldText(text))).toBe(foldText(text));
  });

  const frenchLetter = fc.constantFrom(
    ..."aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyÿzœæ '’-".split(''),
  );
  const frenchText = fc.string({ unit: frenchLetter, maxLength: 40 });
  const stripAccents = (t: string) => t.normalize('NFD').replace(/\p{M}+/gu, '');

  test.prop([frenchText])('case never changes the terms', (text) => {
    expect(searchTerms(text.toUpperCase())).toEqual(searchTerms(text.toLowerCase()));
  });

  test.prop([frenchText])('accents never change the terms', (text) => {
    expect(searchTerms(stripAccents(text))).toEqual(searchTerms(text));
  });
});

describe('search cost: linear in its input, with a documented length cap', () => {
  it('reads a text on its first maxSearchedLength characters, cut at a space', () => {
    const long = `${'ecran '.repeat(maxSearchedLength / 6)}clavier`;
    expect(long.length).toBeGreaterThan(maxSearchedLength);
    expect(searchTerms(long)).toEqual(['ecran']);
    expect(searchTerms(`clavier ${'ecran '.repeat(maxSearchedLength / 6)}`)).toEqual([
      'clavier',
      'ecran',
    ]);
  });

  it('keeps each distinct term once, in order of first appearance, for many distinct words', () => {
    const words = Array.from({ length: 5_000 }, (_, n) => `mot${n}`);
    expect(searchTerms([...words, ...words].join(' '))).toEqual(words);
  });

  it('searches a 200 KB symptom of distinct words forty times without hanging (worker guard)', async () => {
    const outcome = await runGuarded(
      new URL('./search-bounds.scenarios.ts', import.meta.url),
      'searchA200KbSymptom',
    );
    expect(outcome).toEqual({ kind: 'value', value: 200 });
  });
});
