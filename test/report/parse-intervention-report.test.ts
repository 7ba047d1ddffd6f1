import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import {
  type InterventionReport,
  isCompletedInterventionReport,
  parseCompletedInterventionReport,
  parseInterventionReport,
  type ReportIssue,
  reportIssueCodes,
} from '../../src/report/index.js';
import { anythingOdd } from '../odd-values.js';
import {
  copy,
  createdReport,
  finishedReport,
  setAt,
  unfinishedReport,
  validReport,
} from './report-fixtures.js';

const summary = (issues: readonly ReportIssue[]) =>
  issues.map((issue) => [issue.code, issue.path.join('.')]);

function issuesOf(input: unknown, options = {}): (string | number)[][] {
  const result = parseInterventionReport(input, options);
  return result.ok ? [] : summary(result.error);
}

describe('parseInterventionReport: valid reports', () => {
  it.each([
    ['a report as created (§6.5.1)', createdReport],
    ['a finished, signed report (§6.5.2)', finishedReport],
    ['an unfinished report outside the contract', unfinishedReport],
  ])('accepts %s and returns an equal, fresh copy', (_, report) => {
    const input = copy(report);
    const result = parseInterventionReport(input);
    expect(result).toEqual({ ok: true, value: report });
    if (result.ok) expect(result.value).not.toBe(input);
  });

  it('tells a created report from a completed one', () => {
    const created = parseInterventionReport(createdReport);
    const finished = parseInterventionReport(finishedReport);
    expect(created.ok && isCompletedInterventionReport(created.value)).toBe(false);
    expect(finished.ok && isCompletedInterventionReport(finished.value)).toBe(true);
  });
});

describe('parseInterventionReport: every field', () => {
  // [field path, value put there (undefined removes it), expected code], on the finished report.
  const cases: [readonly (string | number)[], unknown, string][] = [
    [['interventionNumber'], undefined, 'required'],
    [['interventionNumber'], 42, 'wrong-type'],
    [['interventionNumber'], '   ', 'blank-text'],
    [['interventionNumber'], '', 'blank-text'],
    [['interventionNumber'], 'x'.repeat(201), 'text-too-long'],
    [['ticketId'], null, 'wrong-type'],
    [['ticketId'], ' ', 'blank-text'],
    [['user'], undefined, 'required'],
    [['user'], 'Claire', 'wrong-type'],
    [['user'], [], 'wrong-type'],
    [['user', 'name'], undefined, 'required'],
    [['user', 'name'], '\t', 'blank-text'],
    [['user', 'phone'], 'call me', 'invalid-format'],
    [['user', 'phone'], '12', 'invalid-format'],
    [['user', 'phone'], 33123456789, 'wrong-type'],
    [['user', 'email'], 'claire.martin', 'invalid-format'],
    [['user', 'email'], 'claire@', 'invalid-format'],
    [['user', 'address'], '', 'blank-text'],
    [['user', 'address'], 'x'.repeat(10_001), 'text-too-long'],
    [['coveredByContract'], undefined, 'required'],
    [['coveredByContract'], 'yes', 'wrong-type'],
    [['coveredByContract'], 1, 'wrong-type'],
    [['contractNumber'], 118, 'wrong-type'],
    [['equipment'], undefined, 'required'],
    [['equipment'], [], 'too-few-items'],
    [['equipment'], { identifier: 'PC-1' }, 'wrong-type'],
    [
      ['equipment'],
      Array.from({ length: 101 }, (_, i) => ({ identifier: `PC-${i}` })),
      'too-many-items',
    ],
    [['equipment', 0, 'identifier'], undefined, 'required'],
    [['equipment', 1, 'identifier'], '', 'blank-text'],
    [['equipment', 0, 'description'], 7, 'wrong-type'],
    [['incidentDescription'], undefined, 'required'],
    [['incidentDescription'], ' \n ', 'blank-text'],
    [['interventionNature'], undefined, 'required'],
    [['interventionNature'], false, 'wrong-type'],
    [['intervention'], 'done', 'wrong-type'],
    [['intervention', 'parts'], undefined, 'required'],
    [['intervention', 'parts'], 'RM2-5425', 'wrong-type'],
    [['intervention', 'parts', 0, 'reference'], undefined, 'required'],
    [['intervention', 'parts', 0, 'description'], '', 'blank-text'],
    [['intervention', 'parts', 0, 'quantity'], 0, 'too-small'],
    [['intervention', 'parts', 0, 'quantity'], 1.5, 'not-an-integer'],
    [['intervention', 'parts', 0, 'quantity'], 10_001, 'too-large'],
    [['intervention', 'parts', 0, 'quantity'], '1', 'wrong-type'],
    [['intervention', 'parts', 0, 'kind'], 'borrowed', 'invalid-option'],
    [['intervention', 'parts', 0, 'kind'], undefined, 'required'],
    [['intervention', 'timeSpentMinutes'], undefined, 'required'],
    [['intervention', 'timeSpentMinutes'], -1, 'too-small'],
    [['intervention', 'timeSpentMinutes'], 44.5, 'not-an-integer'],
    [['intervention', 'timeSpentMinutes'], Number.NaN, 'wrong-type'],
    [['intervention', 'timeSpentMinutes'], Number.POSITIVE_INFINITY, 'wrong-type'],
    [['intervention', 'startedAt'], undefined, 'required'],
    [['intervention', 'startedAt'], '2026-03-02T09:30:00', 'invalid-format'],
    [['intervention', 'startedAt'], '2026-03-02T09:30+01:00', 'invalid-format'],
    [['intervention', 'startedAt'], '2026-02-30T09:30:00Z', 'invalid-format'],
    [['intervention', 'startedAt'], '2 mars 2026, 9 h 30', 'invalid-format'],
    [['intervention', 'endedAt'], 1772442000000, 'wrong-type'],
    [['intervention', 'workDone'], undefined, 'required'],
    [['intervention', 'workDone'], '', 'blank-text'],
    [['intervention', 'finished'], undefined, 'required'],
    [['intervention', 'finished'], 'true', 'wrong-type'],
    [['intervention', 'followUp'], '', 'blank-text'],
    [['intervention', 'technicianSignature'], 'Luc Bernard', 'wrong-type'],
    [['intervention', 'technicianSignature', 'name'], undefined, 'required'],
    [['intervention', 'technicianSignature', 'role'], ' ', 'blank-text'],
    [['intervention', 'userSignature', 'name'], '', 'blank-text'],
    [['intervention', 'userSignature', 'role'], undefined, 'required'],
  ];

  const show = (value: unknown) => String(JSON.stringify(value)).slice(0, 24);
  it.each(
    cases.map(([path, value, code]) => [path.join('.'), show(value), code, path, value] as const),
  )('%s set to %s gives %s', (_, __, code, path, value) => {
    expect(issuesOf(setAt(copy(finishedReport), path, value))).toEqual([[code, path.join('.')]]);
  });

  it.each([
    [['amount'], { minorUnits: -1, currency: 'EUR' }, 'too-small', 'amount.minorUnits'],
    [['amount'], { minorUnits: 120.5, currency: 'EUR' }, 'not-an-integer', 'amount.minorUnits'],
    [['amount'], { minorUnits: 12050, currency: 'eur' }, 'invalid-format', 'amount.currency'],
    [['amount'], { minorUnits: 12050, currency: '€' }, 'invalid-format', 'amount.currency'],
    [['amount'], { minorUnits: 12050 }, 'required', 'amount.currency'],
    [['amount'], '120,50 €', 'wrong-type', 'amount'],
  ] as const)('amount %j set to %j gives %s at %s', (path, value, code, at) => {
    expect(issuesOf(setAt(copy(unfinishedReport), path, value))).toEqual([[code, at]]);
  });

  it('refuses a document that is not an object, at the root', () => {
    for (const input of [null, 42, 'report', [], true, 12n]) {
      expect(issuesOf(input)).toEqual([['wrong-type', '']]);
    }
    expect(issuesOf(undefined)).toEqual([['required', '']]);
  });

  it('reports every problem at once, field-level and cross-field', () => {
    const broken = setAt(
      setAt(setAt(copy(finishedReport), ['user', 'email'], 'nope'), ['equipment'], []),
      ['intervention', 'userSignature'],
      undefined,
    );
    setAt(broken, ['intervention', 'endedAt'], '2026-03-02T09:00:00+01:00');
    expect(issuesOf(broken)).toEqual([
      ['invalid-format', 'user.email'],
      ['too-few-items', 'equipment'],
      ['end-not-after-start', 'intervention.endedAt'],
      ['signature-missing', 'intervention.userSignature'],
    ]);
  });
});

describe('parseInterventionReport: cross-field rules (§6.5)', () => {
  const covered = copy(finishedReport);
  const outside = copy(unfinishedReport);
  // [rule, document, expected issues]
  const cases: [string, Record<string, unknown>, (string | number)[][]][] = [
    [
      'outside the contract without an amount',
      setAt(copy(outside), ['amount'], undefined),
      [['amount-missing', 'amount']],
    ],
    [
      'covered by the contract with an amount',
      setAt(copy(covered), ['amount'], { minorUnits: 100, currency: 'EUR' }),
      [['amount-on-contract', 'amount']],
    ],
    [
      'covered by the contract with a malformed amount: both problems',
      setAt(copy(covered), ['amount'], 'free'),
      [
        ['wrong-type', 'amount'],
        ['amount-on-contract', 'amount'],
      ],
    ],
    [
      'covered by the contract without a contract number',
      setAt(copy(covered), ['contractNumber'], undefined),
      [['contract-number-missing', 'contractNumber']],
    ],
    ['outside the contract without a contract number: allowed', copy(outside), []],
    [
      'outside the contract with the customer’s contract number: allowed',
      setAt(copy(outside), ['contractNumber'], 'CT-9'),
      [],
    ],
    [
      'a user with neither phone nor email',
      setAt(setAt(copy(covered), ['user', 'phone'], undefined), ['user', 'email'], undefined),
      [['user-unreachable', 'user']],
    ],
    ['a user with an email only', setAt(copy(covered), ['user', 'phone'], undefined), []],
    ['a user with a phone only', setAt(copy(covered), ['user', 'email'], undefined), []],
    [
      'the end before the start',
      setAt(copy(covered), ['intervention', 'endedAt'], '2026-03-02T09:29:59+01:00'),
      [['end-not-after-start', 'intervention.endedAt']],
    ],
    [
      'the end equal to the start',
      setAt(copy(covered), ['intervention', 'endedAt'], '2026-03-02T08:30:00Z'),
      [['end-not-after-start', 'intervention.endedAt']],
    ],
    [
      'the end after the start in another offset: 10:00+01:00 is 09:00Z',
      setAt(
        setAt(copy(covered), ['intervention', 'endedAt'], '2026-03-02T09:00:00.001Z'),
        ['intervention', 'timeSpentMinutes'],
        30,
      ),
      [],
    ],
    [
      'more time spent than from start to end (50 min span, 52 min spent)',
      setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 52),
      [['time-spent-exceeds-span', 'intervention.timeSpentMinutes']],
    ],
    [
      'one minute more than the span: within the tolerance',
      setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 51),
      [],
    ],
    ['exactly the span', setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 50), []],
    ['no time spent at all', setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 0), []],
    [
      'finished without the technician’s signature',
      setAt(copy(covered), ['intervention', 'technicianSignature'], undefined),
      [['signature-missing', 'intervention.technicianSignature']],
    ],
    [
      'finished without any signature',
      setAt(
        setAt(copy(covered), ['intervention', 'technicianSignature'], undefined),
        ['intervention', 'userSignature'],
        undefined,
      ),
      [
        ['signature-missing', 'intervention.technicianSignature'],
        ['signature-missing', 'intervention.userSignature'],
      ],
    ],
    [
      'not finished without the user’s signature (§6.5.2: the user signs every visit)',
      setAt(copy(outside), ['intervention', 'userSignature'], undefined),
      [['signature-missing', 'intervention.userSignature']],
    ],
    [
      'not finished without any signature',
      setAt(
        setAt(copy(outside), ['intervention', 'technicianSignature'], undefined),
        ['intervention', 'userSignature'],
        undefined,
      ),
      [
        ['signature-missing', 'intervention.technicianSignature'],
        ['signature-missing', 'intervention.userSignature'],
      ],
    ],
    [
      'finished with a note on what follows: allowed',
      setAt(copy(covered), ['intervention', 'followUp'], 'Prévoir un contrat de maintenance.'),
      [],
    ],
    [
      'not finished without saying what follows',
      setAt(copy(outside), ['intervention', 'followUp'], undefined),
      [['follow-up-missing', 'intervention.followUp']],
    ],
    [
      'not finished, signed by both: allowed',
      setAt(
        setAt(copy(outside), ['intervention', 'technicianSignature'], { name: 'A', role: 'B' }),
        ['intervention', 'userSignature'],
        { name: 'C', role: 'D' },
      ),
      [],
    ],
  ];

  it.each(cases)('%s', (_, document, expected) => {
    expect(issuesOf(document)).toEqual(expected);
  });

  it('skips a time rule when a time is malformed (the format problem is reported once)', () => {
    const document = setAt(copy(covered), ['intervention', 'startedAt'], 'yesterday');
    setAt(document, ['intervention', 'timeSpentMinutes'], 10_000);
    expect(issuesOf(document)).toEqual([['invalid-format', 'intervention.startedAt']]);
  });

  it('measures the span to the second: 10:00:40 → 10:30:10 (29.5 min) allows 30 minutes', () => {
    const document = setAt(
      setAt(copy(covered), ['intervention', 'startedAt'], '2026-03-02T10:00:40Z'),
      ['intervention', 'endedAt'],
      '2026-03-02T10:30:10Z',
    );
    expect(issuesOf(setAt(document, ['intervention', 'timeSpentMinutes'], 30))).toEqual([]);
    expect(issuesOf(setAt(document, ['intervention', 'timeSpentMinutes'], 31))).toEqual([
      ['time-spent-exceeds-span', 'intervention.timeSpentMinutes'],
    ]);
  });

  it('reads years before 100 and long fractions exactly', () => {
    const document = setAt(
      setAt(copy(covered), ['intervention', 'startedAt'], '0042-01-01T00:00:00.1234567Z'),
      ['intervention', 'endedAt'],
      '0042-01-01T00:00:00.2Z',
    );
    expect(issuesOf(setAt(document, ['intervention', 'timeSpentMinutes'], 0))).toEqual([]);
    setAt(document, ['intervention', 'endedAt'], '0041-12-31T23:59:59.9999999-00:01');
    expect(issuesOf(document)).toEqual([]);
    setAt(document, ['intervention', 'endedAt'], '0042-01-01T00:00:00+00:01');
    expect(issuesOf(document)).toEqual([['end-not-after-start', 'intervention.endedAt']]);
  });

  it('gives the facts behind the time rule', () => {
    const result = parseInterventionReport(
      setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 60),
    );
    expect(result.ok ? undefined : result.error[0]?.details).toEqual({
      timeSpentMinutes: 60,
      spanMinutes: 50,
      toleranceMinutes: 1,
    });
  });

  it('takes the tolerance as an option', () => {
    const document = setAt(copy(covered), ['intervention', 'timeSpentMinutes'], 51);
    expect(issuesOf(document, { timeSpentToleranceMinutes: 0 })).toEqual([
      ['time-spent-exceeds-span', 'intervention.timeSpentMinutes'],
    ]);
    expect(
      issuesOf(setAt(document, ['intervention', 'timeSpentMinutes'], 60), {
        timeSpentToleranceMinutes: 10,
      }),
    ).toEqual([]);
  });
});

describe('parseInterventionReport: unknown keys and prototype pollution', () => {
  it('refuses unknown keys by default, one issue per key, at any depth', () => {
    const document = setAt(copy(finishedReport), ['colour'], 'red');
    setAt(document, ['intervention', 'endAt'], '2026-03-02T10:20:00+01:00');
    setAt(document, ['equipment', 1, 'serial'], 'X1');
    expect(issuesOf(document)).toEqual([
      ['unknown-field', 'equipment.1.serial'],
      ['unknown-field', 'intervention.endAt'],
      ['unknown-field', 'colour'],
    ]);
  });

  it('strips unknown keys when asked', () => {
    const document = setAt(copy(finishedReport), ['colour'], 'red');
    setAt(document, ['user', 'vip'], true);
    expect(parseInterventionReport(document, { unknownKeys: 'strip' })).toEqual({
      ok: true,
      value: finishedReport,
    });
  });

  const polluted = `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(
    createdReport,
  ).slice(
    1,
    -1,
  )}, "user": {"__proto__": {"isAdmin": true}, "name": "Claire", "phone": "0123456789"}}`;

  it('refuses a JSON __proto__ or constructor key and pollutes nothing', () => {
    expect(issuesOf(JSON.parse(polluted))).toEqual([
      ['unknown-field', 'user.__proto__'],
      ['unknown-field', '__proto__'],
      ['unknown-field', 'constructor'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('strips them when asked: the result has a plain prototype and no such key', () => {
    const result = parseInterventionReport(JSON.parse(polluted), { unknownKeys: 'strip' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.user)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(false);
    expect(Object.hasOwn(value, 'constructor')).toBe(false);
    expect(Object.hasOwn(value.user as object, '__proto__')).toBe(false);
    expect(value.polluted).toBeUndefined();
    expect((value.user as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(value.user).toEqual({ name: 'Claire', phone: '0123456789' });
  });

  it('never reads a field from the prototype chain', () => {
    const inherited = Object.create(copy(createdReport)) as object;
    expect(issuesOf(inherited)).toContainEqual(['required', 'interventionNumber']);
    const proto = Object.prototype as Record<string, unknown>;
    proto.ticketId = 'polluted';
    proto.amount = { minorUnits: 1, currency: 'EUR' };
    try {
      const result = parseInterventionReport(copy(createdReport));
      expect(result).toEqual({ ok: true, value: createdReport });
      expect(result.ok && Object.hasOwn(result.value, 'amount')).toBe(false);
      expect(result.ok && result.value.ticketId).toBe('T-981');
      const { ticketId: _, ...withoutTicket } = createdReport;
      const second = parseInterventionReport(copy(withoutTicket));
      expect(second.ok && Object.hasOwn(second.value, 'ticketId')).toBe(false);
    } finally {
      delete proto.ticketId;
      delete proto.amount;
    }
  });

  it('survives cycles and very deep or long input', () => {
    const cyclic = copy(createdReport);
    cyclic.user = cyclic;
    expect(issuesOf(cyclic)).toContainEqual(['required', 'user.name']);
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) deep = { intervention: deep };
    expect(() => parseInterventionReport(deep)).not.toThrow();
    const long = setAt(
      copy(createdReport),
      ['equipment'],
      new Array(1_000_000).fill({ identifier: 'PC' }),
    );
    expect(issuesOf(long)).toEqual([['too-many-items', 'equipment']]);
  });

  it('turns an accessor that throws into one unreadable-input issue', () => {
    const hostile = {
      ...createdReport,
      get incidentDescription(): string {
        throw new Error('boom');
      },
    };
    expect(parseInterventionReport(hostile)).toEqual({
      ok: false,
      error: [
        {
          code: 'unreadable-input',
          path: [],
          message: {
            fr: 'Le document n’a pas pu être lu : une de ses propriétés lève une erreur à la lecture.',
            en: 'The document could not be read: one of its properties throws when read.',
          },
          details: { error: 'boom' },
        },
      ],
    });
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    expect(issuesOf(trap)).toEqual([['unreadable-input', '']]);
    const unprintable = {
      get user(): unknown {
        throw Object.create(null);
      },
    };
    expect(parseInterventionReport(unprintable)).toMatchObject({
      ok: false,
      error: [{ code: 'unreadable-input', details: { error: 'an unprintable value was thrown' } }],
    });
  });
});

describe('parseInterventionReport: messages', () => {
  it('names the field in French and English', () => {
    const result = parseInterventionReport(
      setAt(copy(finishedReport), ['intervention', 'endedAt'], undefined),
    );
    expect(result.ok ? [] : result.error).toEqual([
      {
        code: 'required',
        path: ['intervention', 'endedAt'],
        message: {
          fr: 'Le champ « Heure de fin » est obligatoire.',
          en: 'The field “End time” is required.',
        },
      },
    ]);
  });

  it.each([
    [['interventionNumber'], 42, 'Le champ « Numéro d’intervention » doit être un texte.'],
    [
      ['user', 'phone'],
      'x',
      'Le champ « Téléphone de l’utilisateur » doit être un numéro de téléphone (chiffres, espaces, + ( ) . -, au moins trois chiffres).',
    ],
    [
      ['intervention', 'parts', 0, 'kind'],
      'lent',
      'Le champ « Pièce fournie ou échangée » doit valoir l’une des valeurs "supplied", "exchanged".',
    ],
    [
      ['equipment'],
      [],
      'Le champ « Matériel(s) concerné(s) » doit contenir au moins 1 élément(s).',
    ],
    [
      ['intervention', 'timeSpentMinutes'],
      60,
      'Le temps passé (60 min) dépasse la durée entre le début et la fin (50 min, tolérance 1 min).',
    ],
  ] as const)('%j = %j: %s', (path, value, fr) => {
    const result = parseInterventionReport(setAt(copy(finishedReport), path, value));
    expect(result.ok ? undefined : result.error[0]?.message.fr).toBe(fr);
  });

  it('speaks of the document at the root', () => {
    const result = parseInterventionReport('report');
    expect(result.ok ? undefined : result.error[0]?.message).toEqual({
      fr: 'Le document doit être un objet.',
      en: 'The document must be an object.',
    });
  });
});

describe('parseInterventionReport: options', () => {
  it.each([
    [{ unknownKeys: 'ignore' }],
    [{ timeSpentToleranceMinutes: -1 }],
    [{ timeSpentToleranceMinutes: Number.NaN }],
    [{ timeSpentToleranceMinutes: '1' }],
  ])('throws a ConfigurationError for %j, whatever the input', (options) => {
    expect(() => parseInterventionReport(createdReport, options as never)).toThrow(
      ConfigurationError,
    );
  });
});

describe('parseCompletedInterventionReport', () => {
  it('accepts a completed report', () => {
    expect(parseCompletedInterventionReport(unfinishedReport)).toEqual({
      ok: true,
      value: unfinishedReport,
    });
  });

  it('refuses a report as created, at intervention', () => {
    expect(summary(resultError(parseCompletedInterventionReport(createdReport)))).toEqual([
      ['required', 'intervention'],
    ]);
  });

  it('adds the missing part to the other problems', () => {
    const document = setAt(copy(createdReport), ['interventionNumber'], undefined);
    expect(summary(resultError(parseCompletedInterventionReport(document)))).toEqual([
      ['required', 'interventionNumber'],
      ['required', 'intervention'],
    ]);
  });

  it('does not add it when the part is there but broken', () => {
    const document = setAt(copy(finishedReport), ['intervention', 'workDone'], '');
    expect(summary(resultError(parseCompletedInterventionReport(document)))).toEqual([
      ['blank-text', 'intervention.workDone'],
    ]);
  });
});

function resultError<T>(
  result: { ok: true; value: T } | { ok: false; error: readonly ReportIssue[] },
) {
  return result.ok ? [] : result.error;
}

describe('parseInterventionReport: properties', () => {
  const codes = new Set<string>(reportIssueCodes);

  test.prop([
    anythingOdd({
      key: fc.constantFrom('__proto__', 'constructor', 'user', 'intervention', 'amount', 'x'),
    }),
  ])(
    'never throws on anything (either mode) and names its problems with a known code and both languages',
    (input) => {
      const result = parseInterventionReport(input);
      const stripped = parseInterventionReport(input, { unknownKeys: 'strip' });
      if (result.ok) expect(stripped).toEqual(result);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        for (const issue of result.error) {
          expect(codes.has(issue.code)).toBe(true);
          expect(issue.message.fr.length).toBeGreaterThan(0);
          expect(issue.message.en.length).toBeGreaterThan(0);
        }
      }
    },
  );

  test.prop([
    validReport,
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'interventionNumber',
        'user',
        'intervention',
        'amount',
      ),
      fc.anything(),
    ),
  ])(
    'never throws on a valid report with arbitrary keys overwritten (JSON-parsed)',
    (report, patch) => {
      const json = JSON.stringify({ ...report, ...patch });
      const input: unknown = json === undefined ? undefined : JSON.parse(json);
      expect(() => parseInterventionReport(input)).not.toThrow();
      expect(() => parseInterventionReport(input, { unknownKeys: 'strip' })).not.toThrow();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  test.prop([validReport])('parses every valid report to an equal value (round trip)', (report) => {
    expect(parseInterventionReport(report)).toEqual({ ok: true, value: report });
    const viaJson = parseInterventionReport(JSON.parse(JSON.stringify(report)));
    expect(viaJson).toEqual({ ok: true, value: report });
  });

  test.prop([validReport])('parsing is idempotent: parse(parse(x)) = parse(x)', (report) => {
    const once = parseInterventionReport(report);
    const twice = once.ok ? parseInterventionReport(once.value) : once;
    expect(twice).toEqual(once);
  });

  test.prop([validReport.filter(isCompletedInterventionReport)])(
    'an unfinished intervention says what follows',
    (report) => {
      const intervention = (report as InterventionReport & { intervention: object }).intervention;
      fc.pre((intervention as { finished: boolean }).finished === false);
      const broken = setAt(copy(report), ['intervention', 'followUp'], undefined);
      expect(issuesOf(broken)).toEqual([['follow-up-missing', 'intervention.followUp']]);
    },
  );

  test.prop([
    validReport.filter(isCompletedInterventionReport),
    fc.constantFrom('technicianSignature', 'userSignature'),
  ])(
    'every intervention, finished or not, is signed by the technician and the user (§6.5.2)',
    (report, who) => {
      const broken = setAt(copy(report), ['intervention', who], undefined);
      expect(issuesOf(broken)).toEqual([['signature-missing', `intervention.${who}`]]);
    },
  );
});

describe('parseInterventionReport: undefined values', () => {
  it('reads a key set to undefined as absent, as JSON would', () => {
    expect(parseInterventionReport({ ...createdReport, ticketId: undefined })).toEqual({
      ok: true,
      value: (({ ticketId: _, ...rest }) => rest)(createdReport),
    });
    expect(issuesOf({ ...createdReport, interventionNumber: undefined })).toEqual([
      ['required', 'interventionNumber'],
    ]);
  });
});

describe('parseInterventionReport under hostile input (issue 10): it never throws', () => {
  const huge = 'a'.repeat(10_000_000);
  it.each([
    // A long run of dot-separated parts overflowed the e-mail pattern's stack before the fix.
    [['user', 'email'], `${'a.'.repeat(5_000_000)}a@example.org`],
    [['user', 'email'], `${huge}@example.org`],
    [['user', 'phone'], `+33 ${'1'.repeat(10_000_000)}`],
    [['user', 'name'], huge],
    [['incidentDescription'], huge],
    [['intervention', 'startedAt'], `2026-03-02T09:00:00.${'1'.repeat(10_000_000)}Z`],
    [['intervention', 'workDone'], huge],
  ])('a 10 MB value at %j is text-too-long, checked before any pattern', (path, value) => {
    const document = setAt(copy(finishedReport), path, value);
    expect(issuesOf(document)).toEqual([['text-too-long', path.join('.')]]);
  });

  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const throwing = (message: string) =>
    Object.defineProperty({}, 'name', {
      enumerable: true,
      get() {
        throw new Error(message);
      },
    });
  const hostileValues: [string, () => unknown][] = [
    ['an object without prototype', () => Object.create(null)],
    ['a type without prototype', () => ({ type: Object.create(null) })],
    ['a getter that throws', () => throwing('boom')],
    [
      'a getter that throws a null-prototype object',
      () =>
        Object.defineProperty({}, 'name', {
          enumerable: true,
          get() {
            throw Object.create(null);
          },
        }),
    ],
    ['a revoked Proxy', () => revoked.proxy],
    [
      'a Proxy whose every trap throws',
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('trap');
            },
            ownKeys() {
              throw new Error('trap');
            },
            getOwnPropertyDescriptor() {
              throw new Error('trap');
            },
            getPrototypeOf() {
              throw new Error('trap');
            },
            has() {
              throw new Error('trap');
            },
          },
        ),
    ],
    [
      'toString and toJSON that throw',
      () => ({
        toString() {
          throw new Error('toString');
        },
        toJSON() {
          throw new Error('toJSON');
        },
        valueOf() {
          throw new Error('valueOf');
        },
      }),
    ],
    ['an object that looks like a Date', () => Object.create(Date.prototype)],
    ['an invalid Date', () => new Date(Number.NaN)],
    ['a BigInt', () => 12n],
    ['a Symbol', () => Symbol('x')],
    ['a function', () => () => 1],
    [
      'a sparse array',
      () => {
        const sparse: unknown[] = [];
        sparse[2] = 1;
        return sparse;
      },
    ],
    ['a typed array', () => new Uint8Array(4)],
    ['a Map', () => new Map([['name', 'x']])],
    ['a boxed string', () => Object('x')],
    [
      'a cycle',
      () => {
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        return cyclic;
      },
    ],
  ];
  const paths: (string | number)[][] = [
    [],
    ['user'],
    ['user', 'email'],
    ['equipment'],
    ['equipment', 0],
    ['amount'],
    ['intervention'],
    ['intervention', 'startedAt'],
    ['intervention', 'parts'],
    ['intervention', 'userSignature'],
    ['intervention', 'userSignature', 'name'],
  ];
  it.each(hostileValues)('%s, anywhere in a report, gives issues and no exception', (_, make) => {
    for (const path of paths) {
      const document = path.length === 0 ? make() : setAt(copy(finishedReport), path, make());
      const parse = () => parseInterventionReport(document);
      expect(parse).not.toThrow();
      expect(parse().ok).toBe(false);
      expect(() => parseCompletedInterventionReport(document)).not.toThrow();
      expect(() => parseInterventionReport(document, { unknownKeys: 'strip' })).not.toThrow();
    }
  });

  test.prop([anythingOdd(), fc.constantFrom(...paths)])(
    'anything, anywhere, gives a Result',
    (value, path) => {
      const document = path.length === 0 ? value : setAt(copy(unfinishedReport), path, value);
      const result = parseInterventionReport(document);
      expect(typeof result.ok).toBe('boolean');
    },
  );

  it('refuses hostile options with a ConfigurationError only (it documents so)', () => {
    const options = Object.defineProperty({}, 'unknownKeys', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => parseInterventionReport(createdReport, options)).toThrow(ConfigurationError);
    expect(() => parseInterventionReport(createdReport, { unknownKeys: 1n } as never)).toThrow(
      ConfigurationError,
    );
    expect(() => parseInterventionReport(createdReport, revoked.proxy as never)).toThrow(
      ConfigurationError,
    );
  });
});
