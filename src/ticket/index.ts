/**
 * The ticket (seed §4–§6): its decider (`decideTicket`, `evolveTicket`), commands, events and
 * state, its policy, the closure rules, its SLA timelines, the parser of untrusted commands.
 * Import from `service-desk-rules/ticket`; the guide is [docs/ticket.md](../../docs/ticket.md).
 *
 * @group Deciders
 * @module service-desk-rules/ticket
 */
export type { ProblemId } from '../problem/problem-ids.js';
export { closureCheck } from './closure-check.js';
export { decideTicket, type TicketDecision } from './decide-ticket.js';
export { evolveTicket, replayTicket } from './evolve-ticket.js';
export { parseTicketCommand } from './parse-ticket-command.js';
export type { Actor } from './ticket-actor.js';
export {
  type AcknowledgeHandling,
  type ApplySolution,
  type Caller,
  type CloseTicket,
  type Contract,
  type DispatchOnSite,
  type Environment,
  type Equipment,
  type EquipmentKind,
  type EquipmentSwapArrangement,
  equipmentKinds,
  equipmentSwapArrangements,
  type HandOff,
  type HandoffNote,
  type InformUser,
  type InterventionReportSummary,
  type LinkProblem,
  type OnSiteDispatch,
  type OpenTicket,
  type PauseReason,
  type PauseTicket,
  pauseReasons,
  type QualifyTicket,
  type RebaselinePolicy,
  type RecordInterventionReport,
  type ReopenTicket,
  type ResumeTicket,
  type SolutionNature,
  type SolutionSpec,
  type StartIntervention,
  solutionNatures,
  type TakeInCharge,
  type TicketCommand,
  type TicketCommandBase,
  type TicketCommandType,
  ticketCommandTypes,
} from './ticket-commands.js';
export { type TicketDeciderShape, ticketDecider, ticketDeciderFor } from './ticket-decider.js';
export {
  type HandlingAcknowledged,
  type InterventionReported,
  type InterventionStarted,
  type PolicyRebaselined,
  type ProblemLinked,
  type SolutionApplied,
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
  defaultTicketPolicy,
  defineTicketPolicy,
  type TicketClock,
  type TicketPolicy,
  type TicketPolicySpec,
  ticketClocks,
} from './ticket-policy.js';
export {
  measureTicketSla,
  type TicketClockFacts,
  type TicketSlaMeasurements,
  type TicketSlaTimelines,
  ticketSlaTimelines,
} from './ticket-sla.js';
export {
  type ClockPause,
  type HandoffRecord,
  type InterventionRecord,
  initialTicketState,
  type SolutionRecord,
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
