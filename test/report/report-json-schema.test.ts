import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  interventionReportJsonSchema,
  interventionReportJsonSchemaText,
  parseInterventionReport,
  reportFieldKeys,
} from '../../src/report/index.js';
import { unsupportedKeywords, validate } from './json-schema-subset.js';
import {
  copy,
  createdReport,
  finishedReport,
  setAt,
  unfinishedReport,
  validReport,
} from './report-fixtures.js';

const schema = interventionReportJsonSchema();
const file = new URL('../../docs/schemas/intervention-report.schema.json', import.meta.url);

describe('the JSON Schema of an intervention report', () => {
  it('docs/schemas/intervention-report.schema.json is up to date (npx tsx scripts/write-report-schema.ts)', () => {
    expect(readFileSync(file, 'utf8')).toBe(interventionReportJsonSchemaText());
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
  });

  it('is draft 2020-12, refuses unknown keys, and names the seed’s fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    const properties = schema.properties as Record<string, { title: string; description: string }>;
    expect(properties.interventionNumber).toMatchObject({
      title: 'Intervention number',
      description: 'Numéro d’intervention',
    });
    expect(schema.required).toEqual([
      'interventionNumber',
      'user',
      'coveredByContract',
      'equipment',
      'incidentDescription',
      'interventionNature',
    ]);
    expect(Object.isFrozen(schema)).toBe(true);
    expect(interventionReportJsonSchema()).toBe(schema);
    expect(Object.isFrozen(schema.properties)).toBe(true);
  });

  it('uses only keywords the test validator checks', () => {
    expect(unsupportedKeywords(schema)).toEqual([]);
  });

  it.each([
    ['a report as created', createdReport],
    ['a finished report', finishedReport],
    ['an unfinished report outside the contract', unfinishedReport],
  ])('accepts %s', (_, report) => {
    expect(validate(schema, report)).toEqual([]);
  });

  it.each([
    ['no amount outside the contract', setAt(copy(unfinishedReport), ['amount'], undefined)],
    [
      'an amount under the contract',
      setAt(copy(finishedReport), ['amount'], { minorUnits: 1, currency: 'EUR' }),
    ],
    [
      'no contract number under the contract',
      setAt(copy(finishedReport), ['contractNumber'], undefined),
    ],
    [
      'no way to reach the user',
      setAt(
        setAt(copy(finishedReport), ['user', 'phone'], undefined),
        ['user', 'email'],
        undefined,
      ),
    ],
    [
      'finished without the user’s signature',
      setAt(copy(finishedReport), ['intervention', 'userSignature'], undefined),
    ],
    [
      'unfinished without a follow-up',
      setAt(copy(unfinishedReport), ['intervention', 'followUp'], undefined),
    ],
    ['an unknown key', setAt(copy(createdReport), ['colour'], 'red')],
    [
      'a local time without offset',
      setAt(copy(finishedReport), ['intervention', 'endedAt'], '2026-03-02T10:20:00'),
    ],
    ['a part lent', setAt(copy(finishedReport), ['intervention', 'parts', 0, 'kind'], 'lent')],
    ['a blank name', setAt(copy(finishedReport), ['user', 'name'], ' ')],
  ])('refuses %s, as parseInterventionReport does', (_, document) => {
    expect(validate(schema, document)).not.toEqual([]);
    expect(parseInterventionReport(document).ok).toBe(false);
  });

  it('cannot say the time rules: those only parseInterventionReport checks', () => {
    const backwards = setAt(
      copy(finishedReport),
      ['intervention', 'endedAt'],
      '2026-03-02T09:00:00+01:00',
    );
    const tooLong = setAt(copy(finishedReport), ['intervention', 'timeSpentMinutes'], 600);
    for (const document of [backwards, tooLong]) {
      expect(validate(schema, document)).toEqual([]);
      expect(parseInterventionReport(document).ok).toBe(false);
    }
  });

  it('round-trips through zod: z.fromJSONSchema of its structure accepts the samples', () => {
    const { allOf: _, ...structure } = schema;
    const back = z.fromJSONSchema(structure as never);
    for (const report of [createdReport, finishedReport, unfinishedReport]) {
      expect(back.safeParse(report).success).toBe(true);
    }
    expect(back.safeParse(setAt(copy(createdReport), ['equipment'], [])).success).toBe(false);
  });

  test.prop([validReport])('accepts every valid report', (report) => {
    expect(validate(schema, report)).toEqual([]);
  });

  const fieldPaths = reportFieldKeys.map(
    (key) =>
      key
        .split('.')
        .flatMap((step) => (step === 'equipment' || step === 'parts' ? [step, 0] : [step])) as (
        | string
        | number
      )[],
  );
  const values = fc.constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    'x',
    'EUR',
    '0123456789',
    'a@b.co',
    '2026-03-02T09:30:00Z',
    0,
    -1,
    1.5,
    7,
    true,
    false,
    [],
    {},
    { name: 'A', role: 'B' },
    'supplied',
  );

  test.prop([validReport, fc.constantFrom(...fieldPaths), values, fc.boolean()])(
    'agrees with parseInterventionReport on broken reports, but for the time rules',
    (report, path, value, extraKey) => {
      const document = copy(report);
      try {
        setAt(document, path, value);
      } catch {
        return; // The path goes through a part or list the report does not have.
      }
      if (extraKey) document.extra = 1;
      // JSON Schema validates JSON: compare on the document as JSON text would carry it.
      const json = JSON.parse(JSON.stringify(document)) as unknown;
      const parsed = parseInterventionReport(json);
      const parseOk =
        parsed.ok ||
        parsed.error.every(
          (issue) =>
            issue.code === 'end-not-after-start' || issue.code === 'time-spent-exceeds-span',
        );
      expect(validate(schema, json).length === 0).toBe(parseOk);
    },
  );
});
