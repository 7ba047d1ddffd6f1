// reportIssuesFromZod on the zod issues the report schema never raises today (another zod
// version, a schema that grows) and on the edges of the ones it does: each gives a stable
// code, the field's name in both languages and its details.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import type { ReportIssue } from '../../src/report/index.js';
import { reportIssuesFromZod } from '../../src/report/report-issues-from-zod.js';

/** A zod issue as zod 4 shapes it (only the fields the mapping reads). */
const zodIssue = (fields: Record<string, unknown>) =>
  ({ message: 'zod’s own words, never shown', ...fields }) as unknown as z.core.$ZodIssue;

describe('reportIssuesFromZod', () => {
  it('a type zod names but the report does not: the name as zod gives it', () => {
    const issue = zodIssue({ code: 'invalid_type', expected: 'bigint', path: ['ticketId'] });
    expect(reportIssuesFromZod(issue, 'T-981')).toStrictEqual<ReportIssue[]>([
      {
        code: 'wrong-type',
        path: ['ticketId'],
        message: {
          fr: 'Le champ « Numéro du dossier d’appel » doit être bigint.',
          en: 'The field “Call (ticket) number” must be bigint.',
        },
        details: { expected: 'bigint', received: 'string' },
      },
    ]);
  });

  it('a whole number expected and something else than a number given: a wrong type', () => {
    const path = ['intervention', 'timeSpentMinutes'];
    const issue = zodIssue({ code: 'invalid_type', expected: 'int', path });
    expect(reportIssuesFromZod(issue, '45')).toStrictEqual<ReportIssue[]>([
      {
        code: 'wrong-type',
        path,
        message: {
          fr: 'Le champ « Temps passé (minutes) » doit être un nombre entier.',
          en: 'The field “Time spent (minutes)” must be a whole number.',
        },
        details: { expected: 'int', received: 'string' },
      },
    ]);
  });

  it('a text too short (a minimum length): blank text, without details', () => {
    const issue = zodIssue({
      code: 'too_small',
      origin: 'string',
      minimum: 1,
      path: ['interventionNumber'],
    });
    expect(reportIssuesFromZod(issue, '')).toStrictEqual<ReportIssue[]>([
      {
        code: 'blank-text',
        path: ['interventionNumber'],
        message: {
          fr: 'Le champ « Numéro d’intervention » ne doit pas être vide.',
          en: 'The field “Intervention number” must not be blank.',
        },
      },
    ]);
  });

  it('a format the report does not name: the format as zod gives it', () => {
    const issue = zodIssue({ code: 'invalid_format', format: 'uuid', path: ['ticketId'] });
    expect(reportIssuesFromZod(issue, 'T-981')).toStrictEqual<ReportIssue[]>([
      {
        code: 'invalid-format',
        path: ['ticketId'],
        message: {
          fr: 'Le champ « Numéro du dossier d’appel » doit être au format uuid.',
          en: 'The field “Call (ticket) number” must be in the uuid format.',
        },
        details: { format: 'uuid' },
      },
    ]);
  });

  it('the not-blank pattern written with flags is still a blank text', () => {
    const issue = zodIssue({
      code: 'invalid_format',
      format: 'regex',
      pattern: '/\\S/u',
      path: ['interventionNumber'],
    });
    expect(reportIssuesFromZod(issue, ' ').map((i) => i.code)).toEqual(['blank-text']);
  });

  it('a pattern the report does not name: the regex format', () => {
    const issue = zodIssue({
      code: 'invalid_format',
      format: 'regex',
      pattern: '/^\\d+$/',
      path: ['ticketId'],
    });
    expect(reportIssuesFromZod(issue, 'T')).toStrictEqual<ReportIssue[]>([
      {
        code: 'invalid-format',
        path: ['ticketId'],
        message: {
          fr: 'Le champ « Numéro du dossier d’appel » doit être au format regex.',
          en: 'The field “Call (ticket) number” must be in the regex format.',
        },
        details: { format: 'regex' },
      },
    ]);
  });

  it('any other issue (a custom check): invalid-value, even when the value is absent', () => {
    const issue = zodIssue({ code: 'custom', path: ['amount'] });
    const expected: ReportIssue[] = [
      {
        code: 'invalid-value',
        path: ['amount'],
        message: {
          fr: 'Le champ « Montant de l’intervention » n’a pas une valeur valable.',
          en: 'The field “Intervention amount” does not hold a valid value.',
        },
      },
    ];
    expect(reportIssuesFromZod(issue, { minorUnits: 1 })).toStrictEqual(expected);
    expect(reportIssuesFromZod(issue, undefined)).toStrictEqual(expected);
  });

  it('the allowed values of an enum that are not texts are written as in code', () => {
    const path = ['intervention', 'parts', 0, 'kind'];
    const issue = zodIssue({ code: 'invalid_value', values: [1n, 'supplied', null], path });
    expect(reportIssuesFromZod(issue, 'lent')).toStrictEqual<ReportIssue[]>([
      {
        code: 'invalid-option',
        path,
        message: {
          fr: 'Le champ « Pièce fournie ou échangée » doit valoir l’une des valeurs 1, "supplied", null.',
          en: 'The field “Part supplied or exchanged” must be one of 1, "supplied", null.',
        },
        details: { allowed: [1n, 'supplied', null] },
      },
    ]);
  });

  it('a missing signature is left to the cross-field rules; a missing field elsewhere is required', () => {
    const missing = (path: (string | number)[]) =>
      reportIssuesFromZod(zodIssue({ code: 'invalid_type', expected: 'object', path }), undefined);
    expect(missing(['intervention', 'userSignature'])).toEqual([]);
    expect(missing(['intervention', 'technicianSignature'])).toEqual([]);
    expect(missing(['amount', 'userSignature']).map((i) => [i.code, i.path])).toEqual([
      ['required', ['amount', 'userSignature']],
    ]);
    expect(missing(['intervention', 'userSignature', 'name']).map((i) => i.code)).toEqual([
      'required',
    ]);
  });

  it('keeps only the text and number steps of a path', () => {
    const issue = zodIssue({
      code: 'invalid_type',
      expected: 'string',
      path: ['user', Symbol('hidden'), 'name'],
    });
    expect(reportIssuesFromZod(issue, undefined).map((i) => i.path)).toEqual([['user', 'name']]);
  });

  it('one unknown-field issue per unknown key', () => {
    const issue = zodIssue({ code: 'unrecognized_keys', keys: ['colour', 'size'], path: ['user'] });
    expect(reportIssuesFromZod(issue, {}).map((i) => [i.code, i.path])).toEqual([
      ['unknown-field', ['user', 'colour']],
      ['unknown-field', ['user', 'size']],
    ]);
  });
});
