/**
 * The ticket (seed §4–§6): its decider (`decideTicket`, `evolveTicket`), commands, events and
 * state, its policy, the closure rules, its SLA timelines, the parser of untrusted commands.
 * Import from `service-desk-rules/ticket`; the guide is [docs/ticket.md](../../docs/ticket.md).
 *
 * @group Deciders
 * @module service-desk-rules/ticket
 */
export type { ProblemId } from '../core/ids.js';
export { closureCheck } from './closure-check.js';
export type { AcknowledgeHandling } from './commands/acknowledge.js';
export type { ApplySolution } from './commands/apply-solution.js';
export type { CancelTicket } from './commands/cancel.js';
export type { CloseTicket } from './commands/close.js';
export type { DispatchOnSite } from './commands/dispatch-on-site.js';
export type { HandOff } from './commands/hand-off.js';
export type { InformUser } from './commands/inform-user.js';
export type { LinkProblem } from './commands/link-problem.js';
export type { OpenTicket } from './commands/open.js';
export type { PauseTicket } from './commands/pause.js';
export type { QualifyTicket } from './commands/qualify.js';
export type { RebaselinePolicy } from './commands/rebaseline-policy.js';
export type { RecordInterventionReport } from './commands/record-report.js';
export type { ReopenTicket } from './commands/reopen.js';
export type { ResumeTicket } from './commands/resume.js';
export type { StartIntervention } from './commands/start-intervention.js';
export type { TakeInCharge } from './commands/take-in-charge.js';
export { decideTicket } from './decide-ticket.js';
export { evolveTicket, replayTicket } from './evolve-ticket.js';
export { parseTicketCommand } from './parse-ticket-command.js';
export type { Actor } from './ticket-actor.js';
export type { TicketDecision } from './ticket-command-definition.js';
export {
  type TicketCommand,
  type TicketCommandType,
  ticketCommandTypes,
} from './ticket-command-list.js';
export {
  type Caller,
  type CancellationReason,
  type Contract,
  cancellationReasons,
  type Environment,
  type Equipment,
  type EquipmentKind,
  type EquipmentSwapArrangement,
  equipmentKinds,
  equipmentSwapArrangements,
  type HandoffNote,
  type InterventionReportSummary,
  maxLabelLength,
  type OnSiteDispatch,
  type PauseReason,
  pauseReasons,
  type SolutionNature,
  type SolutionSpec,
  solutionNatures,
  type TicketCommandBase,
} from './ticket-command-parts.js';
export { type TicketDeciderShape, ticketDecider, ticketDeciderFor } from './ticket-decider.js';
export {
  type HandlingAcknowledged,
  type InterventionReported,
  type InterventionStarted,
  type PolicyRebaselined,
  type ProblemLinked,
  type SolutionApplied,
  type TicketCancelled,
  type TicketClosed,
  type TicketEvent,
  type TicketEventBase,
  type TicketEventType,
  type TicketHandedOff,
  type TicketOpened,
  type TicketPaused,
  type TicketQualified,
  type TicketReopened,
  type TicketResumed,
  type TicketTakenInCharge,
  ticketEventTypes,
  type UserInformed,
} from './ticket-events.js';
export {
  type InterventionId,
  interventionId,
  type TechnicianId,
  type TicketId,
  technicianId,
  ticketId,
} from './ticket-ids.js';
export {
  draftTicketIndicators,
  evolveTicketIndicators,
  foldTicketIndicatorsInto,
  initialTicketIndicators,
  type TicketIndicatorDraft,
  type TicketIndicatorEvent,
  type TicketIndicatorProjection,
  type TicketIndicatorStage,
  ticketIndicatorStages,
} from './ticket-indicator-projection.js';
export {
  defaultTicketPolicy,
  defineTicketPolicy,
  type TicketClock,
  type TicketPolicy,
  type TicketPolicySpec,
  ticketClocks,
} from './ticket-policy.js';
export {
  measureTicketSla,
  pauseStopsClock,
  type TicketClockFacts,
  type TicketSlaMeasurements,
  type TicketSlaTimelines,
  ticketSlaTimelines,
} from './ticket-sla.js';
export {
  type ActiveTicket,
  type CancelledTicket,
  type ClockPause,
  type ClosedTicket,
  type HandledTicket,
  type HandledTicketRecord,
  type HandoffRecord,
  type InProgressTicket,
  type InterventionRecord,
  initialTicketState,
  type NewTicket,
  type OpenedTicket,
  type OpenedTicketRecord,
  type QualifiedTicket,
  type RebaselineRecord,
  type ReopeningRecord,
  type ResolvedTicket,
  type SolutionRecord,
  type TicketCancellation,
  type TicketOpening,
  type TicketQualification,
  type TicketState,
  type TicketStatus,
  ticketStatuses,
  type UserCommitmentRecord,
} from './ticket-state.js';
export {
  type TicketViolation,
  type TicketViolationCode,
  ticketViolation,
  ticketViolationCodes,
  ticketViolationMessages,
} from './ticket-violations.js';
