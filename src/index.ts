/**
 * The root entry, `service-desk-rules`: what an application calls — the deciders, their
 * policies, the parsers of untrusted input, business calendars and SLA clocks, indicators and
 * labels — as a short explicit list of values, with every public type of those modules.
 *
 * Everything else lives in its subpath only: what a storage adapter's author needs in
 * `service-desk-rules/storage`, the enumerations and the finer tools of each module in its own
 * subpath (`service-desk-rules/qualification`, `/sla`, `/handling`, `/ticket`, `/problem`,
 * `/report`, `/metrics`, `/i18n`), the test kit in `service-desk-rules/testing` (it imports
 * vitest and fast-check, so the root never does). `api/exports.md` lists every entry's names.
 *
 * @module service-desk-rules
 */

export type {
  Err,
  Locale,
  LocalizedText,
  Ok,
  Result,
  RuleViolation,
} from './core/index.js';
// core (no subpath of its own): results, violations, configuration errors, languages.
export { ConfigurationError, err, locales, ok } from './core/index.js';
export type {
  CommitmentContext,
  HandlingMode,
  HandoffClassification,
  HandoffKind,
  HandoffPolicy,
  HandoffSituation,
  InterventionDispatch,
  Level1Advice,
  Level1Progress,
  Level1TimeBudget,
  Level1TimeBudgetPolicy,
  Level1TimeBudgetPolicySpec,
  OnSiteRequest,
  QueueSnapshot,
  SupportLevel,
  SupportLevelPolicy,
  UserCommitment,
} from './handling/index.js';
// handling (seed §1, §2.4, §4): support levels, level-1 budget, hand-offs, on-site, commitments
export {
  adviseHandOff,
  allowedCommitments,
  canHandOff,
  checkUserCommitment,
  classifyHandoff,
  commitmentViolationMessages,
  defaultHandoffPolicy,
  defaultLevel1TimeBudgetPolicy,
  defaultSupportLevelPolicy,
  defineLevel1TimeBudgetPolicy,
  dispatchIntervention,
  handlingModeOf,
  handoffRationaleMessages,
  level1AdviceMessages,
  level1TimeBudget,
  onSiteViolationMessages,
  raiseOnSiteRequest,
  supportLevels,
} from './handling/index.js';
// i18n: fr and en labels
export {
  impactLabels,
  priorityLabels,
  slaIndicatorLabels,
  urgencyLabels,
} from './i18n/index.js';
export type {
  CallQueueEvent,
  IndicatorAccumulator,
  IndicatorEntry,
  IndicatorOptions,
  ServiceIndicators,
} from './metrics/index.js';
// metrics (seed §1): service indicators, streaming or over a store
export {
  createIndicatorAccumulator,
  firstLevelResolutionTarget,
  serviceIndicators,
  serviceIndicatorsFromStore,
} from './metrics/index.js';
export type {
  ChangeRef,
  FaqEntry,
  IncidentRef,
  IncidentSummary,
  KnownError,
  KnownErrorBase,
  KnownErrorMatch,
  KnownErrorQuery,
  ProblemActor,
  ProblemCommand,
  ProblemEvent,
  ProblemId,
  ProblemPolicy,
  ProblemPolicySpec,
  ProblemState,
  ProblemViolation,
  ProblemViolationCode,
  RecurrenceRule,
  RecurringIncidents,
} from './problem/index.js';
// problem (seed §4.4): the problem decider, recurring incidents, the known-error base, the FAQ
export {
  changeRef,
  createKnownErrorBase,
  decideProblem,
  defaultProblemPolicy,
  defineProblemPolicy,
  evolveProblem,
  findRecurringIncidents,
  incidentRef,
  initialProblemState,
  knownErrorOf,
  mayActOnProblem,
  parseProblemCommand,
  problemDecider,
  problemId,
  problemStatusLabels,
  recordProblemFor,
  replayProblem,
  searchKnownErrors,
  solutionKindLabels,
  toFaqEntries,
} from './problem/index.js';
export type {
  CallScope,
  Impact,
  Priority,
  PriorityLevel,
  PriorityMatrix,
  PriorityMatrixSpec,
  Urgency,
} from './qualification/index.js';
// qualification (seed §2.5)
export {
  defaultPriorityMatrix,
  definePriorityMatrix,
  impactOfCall,
  impacts,
  priorities,
  priorityOf,
  urgencies,
} from './qualification/index.js';
export type {
  CompletedInterventionReport,
  InterventionReport,
  ParseInterventionReportOptions,
  RedactionOptions,
  ReportFieldKey,
  ReportIssue,
  ReportIssueCode,
  ReportRules,
  SignatoryPolicy,
  SignatoryPolicySpec,
  Signature,
} from './report/index.js';

// report (seed §6.5): intervention reports, who may sign, redaction, the JSON Schema
export {
  defaultReportRules,
  defineSignatoryPolicy,
  interventionReportJsonSchema,
  isCompletedInterventionReport,
  parseCompletedInterventionReport,
  parseInterventionReport,
  redactInterventionReport,
  reportFieldLabels,
  signatureBinding,
} from './report/index.js';
export type {
  BusinessCalendar,
  BusinessCalendarSpec,
  MeasureSlaOptions,
  Qualification,
  SlaClockState,
  SlaComplianceReport,
  SlaMeasurement,
  SlaPause,
  SlaResult,
  SlaTable,
  SlaTableSpec,
  SlaTarget,
  SlaTargets,
  SlaTimeline,
  WorkingDuration,
} from './sla/index.js';
// sla (seed §2.5.2.4): the indicator table, business calendars, clocks, compliance
export {
  addWorkingTime,
  alwaysOpen,
  createBusinessCalendar,
  defaultSlaTable,
  defineSlaTable,
  isOpen,
  measureSla,
  nextOpening,
  qualify,
  slaClockState,
  slaCompliance,
  slaTargetsFor,
  workingTimeBetween,
} from './sla/index.js';
export type {
  AppendConflict,
  CommandAccepted,
  CommandFailure,
  Decider,
  EventStore,
  ExpectedVersion,
  HandleCommandOptions,
  LoadedState,
  ReadAllOptions,
  ReadAllPage,
  StoredEvent,
  StreamId,
} from './storage/index.js';

// storage: what an application runs its commands with (adapter helpers stay in the subpath)
export {
  handleCommand,
  InMemoryEventStore,
  loadState,
  readAllEvents,
  streamId,
} from './storage/index.js';
export type {
  Actor,
  InterventionId,
  TechnicianId,
  TicketCommand,
  TicketCommandType,
  TicketDecision,
  TicketEvent,
  TicketEventType,
  TicketId,
  TicketPolicy,
  TicketPolicySpec,
  TicketSlaMeasurements,
  TicketState,
  TicketViolation,
  TicketViolationCode,
} from './ticket/index.js';
// ticket (seed §4–§6): the ticket decider, its policy, its parser, its SLA clocks
export {
  closureCheck,
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
  evolveTicket,
  initialTicketState,
  interventionId,
  measureTicketSla,
  parseTicketCommand,
  replayTicket,
  technicianId,
  ticketDecider,
  ticketDeciderFor,
  ticketId,
  ticketSlaTimelines,
  ticketViolationMessages,
} from './ticket/index.js';
