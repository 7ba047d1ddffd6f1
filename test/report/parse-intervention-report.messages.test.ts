// The exact words, details and configuration errors of parseInterventionReport and
// parseCompletedInterventionReport (issue 10 item 7: each assertion here fails if the
// message, the details or the error's path and input change), on the seed's § 6.5 reports.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import {
  parseCompletedInterventionReport,
  parseInterventionReport,
  type ReportIssue,
} from '../../src/report/index.js';
import { copy, createdReport, finishedReport, setAt, unfinishedReport } from './report-fixtures.js';

function issuesOf(input: unknown): readonly ReportIssue[] {
  const result = parseInterventionReport(input);
  return result.ok ? [] : result.error;
}

function completedIssuesOf(input: unknown): (string | number)[][] {
  const result = parseCompletedInterventionReport(input);
  return result.ok ? [] : result.error.map((issue) => [issue.code, issue.path.join('.')]);
}

/** The error a call throws, or `undefined`. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseInterventionReport: each field-level issue, word for word', () => {
  // [path on the finished report (§6.5.2), value put there, the whole issue expected]
  const cases: [readonly (string | number)[], unknown, ReportIssue][] = [
    [
      ['interventionNumber'],
      42,
      {
        code: 'wrong-type',
        path: ['interventionNumber'],
        message: {
          fr: 'Le champ « Numéro d’intervention » doit être un texte.',
          en: 'The field “Intervention number” must be a text.',
        },
        details: { expected: 'string', received: 'number' },
      },
    ],
    [
      ['ticketId'],
      null,
      {
        code: 'wrong-type',
        path: ['ticketId'],
        message: {
          fr: 'Le champ « Numéro du dossier d’appel » doit être un texte.',
          en: 'The field “Call (ticket) number” must be a text.',
        },
        details: { expected: 'string', received: 'null' },
      },
    ],
    [
      ['user'],
      [],
      {
        code: 'wrong-type',
        path: ['user'],
        message: {
          fr: 'Le champ « Coordonnées de l’utilisateur » doit être un objet.',
          en: 'The field “User’s contact details” must be an object.',
        },
        details: { expected: 'object', received: 'array' },
      },
    ],
    [
      ['intervention', 'finished'],
      'true',
      {
        code: 'wrong-type',
        path: ['intervention', 'finished'],
        message: {
          fr: 'Le champ « Fin de l’intervention » doit être un booléen (true ou false).',
          en: 'The field “Intervention finished” must be a boolean (true or false).',
        },
        details: { expected: 'boolean', received: 'string' },
      },
    ],
    [
      ['intervention', 'timeSpentMinutes'],
      44.5,
      {
        code: 'not-an-integer',
        path: ['intervention', 'timeSpentMinutes'],
        message: {
          fr: 'Le champ « Temps passé (minutes) » doit être un nombre entier.',
          en: 'The field “Time spent (minutes)” must be a whole number.',
        },
        details: { received: 44.5 },
      },
    ],
    [
      ['equipment'],
      [],
      {
        code: 'too-few-items',
        path: ['equipment'],
        message: {
          fr: 'Le champ « Matériel(s) concerné(s) » doit contenir au moins 1 élément(s).',
          en: 'The field “Equipment concerned” must hold at least 1 item(s).',
        },
        details: { minimum: 1 },
      },
    ],
    [
      ['equipment'],
      Array.from({ length: 101 }, (_, i) => ({ identifier: `PC-${i}` })),
      {
        code: 'too-many-items',
        path: ['equipment'],
        message: {
          fr: 'Le champ « Matériel(s) concerné(s) » contient plus de 100 éléments.',
          en: 'The field “Equipment concerned” holds more than 100 items.',
        },
        details: { maximum: 100 },
      },
    ],
    [
      ['intervention', 'parts', 0, 'quantity'],
      0,
      {
        code: 'too-small',
        path: ['intervention', 'parts', 0, 'quantity'],
        message: {
          fr: 'Le champ « Quantité » doit valoir au moins 1.',
          en: 'The field “Quantity” must be at least 1.',
        },
        details: { minimum: 1 },
      },
    ],
    [
      ['intervention', 'parts', 0, 'quantity'],
      10_001,
      {
        code: 'too-large',
        path: ['intervention', 'parts', 0, 'quantity'],
        message: {
          fr: 'Le champ « Quantité » doit valoir au plus 10000.',
          en: 'The field “Quantity” must be at most 10000.',
        },
        details: { maximum: 10_000 },
      },
    ],
    [
      ['interventionNumber'],
      'x'.repeat(201),
      {
        code: 'text-too-long',
        path: ['interventionNumber'],
        message: {
          fr: 'Le champ « Numéro d’intervention » dépasse 200 caractères.',
          en: 'The field “Intervention number” is longer than 200 characters.',
        },
        details: { maximum: 200 },
      },
    ],
    [
      ['interventionNumber'],
      ' ',
      {
        code: 'blank-text',
        path: ['interventionNumber'],
        message: {
          fr: 'Le champ « Numéro d’intervention » ne doit pas être vide.',
          en: 'The field “Intervention number” must not be blank.',
        },
      },
    ],
    [
      ['user', 'email'],
      'claire.martin',
      {
        code: 'invalid-format',
        path: ['user', 'email'],
        message: {
          fr: 'Le champ « Adresse électronique de l’utilisateur » doit être une adresse électronique valide.',
          en: 'The field “User’s email address” must be a valid email address.',
        },
        details: { format: 'email' },
      },
    ],
    [
      ['user', 'phone'],
      'call me',
      {
        code: 'invalid-format',
        path: ['user', 'phone'],
        message: {
          fr: 'Le champ « Téléphone de l’utilisateur » doit être un numéro de téléphone (chiffres, espaces, + ( ) . -, au moins trois chiffres).',
          en: 'The field “User’s phone” must be a phone number (digits, spaces, + ( ) . -, at least three digits).',
        },
        details: { format: 'regex' },
      },
    ],
    [
      ['intervention', 'startedAt'],
      '2 mars 2026, 9 h 30',
      {
        code: 'invalid-format',
        path: ['intervention', 'startedAt'],
        message: {
          fr: 'Le champ « Heure de début » doit être une date et heure ISO 8601 avec secondes et décalage horaire (2026-03-02T09:30:00+01:00).',
          en: 'The field “Start time” must be an ISO 8601 date-time with seconds and a UTC offset (2026-03-02T09:30:00+01:00).',
        },
        details: { format: 'datetime' },
      },
    ],
    [
      ['intervention', 'parts', 0, 'kind'],
      'lent',
      {
        code: 'invalid-option',
        path: ['intervention', 'parts', 0, 'kind'],
        message: {
          fr: 'Le champ « Pièce fournie ou échangée » doit valoir l’une des valeurs "supplied", "exchanged".',
          en: 'The field “Part supplied or exchanged” must be one of "supplied", "exchanged".',
        },
        details: { allowed: ['supplied', 'exchanged'] },
      },
    ],
    [
      ['intervention', 'endedAt'],
      undefined,
      {
        code: 'required',
        path: ['intervention', 'endedAt'],
        message: {
          fr: 'Le champ « Heure de fin » est obligatoire.',
          en: 'The field “End time” is required.',
        },
      },
    ],
    [
      ['user', 'nickname'],
      'Claire',
      {
        code: 'unknown-field',
        path: ['user', 'nickname'],
        message: {
          fr: 'Le champ « nickname » n’existe pas dans un compte rendu d’intervention.',
          en: 'The field “nickname” does not exist in an intervention report.',
        },
      },
    ],
  ];

  it.each(
    cases.map(([path, value, issue]) => [path.join('.'), issue.code, path, value, issue] as const),
  )('%s: %s, its messages and details exactly', (_, __, path, value, issue) => {
    // toStrictEqual: an issue without details has no `details` key at all.
    expect(issuesOf(setAt(copy(finishedReport), path, value))).toStrictEqual([issue]);
  });

  it('an amount in a lower-case currency (outside the contract): the currency format', () => {
    const document = setAt(copy(unfinishedReport), ['amount', 'currency'], 'eur');
    expect(issuesOf(document)).toStrictEqual([
      {
        code: 'invalid-format',
        path: ['amount', 'currency'],
        message: {
          fr: 'Le champ « Devise (code ISO 4217) » doit être un code de devise ISO 4217 de trois lettres majuscules (EUR).',
          en: 'The field “Currency (ISO 4217 code)” must be an ISO 4217 currency code of three capital letters (EUR).',
        },
        details: { format: 'regex' },
      },
    ]);
  });

  it('an amount of 0 cents is allowed, -1 is too small', () => {
    expect(issuesOf(setAt(copy(unfinishedReport), ['amount', 'minorUnits'], 0))).toEqual([]);
    expect(issuesOf(setAt(copy(unfinishedReport), ['amount', 'minorUnits'], -1))).toStrictEqual([
      {
        code: 'too-small',
        path: ['amount', 'minorUnits'],
        message: {
          fr: 'Le champ « Montant en centimes (sous-unité de la devise) » doit valoir au moins 0.',
          en: 'The field “Amount in minor units (cents)” must be at least 0.',
        },
        details: { minimum: 0 },
      },
    ]);
  });
});

describe('parseInterventionReport: the configuration errors name the option and its value', () => {
  it.each([
    ['a number', 42, '42'],
    ['a string', 'strip', '"strip"'],
    ['a boolean', true, 'true'],
    ['null', null, 'null'],
  ])('options that are %s: ConfigurationError at the root, with the value', (_, options, shown) => {
    const error = thrownBy(() => parseInterventionReport(createdReport, options as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      message: `parseInterventionReport: options must be an object { unknownKeys?, timeSpentToleranceMinutes? } that can be read, got ${shown}.`,
      path: [],
      input: options,
    });
  });

  it('an unknown unknownKeys mode: at unknownKeys, with the value', () => {
    const error = thrownBy(() =>
      parseInterventionReport(createdReport, { unknownKeys: 'ignore' } as never),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      message: `parseInterventionReport: unknownKeys must be 'refuse' or 'strip', got "ignore".`,
      path: ['unknownKeys'],
      input: 'ignore',
    });
  });

  it.each([
    [-1, '-1'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['1', '"1"'],
  ])('a tolerance of %j: at timeSpentToleranceMinutes, with the value', (tolerance, shown) => {
    const error = thrownBy(() =>
      parseInterventionReport(createdReport, { timeSpentToleranceMinutes: tolerance } as never),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({
      message: `parseInterventionReport: timeSpentToleranceMinutes must be a finite number of minutes, zero or more, got ${shown}.`,
      path: ['timeSpentToleranceMinutes'],
      input: tolerance,
    });
  });

  it('a tolerance of 0 is allowed', () => {
    expect(parseInterventionReport(finishedReport, { timeSpentToleranceMinutes: 0 }).ok).toBe(true);
  });
});

describe('parseInterventionReport: what was thrown, in the unreadable-input details', () => {
  /** The details of the one issue for a report whose incident description throws `thrown`. */
  function detailsWhenThrowing(thrown: unknown): unknown {
    const hostile = Object.defineProperty(copy(createdReport), 'incidentDescription', {
      enumerable: true,
      get() {
        throw thrown;
      },
    });
    const issues = issuesOf(hostile);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['unreadable-input', []]]);
    return issues[0]?.details;
  }

  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  it.each([
    ['an Error: its message', new Error('disk unplugged'), 'disk unplugged'],
    ['an Error of 200 characters: whole', new Error('e'.repeat(200)), 'e'.repeat(200)],
    ['an Error of 201 characters: cut at 200', new Error('e'.repeat(201)), `${'e'.repeat(200)}…`],
    [
      'an Error whose message is not a text: described',
      Object.defineProperty(new Error('x'), 'message', { value: 42 }),
      'an Error',
    ],
    ['an Error without a message of its own: described', new Error(), 'an Error'],
    ['an object with a message, not an Error: described', { message: 'plain' }, 'an object'],
    ['a string: itself', 'oops', 'oops'],
    ['a string of 200 characters: whole', 's'.repeat(200), 's'.repeat(200)],
    ['a string of 201 characters: cut at 200', 's'.repeat(201), `${'s'.repeat(200)}…`],
    ['a number: described', 42, '42'],
    [
      'an object without prototype: unprintable',
      Object.create(null),
      'an unprintable value was thrown',
    ],
    ['a revoked Proxy: unprintable', revoked.proxy, 'an unprintable value was thrown'],
  ])('%s', (_, thrown, shown) => {
    expect(detailsWhenThrowing(thrown)).toStrictEqual({ error: shown });
  });
});

describe('parseCompletedInterventionReport: when it adds the missing intervention part', () => {
  it('a report as created (§6.5.1): the required issue, word for word', () => {
    expect(parseCompletedInterventionReport(createdReport)).toStrictEqual({
      ok: false,
      error: [
        {
          code: 'required',
          path: ['intervention'],
          message: {
            fr: 'Le champ « Rubriques renseignées lors de l’intervention » est obligatoire.',
            en: 'The field “Filled in during the intervention” is required.',
          },
        },
      ],
    });
  });

  it('an unreadable report: the one unreadable-input issue, nothing added', () => {
    const hostile = Object.defineProperty(copy(createdReport), 'incidentDescription', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(completedIssuesOf(hostile)).toEqual([['unreadable-input', '']]);
  });

  it('no document at all, or null: the part is missing too', () => {
    expect(completedIssuesOf(undefined)).toEqual([
      ['required', ''],
      ['required', 'intervention'],
    ]);
    expect(completedIssuesOf(null)).toEqual([
      ['wrong-type', ''],
      ['required', 'intervention'],
    ]);
    expect(completedIssuesOf('INT-2026-0042')).toEqual([
      ['wrong-type', ''],
      ['required', 'intervention'],
    ]);
  });

  it('a part set to undefined, or only inherited, is missing', () => {
    const broken = setAt(copy(createdReport), ['interventionNumber'], undefined);
    expect(completedIssuesOf({ ...broken, intervention: undefined })).toEqual([
      ['required', 'interventionNumber'],
      ['required', 'intervention'],
    ]);
    const inherited = Object.assign(
      Object.create({ intervention: finishedReport.intervention }) as object,
      broken,
    );
    expect(completedIssuesOf(inherited)).toEqual([
      ['required', 'interventionNumber'],
      ['required', 'intervention'],
    ]);
  });

  it('when it cannot tell whether the part is there, it adds nothing', () => {
    const broken = setAt(copy(createdReport), ['interventionNumber'], undefined);
    // Reads like a report, but asking whether it has an `intervention` key throws.
    const evasive = new Proxy(broken, {
      getOwnPropertyDescriptor(target, key) {
        if (key === 'intervention') throw new Error('no comment');
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(completedIssuesOf(evasive)).toEqual([['required', 'interventionNumber']]);
  });
});
