import { describeValue } from '../core/describe-value.js';
import { schemaKit as k, type Schema, type SchemaShape } from '../core/schema.js';
import {
  type HandoffSituation,
  type handoffCauses,
  timeShortageNotices,
} from '../handling/handoff.js';
import type { ContractEntitlement } from '../handling/on-site-intervention.js';
import type { UserCommitment } from '../handling/user-commitments.js';
import { assertWorkingDuration, type WorkingDuration } from '../sla/working-duration.js';
import type { Actor } from './ticket-actor.js';
import type { InterventionId, TechnicianId } from './ticket-ids.js';

/*
 * The parts ticket commands are made of (the caller, the contract, the equipment, a
 * solution…), each a type and the schema that checks it. Every command file
 * (`commands/<command>.ts`) builds its own schema from these.
 */

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
 * Why a call is cancelled rather than solved (the seed leaves it to the desk): it was opened
 * in error, it duplicates another open ticket, or the user withdrew it before any solution.
 *
 * @example
 * ```ts
 * cancellationReasons;
 * //=> ['opened-in-error', 'duplicate', 'withdrawn-by-user']
 * ```
 */
export const cancellationReasons = ['opened-in-error', 'duplicate', 'withdrawn-by-user'] as const;

/**
 * One of {@link cancellationReasons}.
 */
export type CancellationReason = (typeof cancellationReasons)[number];

/**
 * What every ticket command carries: when it is issued and who issues it.
 */
export interface TicketCommandBase {
  /** When the command is issued. */
  readonly at: Date;
  /** Who issues it. */
  readonly actor: Actor;
}

/* The schemas of the parts, annotated with their type so that a drift does not compile. */

/** An actor: a technician id and a support level. */
export const actorSchema: Schema<Actor> = k.object({
  id: k.text<TechnicianId>(),
  level: k.literals([1, 2, 3]),
});

/**
 * The longest assignment group or category name a command may carry, in characters (a label
 * the desk chooses, such as « réseau » or « bureautique », never a free description).
 *
 * @example
 * ```ts
 * maxLabelLength;
 * //=> 100
 * ```
 */
export const maxLabelLength = 100;

/**
 * A group or category name (seed §4.4: « groupe bureautique, groupe réseau, groupe poste de
 * travail »): a text, not blank, of at most {@link maxLabelLength} characters (trimmed from
 * JSON).
 */
export const labelSchema: Schema<string> = k.refine(k.text(), (label) =>
  label.length <= maxLabelLength
    ? undefined
    : `expected at most ${maxLabelLength} characters, got ${describeValue(label)}`,
);

/** A valid Date; in JSON, an ISO 8601 date-time with an offset. */
export const dateSchema: Schema<Date> = k.date();

/** An intervention number. */
export const interventionIdSchema: Schema<InterventionId> = k.text<InterventionId>();

/** A working duration (`{ hours: 4 }`), checked by `assertWorkingDuration`. */
export const workingDurationSchema: Schema<WorkingDuration> = k.refine(
  k.object(
    {
      days: k.optional(k.number({ nonNegative: true })),
      hours: k.optional(k.number({ nonNegative: true })),
      minutes: k.optional(k.number({ nonNegative: true })),
      seconds: k.optional(k.number({ nonNegative: true })),
    },
    { exact: true },
  ),
  (duration) => {
    try {
      assertWorkingDuration(duration);
      return undefined;
    } catch (error) {
      /* c8 ignore next -- assertWorkingDuration throws ConfigurationErrors only */
      return error instanceof Error ? error.message : 'expected a working duration';
    }
  },
);

/** A contract's entitlement (§4.3.4). */
const entitlementSchema: Schema<ContractEntitlement> = k.object({
  onSite: k.boolean(),
  interventionDelay: k.optional(workingDurationSchema),
});

/** The caller (§2.2). */
export const callerSchema: Schema<Caller> = k.object({
  name: k.text(),
  contact: k.string(),
  vip: k.optional(k.boolean()),
});

/** The contract (§2.2, §4.3.4, §5.1). */
export const contractSchema: Schema<Contract> = k.object({
  id: k.text(),
  equipmentSwap: k.optional(k.literals(equipmentSwapArrangements)),
  entitlement: k.optional(entitlementSchema),
});

/** The equipment (§2.2). */
export const equipmentSchema: Schema<Equipment> = k.object({
  kind: k.literals(equipmentKinds),
  make: k.text(),
  model: k.text(),
  assetId: k.optional(k.string()),
});

/** The environment (§2.2). */
export const environmentSchema: Schema<Environment> = k.object({
  network: k.string(),
  operatingSystem: k.string(),
  software: k.array(k.string()),
});

/** A solution as applied (§5.1). */
export const solutionSpecSchema: Schema<SolutionSpec> = k.variants('kind', {
  fix: k.object({
    kind: k.literals(['fix']),
    nature: k.literals(solutionNatures),
    description: k.text(),
  }),
  'equipment-swap': k.object({
    kind: k.literals(['equipment-swap']),
    description: k.text(),
    arrangement: k.optional(k.literals(equipmentSwapArrangements)),
  }),
});

/** An intervention report's summary (§6.5). */
export const reportSummarySchema: Schema<InterventionReportSummary> = k.object({
  reference: k.optional(k.string()),
  summary: k.text(),
  outcome: k.literals(['finished', 'follow-up']),
});

/** An on-site dispatch request (§4.3.4). */
export const onSiteDispatchSchema: Schema<OnSiteDispatch> = k.object({
  diagnosis: k.string(),
  warranty: k.optional(k.object({ supplier: k.text() })),
  nonContractual: k.optional(k.boolean()),
  plannedFor: k.optional(dateSchema),
});

/** A hand-off note (§4.3.1): two texts, trimmed from JSON; blank ones are the decider's call. */
export const handoffNoteSchema: Schema<HandoffNote> = k.object({
  diagnosis: k.text({ nonEmpty: false }),
  done: k.text({ nonEmpty: false }),
});

/** A hand-off situation (§4.3.3). */
export const handoffSituationSchema: Schema<HandoffSituation> = k.variants('cause', {
  'beyond-competence': k.object({ cause: k.literals(['beyond-competence']) }),
  'not-enough-time': k.object({
    cause: k.literals(['not-enough-time']),
    noticed: k.literals(timeShortageNotices),
  }),
  'procedure-exhausted': k.object({ cause: k.literals(['procedure-exhausted']) }),
  'level-1-task-failed': k.object({ cause: k.literals(['level-1-task-failed']) }),
} satisfies { readonly [C in (typeof handoffCauses)[number]]: Schema<unknown> });

/** A promise to the user (§2.4). */
export const userCommitmentSchema: Schema<UserCommitment> = k.variants('kind', {
  'best-service': k.object({ kind: k.literals(['best-service']) }),
  'contractual-delay': k.object({
    kind: k.literals(['contractual-delay']),
    within: workingDurationSchema,
  }),
  'arrival-time': k.object({ kind: k.literals(['arrival-time']), at: dateSchema }),
  duration: k.object({
    kind: k.literals(['duration']),
    durationMs: k.number({ positive: true }),
  }),
});

/**
 * The schema of a ticket command: its `type`, `at` and `actor` (what every command carries,
 * see {@link TicketCommandBase}) and the fields of its own.
 */
export function commandSchema<const T extends string, const S extends SchemaShape>(
  type: T,
  shape: S,
) {
  return k.object({ type: k.literals([type]), at: dateSchema, actor: actorSchema, ...shape });
}
