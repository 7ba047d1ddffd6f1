/**
 * The root entry, `service-desk-rules`: what an application calls — the deciders, their
 * policies, the parsers of untrusted input, business calendars and SLA clocks, indicators and
 * labels — as a short explicit list of values, with the types they take and give.
 *
 * Everything else lives in its subpath only: what a storage adapter's author needs in
 * `service-desk-rules/storage`, the enumerations and the finer tools of each module in its own
 * subpath (`service-desk-rules/qualification`, `/sla`, `/handling`, `/ticket`, `/problem`,
 * `/report`, `/metrics`, `/staffing`, `/i18n`, `/postgres`), the test kit in `service-desk-rules/testing` (it imports
 * vitest and fast-check, so the root never does). `api/exports.md` lists every entry's names.
 *
 * @group Entry
 * @module service-desk-rules
 */

// core (no subpath of its own): results, violations, configuration errors, languages
export {
  ConfigurationError,
  type Err,
  err,
  type Locale,
  type LocalizedText,
  locales,
  type Ok,
  ok,
  type Result,
  type RuleViolation,
} from './core/index.js';
// handling (seed §1, §2.4, §4): support levels, level-1 budget, hand-offs, on-site, commitments.
// Re-exported from its files: code splitting groups files by the entries that reach them, and
// handling/index.ts, reached by the root and the handling entry only, would be an empty chunk
// of its own (scripts/check-empty-chunks.mjs fails on one).
export {
  type HandlingMode,
  handlingModeOf,
} from './handling/handling-mode.js';
export {
  classifyHandoff,
  defaultHandoffPolicy,
  type HandoffClassification,
  type HandoffKind,
  type HandoffPolicy,
  type HandoffSituation,
  handoffRationaleMessages,
} from './handling/handoff.js';
export {
  adviseHandOff,
  defaultLevel1TimeBudgetPolicy,
  defineLevel1TimeBudgetPolicy,
  type Level1Advice,
  type Level1Progress,
  type Level1TimeBudget,
  type Level1TimeBudgetPolicy,
  type Level1TimeBudgetPolicySpec,
  level1AdviceMessages,
  level1TimeBudget,
  type QueueSnapshot,
} from './handling/level1-time-budget.js';
export {
  dispatchIntervention,
  type InterventionDispatch,
  type OnSiteRequest,
  onSiteViolationMessages,
  raiseOnSiteRequest,
} from './handling/on-site-intervention.js';
export {
  canHandOff,
  defaultSupportLevelPolicy,
  type SupportLevel,
  type SupportLevelPolicy,
  supportLevels,
} from './handling/support-level.js';
export {
  allowedCommitments,
  type CommitmentContext,
  checkUserCommitment,
  commitmentViolationMessages,
  type UserCommitment,
} from './handling/user-commitments.js';
// i18n: fr and en labels
export {
  impactLabels,
  priorityLabels,
  slaIndicatorLabels,
  urgencyLabels,
} from './i18n/index.js';
// metrics (seed §1): service indicators, streaming or over a store
export {
  type CallQueueEvent,
  createIndicatorAccumulator,
  firstLevelResolutionTarget,
  type IndicatorAccumulator,
  type IndicatorEntry,
  type IndicatorOptions,
  type ServiceIndicators,
  serviceIndicators,
  serviceIndicatorsFromStore,
} from './metrics/index.js';
// problem (seed §4.4): the problem decider, recurring incidents, the known-error base, the FAQ
export {
  type ChangeRef,
  changeRef,
  createKnownErrorBase,
  decideProblem,
  defaultProblemPolicy,
  defineProblemPolicy,
  evolveProblem,
  type FaqEntry,
  findRecurringIncidents,
  type IncidentRef,
  type IncidentSummary,
  incidentRef,
  initialProblemState,
  type KnownError,
  type KnownErrorBase,
  type KnownErrorMatch,
  type KnownErrorQuery,
  knownErrorOf,
  mayActOnProblem,
  type ProblemActor,
  type ProblemCommand,
  type ProblemEvent,
  type ProblemId,
  type ProblemPolicy,
  type ProblemPolicySpec,
  type ProblemState,
  type ProblemViolation,
  type ProblemViolationCode,
  parseProblemCommand,
  problemDecider,
  problemId,
  problemStatusLabels,
  type RecurrenceRule,
  type RecurringIncidents,
  recordProblemFor,
  replayProblem,
  searchKnownErrors,
  solutionKindLabels,
  toFaqEntries,
} from './problem/index.js';
// qualification (seed §2.5)
export {
  type CallScope,
  defaultPriorityMatrix,
  definePriorityMatrix,
  type Impact,
  impactOfCall,
  impacts,
  type Priority,
  type PriorityLevel,
  type PriorityMatrix,
  type PriorityMatrixSpec,
  priorities,
  priorityOf,
  type Urgency,
  urgencies,
} from './qualification/index.js';
// report (seed §6.5): intervention reports, who may sign, redaction, the JSON Schema
export {
  type CompletedInterventionReport,
  defaultReportRules,
  defineSignatoryPolicy,
  type InterventionReport,
  interventionReportJsonSchema,
  isCompletedInterventionReport,
  type ParseInterventionReportOptions,
  parseCompletedInterventionReport,
  parseInterventionReport,
  type RedactionOptions,
  type ReportFieldKey,
  type ReportIssue,
  type ReportIssueCode,
  type ReportRules,
  redactInterventionReport,
  reportFieldLabels,
  type SignatoryPolicy,
  type SignatoryPolicySpec,
  type Signature,
  signatureBinding,
} from './report/index.js';
// sla (seed §2.5.2.4): the indicator table, qualify, business calendars, clocks, compliance.
// Re-exported from its files, like handling (through sla/index.ts: an empty chunk).
export {
  addWorkingTime,
  alwaysOpen,
  type BusinessCalendar,
  type BusinessCalendarSpec,
  createBusinessCalendar,
  isOpen,
  nextOpening,
  workingTimeBetween,
} from './sla/business-calendar.js';
export {
  type Qualification,
  qualify,
} from './sla/qualify.js';
export {
  type MeasureSlaOptions,
  measureSla,
  type SlaClockState,
  type SlaMeasurement,
  slaClockState,
} from './sla/sla-clock.js';
export type {
  SlaPause,
  SlaTimeline,
} from './sla/sla-clock-timeline.js';
export {
  type SlaComplianceReport,
  type SlaResult,
  slaCompliance,
} from './sla/sla-compliance.js';
export {
  defaultSlaTable,
  defineSlaTable,
  type SlaTable,
  type SlaTableSpec,
  type SlaTarget,
  type SlaTargets,
  slaTargetsFor,
} from './sla/sla-table.js';
export type { WorkingDuration } from './sla/working-duration.js';
// staffing (seed §4.3.2): Erlang C and A, technicians needed, the level-1 budget what-if
export {
  type AgentsNeededInput,
  agentsNeeded,
  type ErlangAFigures,
  type ErlangAInput,
  type ErlangCFigures,
  type ErlangCInput,
  erlangA,
  erlangC,
  type Level1BudgetRow,
  type Level1BudgetWhatIfInput,
  level1BudgetWhatIf,
  type Staffing,
  type StaffingTarget,
} from './staffing/index.js';
// storage: what an application runs its commands with (adapter helpers stay in the subpath)
export {
  type AppendConflict,
  type CommandAccepted,
  type CommandFailure,
  type Decider,
  type EventStore,
  type ExpectedVersion,
  type HandleCommandOptions,
  handleCommand,
  InMemoryEventStore,
  type LoadedState,
  loadState,
  type ReadAllOptions,
  type ReadAllPage,
  readAllEvents,
  type StoredEvent,
  type StreamId,
  streamId,
} from './storage/index.js';
// ticket (seed §4–§6): the ticket decider, its policy, its parser, its SLA clocks
export {
  type Actor,
  closureCheck,
  decideTicket,
  defaultTicketPolicy,
  defineTicketPolicy,
  evolveTicket,
  type InterventionId,
  initialTicketState,
  interventionId,
  measureTicketSla,
  parseTicketCommand,
  replayTicket,
  type TechnicianId,
  type TicketCommand,
  type TicketCommandType,
  type TicketDecision,
  type TicketEvent,
  type TicketEventType,
  type TicketId,
  type TicketPolicy,
  type TicketPolicySpec,
  type TicketSlaMeasurements,
  type TicketState,
  type TicketViolation,
  type TicketViolationCode,
  technicianId,
  ticketDecider,
  ticketDeciderFor,
  ticketId,
  ticketSlaTimelines,
  ticketViolationMessages,
} from './ticket/index.js';
