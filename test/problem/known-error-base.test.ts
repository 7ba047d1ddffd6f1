import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  changeRef,
  createKnownErrorBase,
  incidentRef,
  type KnownError,
  type KnownErrorQuery,
  knownErrorOf,
  problemId,
  searchKnownErrors,
  toFaqEntries,
} from '../../src/problem/index.js';
import { thrownError as thrown } from '../core/thrown-error.js';
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
import { lifecycle, run } from './problem-fixtures.js';

const entry = (fields: Partial<KnownError> & Pick<KnownError, 'id' | 'title'>): KnownError => ({
  status: 'known-error',
  keywords: [],
  cause: 'Cause interne',
  solutions: [{ kind: 'workaround', description: 'Contournement' }],
  incidents: [],
  internalNotes: [],
  ...fields,
});

const printer = entry({
  id: problemId('PB-1'),
  title: 'Imprimante du 2e étage hors ligne',
  symptom: "L'imprimante n'imprime plus, file d'attente bloquée",
  equipment: 'Imprimante HP LaserJet 4000',
  category: 'Impression',
  keywords: ['impression', 'spouleur'],
  cause: 'Pilote 4.2 incompatible',
  solutions: [
    {
      kind: 'workaround',
      description: 'Imprimer vers la file « etage2-secours ».',
      internalNote: 'Serveur PRN-02',
    },
  ],
  incidents: [incidentRef('INC-1'), incidentRef('INC-2')],
  internalNotes: ['Trois appels depuis lundi'],
});
const screen = entry({
  id: problemId('PB-2'),
  title: 'Écran noir au démarrage',
  symptom: "L'écran reste noir après l'allumage du PC",
  equipment: 'Écran Dell P2419H',
  category: 'Poste de travail',
  keywords: ['affichage', 'HDMI'],
  cause: 'Câble HDMI défectueux',
  solutions: [{ kind: 'fix', description: 'Remplacer le câble HDMI.' }],
  status: 'resolved',
  change: changeRef('CHG-12'),
});
const mail = entry({
  id: problemId('PB-3'),
  title: 'Messagerie : mot de passe refusé',
  symptom: 'Outlook redemande le mot de passe en boucle',
  category: 'Messagerie',
  keywords: ['mot de passe', 'Outlook'],
});
const network = entry({
  id: problemId('PB-4'),
  title: 'Réseau lent au 3e étage',
  symptom: 'Connexion très lente, les pages ne chargent pas',
  equipment: 'Commutateur 3e étage',
  category: 'Réseau',
  keywords: ['wifi'],
});

const base = createKnownErrorBase([printer, screen, mail, network]);
const found = (query: KnownErrorQuery, limit?: number) =>
  searchKnownErrors(base, query, limit === undefined ? {} : { limit }).map((m) => [
    m.knownError.id,
    m.score,
  ]);

describe('searching the known-error base in French (seed §4.4.2)', () => {
  it.each([
    ['« imprimante » finds « Imprimante »', { equipment: 'imprimante' }, [['PB-1', 3]]],
    ['« écran » finds « Écran », « ecran » too', { symptom: 'ecran noir' }, [['PB-2', 2]]],
    [
      'symptom and equipment add up, case and accents ignored',
      { symptom: "L'ÉCRAN est NOIR", equipment: 'ECRAN dell' },
      [['PB-2', 5]],
    ],
    ['plural and accents meet', { symptom: 'imprimantes bloquées' }, [['PB-1', 2]]],
    ['a known keyword phrase scores 2', { keywords: ['Mot de passe'] }, [['PB-3', 2]]],
    ['a keyword found in the text scores 1', { keywords: ['réseau'] }, [['PB-4', 1]]],
    ['part of the equipment scores 1', { equipment: 'imprimante Canon' }, [['PB-1', 1]]],
    [
      'the best match first',
      { symptom: 'lent au 3e étage' },
      [
        ['PB-4', 3],
        ['PB-1', 1],
      ],
    ],
    [
      'ties ordered by id',
      { symptom: 'étage' },
      [
        ['PB-1', 1],
        ['PB-4', 1],
      ],
    ],
    ['nothing for stop words only', { symptom: 'le la les' }, []],
    ['nothing for an empty query', {}, []],
    ['nothing for an unknown symptom', { symptom: 'clavier qwerty' }, []],
  ] as const)('%s', (_, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('says what matched', () => {
    const [match] = searchKnownErrors(base, {
      symptom: "l'écran reste noir",
      equipment: 'écran',
      keywords: ['hdmi', 'vga'],
    });
    expect(match).toEqual({
      knownError: screen,
      score: 3 + 3 + 2,
      matched: { symptomTerms: ['ecran', 'reste', 'noir'], equipment: 'all', keywords: ['hdmi'] },
    });
  });

  it('keeps the best ones with limit', () => {
    expect(found({ symptom: 'lent au 3e étage' }, 1)).toEqual([['PB-4', 3]]);
    expect(() => searchKnownErrors(base, {}, { limit: -1 })).toThrow(TypeError);
  });

  it('searches a base built by hand', () => {
    expect(
      searchKnownErrors({ entries: [printer] }, { equipment: 'IMPRIMANTE' }).map((m) => m.score),
    ).toEqual([3]);
  });
});

describe('createKnownErrorBase', () => {
  it('keeps the given order, frozen', () => {
    expect(base.entries.map((e) => e.id)).toEqual(['PB-1', 'PB-2', 'PB-3', 'PB-4']);
    expect(Object.isFrozen(base.entries)).toBe(true);
  });

  it.each([
    ['a duplicate id', [printer, { ...screen, id: printer.id }], [1, 'id'], /already used/],
    ['a known error without cause', [{ ...printer, cause: ' ' }], [0, 'cause'], /known cause/],
    [
      'a known error without workaround or fix',
      [{ ...printer, solutions: [] }],
      [0, 'solutions'],
      /workaround or fix/,
    ],
    [
      'an unknown solution kind',
      [{ ...printer, solutions: [{ kind: 'loan', description: 'x' }] }],
      [0, 'solutions', 0, 'kind'],
      /workaround, fix/,
    ],
    [
      'an open problem',
      [{ ...printer, status: 'open' }],
      [0, 'status'],
      /known-error, resolved, closed/,
    ],
    ['an empty title', [{ ...printer, title: '' }], [0, 'title'], /non-empty/],
    ['an empty symptom', [{ ...printer, symptom: '' }], [0, 'symptom'], /non-empty/],
  ] as const)('refuses %s', (_, entries, path, message) => {
    try {
      createKnownErrorBase(entries as unknown as KnownError[]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      expect((e as ConfigurationError).path).toEqual(path);
      expect((e as ConfigurationError).message).toMatch(message);
    }
  });
});

describe('knownErrorOf', () => {
  it('is undefined until the problem is a known error', () => {
    expect(knownErrorOf(run([lifecycle.record, lifecycle.cause, lifecycle.workaround]).state)).toBe(
      undefined,
    );
  });

  it('turns a known error into a base entry, internal notes gathered', () => {
    const { state } = run([
      lifecycle.record,
      lifecycle.cause,
      lifecycle.workaround,
      lifecycle.declare,
    ]);
    expect(knownErrorOf(state)).toEqual({
      id: 'PB-1',
      status: 'known-error',
      title: 'Imprimante du 2e étage hors ligne',
      symptom: "L'imprimante n'imprime plus, file bloquée",
      equipment: 'Imprimante HP LaserJet 4000',
      category: 'Impression',
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
      internalNotes: [
        'Trois appels depuis lundi, même étage.',
        'File de secours sur le serveur PRN-02',
      ],
    });
  });

  it('keeps the change once resolved', () => {
    const { state } = run([
      lifecycle.record,
      lifecycle.cause,
      lifecycle.workaround,
      lifecycle.declare,
      lifecycle.resolve,
    ]);
    expect(knownErrorOf(state)).toMatchObject({ status: 'resolved', change: 'CHG-77' });
    expect(createKnownErrorBase([knownErrorOf(state) as KnownError]).entries).toHaveLength(1);
  });
});

describe('the FAQ view (« à travers des FAQ », §4.4.2)', () => {
  it('publishes only public fields', () => {
    expect(toFaqEntries(base).slice(0, 2)).toEqual([
      {
        id: 'PB-1',
        question: 'Imprimante du 2e étage hors ligne',
        symptom: "L'imprimante n'imprime plus, file d'attente bloquée",
        equipment: 'Imprimante HP LaserJet 4000',
        category: 'Impression',
        keywords: ['impression', 'spouleur'],
        answers: [{ kind: 'workaround', text: 'Imprimer vers la file « etage2-secours ».' }],
      },
      {
        id: 'PB-2',
        question: 'Écran noir au démarrage',
        symptom: "L'écran reste noir après l'allumage du PC",
        equipment: 'Écran Dell P2419H',
        category: 'Poste de travail',
        keywords: ['affichage', 'HDMI'],
        answers: [{ kind: 'fix', text: 'Remplacer le câble HDMI.' }],
      },
    ]);
  });

  it('adds the cause only when asked', () => {
    expect(toFaqEntries([screen], { includeCause: true })[0]?.cause).toBe('Câble HDMI défectueux');
    expect(toFaqEntries([screen])[0]).not.toHaveProperty('cause');
  });

  const secret = fc.stringMatching(/^[a-z]{6}$/).map((s) => `SECRET-${s}`);
  test.prop([secret, fc.boolean()])(
    'never publishes an internal note, incident, change or (unless asked) the cause',
    (marker, includeCause) => {
      const internal = entry({
        id: problemId('PB-9'),
        title: 'Titre public',
        symptom: 'Symptôme public',
        keywords: ['public'],
        cause: `${marker}-cause`,
        solutions: [{ kind: 'workaround', description: 'Étapes publiques', internalNote: marker }],
        incidents: [incidentRef(marker)],
        change: changeRef(marker),
        internalNotes: [marker],
      });
      const published = JSON.stringify(
        toFaqEntries(createKnownErrorBase([internal]), { includeCause }),
      );
      expect(published.split(marker).length - 1).toBe(includeCause ? 1 : 0);
      expect(published).toContain('Étapes publiques');
    },
  );
});

describe('search invariants', () => {
  const word = fc.constantFrom(
    'écran',
    'Imprimante',
    'RÉSEAU',
    'noir',
    'lent',
    'étage',
    'hdmi',
    'mot',
    'clavier',
  );
  const queryArb = fc.record(
    {
      symptom: fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')),
      equipment: word,
      keywords: fc.array(word, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
  const stripAccents = (t: string) => t.normalize('NFD').replace(/\p{M}+/gu, '');
  const variant = (q: KnownErrorQuery, f: (t: string) => string): KnownErrorQuery => ({
    ...(q.symptom === undefined ? {} : { symptom: f(q.symptom) }),
    ...(q.equipment === undefined ? {} : { equipment: f(q.equipment) }),
    ...(q.keywords === undefined ? {} : { keywords: q.keywords.map(f) }),
  });

  test.prop([queryArb])('results are ranked by score then id, every score positive', (query) => {
    const matches = searchKnownErrors(base, query);
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    for (let i = 1; i < matches.length; i++) {
      const a = matches[i - 1];
      const b = matches[i];
      if (a === undefined || b === undefined) continue;
      expect(a.score > b.score || (a.score === b.score && a.knownError.id < b.knownError.id)).toBe(
        true,
      );
    }
  });

  // matched.keywords echoes the query's own words, so compare the rest.
  const summary = (query: KnownErrorQuery) =>
    searchKnownErrors(base, query).map((m) => [
      m.knownError.id,
      m.score,
      m.matched.symptomTerms,
      m.matched.equipment,
      m.matched.keywords.length,
    ]);

  test.prop([queryArb])('case and accents never change the results', (query) => {
    const expected = summary(query);
    expect(summary(variant(query, (t) => t.toUpperCase()))).toEqual(expected);
    expect(summary(variant(query, stripAccents))).toEqual(expected);
  });
});

describe('createKnownErrorBase refuses hostile entries with a ConfigurationError naming the path', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const cyclic = { ...printer, keywords: [] as unknown[] };
  cyclic.keywords.push(cyclic);
  const throwing = Object.defineProperty({ ...printer }, 'title', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const trapping = new Proxy(printer, {
    ownKeys() {
      throw new Error('trap');
    },
  });
  const throwingIterable = {
    *[Symbol.iterator]() {
      yield printer;
      throw new Error('broken iterator');
    },
  };
  it.each([
    ['a BigInt id', [{ ...printer, id: 1n }], [0, 'id']],
    ['a BigInt keyword', [{ ...printer, keywords: ['a', 2n] }], [0, 'keywords', 1]],
    ['a cyclic entry', [cyclic], [0, 'keywords', 0]],
    ['a throwing getter', [throwing], [0, 'title']],
    ['a Proxy whose traps throw', [trapping], [0]],
    ['a revoked Proxy', [revoked.proxy], [0]],
    ['a Date as title', [{ ...printer, title: new Date(0) }], [0, 'title']],
    ['a BigInt instead of a list', 12n, []],
    ['an iterator that throws', throwingIterable, []],
  ])('%s', (_, input, path) => {
    let thrown: unknown;
    try {
      createKnownErrorBase(input as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as ConfigurationError).path).toEqual(path);
    expect((thrown as ConfigurationError).message.length).toBeLessThan(300);
  });

  test.prop([
    anythingOdd(),
    fc.constantFrom('id', 'title', 'symptom', 'keywords', 'solutions', 'incidents', 'change'),
  ])('any value in any field gives a base or a ConfigurationError', (value, field) => {
    try {
      createKnownErrorBase([{ ...printer, [field]: value }]);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
    }
  });

  it('keeps a frozen copy of each entry, not the caller object', () => {
    const mine = { ...printer, keywords: ['impression'] };
    const base = createKnownErrorBase([mine]);
    mine.keywords.push('changed');
    expect(base.entries[0]?.keywords).toEqual(['impression']);
    expect(Object.isFrozen(base.entries[0]?.keywords)).toBe(true);
  });

  it('refuses a query text that is not a text with a TypeError', () => {
    const base = createKnownErrorBase([printer]);
    expect(() => searchKnownErrors(base, { symptom: 1n } as never)).toThrow(TypeError);
    expect(() => searchKnownErrors(base, { keywords: [Symbol('x')] } as never)).toThrow(
      /keywords must be a list of texts/,
    );
  });
});

// Issue 10 item 2: knownErrorOf and searchKnownErrors throw only their documented errors.

/** The error `act` threw (the test fails when it returns). */

describe('knownErrorOf under hostile input (issue 10)', () => {
  const known = run([
    lifecycle.record,
    lifecycle.cause,
    lifecycle.workaround,
    lifecycle.declare,
  ]).state;

  it('refuses what is not a problem state with its TypeError, describing it', () => {
    expect(thrown(() => knownErrorOf(null as never)).message).toBe(
      'knownErrorOf: state must be a problem state (initialProblemState or a Problem), got null.',
    );
    expect(thrown(() => knownErrorOf({ status: 1n } as never)).message).toBe(
      'knownErrorOf: state.status must be "unrecorded", "open" or one of "known-error", "resolved", "closed", got 1n.',
    );
  });

  it('names a field of the wrong kind', () => {
    const error = thrown(() => knownErrorOf({ ...known, solutions: 'none' } as never));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('knownErrorOf: state.solutions must be a list, got "none".');
    expect(
      thrown(() => knownErrorOf({ ...known, cause: { description: Object.create(null) } } as never))
        .message,
    ).toBe(
      'knownErrorOf: state.cause.description must be a text, got an object without prototype.',
    );
  });

  it('turns a Proxy or a getter that throws into its TypeError', () => {
    const getter = { ...known };
    throwingGetter(getter, 'solutions');
    for (const state of [revokedProxy(), trappedProxy({ ...known }), getter]) {
      const error = thrown(() => knownErrorOf(state as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^knownErrorOf: the input could not be read as plain data/);
    }
  });

  it('copies the lists of the state it reads', () => {
    const entry = knownErrorOf(known) as KnownError;
    expect(entry.keywords).not.toBe((known as { keywords: unknown }).keywords);
    expect(entry.keywords).toEqual(['impression', 'spouleur']);
  });

  test.prop([
    anythingOdd(),
    fc.constantFrom('status', 'id', 'title', 'keywords', 'cause', 'solutions', 'incidents'),
  ])('any value in any field gives an entry, undefined or its TypeError', (value, field) => {
    try {
      knownErrorOf({ ...known, [field]: value } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^knownErrorOf: /);
    }
  });
});

describe('searchKnownErrors under hostile input (issue 10)', () => {
  it('refuses a base, a query or options that are not objects with its TypeError', () => {
    expect(thrown(() => searchKnownErrors(null as never, {})).message).toBe(
      'searchKnownErrors: base must be a known-error base (from createKnownErrorBase), got null.',
    );
    expect(thrown(() => searchKnownErrors(base, 42 as never)).message).toBe(
      'searchKnownErrors: query must be { symptom?, equipment?, keywords? }, got 42.',
    );
    expect(thrown(() => searchKnownErrors(base, {}, null as never)).message).toBe(
      'searchKnownErrors: options must be { limit? }, got null.',
    );
    expect(thrown(() => searchKnownErrors(base, {}, { limit: 2n } as never)).message).toBe(
      'searchKnownErrors: limit must be an integer ≥ 0, got 2n.',
    );
  });

  it('keeps the ConfigurationError of a hand-made base that would not build', () => {
    expect(() => searchKnownErrors({ entries: [{}] } as never, {})).toThrow(ConfigurationError);
  });

  it('turns a Proxy or a getter that throws into its TypeError', () => {
    const query = {};
    throwingGetter(query, 'symptom');
    for (const [b, q] of [
      [base, revokedProxy()],
      [base, trappedProxy({ symptom: 'x' })],
      [base, query],
      [base, { keywords: trappedProxy(['x']) }],
    ] as const) {
      const error = thrown(() => searchKnownErrors(b, q as KnownErrorQuery));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(
        /^searchKnownErrors: the input could not be read as plain data/,
      );
    }
  });

  it('reads each keyword once, so a list cannot change between its check and its use', () => {
    let reads = 0;
    const keywords = new Proxy(['impression'], {
      get(target, key, receiver) {
        if (key === '0') reads++;
        return reads > 1 && key === '0' ? 1n : Reflect.get(target, key, receiver);
      },
    });
    expect(found({ keywords })).toEqual([['PB-1', 2]]);
    expect(reads).toBe(1);
  });
});
