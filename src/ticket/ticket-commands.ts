import type { ProblemId } from '../core/ids.js';
import type { HandoffSituation } from '../handling/handoff.js';
import type { ContractEntitlement } from '../handling/on-site-intervention.js';
import type { UserCommitment } from '../handling/user-commitments.js';
import type { Impact, Priority, Urgency } from '../qualification/levels.js';
import type { Actor } from './ticket-actor.js';
import type { InterventionId, TicketId } from './ticket-ids.js';

/**
 * The kinds of equipment seed §2.2 asks to identify: the PC or a peripheral.
 *
 * @see seed §2.2
 * @example
 * ```ts
 * equipmentKinds;
 * //=> ['pc', 'peripheral']
 * ```
 */
export const equipmentKinds = ['pc', 'peripheral'] as const;

/**
 * One of {@link equipmentKinds}.
 *
 * @example
 * ```ts
 * const kind: EquipmentKind = 'peripheral';
 * kind;
 * //=> 'peripheral'
 * ```
 */
export type EquipmentKind = (typeof equipmentKinds)[number];

/**
 * The equipment the caller works on (seed §2.2, « marque et modèle du PC ou du
 * périphérique »), with its asset identification when known (needed to send someone on site,
 * §4.3.4).
 *
 * @see seed §2.2, §4.3.4
 * @example
 * ```ts
 * const printer: Equipment = { kind: 'peripheral', make: 'HP', model: 'LaserJet 4000', assetId: 'PRN-042' };
 * printer.make;
 * //=> 'HP'
 * ```
 */
export interface Equipment {
  readonly kind: EquipmentKind;
  readonly make: string;
  readonly model: string;
  /** The equipment's own identification (inventory or serial number). */
  readonly assetId?: string;
}

/**
 * The caller's environment (seed §2.2): « type de réseau, système d'exploitation et
 * logiciels ».
 *
 * @see seed §2.2
 * @example
 * ```ts
 * const env: Environment = { network: 'Ethernet LAN', operatingSystem: 'Windows 11', software: ['Word 2021'] };
 * env.software;
 * //=> ['Word 2021']
 * ```
 */
export interface Environment {
  readonly network: string;
  readonly operatingSystem: string;
  readonly software: readonly string[];
}

/**
 * The two arrangements a contract may give for an equipment swap (seed §5.1): a loan (a
 * temporary solution, the call stays open) or a replacement (definitive).
 *
 * @see seed §5.1
 * @example
 * ```ts
 * equipmentSwapArrangements;
 * //=> ['loan', 'replacement']
 * ```
 */
export const equipmentSwapArrangements = ['loan', 'replacement'] as const;

/**
 * One of {@link equipmentSwapArrangements}.
 *
 * @example
 * ```ts
 * const arrangement: EquipmentSwapArrangement = 'loan';
 * arrangement;
 * //=> 'loan'
 * ```
 */
export type EquipmentSwapArrangement = (typeof equipmentSwapArrangements)[number];

/**
 * The caller's contract (seed §2.2: identifying the user tells « la nature de la prestation
 * que vous êtes tenu de lui offrir »): its number, whether an equipment swap is a loan or a
 * replacement when it says so (§5.1), and its intervention entitlement (§4.3.4; on-site work
 * covered when absent).
 *
 * @see seed §2.2, §4.3.4, §5.1
 * @example
 * ```ts
 * const contract: Contract = { id: 'C-77', equipmentSwap: 'replacement', entitlement: { onSite: true } };
 * contract.equipmentSwap;
 * //=> 'replacement'
 * ```
 */
export interface Contract {
  readonly id: string;
  readonly equipmentSwap?: EquipmentSwapArrangement;
  readonly entitlement?: ContractEntitlement;
}

/**
 * Who called (seed §2.2): name, how to reach them, and whether they are a VIP.
 *
 * @see seed §2.2
 * @example
 * ```ts
 * const caller: Caller = { name: 'Mme Martin', contact: 'poste 4412' };
 * caller.contact;
 * //=> 'poste 4412'
 * ```
 */
export interface Caller {
  readonly name: string;
  readonly contact: string;
  readonly vip?: boolean;
}

/**
 * The natures of a solution (seed §5.1): definitive solves the incident completely;
 * temporary keeps the call open.
 *
 * @see seed §5.1
 * @example
 * ```ts
 * solutionNatures;
 * //=> ['definitive', 'temporary']
 * ```
 */
export const solutionNatures = ['definitive', 'temporary'] as const;

/**
 * One of {@link solutionNatures}.
 *
 * @example
 * ```ts
 * const nature: SolutionNature = 'temporary';
 * nature;
 * //=> 'temporary'
 * ```
 */
export type SolutionNature = (typeof solutionNatures)[number];

/**
 * A solution as applied: a fix whose nature the technician states, or an equipment swap whose
 * nature follows from the contract (a loan is temporary, a replacement definitive, seed §5.1);
 * `arrangement` overrides the contract when it is silent or the case differs.
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const swap: SolutionSpec = { kind: 'equipment-swap', description: 'Printer swapped' };
 * swap.kind;
 * //=> 'equipment-swap'
 * ```
 */
export type SolutionSpec =
  | { readonly kind: 'fix'; readonly nature: SolutionNature; readonly description: string }
  | {
      readonly kind: 'equipment-swap';
      readonly description: string;
      readonly arrangement?: EquipmentSwapArrangement;
    };

/**
 * Why a call waits and its clocks may pause: the user, or a third party (a supplier).
 *
 * @example
 * ```ts
 * pauseReasons;
 * //=> ['waiting-for-user', 'waiting-for-third-party']
 * ```
 */
export const pauseReasons = ['waiting-for-user', 'waiting-for-third-party'] as const;

/**
 * One of {@link pauseReasons}.
 *
 * @example
 * ```ts
 * const reason: PauseReason = 'waiting-for-user';
 * reason;
 * //=> 'waiting-for-user'
 * ```
 */
export type PauseReason = (typeof pauseReasons)[number];

/**
 * The summary of an intervention report as the ticket keeps it (seed §6.5): a reference to the
 * full report (kept by the report module or the product), what was done, and whether the
 * intervention is finished or needs a follow-up.
 *
 * @see seed §6.2, §6.5.2
 * @example
 * ```ts
 * const report: InterventionReportSummary = { summary: 'Toner replaced', outcome: 'finished' };
 * report.outcome;
 * //=> 'finished'
 * ```
 */
export interface InterventionReportSummary {
  readonly reference?: string;
  readonly summary: string;
  /** « Une information sur la fin de l'intervention ou sur la suite à donner ». */
  readonly outcome: 'finished' | 'follow-up';
}

/**
 * What a technician adds to the ticket to send someone on site (seed §4.3.4): the user's
 * contact and the equipment's identification come from the ticket; the request gives the
 * precise diagnosis, the supplier when the equipment is under warranty, whether the user
 * accepted a billed non-contractual intervention, and the planned date when (and only when)
 * the intervention is planned (§2.4).
 *
 * @see seed §2.4, §4.3.4
 * @example
 * ```ts
 * const request: OnSiteDispatch = { diagnosis: 'Fuser unit broken, error 50.4', warranty: { supplier: 'HP' } };
 * request.warranty?.supplier;
 * //=> 'HP'
 * ```
 */
export interface OnSiteDispatch {
  readonly diagnosis: string;
  readonly warranty?: { readonly supplier: string };
  readonly nonContractual?: boolean;
  readonly plannedFor?: Date;
}

/**
 * What every ticket command carries: when it is issued and who issues it.
 *
 * @example
 * ```ts
 * const base: TicketCommandBase = { at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * base.actor.id;
 * //=> 'alice'
 * ```
 */
export interface TicketCommandBase {
  /** When the command is issued. */
  readonly at: Date;
  /** Who issues it. */
  readonly actor: Actor;
}

/**
 * Opens a ticket (seed §1.2, §2.2): the caller, contract, equipment, environment and what
 * the caller describes.
 *
 * @see seed §1.2, §2.2
 * @example
 * ```ts
 * const open: OpenTicket = {
 *   type: 'open', at: new Date('2026-03-02T09:00:00Z'), actor: { id: technicianId('alice'), level: 1 },
 *   ticketId: ticketId('T-1'), caller: { name: 'M. Durand', contact: 'poste 12' }, contract: { id: 'C-1' },
 *   equipment: { kind: 'pc', make: 'Dell', model: 'Latitude 7440' },
 *   environment: { network: 'Wi-Fi', operatingSystem: 'Windows 11', software: ['Word'] },
 *   description: 'Cannot build a table of contents',
 * };
 * open.type;
 * //=> 'open'
 * ```
 */
export interface OpenTicket extends TicketCommandBase {
  readonly type: 'open';
  readonly ticketId: TicketId;
  readonly caller: Caller;
  readonly contract: Contract;
  readonly equipment: Equipment;
  readonly environment: Environment;
  readonly description: string;
}

/**
 * Qualifies the call (seed §2.5): impact and urgency give the priority through the matrix of
 * the pinned policy; a different `priority` is an override that needs a `reason`.
 *
 * @see seed §2.5
 * @example
 * ```ts
 * const q: QualifyTicket = { type: 'qualify', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, impact: 'user', urgency: 'blocked' };
 * q.impact;
 * //=> 'user'
 * ```
 */
export interface QualifyTicket extends TicketCommandBase {
  readonly type: 'qualify';
  readonly impact: Impact;
  readonly urgency: Urgency;
  readonly priority?: Priority;
  readonly reason?: string;
}

/**
 * Takes the call in charge (seed §4.1, §4.2): directly by the qualifier, or deferred to
 * another technician (level 1 or 2), who will call the user back.
 *
 * @see seed §4.1, §4.2
 * @example
 * ```ts
 * const take: TakeInCharge = { type: 'take-in-charge', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, mode: 'direct' };
 * take.mode;
 * //=> 'direct'
 * ```
 */
export type TakeInCharge = TicketCommandBase & { readonly type: 'take-in-charge' } & (
    | { readonly mode: 'direct' }
    | { readonly mode: 'deferred'; readonly assignee: Actor }
  );

/**
 * The new handler tells the call's opener it has taken the call (seed §6.1).
 *
 * @see seed §6.1
 * @example
 * ```ts
 * const ack: AcknowledgeHandling = { type: 'acknowledge', at: new Date(0), actor: { id: technicianId('bob'), level: 2 } };
 * ack.type;
 * //=> 'acknowledge'
 * ```
 */
export interface AcknowledgeHandling extends TicketCommandBase {
  readonly type: 'acknowledge';
}

/**
 * The trace a technician leaves on the ticket before handing the call off (seed §4.3.1):
 * « Le technicien devra toujours laisser une trace de son diagnostic et de ce qu'il a fait
 * [...] pour le cas où vous affecteriez l'appel à un spécialiste. » Neither part may be blank.
 *
 * @see seed §4.3.1
 * @example
 * ```ts
 * const note: HandoffNote = { diagnosis: 'TOC field codes corrupted', done: 'Rebuilt the styles, updated the field' };
 * note.diagnosis;
 * //=> 'TOC field codes corrupted'
 * ```
 */
export interface HandoffNote {
  /** What the technician found. */
  readonly diagnosis: string;
  /** What they did before handing off. */
  readonly done: string;
}

/**
 * Hands the call to the next level (seed §4.3.3), classified as a transfer or an escalation
 * from its situation, with the trace the technician leaves for the specialist
 * (§4.3.1, see {@link HandoffNote}).
 *
 * @see seed §4.3.1, §4.3.3
 * @example
 * ```ts
 * const h: HandOff = { type: 'hand-off', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, to: { id: technicianId('bob'), level: 2 }, situation: { cause: 'beyond-competence' } };
 * h.situation.cause;
 * //=> 'beyond-competence'
 * ```
 */
export interface HandOff extends TicketCommandBase {
  readonly type: 'hand-off';
  readonly to: Actor;
  readonly situation: HandoffSituation;
  /**
   * The trace the technician leaves for the specialist (seed §4.3.1): required unless the
   * policy's `requireHandoffNote` is `false`; never blank.
   */
  readonly note?: HandoffNote;
}

/**
 * The handler starts an intervention of their own (remote: on the phone or by remote
 * control), numbered (seed §6.5.1).
 *
 * @see seed §6.1, §6.5.1
 * @example
 * ```ts
 * const s: StartIntervention = { type: 'start-intervention', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), nature: 'Guide the user' };
 * s.nature;
 * //=> 'Guide the user'
 * ```
 */
export interface StartIntervention extends TicketCommandBase {
  readonly type: 'start-intervention';
  readonly interventionId: InterventionId;
  /** « La nature de l'intervention à réaliser ». */
  readonly nature: string;
}

/**
 * Sends a technician, or the warranty supplier, on site (seed §1.2, §4.3.4) as a numbered
 * intervention that `performer` will report on. Checked by `dispatchIntervention`: without a
 * precise diagnosis nobody is sent (level 1 transfers the call to level 2, who decides).
 *
 * @see seed §4.3.4
 * @example
 * ```ts
 * const d: DispatchOnSite = {
 *   type: 'dispatch-on-site', at: new Date(0), actor: { id: technicianId('alice'), level: 1 },
 *   interventionId: interventionId('I-2'), performer: { id: technicianId('tom'), level: 1 },
 *   request: { diagnosis: 'Power supply dead' },
 * };
 * d.request.diagnosis;
 * //=> 'Power supply dead'
 * ```
 */
export interface DispatchOnSite extends TicketCommandBase {
  readonly type: 'dispatch-on-site';
  readonly interventionId: InterventionId;
  readonly performer: Actor;
  readonly request: OnSiteDispatch;
}

/**
 * Records the report of an intervention, by the person who did it (seed §6.2).
 *
 * @see seed §6.2, §6.4
 * @example
 * ```ts
 * const r: RecordInterventionReport = { type: 'record-report', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), report: { summary: 'Done', outcome: 'finished' } };
 * r.report.outcome;
 * //=> 'finished'
 * ```
 */
export interface RecordInterventionReport extends TicketCommandBase {
  readonly type: 'record-report';
  readonly interventionId: InterventionId;
  readonly report: InterventionReportSummary;
}

/**
 * Applies a solution found in an intervention (seed §5.1).
 *
 * @see seed §5.1
 * @example
 * ```ts
 * const a: ApplySolution = { type: 'apply-solution', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), solution: { kind: 'fix', nature: 'definitive', description: 'Driver reinstalled' } };
 * a.solution.kind;
 * //=> 'fix'
 * ```
 */
export interface ApplySolution extends TicketCommandBase {
  readonly type: 'apply-solution';
  readonly interventionId: InterventionId;
  readonly solution: SolutionSpec;
}

/**
 * Records that the user was kept informed (seed §1.2, « tenir informé l'utilisateur »), with
 * the promises made to them while informing them. Each promise is checked by
 * `checkUserCommitment` (seed §2.4 « Ce qu'il ne faut pas dire »): an arrival time only when
 * the speaker planned the on-site visit themselves, a delay only the contract's.
 *
 * @see seed §1.2, §2.4
 * @example
 * ```ts
 * const i: InformUser = {
 *   type: 'inform-user', at: new Date(0), actor: { id: technicianId('alice'), level: 1 },
 *   summary: 'Technician on the way', commitments: [{ kind: 'best-service' }],
 * };
 * i.commitments?.map((c) => c.kind);
 * //=> ['best-service']
 * ```
 */
export interface InformUser extends TicketCommandBase {
  readonly type: 'inform-user';
  readonly summary: string;
  /** The promises made to the user while informing them (seed §2.4); none when absent. */
  readonly commitments?: readonly UserCommitment[];
}

/**
 * Puts the call on hold, waiting for the user or a third party.
 *
 * @example
 * ```ts
 * const p: PauseTicket = { type: 'pause', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, reason: 'waiting-for-user' };
 * p.reason;
 * //=> 'waiting-for-user'
 * ```
 */
export interface PauseTicket extends TicketCommandBase {
  readonly type: 'pause';
  readonly reason: PauseReason;
}

/**
 * Ends a wait.
 *
 * @example
 * ```ts
 * const r: ResumeTicket = { type: 'resume', at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * r.type;
 * //=> 'resume'
 * ```
 */
export interface ResumeTicket extends TicketCommandBase {
  readonly type: 'resume';
}

/**
 * Links the call to a problem (seed §4.4).
 *
 * @see seed §4.4.1
 * @example
 * ```ts
 * const l: LinkProblem = { type: 'link-problem', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, problemId: problemId('PB-1') };
 * l.problemId;
 * //=> 'PB-1'
 * ```
 */
export interface LinkProblem extends TicketCommandBase {
  readonly type: 'link-problem';
  readonly problemId: ProblemId;
}

/**
 * Reopens a resolved or closed call within the policy's reopening window.
 *
 * @example
 * ```ts
 * const r: ReopenTicket = { type: 'reopen', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, reason: 'Printer jams again' };
 * r.reason;
 * //=> 'Printer jams again'
 * ```
 */
export interface ReopenTicket extends TicketCommandBase {
  readonly type: 'reopen';
  readonly reason: string;
}

/**
 * Closes the call (seed §5): see {@link closureCheck} for the rules.
 *
 * @see seed §5
 * @example
 * ```ts
 * const c: CloseTicket = { type: 'close', at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * c.type;
 * //=> 'close'
 * ```
 */
export interface CloseTicket extends TicketCommandBase {
  readonly type: 'close';
}

/**
 * Moves the ticket to another version of the policy, explicitly: the decider must then be
 * given that policy; the SLA targets are stamped again from its table.
 *
 * @example
 * ```ts
 * const r: RebaselinePolicy = { type: 'rebaseline-policy', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, reason: 'New contract' };
 * r.type;
 * //=> 'rebaseline-policy'
 * ```
 */
export interface RebaselinePolicy extends TicketCommandBase {
  readonly type: 'rebaseline-policy';
  readonly reason: string;
}

/**
 * Every command the ticket decider accepts.
 *
 * @example
 * ```ts
 * const c: TicketCommand = { type: 'close', at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * ticketCommandTypes.includes(c.type);
 * //=> true
 * ```
 */
export type TicketCommand =
  | OpenTicket
  | QualifyTicket
  | TakeInCharge
  | AcknowledgeHandling
  | HandOff
  | StartIntervention
  | DispatchOnSite
  | RecordInterventionReport
  | ApplySolution
  | InformUser
  | PauseTicket
  | ResumeTicket
  | LinkProblem
  | ReopenTicket
  | CloseTicket
  | RebaselinePolicy;

/**
 * The `type` of every {@link TicketCommand}.
 *
 * @example
 * ```ts
 * ticketCommandTypes.length;
 * //=> 16
 * ```
 */
export const ticketCommandTypes = [
  'open',
  'qualify',
  'take-in-charge',
  'acknowledge',
  'hand-off',
  'start-intervention',
  'dispatch-on-site',
  'record-report',
  'apply-solution',
  'inform-user',
  'pause',
  'resume',
  'link-problem',
  'reopen',
  'close',
  'rebaseline-policy',
] as const satisfies readonly TicketCommand['type'][];

/**
 * One of {@link ticketCommandTypes}.
 *
 * @example
 * ```ts
 * const t: TicketCommandType = 'hand-off';
 * t;
 * //=> 'hand-off'
 * ```
 */
export type TicketCommandType = (typeof ticketCommandTypes)[number];
