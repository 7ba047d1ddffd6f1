// Tests written for the survivors of `npm run mutation -- problem` in src/problem/faq.ts (the
// list: docs/mutation-testing.md, « problem »). Each pins the exact TypeError a bad argument
// gets, where a mutant let the value through or threw the generic « could not be read » one.
import { describe, expect, it } from 'vitest';
import { type KnownError, problemId, toFaqEntries } from '../../src/problem/index.js';
import { thrownNameAndMessage as refusal } from '../core/thrown-error.js';

/** The seed's case (§4.4.2): a printer's known error, published to users. */
const printer: KnownError = {
  id: problemId('PB-1'),
  status: 'known-error',
  title: 'Imprimante du 2e étage hors ligne',
  keywords: ['impression'],
  cause: 'Pilote 4.2 incompatible',
  solutions: [{ kind: 'workaround', description: 'Imprimer vers la file de secours.' }],
  incidents: [],
  internalNotes: [],
};

const withEntry = (fields: Record<string, unknown>) =>
  refusal(() => toFaqEntries([{ ...printer, ...fields } as never]));

describe('toFaqEntries (mutation survivors)', () => {
  it('refuses options that are not an object, by name', () => {
    expect(refusal(() => toFaqEntries([printer], null as never))).toEqual([
      'TypeError',
      'toFaqEntries: options must be { includeCause? }, got null.',
    ]);
    expect(refusal(() => toFaqEntries([printer], 5 as never))).toEqual([
      'TypeError',
      'toFaqEntries: options must be { includeCause? }, got 5.',
    ]);
  });

  it('refuses null and undefined as the known errors, by name', () => {
    expect(refusal(() => toFaqEntries(null as never))).toEqual([
      'TypeError',
      'toFaqEntries: expected a list of known errors or a known-error base, got null.',
    ]);
    expect(refusal(() => toFaqEntries(undefined as never))).toEqual([
      'TypeError',
      'toFaqEntries: expected a list of known errors or a known-error base, got undefined.',
    ]);
  });

  it('refuses an entry that is null or not an object, by name', () => {
    expect(refusal(() => toFaqEntries([printer, null] as never))).toEqual([
      'TypeError',
      'toFaqEntries: entries[1] must be a known error { id, title, keywords, solutions, … }, got null.',
    ]);
  });

  it('refuses an id or a title that is not a text', () => {
    expect(withEntry({ id: 5 })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].id must be a problem id, got 5.',
    ]);
    expect(withEntry({ title: 5 })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].title must be a text, got 5.',
    ]);
  });

  it('refuses a symptom, equipment or category given that is not a text', () => {
    expect(withEntry({ symptom: 5 })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].symptom must be a text when given, got 5.',
    ]);
    expect(withEntry({ category: null })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].category must be a text when given, got null.',
    ]);
  });

  it('refuses a solution that is null or not an object, by name', () => {
    expect(withEntry({ solutions: [null] })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].solutions[0] must be a solution { kind, description }, got null.',
    ]);
    expect(withEntry({ solutions: [printer.solutions[0], 5] })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].solutions[1] must be a solution { kind, description }, got 5.',
    ]);
  });

  it('refuses a solution whose description is not a text', () => {
    expect(withEntry({ solutions: [{ kind: 'fix', description: 5 }] })).toEqual([
      'TypeError',
      'toFaqEntries: entries[0].solutions[0].description must be a text, got 5.',
    ]);
  });

  it('publishes the public fields of a well-formed entry', () => {
    expect(toFaqEntries([{ ...printer, symptom: 'File bloquée' }])).toEqual([
      {
        id: 'PB-1',
        question: 'Imprimante du 2e étage hors ligne',
        symptom: 'File bloquée',
        keywords: ['impression'],
        answers: [{ kind: 'workaround', text: 'Imprimer vers la file de secours.' }],
      },
    ]);
  });
});

describe('toFaqEntries: an entry that is a primitive (the third run)', () => {
  it('is refused as a whole by name, not read field by field', () => {
    expect(refusal(() => toFaqEntries([5 as never]))).toEqual([
      'TypeError',
      'toFaqEntries: entries[0] must be a known error { id, title, keywords, solutions, … }, got 5.',
    ]);
  });
});
