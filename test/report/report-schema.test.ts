// The zod schema of a report built afresh, so that each assertion here runs the code that
// builds it (parseInterventionReport reuses one schema per mode, built by the first call).
import { describe, expect, it } from 'vitest';
import {
  buildInterventionReportSchema,
  reportSchemaFor,
  reportSchemaMetadata,
} from '../../src/report/report-schema.js';
import { copy, createdReport, finishedReport, setAt, unfinishedReport } from './report-fixtures.js';

describe('buildInterventionReportSchema', () => {
  it('refuses unknown keys in refuse mode, drops them in strip mode', () => {
    const document = { ...copy(createdReport), colour: 'blue' };
    const refused = buildInterventionReportSchema('refuse').safeParse(document);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unrecognized_keys', []],
    ]);
    const stripped = buildInterventionReportSchema('strip').safeParse(document);
    expect(stripped.success).toBe(true);
    expect(stripped.data).toEqual(createdReport);
  });

  it('reads an amount of cents and a currency (outside the contract, §6.5.1)', () => {
    const schema = buildInterventionReportSchema('refuse');
    expect(schema.safeParse(unfinishedReport).data?.amount).toEqual({
      minorUnits: 12050,
      currency: 'EUR',
    });
    const amount = (minorUnits: number) =>
      schema.safeParse(setAt(copy(unfinishedReport), ['amount', 'minorUnits'], minorUnits)).success;
    expect([amount(0), amount(1), amount(-1)]).toEqual([true, true, false]);
  });

  it('takes a quantity of 1 to 10 000 of a part', () => {
    const schema = buildInterventionReportSchema('refuse');
    const quantity = (n: number) =>
      schema.safeParse(setAt(copy(finishedReport), ['intervention', 'parts', 0, 'quantity'], n))
        .success;
    expect([0, 1, 2, 9_999, 10_000, 10_001].map(quantity)).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('labels each field for the JSON Schema: English title, French description', () => {
    const schema = buildInterventionReportSchema('refuse');
    expect(reportSchemaMetadata.get(schema.shape.interventionNumber)).toEqual({
      title: 'Intervention number',
      description: 'Numéro d’intervention',
    });
    expect(reportSchemaMetadata.get(schema.shape.coveredByContract)).toEqual({
      title: 'Intervention covered by the contract',
      description: 'Intervention couverte par le contrat',
    });
  });
});

describe('reportSchemaFor', () => {
  it('builds one schema per mode and keeps it', () => {
    expect(reportSchemaFor('refuse')).toBe(reportSchemaFor('refuse'));
    expect(reportSchemaFor('strip')).toBe(reportSchemaFor('strip'));
    expect(reportSchemaFor('strip')).not.toBe(reportSchemaFor('refuse'));
  });
});
