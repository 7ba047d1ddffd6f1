/**
 * Intervention reports (seed §6.5): their schemas and parsers, who may sign, redaction, the JSON
 * Schema. The only module that uses zod. Import from `service-desk-rules/report`; the guide is
 * [docs/report.md](../../docs/report.md).
 *
 * @group Records
 * @module service-desk-rules/report
 */
export {
  type CompletedInterventionReport,
  type ContractCoverage,
  type CreatedInterventionReport,
  type FinishedIntervention,
  type InterventionAmount,
  type InterventionDetails,
  type InterventionReport,
  type InterventionReportHeader,
  type InterventionWork,
  isCompletedInterventionReport,
  type OutOfContract,
  type Part,
  type PartKind,
  partKinds,
  type ReportedEquipment,
  type Signature,
  type UnfinishedIntervention,
  type UserContact,
} from './intervention-report.js';
export {
  type ParseInterventionReportOptions,
  parseCompletedInterventionReport,
  parseInterventionReport,
} from './parse-intervention-report.js';
export {
  personalReportFields,
  type RedactionOptions,
  redactInterventionReport,
  redactionMarker,
} from './redact-intervention-report.js';
export { type ReportIssue, type ReportIssueCode, reportIssueCodes } from './report-issue.js';
export {
  interventionReportJsonSchema,
  interventionReportJsonSchemaText,
} from './report-json-schema.js';
export {
  type ReportFieldKey,
  reportFieldKeys,
  reportFieldLabels,
} from './report-labels.js';
export { defaultReportRules, type ReportRules } from './report-rules.js';
export { reportFieldLimits } from './report-schema.js';
export {
  defineSignatoryPolicy,
  type SignatoryPolicy,
  type SignatoryPolicySpec,
  type SignatureBinding,
  signatureBinding,
} from './signatory-policy.js';
