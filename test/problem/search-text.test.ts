import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { foldText, searchTerms, stemWord } from '../../src/problem/search-text.js';

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
