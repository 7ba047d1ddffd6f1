import type { ProblemId } from '../core/ids.js';
import type { HandoffKind, HandoffRationaleCode } from '../handling/handoff.js';
import type { OnSiteRequest } from '../handling/on-site-intervention.js';
import type { UserCommitment } from '../handling/user-commitments.js';
import type { Impact, Priority, Urgency } from '../qualification/levels.js';
import type { SlaTargets } from '../sla/sla-table.js';
import type { Actor } from './ticket-actor.js';
import type {
  Caller,
  CancellationReason,
  Contract,
  Environment,
  Equipment,
  EquipmentSwapArrangement,
  HandoffNote,
  InterventionReportSummary,
  PauseReason,
  SolutionNature,
} from './ticket-command-parts.js';
import type { InterventionId, TicketId } from './ticket-ids.js';

/**
 * What every ticket event carries: when it happened and who did it.
 */
export interface TicketEventBase {
  /** When it happened. */
  readonly at: Date;
  /** Who did it. */
  readonly by: Actor;
}

/**
 * The call was recorded (seed §1.2, « ouverture d'un dossier »), with the policy version
 * pinned to it.
 *
 * @see seed §1.2, §2.2
 * @example
 * ```ts
 * const e: TicketOpened['type'] = 'ticket-opened';
 * e;
 * //=> 'ticket-opened'
 * ```
 */
export interface TicketOpened extends TicketEventBase {
  readonly type: 'ticket-opened';
  readonly ticketId: TicketId;
  readonly caller: Caller;
  readonly contract: Contract;
  readonly equipment: Equipment;
  readonly environment: Environment;
  readonly description: string;
  readonly policyVersion: string;
}

/**
 * The call was qualified (seed §2.5): the matrix's priority, the priority retained (an
 * override, with its reason, when they differ) and the SLA targets stamped from the table.
 *
 * @see seed §2.5
 * @example
 * ```ts
 * const e: TicketQualified['type'] = 'ticket-qualified';
 * e;
 * //=> 'ticket-qualified'
 * ```
 */
export interface TicketQualified extends TicketEventBase {
  readonly type: 'ticket-qualified';
  readonly impact: Impact;
  readonly urgency: Urgency;
  readonly matrixPriority: Priority;
  readonly priority: Priority;
  readonly override?: { readonly reason: string };
  readonly targets: SlaTargets;
  /** The incident's category when the command gave one (absent: the category stays). */
  readonly category?: string;
}

/**
 * The call was taken in charge, directly by the qualifier or deferred to `handler`, who owes
 * the user a call-back (seed §4.1, §4.2).
 *
 * @see seed §4.1, §4.2
 * @example
 * ```ts
 * const e: TicketTakenInCharge['mode'] = 'deferred';
 * e;
 * //=> 'deferred'
 * ```
 */
export interface TicketTakenInCharge extends TicketEventBase {
  readonly type: 'ticket-taken-in-charge';
  readonly mode: 'direct' | 'deferred';
  readonly handler: Actor;
  /** The assignment group the call is given to (seed §4.4), when the command named one. */
  readonly group?: string;
}

/**
 * The new handler told the opener it has the call (seed §6.1).
 *
 * @see seed §6.1
 * @example
 * ```ts
 * const e: HandlingAcknowledged['type'] = 'handling-acknowledged';
 * e;
 * //=> 'handling-acknowledged'
 * ```
 */
export interface HandlingAcknowledged extends TicketEventBase {
  readonly type: 'handling-acknowledged';
}

/**
 * The call went to the next level, as a transfer or an escalation (seed §4.3.3), with the
 * technician's note of their diagnosis and of what they did (§4.3.1) when one was left.
 *
 * @see seed §4.3.1, §4.3.3
 * @example
 * ```ts
 * const e: TicketHandedOff['kind'] = 'escalation';
 * e;
 * //=> 'escalation'
 * ```
 */
export interface TicketHandedOff extends TicketEventBase {
  readonly type: 'ticket-handed-off';
  readonly to: Actor;
  readonly kind: HandoffKind;
  readonly rationale: HandoffRationaleCode;
  /** The trace left for the specialist (§4.3.1); absent only where the policy allows it. */
  readonly note?: HandoffNote;
  /** The assignment group the call is given to (level 2 or 3, a specialised group), if named. */
  readonly group?: string;
}

/**
 * An intervention began, remote (`by` performs it) or on site (`performer` was sent by
 * `by`, seed §4.3.4).
 *
 * @see seed §4.3.4, §6.5.1
 * @example
 * ```ts
 * const e: InterventionStarted['mode'] = 'on-site';
 * e;
 * //=> 'on-site'
 * ```
 */
export type InterventionStarted = TicketEventBase & {
  readonly type: 'intervention-started';
  readonly interventionId: InterventionId;
  readonly performer: Actor;
} & (
    | { readonly mode: 'remote'; readonly nature: string }
    | {
        readonly mode: 'on-site';
        readonly route: 'on-site' | 'third-party-supplier';
        readonly supplier?: string;
        readonly request: OnSiteRequest;
        readonly plannedFor?: Date;
      }
  );

/**
 * The performer recorded the report of an intervention (seed §6.2).
 *
 * @see seed §6.2
 * @example
 * ```ts
 * const e: InterventionReported['type'] = 'intervention-reported';
 * e;
 * //=> 'intervention-reported'
 * ```
 */
export interface InterventionReported extends TicketEventBase {
  readonly type: 'intervention-reported';
  readonly interventionId: InterventionId;
  readonly report: InterventionReportSummary;
}

/**
 * A solution was applied (seed §5.1); `nature` decides whether the call can be closed, `swap`
 * tells a loan from a replacement.
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const e: SolutionApplied['nature'] = 'definitive';
 * e;
 * //=> 'definitive'
 * ```
 */
export interface SolutionApplied extends TicketEventBase {
  readonly type: 'solution-applied';
  readonly interventionId: InterventionId;
  readonly nature: SolutionNature;
  readonly description: string;
  readonly swap?: EquipmentSwapArrangement;
}

/**
 * The user was told where the call stands, and promised `commitments` when any (each one
 * allowed by seed §2.4 when it was decided).
 *
 * @see seed §1.2, §2.4
 * @example
 * ```ts
 * const e: UserInformed['type'] = 'user-informed';
 * e;
 * //=> 'user-informed'
 * ```
 */
export interface UserInformed extends TicketEventBase {
  readonly type: 'user-informed';
  readonly summary: string;
  /** The promises made to the user (§2.4); absent when none was made. */
  readonly commitments?: readonly UserCommitment[];
}

/**
 * The call began to wait.
 */
export interface TicketPaused extends TicketEventBase {
  readonly type: 'ticket-paused';
  readonly reason: PauseReason;
}

/**
 * The wait ended.
 */
export interface TicketResumed extends TicketEventBase {
  readonly type: 'ticket-resumed';
}

/**
 * The call was linked to a problem (seed §4.4).
 *
 * @see seed §4.4
 * @example
 * ```ts
 * const e: ProblemLinked['type'] = 'problem-linked';
 * e;
 * //=> 'problem-linked'
 * ```
 */
export interface ProblemLinked extends TicketEventBase {
  readonly type: 'problem-linked';
  readonly problemId: ProblemId;
}

/**
 * The call was reopened; its resolution clock runs again and its history stays.
 */
export interface TicketReopened extends TicketEventBase {
  readonly type: 'ticket-reopened';
  readonly reason: string;
}

/**
 * The opener closed the call (seed §5).
 *
 * @see seed §5
 * @example
 * ```ts
 * const e: TicketClosed['type'] = 'ticket-closed';
 * e;
 * //=> 'ticket-closed'
 * ```
 */
export interface TicketClosed extends TicketEventBase {
  readonly type: 'ticket-closed';
}

/**
 * The opener cancelled the call before any solution (a call opened in error, a duplicate of
 * another ticket, or withdrawn by the user): the ticket is terminal, leaves the backlog and is
 * counted apart, never in first-level resolution, resolution times or SLA compliance. The seed
 * leaves this to the desk; see `docs/ticket.md`.
 */
export interface TicketCancelled extends TicketEventBase {
  readonly type: 'ticket-cancelled';
  readonly reason: CancellationReason;
  /** The open ticket this one duplicates, when `reason` is `'duplicate'`. */
  readonly duplicateOf?: TicketId;
  /** What the opener adds, if anything. */
  readonly note?: string;
}

/**
 * The ticket moved to another policy version, explicitly; `targets` are the SLA targets
 * stamped again when the call was already qualified.
 */
export interface PolicyRebaselined extends TicketEventBase {
  readonly type: 'policy-rebaselined';
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly reason: string;
  readonly targets?: SlaTargets;
}

/**
 * Every event of a ticket: its record (seed §4.3.1, « laisser une trace »); the state is a
 * fold of them.
 *
 * @see seed §4.3.1
 * @example
 * ```ts
 * ticketEventTypes.includes('ticket-closed');
 * //=> true
 * ```
 */
export type TicketEvent =
  | TicketOpened
  | TicketQualified
  | TicketTakenInCharge
  | HandlingAcknowledged
  | TicketHandedOff
  | InterventionStarted
  | InterventionReported
  | SolutionApplied
  | UserInformed
  | TicketPaused
  | TicketResumed
  | ProblemLinked
  | TicketReopened
  | TicketClosed
  | PolicyRebaselined
  | TicketCancelled;

/**
 * The `type` of every {@link TicketEvent}.
 *
 * @example
 * ```ts
 * ticketEventTypes.length;
 * //=> 16
 * ```
 */
export const ticketEventTypes = [
  'ticket-opened',
  'ticket-qualified',
  'ticket-taken-in-charge',
  'handling-acknowledged',
  'ticket-handed-off',
  'intervention-started',
  'intervention-reported',
  'solution-applied',
  'user-informed',
  'ticket-paused',
  'ticket-resumed',
  'problem-linked',
  'ticket-reopened',
  'ticket-closed',
  'policy-rebaselined',
  'ticket-cancelled',
] as const satisfies readonly TicketEvent['type'][];

/**
 * One of {@link ticketEventTypes}.
 */
export type TicketEventType = (typeof ticketEventTypes)[number];
