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
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
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

// Issue 10 item 2: redactInterventionReport throws only its documented errors: a TypeError
// for a report it cannot read, a ConfigurationError for options it cannot use.
describe('redactInterventionReport under hostile input (issue 10)', () => {
  const thrown = (act: () => unknown): Error => {
    try {
      act();
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a throw');
  };

  it('refuses a report, a user or an intervention that is not an object, describing it', () => {
    expect(thrown(() => redactInterventionReport(false as never)).message).toBe(
      'redactInterventionReport: report must be an intervention report, got false.',
    );
    const noUser = thrown(() =>
      redactInterventionReport({ ...createdReport, user: 'Claire' } as never),
    );
    expect(noUser).toBeInstanceOf(TypeError);
    expect(noUser.message).toBe(
      'redactInterventionReport: report.user must be the user contact { name, phone, … }, got "Claire".',
    );
    expect(
      thrown(() =>
        redactInterventionReport({
          ...finishedReport,
          intervention: { ...finishedReport.intervention, userSignature: 1n },
        } as never),
      ).message,
    ).toBe(
      'redactInterventionReport: report.intervention.userSignature must be a signature { name, role }, got 1n.',
    );
  });

  it('refuses options that are not an object, or a marker that is not a text, as configuration', () => {
    const error = thrown(() => redactInterventionReport(createdReport as never, null as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(
      'redactInterventionReport: options must be { optionalFields?, technician?, marker? }, got null.',
    );
    expect(
      thrown(() => redactInterventionReport(createdReport as never, { marker: 7 } as never))
        .message,
    ).toBe('redactInterventionReport: marker must be a string, got 7.');
  });

  it('turns a Proxy or a getter that throws into its documented error', () => {
    const report = { ...finishedReport };
    throwingGetter(report, 'user');
    for (const value of [revokedProxy(), trappedProxy({ ...createdReport }), report]) {
      const error = thrown(() => redactInterventionReport(value as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(
        /^redactInterventionReport: the input could not be read as plain data/,
      );
    }
    const options = {};
    throwingGetter(options, 'marker');
    const error = thrown(() => redactInterventionReport(createdReport as never, options));
    expect(error).toBeInstanceOf(ConfigurationError);
  });

  it('does not keep a prototype-reaching key from JSON as a prototype', () => {
    const report = JSON.parse(
      JSON.stringify(createdReport).replace('{', '{"__proto__":{"polluted":true},'),
    );
    const redacted = redactInterventionReport(report as InterventionReport) as unknown as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(redacted)).toBe(Object.prototype);
    expect(redacted.polluted).toBeUndefined();
  });

  test.prop([anythingOdd(), fc.constantFrom('user', 'intervention', 'interventionNumber')])(
    'any value in any field gives a report or its TypeError',
    (value, field) => {
      try {
        redactInterventionReport({ ...finishedReport, [field]: value } as never);
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^redactInterventionReport: /);
      }
    },
  );
});

describe('redactInterventionReport: what its errors carry (issue 10 item 7)', () => {
  const refusal = (act: () => unknown): unknown => {
    try {
      act();
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it.each([
    [{ optionalFields: 'drop' }, ['optionalFields'], 'drop'],
    [{ technician: 'hide' }, ['technician'], 'hide'],
    [{ marker: 0 }, ['marker'], 0],
  ] as const)('%j: a ConfigurationError at the option, with its value', (bad, path, input) => {
    const error = refusal(() => redactInterventionReport(createdReport, bad as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ path, input });
  });

  it('options that are not an object: at the root, with the value', () => {
    const error = refusal(() => redactInterventionReport(createdReport, 'strip' as never));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ path: [], input: 'strip' });
  });

  it('a user or an intervention that is null: a TypeError naming it', () => {
    const withNull = (field: string) =>
      refusal(() => redactInterventionReport({ ...finishedReport, [field]: null } as never));
    expect(withNull('user')).toBeInstanceOf(TypeError);
    expect(withNull('user')).toMatchObject({
      message:
        'redactInterventionReport: report.user must be the user contact { name, phone, … }, got null.',
    });
    expect(withNull('intervention')).toMatchObject({
      message:
        'redactInterventionReport: report.intervention must be the intervention details, got null.',
    });
  });

  it('an intervention without signatures (a report from before they were required) is redacted as it is', () => {
    const {
      userSignature: _user,
      technicianSignature: _technician,
      ...unsigned
    } = finishedReport.intervention;
    const report = { ...finishedReport, intervention: unsigned } as unknown as InterventionReport;
    const redacted = redactInterventionReport(report, { technician: 'mask' });
    expect(redacted.intervention).toEqual(unsigned);
    expect(Object.keys(redacted.intervention ?? {})).not.toContain('userSignature');
  });
});
