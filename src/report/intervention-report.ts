/**
 * Whether a part was brought in new (« fournie ») or swapped for a faulty one
 * (« échangée »), as seed §6.5.2 tells them apart.
 *
 * @see seed §6.5.2 « L'identification des pièces fournies ou échangées »
 * @example
 * ```ts
 * partKinds;
 * //=> ['supplied', 'exchanged']
 * ```
 */
export const partKinds = ['supplied', 'exchanged'] as const;

/**
 * A part's kind: `'supplied'` or `'exchanged'`; see {@link partKinds}.
 *
 * @example
 * ```ts
 * const kind: PartKind = 'exchanged';
 * partKinds.includes(kind);
 * //=> true
 * ```
 */
export type PartKind = (typeof partKinds)[number];

/**
 * « Les coordonnées de l'utilisateur »: who the intervention is for and how to reach them.
 * Every field is personal data ({@link redactInterventionReport} masks them). A report
 * needs a phone number or an email address: the seed's user is called back (§4.2).
 *
 * @see seed §6.5.1, §4.3.4 « les coordonnées de l'utilisateur »
 * @example
 * ```ts
 * const user: UserContact = { name: 'Claire Martin', phone: '+33 1 23 45 67 89' };
 * user.name;
 * //=> 'Claire Martin'
 * ```
 */
export interface UserContact {
  /** The user's full name. */
  readonly name: string;
  /** A phone number: digits, spaces, `+`, `(`, `)`, `.`, `-`; at least three digits. */
  readonly phone?: string;
  /** An email address. */
  readonly email?: string;
  /** Where to find the user: postal address, building, office. */
  readonly address?: string;
}

/**
 * The price of an intervention outside the contract, in the currency's minor unit (cents
 * for the euro) so that no amount is ever a rounded float: 120.50 € is
 * `{ minorUnits: 12050, currency: 'EUR' }`.
 *
 * @see seed §6.5.1 « Le montant de l'intervention dans le cadre d'une intervention non contractuelle »
 * @example
 * ```ts
 * const amount: InterventionAmount = { minorUnits: 12050, currency: 'EUR' };
 * amount.minorUnits / 100;
 * //=> 120.5
 * ```
 */
export interface InterventionAmount {
  /** A whole number of minor units (cents), zero or more. */
  readonly minorUnits: number;
  /** An ISO 4217 currency code: three capital letters (`'EUR'`, `'CHF'`…). */
  readonly currency: string;
}

/**
 * One piece of equipment the intervention is about (« l'identification du ou des
 * matériels concernés »): an asset tag or serial number, and what it is.
 *
 * @see seed §6.5.1, §2.2 « marque et modèle du PC ou du périphérique »
 * @example
 * ```ts
 * const printer: ReportedEquipment = { identifier: 'PRN-0042', description: 'HP LaserJet M404' };
 * printer.identifier;
 * //=> 'PRN-0042'
 * ```
 */
export interface ReportedEquipment {
  /** The asset tag or serial number that identifies the equipment. */
  readonly identifier: string;
  /** Make, model, location: what a technician needs to find it. */
  readonly description?: string;
}

/**
 * A part supplied or exchanged during the intervention.
 *
 * @see seed §6.5.2 « L'identification des pièces fournies ou échangées »
 * @example
 * ```ts
 * const part: Part = { reference: 'CF259A', quantity: 1, kind: 'exchanged' };
 * part.kind;
 * //=> 'exchanged'
 * ```
 */
export interface Part {
  /** The part's reference (maker's number, stock number). */
  readonly reference: string;
  /** What the part is, in words. */
  readonly description?: string;
  /** How many, a whole number from 1. */
  readonly quantity: number;
  /** Brought in new or swapped for a faulty one. */
  readonly kind: PartKind;
}

/**
 * A signature on the report with the signatory's identification, « nom et fonction ». Who
 * may sign for the customer is a {@link SignatoryPolicy}: a signature by someone not
 * authorised does not bind the customer (see {@link signatureBinding}).
 *
 * @see seed §6.5.2 « La signature du technicien et de l'utilisateur (et son identification : nom et fonction) »
 * @example
 * ```ts
 * const signature: Signature = { name: 'Paul Durand', role: 'Responsable informatique' };
 * signature.role;
 * //=> 'Responsable informatique'
 * ```
 */
export interface Signature {
  /** The signatory's name (« nom »). */
  readonly name: string;
  /** The signatory's role in their organisation (« fonction »). */
  readonly role: string;
}

/**
 * What every intervention record holds, finished or not (seed §6.5.2), the signatures of the
 * technician and of the user included (the seed lists them among the fields of every
 * intervention: the user signs the visit even when the work goes on). Times are ISO 8601
 * date-times with a UTC offset (`'2026-03-02T09:30:00+01:00'`); `timeSpentMinutes` may be
 * less than the span from start to end (a break, a wait for a part), never more.
 *
 * @see seed §6.5.2 « Les rubriques renseignées lors de l'intervention », « La signature du technicien et de l'utilisateur »
 * @example
 * ```ts
 * const work: InterventionWork = {
 *   parts: [],
 *   timeSpentMinutes: 45,
 *   startedAt: '2026-03-02T09:30:00+01:00',
 *   endedAt: '2026-03-02T10:20:00+01:00',
 *   workDone: 'Toner replaced, test page printed.',
 *   technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
 *   userSignature: { name: 'Claire Martin', role: 'Comptable' },
 * };
 * work.timeSpentMinutes;
 * //=> 45
 * ```
 */
export interface InterventionWork {
  /** « Les pièces fournies ou échangées »; empty when none. */
  readonly parts: readonly Part[];
  /** « Le temps passé », in whole minutes. */
  readonly timeSpentMinutes: number;
  /** « L'heure de début ». */
  readonly startedAt: string;
  /** « L'heure de fin », after the start. */
  readonly endedAt: string;
  /** « Le descriptif de l'intervention »: what was done. */
  readonly workDone: string;
  /** The technician's signature. */
  readonly technicianSignature: Signature;
  /** The user's signature. */
  readonly userSignature: Signature;
}

/**
 * A finished intervention. A note on what follows may still be given (advice, a visit
 * planned for later). Both signatures are in {@link InterventionWork}, as on every report.
 *
 * @see seed §6.5.2 « Une information sur la fin de l'intervention », « La signature du technicien et de l'utilisateur »
 * @example
 * ```ts
 * const done: FinishedIntervention = { finished: true };
 * done.finished;
 * //=> true
 * ```
 */
export interface FinishedIntervention {
  readonly finished: true;
  /** An optional note on what follows. */
  readonly followUp?: string;
}

/**
 * An intervention that is not finished: the report says what follows (« la suite à
 * donner »). It is signed all the same (see {@link InterventionWork}).
 *
 * @see seed §6.5.2 « ou sur la suite à donner »
 * @example
 * ```ts
 * const pending: UnfinishedIntervention = {
 *   finished: false,
 *   followUp: 'Fuser unit ordered; second visit when it arrives.',
 * };
 * pending.finished;
 * //=> false
 * ```
 */
export interface UnfinishedIntervention {
  readonly finished: false;
  /** What follows: the next step, who takes it. */
  readonly followUp: string;
}

/**
 * The part of the report filled in during the intervention (seed §6.5.2): the work and both
 * signatures, then either a finished intervention or an unfinished one with what follows.
 *
 * @see seed §6.5.2
 * @example
 * ```ts
 * const record: InterventionDetails = {
 *   parts: [{ reference: 'CF259A', quantity: 1, kind: 'exchanged' }],
 *   timeSpentMinutes: 45,
 *   startedAt: '2026-03-02T09:30:00+01:00',
 *   endedAt: '2026-03-02T10:20:00+01:00',
 *   workDone: 'Toner replaced, test page printed.',
 *   technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
 *   userSignature: { name: 'Claire Martin', role: 'Comptable' },
 *   finished: false,
 *   followUp: 'Fuser unit ordered.',
 * };
 * record.finished;
 * //=> false
 * ```
 */
export type InterventionDetails = InterventionWork &
  (FinishedIntervention | UnfinishedIntervention);

/**
 * An intervention the customer's contract covers: the contract number is given, no amount.
 *
 * @see seed §6.5.1 « Le numéro de contrat du client »
 * @example
 * ```ts
 * const covered: ContractCoverage = { coveredByContract: true, contractNumber: 'CT-2026-118' };
 * covered.contractNumber;
 * //=> 'CT-2026-118'
 * ```
 */
export interface ContractCoverage {
  readonly coveredByContract: true;
  /** « Le numéro de contrat du client ». */
  readonly contractNumber: string;
}

/**
 * An intervention outside the contract (« non contractuelle »): its amount is given; the
 * customer's contract number too when they have one.
 *
 * @see seed §6.5.1 « Le montant de l'intervention dans le cadre d'une intervention non contractuelle »
 * @example
 * ```ts
 * const billed: OutOfContract = {
 *   coveredByContract: false,
 *   amount: { minorUnits: 12050, currency: 'EUR' },
 * };
 * billed.amount.currency;
 * //=> 'EUR'
 * ```
 */
export interface OutOfContract {
  readonly coveredByContract: false;
  /** « Le numéro de contrat du client », when the customer has one. */
  readonly contractNumber?: string;
  /** « Le montant de l'intervention ». */
  readonly amount: InterventionAmount;
}

/**
 * The fields filled in when the report is created, except coverage (seed §6.5.1).
 *
 * @see seed §6.5.1 « Les rubriques renseignées à la création du compte rendu »
 * @example
 * ```ts
 * const header: InterventionReportHeader = {
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89' },
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'The printer shows a paper jam that is not there.',
 *   interventionNature: 'On-site repair',
 * };
 * header.equipment.length;
 * //=> 1
 * ```
 */
export interface InterventionReportHeader {
  /** « Un numéro d'intervention ». */
  readonly interventionNumber: string;
  /** The call (ticket) the intervention belongs to, when known. */
  readonly ticketId?: string;
  /** « Les coordonnées de l'utilisateur ». */
  readonly user: UserContact;
  /** « L'identification du ou des matériels concernés »: one or more. */
  readonly equipment: readonly ReportedEquipment[];
  /** « Le descriptif de l'incident ». */
  readonly incidentDescription: string;
  /** « La nature de l'intervention à réaliser ». */
  readonly interventionNature: string;
}

/**
 * A report as created, before the intervention (seed §6.5.1): no `intervention` part yet.
 *
 * @see seed §6.5.1
 * @example
 * ```ts
 * const created: CreatedInterventionReport = {
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-2026-118',
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'Paper jam reported, none found.',
 *   interventionNature: 'On-site repair',
 * };
 * 'intervention' in created;
 * //=> false
 * ```
 */
export type CreatedInterventionReport = InterventionReportHeader &
  (ContractCoverage | OutOfContract) & { readonly intervention?: undefined };

/**
 * A report filled in during the intervention (seed §6.5.1 and §6.5.2): the creation fields
 * and the `intervention` part.
 *
 * @see seed §6.5
 * @example
 * ```ts
 * const completed: CompletedInterventionReport = {
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', email: 'claire.martin@example.com' },
 *   coveredByContract: false,
 *   amount: { minorUnits: 9000, currency: 'EUR' },
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'Paper jam reported, none found.',
 *   interventionNature: 'On-site repair',
 *   intervention: {
 *     parts: [],
 *     timeSpentMinutes: 30,
 *     startedAt: '2026-03-02T09:30:00+01:00',
 *     endedAt: '2026-03-02T10:00:00+01:00',
 *     workDone: 'Sensor cleaned.',
 *     finished: true,
 *     technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
 *     userSignature: { name: 'Claire Martin', role: 'Comptable' },
 *   },
 * };
 * completed.intervention.finished;
 * //=> true
 * ```
 */
export type CompletedInterventionReport = InterventionReportHeader &
  (ContractCoverage | OutOfContract) & { readonly intervention: InterventionDetails };

/**
 * An intervention report (« compte rendu d'intervention »), as created or completed. Build
 * one from untrusted data with {@link parseInterventionReport}.
 *
 * @see seed §6 « Rendre compte de l'intervention »
 * @example
 * ```ts
 * const report: InterventionReport = {
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-2026-118',
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'Paper jam reported, none found.',
 *   interventionNature: 'On-site repair',
 * };
 * isCompletedInterventionReport(report);
 * //=> false
 * ```
 */
export type InterventionReport = CreatedInterventionReport | CompletedInterventionReport;

/**
 * Whether a report has its `intervention` part (seed §6.5.2), narrowing its type. Never
 * throws: a value that is not an object, or whose `intervention` cannot be read (a getter or
 * a Proxy trap that throws), answers `false`.
 *
 * @example
 * ```ts
 * isCompletedInterventionReport({
 *   interventionNumber: 'INT-1',
 *   user: { name: 'Claire Martin', phone: '0123456789' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-1',
 *   equipment: [{ identifier: 'PC-7' }],
 *   incidentDescription: 'Will not boot.',
 *   interventionNature: 'On-site repair',
 * });
 * //=> false
 * ```
 */
export function isCompletedInterventionReport(
  report: InterventionReport,
): report is CompletedInterventionReport {
  if (typeof report !== 'object' || report === null) return false;
  try {
    const intervention: unknown = report.intervention;
    return typeof intervention === 'object' && intervention !== null;
  } catch {
    return false;
  }
}
