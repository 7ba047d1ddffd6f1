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
  /** The incident's category, the latest one a qualification gave (absent: none given). */
  readonly category?: string;
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
 * A reopening of the call: when, by whom, and why (seed §5.1).
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const r: Pick<ReopeningRecord, 'reason'> = { reason: 'Fails again' };
 * r.reason;
 * //=> 'Fails again'
 * ```
 */
export interface ReopeningRecord {
  readonly at: Date;
  readonly by: Actor;
  readonly reason: string;
}

/**
 * A move of the ticket to another version of the policy: when, from and to which version,
 * and why.
 *
 * @example
 * ```ts
 * const r: Pick<RebaselineRecord, 'toVersion'> = { toVersion: 'acme-2' };
 * r.toVersion;
 * //=> 'acme-2'
 * ```
 */
export interface RebaselineRecord {
  readonly at: Date;
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly reason: string;
}

/**
 * A ticket before any event: it has only a version (0) and no opening; `decideTicket`
 * accepts only `open` on it.
 */
export interface NewTicket {
  readonly status: 'new';
  /** How many events have been applied: the stream's version. */
  readonly version: number;
  /** When the last event happened: no event yet. */
  readonly updatedAt: undefined;
}

/**
 * What every opened ticket holds, whatever its stage (seed §2.2): the call as opened, the
 * pinned policy, and the records that grow while it is handled (empty lists at first).
 *
 * @see seed §2.2
 * @example
 * ```ts
 * const keys: (keyof OpenedTicketRecord)[] = ['opening', 'policyVersion'];
 * keys.length;
 * //=> 2
 * ```
 */
export interface OpenedTicketRecord {
  /** How many events have been applied: the stream's version. */
  readonly version: number;
  /** When the last event happened. */
  readonly updatedAt: Date;
  readonly ticketId: TicketId;
  readonly opening: TicketOpening;
  /** The version of the policy pinned to the ticket. */
  readonly policyVersion: string;
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
  /** The wait in progress, if any. */
  readonly waiting: { readonly reason: PauseReason; readonly since: Date } | undefined;
  readonly pauses: readonly ClockPause[];
  readonly reopenings: readonly ReopeningRecord[];
  readonly problems: readonly ProblemId[];
  readonly userInformedAt: readonly Date[];
  /** Every promise made to the user, in order (§2.4). */
  readonly commitments: readonly UserCommitmentRecord[];
  readonly rebaselines: readonly RebaselineRecord[];
}

/**
 * A ticket opened (seed §2.2) and not yet qualified.
 *
 * @see seed §2.2
 * @example
 * ```ts
 * const status: OpenedTicket['status'] = 'opened';
 * status;
 * //=> 'opened'
 * ```
 */
export interface OpenedTicket extends OpenedTicketRecord {
  readonly status: 'opened';
}

/**
 * A ticket qualified (seed §2.5), not yet taken in charge: it holds its qualification.
 *
 * @see seed §2.5
 * @example
 * ```ts
 * const status: QualifiedTicket['status'] = 'qualified';
 * status;
 * //=> 'qualified'
 * ```
 */
export interface QualifiedTicket extends OpenedTicketRecord {
  readonly status: 'qualified';
  readonly qualification: TicketQualification;
}

/**
 * What a ticket taken in charge holds (seed §4): its qualification, when and how it was
 * taken in charge, and who has the call now.
 *
 * @see seed §4.1, §4.2
 * @example
 * ```ts
 * const keys: (keyof HandledTicketRecord)[] = ['handler', 'handlingMode'];
 * keys.length;
 * //=> 2
 * ```
 */
export interface HandledTicketRecord extends OpenedTicketRecord {
  readonly qualification: TicketQualification;
  readonly takenInChargeAt: Date;
  readonly handlingMode: 'direct' | 'deferred';
  /** Who has the call now. */
  readonly handler: Actor;
  /**
   * The assignment group holding the call (seed §4.4): the one the last assignment (taking in
   * charge, hand-off) named, `undefined` when it named none; a reopening keeps it.
   */
  readonly group: string | undefined;
}

/**
 * A ticket being handled: taken in charge (seed §4), or reopened (seed §5.1).
 *
 * @see seed §4
 * @example
 * ```ts
 * const status: InProgressTicket['status'] = 'in-progress';
 * status;
 * //=> 'in-progress'
 * ```
 */
export interface InProgressTicket extends HandledTicketRecord {
  readonly status: 'in-progress';
}

/**
 * A ticket whose last solution is definitive (seed §5.1), not yet closed.
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const status: ResolvedTicket['status'] = 'resolved';
 * status;
 * //=> 'resolved'
 * ```
 */
export interface ResolvedTicket extends HandledTicketRecord {
  readonly status: 'resolved';
  /** When the last definitive solution was applied. */
  readonly resolvedAt: Date;
}

/**
 * A ticket closed by its opener (seed §5.2); it may still be reopened within the window.
 *
 * @see seed §5.2
 * @example
 * ```ts
 * const status: ClosedTicket['status'] = 'closed';
 * status;
 * //=> 'closed'
 * ```
 */
export interface ClosedTicket extends HandledTicketRecord {
  readonly status: 'closed';
  /** When the definitive solution it was closed on was applied. */
  readonly resolvedAt: Date;
  readonly closed: { readonly at: Date; readonly by: Actor };
}

/**
 * A ticket cancelled before any solution (terminal): what it held when cancelled (a
 * qualification and a handler only if it had reached those stages) and its cancellation.
 */
export interface CancelledTicket extends OpenedTicketRecord {
  readonly status: 'cancelled';
  readonly qualification: TicketQualification | undefined;
  readonly takenInChargeAt: Date | undefined;
  readonly handlingMode: 'direct' | 'deferred' | undefined;
  readonly handler: Actor | undefined;
  readonly group: string | undefined;
  /** Why and when the call was cancelled. */
  readonly cancellation: TicketCancellation;
}

/**
 * The state of a ticket: a fold of its events by {@link evolveTicket}, one of its stages,
 * told apart by `status`. Each stage holds only what exists there: `new` has no opening,
 * every other stage has its `opening`; `qualification` exists from `qualified` on, the
 * `handler` once taken in charge, `resolvedAt` while resolved or closed, `closed` once
 * closed, `cancellation` once cancelled. Narrow on `status` to read them.
 *
 * @example
 * ```ts
 * initialTicketState.status;
 * //=> 'new'
 * ```
 */
export type TicketState =
  | NewTicket
  | OpenedTicket
  | QualifiedTicket
  | InProgressTicket
  | ResolvedTicket
  | ClosedTicket
  | CancelledTicket;

/**
 * A ticket opened and not cancelled: the states a command other than `open` is decided on
 * (a cancelled ticket refuses every command).
 */
export type ActiveTicket = OpenedTicket | QualifiedTicket | HandledTicket;

/**
 * A ticket taken in charge: being handled, resolved or closed; it has a handler.
 */
export type HandledTicket = InProgressTicket | ResolvedTicket | ClosedTicket;

/**
 * The state of a ticket before any event: `decide` accepts only `open` on it.
 *
 * @example
 * ```ts
 * initialTicketState.version;
 * //=> 0
 * ```
 */
export const initialTicketState: TicketState = Object.freeze<NewTicket>({
  status: 'new',
  version: 0,
  updatedAt: undefined,
});
