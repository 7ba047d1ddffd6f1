// Tests written for the survivors of `npm run mutation -- problem` in
// src/problem/known-error-base.ts (the list and the equivalent ones: docs/mutation-testing.md,
// « problem »). Each pins an exact answer or an exact refusal (class, message, path) that a
// mutant changed.
import { beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  createKnownErrorBase,
  initialProblemState,
  type KnownError,
  type KnownErrorQuery,
  knownErrorOf,
  type ProblemState,
  problemId,
  searchKnownErrors,
} from '../../src/problem/index.js';
import { thrownNameAndMessage as refusal, thrownError as thrown } from '../core/thrown-error.js';
import { lifecycle, run } from './problem-fixtures.js';

/** The seed's printer problem (§4.4.1–4.4.2), declared a known error by level 2. */
const known = run([
  lifecycle.record,
  lifecycle.cause,
  lifecycle.workaround,
  lifecycle.declare,
]).state;

const knownErrorOfState = (fields: Record<string, unknown>) =>
  knownErrorOf({ ...known, ...fields } as unknown as ProblemState);

describe('knownErrorOf (mutation survivors)', () => {
  it('refuses null by name', () => {
    expect(refusal(() => knownErrorOf(null as never))).toEqual([
      'TypeError',
      'knownErrorOf: state must be a problem state (initialProblemState or a Problem), got null.',
    ]);
  });

  it('answers undefined for a problem not recorded yet or still open', () => {
    expect(knownErrorOf(initialProblemState)).toBeUndefined();
    expect(knownErrorOf(run([lifecycle.record]).state)).toBeUndefined();
    expect(knownErrorOf(run([lifecycle.record, lifecycle.cause]).state)).toBeUndefined();
  });

  it('refuses a known-error stage without any cause (a state built by hand: the decider never makes it)', () => {
    expect(refusal(() => knownErrorOfState({ cause: undefined }))).toEqual([
      'TypeError',
      'knownErrorOf: state.cause must be given from the "known-error" stage on, got undefined (status "known-error").',
    ]);
  });

  it('refuses a missing id or title, and a symptom given that is not a text', () => {
    expect(refusal(() => knownErrorOfState({ title: undefined }))).toEqual([
      'TypeError',
      'knownErrorOf: state.title must be a text, got undefined.',
    ]);
    expect(refusal(() => knownErrorOfState({ id: undefined }))).toEqual([
      'TypeError',
      'knownErrorOf: state.id must be a text, got undefined.',
    ]);
    expect(refusal(() => knownErrorOfState({ symptom: 5 }))).toEqual([
      'TypeError',
      'knownErrorOf: state.symptom must be a text when given, got 5.',
    ]);
  });

  it('refuses a cause that is null or not an object, even one with a description of its own', () => {
    const message = 'knownErrorOf: state.cause.description must be a text, got undefined.';
    expect(refusal(() => knownErrorOfState({ cause: null }))).toEqual(['TypeError', message]);
    // A symbol has a `description` (from its prototype): it is still not a cause.
    expect(refusal(() => knownErrorOfState({ cause: Symbol('Pilote') }))).toEqual([
      'TypeError',
      message,
    ]);
  });

  it('leaves out the optional fields and notes a problem does not have', () => {
    expect(
      knownErrorOfState({
        description: undefined,
        symptom: undefined,
        equipment: undefined,
        category: undefined,
      }),
    ).toStrictEqual({
      id: 'PB-1',
      status: 'known-error',
      title: 'Imprimante du 2e étage hors ligne',
      keywords: ['impression', 'spouleur'],
      cause: 'Pilote 4.2 incompatible avec la mise à jour de sécurité',
      solutions: [
        {
          kind: 'workaround',
          description: 'Imprimer vers la file « etage2-secours ».',
          internalNote: 'File de secours sur le serveur PRN-02',
        },
      ],
      incidents: ['INC-1', 'INC-2'],
      internalNotes: ['File de secours sur le serveur PRN-02'],
    });
  });

  it('refuses a solution that is null or not an object, by name', () => {
    expect(refusal(() => knownErrorOfState({ solutions: [null] }))).toEqual([
      'TypeError',
      'knownErrorOf: state.solutions[0] must be a solution { kind, description }, got null.',
    ]);
    expect(
      refusal(() =>
        knownErrorOfState({ solutions: [{ kind: 'fix', description: 'Pilote 4.1' }, 5] }),
      ),
    ).toEqual([
      'TypeError',
      'knownErrorOf: state.solutions[1] must be a solution { kind, description }, got 5.',
    ]);
  });

  it('refuses a solution of an unknown kind, naming the kinds', () => {
    expect(
      refusal(() =>
        knownErrorOfState({ solutions: [{ kind: 'patch', description: 'Mettre à jour' }] }),
      ),
    ).toEqual([
      'TypeError',
      'knownErrorOf: state.solutions[0].kind must be one of "workaround", "fix", got "patch".',
    ]);
  });
});

const entry = (fields: Partial<KnownError> & Pick<KnownError, 'id' | 'title'>): KnownError => ({
  status: 'known-error',
  keywords: [],
  cause: 'Cause interne',
  solutions: [{ kind: 'workaround', description: 'Contournement' }],
  incidents: [],
  internalNotes: [],
  ...fields,
});

const configurationError = (act: () => unknown) => {
  const error = thrown(act);
  expect(error).toBeInstanceOf(ConfigurationError);
  const { message, path, input } = error as ConfigurationError;
  return { message, path, input };
};

describe('createKnownErrorBase (mutation survivors)', () => {
  it('refuses an entry that is null or not an object, with its path', () => {
    expect(configurationError(() => createKnownErrorBase([null as never]))).toEqual({
      message: 'Known-error base: entries[0] must be a known error, got null.',
      path: [0],
      input: null,
    });
    expect(configurationError(() => createKnownErrorBase([5 as never]))).toEqual({
      message: 'Known-error base: entries[0] must be a known error, got 5.',
      path: [0],
      input: 5,
    });
  });

  it('refuses a text, a number and a plain object as the list, though a text is iterable', () => {
    for (const value of ['PB-1', 5, {}]) {
      const error = configurationError(() => createKnownErrorBase(value as never));
      expect(error.path).toEqual([]);
      expect(error.input).toBe(value);
      expect(error.message).toMatch(
        /^Known-error base: expected a list \(or any iterable\) of known errors, got /,
      );
    }
  });
});

const ids = (matches: ReturnType<typeof searchKnownErrors>) =>
  matches.map((m) => [m.knownError.id, m.score]);

const search = (entries: readonly KnownError[], query: KnownErrorQuery) =>
  searchKnownErrors(createKnownErrorBase(entries), query);

describe('searchKnownErrors (mutation survivors)', () => {
  const screen = entry({
    id: problemId('PB-1'),
    title: 'Écran noir',
    symptom: 'Clignotement',
    equipment: 'Moniteur Dell',
    category: 'Affichage',
    keywords: ['câble vidéo'],
  });
  // A fresh base in each test: its index is built with the mutant of the run active (a base
  // built once, when the file is collected, keeps the index of the first run, and StrykerJS
  // would see every later mutant of the indexing survive).
  let base = createKnownErrorBase([screen]);
  beforeEach(() => {
    base = createKnownErrorBase([screen]);
  });

  it('finds a term of the symptom, the equipment or the category of an entry', () => {
    expect(ids(searchKnownErrors(base, { symptom: 'clignotement' }))).toEqual([['PB-1', 1]]);
    expect(ids(searchKnownErrors(base, { symptom: 'dell' }))).toEqual([['PB-1', 1]]);
    expect(ids(searchKnownErrors(base, { symptom: 'affichage' }))).toEqual([['PB-1', 1]]);
    expect(ids(searchKnownErrors(base, { symptom: 'noir' }))).toEqual([['PB-1', 1]]);
  });

  it('finds every entry holding a term, not only the last one indexed', () => {
    const other = entry({ id: problemId('PB-2'), title: 'Écran bleu' });
    expect(ids(search([screen, other], { symptom: 'écran' }))).toEqual([
      ['PB-1', 1],
      ['PB-2', 1],
    ]);
  });

  it('scores 2 a query keyword that is one of the entry keywords, 1 one whose terms are all in its text', () => {
    expect(searchKnownErrors(base, { keywords: ['Cable VIDEO'] })).toEqual([
      {
        knownError: base.entries[0],
        score: 2,
        matched: { symptomTerms: [], equipment: 'none', keywords: ['Cable VIDEO'] },
      },
    ]);
    expect(ids(searchKnownErrors(base, { keywords: ['noir écran'] }))).toEqual([['PB-1', 1]]);
    expect(ids(searchKnownErrors(base, { keywords: ['câble vidéo', 'dell moniteur'] }))).toEqual([
      ['PB-1', 3],
    ]);
    expect(ids(searchKnownErrors(base, { keywords: ['câble vidéo', 'câble vidéo'] }))).toEqual([
      ['PB-1', 4],
    ]);
  });

  it('scores nothing for a keyword only some of whose terms are in the entry', () => {
    expect(searchKnownErrors(base, { keywords: ['écran bleu'] })).toEqual([]);
    const [match] = searchKnownErrors(base, { symptom: 'noir', keywords: ['écran bleu'] });
    expect(match?.matched).toEqual({ symptomTerms: ['noir'], equipment: 'none', keywords: [] });
    expect(match?.score).toBe(1);
  });

  it('ignores a query keyword made of stop words alone, even against such a keyword', () => {
    const odd = entry({ id: problemId('PB-3'), title: 'Divers', keywords: ['le'] });
    expect(search([odd], { keywords: ['la'] })).toEqual([]);
  });

  it('finds nothing by keyword when the query gives none', () => {
    // The texts are those a mutant of the query's default keywords (`[]`) put there: with no
    // keyword given, none of an entry's keywords may match.
    const odd = entry({
      id: problemId('PB-4'),
      title: 'Stryker was here',
      keywords: ['Stryker was here'],
    });
    expect(search([odd], {})).toEqual([]);
    expect(search([odd], { symptom: 'autre' })).toEqual([]);
  });

  it('answers the entries of the base itself', () => {
    const [match] = searchKnownErrors(base, { symptom: 'noir' });
    expect(match?.knownError).toBe(base.entries[0]);
  });

  it('orders entries of equal score by id, whatever their order in the base', () => {
    const tied = ['PB-3', 'PB-1', 'PB-4', 'PB-2'].map((id) =>
      entry({ id: problemId(id), title: 'Imprimante' }),
    );
    const orders = [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [1, 3, 0, 2],
      [2, 0, 3, 1],
      [1, 0, 3, 2],
    ];
    for (const order of orders) {
      const entries = order.map((i) => tied[i] as KnownError);
      expect(ids(search(entries, { symptom: 'imprimante' }))).toEqual([
        ['PB-1', 1],
        ['PB-2', 1],
        ['PB-3', 1],
        ['PB-4', 1],
      ]);
    }
  });

  it('keeps the best `limit` entries, none for 0, and refuses a limit that is not an integer', () => {
    expect(searchKnownErrors(base, { symptom: 'noir' }, { limit: 0 })).toEqual([]);
    expect(refusal(() => searchKnownErrors(base, { symptom: 'noir' }, { limit: 1.5 }))).toEqual([
      'TypeError',
      'searchKnownErrors: limit must be an integer ≥ 0, got 1.5.',
    ]);
  });

  it('refuses null options, base and query by name', () => {
    expect(refusal(() => searchKnownErrors(base, {}, null as never))).toEqual([
      'TypeError',
      'searchKnownErrors: options must be { limit? }, got null.',
    ]);
    expect(refusal(() => searchKnownErrors(null as never, {}))).toEqual([
      'TypeError',
      'searchKnownErrors: base must be a known-error base (from createKnownErrorBase), got null.',
    ]);
    expect(refusal(() => searchKnownErrors(base, null as never))).toEqual([
      'TypeError',
      'searchKnownErrors: query must be { symptom?, equipment?, keywords? }, got null.',
    ]);
  });

  it('refuses a symptom or an equipment that is not a text, and keywords that are not a list', () => {
    const message = (symptom: string, equipment: string) =>
      `searchKnownErrors: symptom and equipment must be texts when given, got ${symptom} and ${equipment}.`;
    expect(refusal(() => searchKnownErrors(base, { symptom: 5 as never }))).toEqual([
      'TypeError',
      message('5', '""'),
    ]);
    expect(
      refusal(() => searchKnownErrors(base, { symptom: 'noir', equipment: 5 as never })),
    ).toEqual(['TypeError', message('"noir"', '5')]);
    expect(refusal(() => searchKnownErrors(base, { keywords: 'noir' as never }))).toEqual([
      'TypeError',
      'searchKnownErrors: keywords must be a list of texts when given, got "noir".',
    ]);
  });
});

describe('a primitive where an object is due is refused as a whole, by name (the third run)', () => {
  const base = createKnownErrorBase([]);
  it('knownErrorOf(5)', () => {
    expect(refusal(() => knownErrorOf(5 as never))).toEqual([
      'TypeError',
      'knownErrorOf: state must be a problem state (initialProblemState or a Problem), got 5.',
    ]);
  });
  it('searchKnownErrors with options 5', () => {
    expect(refusal(() => searchKnownErrors(base, { symptom: 'printer' }, 5 as never))).toEqual([
      'TypeError',
      'searchKnownErrors: options must be { limit? }, got 5.',
    ]);
  });
  it('searchKnownErrors on the base "entries"', () => {
    expect(refusal(() => searchKnownErrors('entries' as never, { symptom: 'printer' }))).toEqual([
      'TypeError',
      'searchKnownErrors: base must be a known-error base (from createKnownErrorBase), got "entries".',
    ]);
  });
});
