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
 * The statuses of a ticket, in the order of its normal life: not yet opened, opened,
 * qualified, being handled, resolved (definitive solution applied), closed; or cancelled
 * before any solution (terminal).
 *
 * @see seed §1.2
 * @example
 * ```ts
 * ticketStatuses;
 * //=> ['new', 'opened', 'qualified', 'in-progress', 'resolved', 'closed', 'cancelled']
 * ```
 */
export const ticketStatuses = [
  'new',
  'opened',
  'qualified',
  'in-progress',
  'resolved',
  'closed',
  'cancelled',
] as const;

/**
 * One of {@link ticketStatuses}.
 *
 * @example
 * ```ts
 * const status: TicketStatus = 'resolved';
 * status;
 * //=> 'resolved'
 * ```
 */
export type TicketStatus = (typeof ticketStatuses)[number];

/**
 * What the ticket knows of the call from its opening (seed §2.2).
 *
 * @see seed §2.2
 * @example
 * ```ts
 * const opening: TicketOpening['caller'] = { name: 'M. Durand', contact: 'poste 12' };
 * opening.name;
 * //=> 'M. Durand'
 * ```
 */
export interface TicketOpening {
  readonly at: Date;
  readonly by: Actor;
  readonly caller: Caller;
  readonly contract: Contract;
  readonly equipment: Equipment;
  readonly environment: Environment;
  readonly description: string;
}

/**
 * The qualification in force (seed §2.5), with the SLA targets stamped on the ticket.
 *
 * @see seed §2.5
 * @example
 * ```ts
 * const q: Pick<TicketQualification, 'priority'> = { priority: 3 };
 * q.priority;
 * //=> 3
 * ```
 */
export interface TicketQualification {
  readonly at: Date;
  readonly by: Actor;
  readonly impact: Impact;
  readonly urgency: Urgency;
  readonly matrixPriority: Priority;
  readonly priority: Priority;
  readonly override?: { readonly reason: string };
  readonly targets: SlaTargets;
}

/**
 * One hand-off of the call (seed §4.3.3).
 *
 * @see seed §4.3.3
 * @example
 * ```ts
 * const h: Pick<HandoffRecord, 'kind'> = { kind: 'transfer' };
 * h.kind;
 * //=> 'transfer'
 * ```
 */
export interface HandoffRecord {
  readonly at: Date;
  readonly from: Actor;
  readonly to: Actor;
  readonly kind: HandoffKind;
  readonly rationale: HandoffRationaleCode;
  /** The diagnosis and what was done, left for the specialist (§4.3.1). */
  readonly note?: HandoffNote;
}

/**
 * One intervention on the call and its report, once recorded (seed §6).
 *
 * @see seed §6.2, §6.4
 * @example
 * ```ts
 * const i: Pick<InterventionRecord, 'mode'> = { mode: 'remote' };
 * i.mode;
 * //=> 'remote'
 * ```
 */
export interface InterventionRecord {
  readonly id: InterventionId;
  readonly performer: Actor;
  readonly startedAt: Date;
  readonly startedBy: Actor;
  readonly mode: 'remote' | 'on-site';
  /** For an on-site intervention: the request sent, and the supplier for a warranty. */
  readonly request?: OnSiteRequest;
  readonly supplier?: string;
  readonly plannedFor?: Date;
  readonly report?: InterventionReportSummary;
  readonly reportedAt?: Date;
}

/**
 * One promise made to the user while informing them (seed §2.4), as the ticket keeps it:
 * when, by whom, and what.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * const r: Pick<UserCommitmentRecord, 'commitment'> = { commitment: { kind: 'best-service' } };
 * r.commitment.kind;
 * //=> 'best-service'
 * ```
 */
export interface UserCommitmentRecord {
  readonly at: Date;
  readonly by: Actor;
  readonly commitment: UserCommitment;
}

/**
 * One solution applied to the call (seed §5.1).
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const s: Pick<SolutionRecord, 'nature' | 'swap'> = { nature: 'temporary', swap: 'loan' };
 * s.swap;
 * //=> 'loan'
 * ```
 */
export interface SolutionRecord {
  readonly at: Date;
  readonly by: Actor;
  readonly interventionId: InterventionId;
  readonly nature: SolutionNature;
  readonly description: string;
  readonly swap?: EquipmentSwapArrangement;
}

/**
 * A span during which the ticket's clocks may stand still: a wait (for the user or a third
 * party), or the time between a resolution and a reopening (`'resolved'`). `to` is absent
 * while the span lasts.
 *
 * @example
 * ```ts
 * const p: ClockPause = { reason: 'waiting-for-user', from: new Date(0) };
 * p.to;
 * //=> undefined
 * ```
 */
export interface ClockPause {
  readonly reason: PauseReason | 'resolved';
  readonly from: Date;
  readonly to?: Date;
}

/**
 * A cancellation as the ticket keeps it: when, by whom, why, and the ticket it duplicates.
 *
 * @example
 * ```ts
 * const c: Pick<TicketCancellation, 'reason'> = { reason: 'opened-in-error' };
 * c.reason;
 * //=> 'opened-in-error'
 * ```
 */
export interface TicketCancellation {
  readonly at: Date;
  readonly by: Actor;
  readonly reason: CancellationReason;
  readonly duplicateOf?: TicketId;
  readonly note?: string;
}

/**
 * The state of a ticket: a fold of its events by {@link evolveTicket}. Every field is always
 * present (`undefined` until the event that sets it), so that every state has the same shape
 * and a replay stays fast.
 *
 * @example
 * ```ts
 * initialTicketState.status;
 * //=> 'new'
 * ```
 */
export interface TicketState {
  readonly status: TicketStatus;
  /** How many events have been applied: the stream's version. */
  readonly version: number;
  /** When the last event happened. */
  readonly updatedAt: Date | undefined;
  readonly ticketId: TicketId | undefined;
  readonly opening: TicketOpening | undefined;
  /** The version of the policy pinned to the ticket. */
  readonly policyVersion: string | undefined;
  readonly qualification: TicketQualification | undefined;
  readonly takenInChargeAt: Date | undefined;
  readonly handlingMode: 'direct' | 'deferred' | undefined;
  /** Who has the call now. */
  readonly handler: Actor | undefined;
  /** Whether the current handler still has to tell the opener it has the call (§6.1). */
  readonly awaitingAcknowledgement: boolean;
  /**
   * Whether the user still waits for the call-back a deferred handling owes them (§4.2,
   * « c'est l'utilisateur qui sera rappelé »): set when the call is deferred, cleared when its
   * handler informs the user. The seed's warning: « on dit que l'on va vous rappeler et on vous
   * oublie » (§2).
   */
  readonly callBackPending: boolean;
  readonly handoffs: readonly HandoffRecord[];
  readonly interventions: readonly InterventionRecord[];
  readonly solutions: readonly SolutionRecord[];
  /** When the last definitive solution was applied, while the call stays resolved. */
  readonly resolvedAt: Date | undefined;
  /** The wait in progress, if any. */
  readonly waiting: { readonly reason: PauseReason; readonly since: Date } | undefined;
  readonly pauses: readonly ClockPause[];
  readonly reopenings: readonly {
    readonly at: Date;
    readonly by: Actor;
    readonly reason: string;
  }[];
  readonly problems: readonly ProblemId[];
  readonly userInformedAt: readonly Date[];
  /** Every promise made to the user, in order (§2.4). */
  readonly commitments: readonly UserCommitmentRecord[];
  readonly closed: { readonly at: Date; readonly by: Actor } | undefined;
  /** Why and when the call was cancelled (terminal), if it was. */
  readonly cancellation: TicketCancellation | undefined;
  readonly rebaselines: readonly {
    readonly at: Date;
    readonly fromVersion: string;
    readonly toVersion: string;
    readonly reason: string;
  }[];
}

/**
 * The state of a ticket before any event: `decide` accepts only `open` on it.
 *
 * @example
 * ```ts
 * initialTicketState.version;
 * //=> 0
 * ```
 */
export const initialTicketState: TicketState = Object.freeze({
  status: 'new',
  version: 0,
  updatedAt: undefined,
  ticketId: undefined,
  opening: undefined,
  policyVersion: undefined,
  qualification: undefined,
  takenInChargeAt: undefined,
  handlingMode: undefined,
  handler: undefined,
  awaitingAcknowledgement: false,
  callBackPending: false,
  handoffs: Object.freeze([]),
  interventions: Object.freeze([]),
  solutions: Object.freeze([]),
  resolvedAt: undefined,
  waiting: undefined,
  pauses: Object.freeze([]),
  reopenings: Object.freeze([]),
  problems: Object.freeze([]),
  userInformedAt: Object.freeze([]),
  commitments: Object.freeze([]),
  closed: undefined,
  cancellation: undefined,
  rebaselines: Object.freeze([]),
});
