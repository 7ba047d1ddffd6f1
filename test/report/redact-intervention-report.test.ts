import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import {
  type InterventionReport,
  personalReportFields,
  type RedactionOptions,
  redactInterventionReport,
  redactionMarker,
} from '../../src/report/index.js';
import { createdReport, finishedReport, unfinishedReport, validReport } from './report-fixtures.js';

/** The value at a dotted field key, or `undefined`. */
function valueAt(report: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, step) =>
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[step]
          : undefined,
      report,
    );
}

const options = fc.record(
  {
    optionalFields: fc.constantFrom('mask' as const, 'strip' as const),
    technician: fc.constantFrom('keep' as const, 'mask' as const),
    marker: fc.constantFrom('[redacted]', '***', ''),
  },
  { requiredKeys: [] },
);

describe('redactInterventionReport', () => {
  it('masks the user’s contact details and the customer signatory’s name, keeps the rest', () => {
    expect(redactInterventionReport(finishedReport)).toEqual({
      ...finishedReport,
      user: {
        name: '[redacted]',
        phone: '[redacted]',
        email: '[redacted]',
        address: '[redacted]',
      },
      intervention: {
        ...finishedReport.intervention,
        userSignature: { name: '[redacted]', role: 'Responsable informatique' },
      },
    });
  });

  it('strips the optional contact fields when asked, and masks the technician too', () => {
    expect(
      redactInterventionReport(finishedReport, { optionalFields: 'strip', technician: 'mask' }),
    ).toEqual({
      ...finishedReport,
      user: { name: '[redacted]' },
      intervention: {
        ...finishedReport.intervention,
        technicianSignature: { name: '[redacted]', role: 'Technicien' },
        userSignature: { name: '[redacted]', role: 'Responsable informatique' },
      },
    });
  });

  it('adds no field that was absent and takes another marker', () => {
    expect(redactInterventionReport(unfinishedReport, { marker: '•••' })).toEqual({
      ...unfinishedReport,
      user: { name: '•••', email: '•••' },
      intervention: {
        ...unfinishedReport.intervention,
        userSignature: { ...unfinishedReport.intervention.userSignature, name: '•••' },
      },
    });
    expect(redactInterventionReport(createdReport, { optionalFields: 'strip' }).user).toEqual({
      name: '[redacted]',
    });
  });

  it('does not touch its input', () => {
    const before = structuredClone(finishedReport);
    redactInterventionReport(finishedReport, { technician: 'mask' });
    expect(finishedReport).toEqual(before);
  });

  it.each([[{ optionalFields: 'drop' }], [{ technician: 'hide' }], [{ marker: 0 }]])(
    'throws a ConfigurationError for %j',
    (bad) => {
      expect(() => redactInterventionReport(createdReport, bad as RedactionOptions)).toThrow(
        ConfigurationError,
      );
    },
  );

  it('lists the personal fields', () => {
    expect(personalReportFields).toEqual([
      'user.name',
      'user.phone',
      'user.email',
      'user.address',
      'intervention.userSignature.name',
    ]);
    expect(redactionMarker).toBe('[redacted]');
  });

  test.prop([validReport, options])(
    'no personal value survives: every personal field is the marker or absent',
    (report, opts) => {
      const redacted = redactInterventionReport(report, opts);
      const marker = opts.marker ?? redactionMarker;
      for (const key of personalReportFields) {
        const value = valueAt(redacted, key);
        if (valueAt(report, key) === undefined) expect(value).toBeUndefined();
        else if (key === 'user.name' || key.endsWith('Signature.name')) expect(value).toBe(marker);
        else expect(value).toBe(opts.optionalFields === 'strip' ? undefined : marker);
      }
      // Names and addresses are generated tagged "PII-<kind>": none may remain anywhere but
      // the technician's name, when kept.
      const json = JSON.stringify(redacted);
      const kept = opts.technician === 'mask' ? [] : ['PII-technician'];
      expect((json.match(/PII-[a-z]+/g) ?? []).filter((tag) => !kept.includes(tag))).toEqual([]);
      for (const key of ['user.phone', 'user.email'] as const) {
        const original = valueAt(report, key);
        if (typeof original === 'string')
          expect(json.includes(JSON.stringify(original))).toBe(false);
      }
    },
  );

  test.prop([validReport, options])('is idempotent', (report, opts) => {
    const once = redactInterventionReport(report, opts);
    expect(redactInterventionReport(once, opts)).toEqual(once);
  });

  test.prop([validReport, options])(
    'is deterministic and keeps everything that is not personal',
    (report, opts) => {
      const redacted = redactInterventionReport(report, opts);
      expect(redactInterventionReport(structuredClone(report), opts)).toEqual(redacted);
      const { user: _u, intervention: i1, ...rest1 } = redacted as InterventionReport;
      const { user: _v, intervention: i2, ...rest2 } = report;
      expect(rest1).toEqual(rest2);
      if (i1 !== undefined && i2 !== undefined) {
        const { userSignature: s1, technicianSignature: t1, ...work1 } = i1;
        const { userSignature: s2, technicianSignature: t2, ...work2 } = i2;
        expect(work1).toEqual(work2);
        expect(s1?.role).toBe(s2?.role);
        expect(t1?.role).toBe(t2?.role);
        if (opts.technician !== 'mask') expect(t1).toEqual(t2);
      } else {
        expect(i1).toBe(i2);
      }
    },
  );
});
