import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  interventionReportJsonSchema,
  interventionReportJsonSchemaText,
  parseInterventionReport,
  type ReportFieldKey,
  reportFieldKeys,
  reportFieldLabels,
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

/** Folds a label for comparison: lower case, no accents, one kind of apostrophe. */
const foldLabel = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/g, "'")
    .toLowerCase();

/** The schema node of a field key, through `properties` and array `items`. */
function nodeOf(key: string): { title?: unknown; description?: unknown } {
  let node = schema as Record<string, unknown>;
  for (const step of key.split('.')) {
    const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
    node = properties?.[step] as Record<string, unknown>;
    if (node?.type === 'array') node = { ...node, ...(node.items as object), ...pick(node) };
  }
  return node;
}
const pick = (node: Record<string, unknown>) => ({
  title: node.title,
  description: node.description,
});

describe('the JSON Schema labels, field by field, against the seed’s § 6.5 wording', () => {
  // [field key, the seed's words for it (§ 6.5.1 and § 6.5.2), the English label expected]
  const seedWording: [ReportFieldKey, string, string][] = [
    ['interventionNumber', 'numéro d’intervention', 'Intervention number'],
    ['user', 'coordonnées de l’utilisateur', 'User’s contact details'],
    ['contractNumber', 'numéro de contrat du client', 'Customer’s contract number'],
    ['amount', 'montant de l’intervention', 'Intervention amount'],
    ['equipment', 'matériel', 'Equipment concerned'],
    ['incidentDescription', 'descriptif de l’incident', 'Incident description'],
    ['interventionNature', 'nature de l’intervention à réaliser', 'Nature of the intervention'],
    ['intervention.parts', 'pièces fournies ou échangées', 'Parts supplied or exchanged'],
    ['intervention.timeSpentMinutes', 'temps passé', 'Time spent (minutes)'],
    ['intervention.startedAt', 'heure de début', 'Start time'],
    ['intervention.endedAt', 'heure de fin', 'End time'],
    ['intervention.workDone', 'descriptif de l’intervention', 'Work done'],
    ['intervention.finished', 'fin de l’intervention', 'Intervention finished'],
    ['intervention.followUp', 'suite à donner', 'Follow-up'],
    ['intervention.technicianSignature', 'signature du technicien', 'Technician’s signature'],
    ['intervention.userSignature', 'signature de l’utilisateur', 'User’s signature'],
    ['intervention.technicianSignature.name', 'nom', 'Signing technician’s name'],
    ['intervention.technicianSignature.role', 'fonction', 'Signing technician’s role'],
    ['intervention.userSignature.name', 'nom', 'Customer signatory’s name'],
    ['intervention.userSignature.role', 'fonction', 'Customer signatory’s role'],
  ];

  it.each(seedWording)('%s is labelled with the seed’s words « %s »', (key, seed, english) => {
    const node = nodeOf(key);
    expect(node.title).toBe(english);
    expect(foldLabel(String(node.description))).toContain(foldLabel(seed));
  });

  it('gives the start and end times their own labels (they never share a schema object)', () => {
    expect(nodeOf('intervention.startedAt')).toMatchObject({
      title: 'Start time',
      description: 'Heure de début',
    });
    expect(nodeOf('intervention.endedAt')).toMatchObject({
      title: 'End time',
      description: 'Heure de fin',
    });
  });

  it.each(reportFieldKeys.map((key) => [key] as const))(
    '%s carries exactly its own labels from reportFieldLabels',
    (key) => {
      expect(pick(nodeOf(key) as Record<string, unknown>)).toEqual({
        title: reportFieldLabels[key].en,
        description: reportFieldLabels[key].fr,
      });
    },
  );

  it('requires both signatures on an unfinished intervention too (§ 6.5.2)', () => {
    expect(validate(schema, unfinishedReport)).toEqual([]);
    for (const who of ['technicianSignature', 'userSignature']) {
      const unsigned = setAt(copy(unfinishedReport), ['intervention', who], undefined);
      expect(validate(schema, unsigned)).not.toEqual([]);
    }
  });
});
