import { expectTypeOf, test } from 'vitest';
import type { Result } from '../../src/core/result.js';
import {
  type CompletedInterventionReport,
  defineSignatoryPolicy,
  type InterventionDetails,
  type InterventionReport,
  isCompletedInterventionReport,
  type ParseInterventionReportOptions,
  parseCompletedInterventionReport,
  parseInterventionReport,
  type ReportIssue,
  redactInterventionReport,
  type SignatureBinding,
  signatureBinding,
} from '../../src/report/index.js';

const header = {
  interventionNumber: 'INT-1',
  user: { name: 'Claire Martin', phone: '0123456789' },
  equipment: [{ identifier: 'PC-7' }],
  incidentDescription: 'Will not boot.',
  interventionNature: 'On-site repair',
};
const work = {
  parts: [],
  timeSpentMinutes: 20,
  startedAt: '2026-03-02T09:00:00Z',
  endedAt: '2026-03-02T09:30:00Z',
  workDone: 'Power supply replaced.',
};

test('an amount exactly when the intervention is outside the contract', () => {
  const covered: InterventionReport = {
    ...header,
    coveredByContract: true,
    contractNumber: 'CT-1',
  };
  const billed: InterventionReport = {
    ...header,
    coveredByContract: false,
    amount: { minorUnits: 100, currency: 'EUR' },
  };
  expectTypeOf(covered).toExtend<InterventionReport>();
  expectTypeOf(billed).toExtend<InterventionReport>();
  // @ts-expect-error an intervention outside the contract needs its amount
  const unbilled: InterventionReport = { ...header, coveredByContract: false };
  const overbilled: InterventionReport = {
    ...header,
    coveredByContract: true,
    contractNumber: 'CT-1',
    // @ts-expect-error a covered intervention has no amount
    amount: { minorUnits: 100, currency: 'EUR' },
  };
  // @ts-expect-error a covered intervention states its contract number
  const noContract: InterventionReport = { ...header, coveredByContract: true };
  void [unbilled, overbilled, noContract];
});

test('every intervention has both signatures (§6.5.2); an unfinished one says what follows', () => {
  const signature = { name: 'A', role: 'B' };
  const signed = { technicianSignature: signature, userSignature: signature };
  const done: InterventionDetails = { ...work, ...signed, finished: true };
  const pending: InterventionDetails = {
    ...work,
    ...signed,
    finished: false,
    followUp: 'Second visit.',
  };
  expectTypeOf(done).toExtend<InterventionDetails>();
  expectTypeOf(pending).toExtend<InterventionDetails>();
  // @ts-expect-error finished without the user's signature
  const unsigned: InterventionDetails = { ...work, finished: true, technicianSignature: signature };
  // @ts-expect-error unfinished without the user's signature
  const unsignedPending: InterventionDetails = {
    ...work,
    technicianSignature: signature,
    finished: false,
    followUp: 'Second visit.',
  };
  // @ts-expect-error unfinished without a follow-up
  const silent: InterventionDetails = { ...work, ...signed, finished: false };
  void [unsigned, unsignedPending, silent];
});

test('parse functions return Results of reports and issues', () => {
  expectTypeOf(parseInterventionReport).returns.toEqualTypeOf<
    Result<InterventionReport, readonly ReportIssue[]>
  >();
  expectTypeOf(parseCompletedInterventionReport).returns.toEqualTypeOf<
    Result<CompletedInterventionReport, readonly ReportIssue[]>
  >();
  expectTypeOf(parseInterventionReport).parameter(0).toEqualTypeOf<unknown>();
  // @ts-expect-error unknown keys are refused or stripped, nothing else
  const options: ParseInterventionReportOptions = { unknownKeys: 'keep' };
  void options;
});

test('a completed report narrows to its intervention part', () => {
  const report = {} as InterventionReport;
  if (isCompletedInterventionReport(report)) {
    expectTypeOf(report.intervention).toEqualTypeOf<InterventionDetails>();
  } else {
    expectTypeOf(report.intervention).toEqualTypeOf<undefined>();
  }
});

test('redaction keeps the report type; binding is a value', () => {
  const report = {} as CompletedInterventionReport;
  expectTypeOf(redactInterventionReport(report)).toEqualTypeOf<CompletedInterventionReport>();
  const binding = signatureBinding(report, defineSignatoryPolicy({ roles: ['Directeur'] }));
  expectTypeOf(binding).toEqualTypeOf<SignatureBinding>();
  if (!binding.binding) {
    expectTypeOf(binding.violation.code).toEqualTypeOf<
      'user-signature-missing' | 'signatory-not-authorised'
    >();
  }
});
