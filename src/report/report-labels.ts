import type { LocalizedText } from '../core/localized-text.js';

/**
 * The key of every field of an intervention report: its path with array positions left out
 * (`'intervention.parts.quantity'` names the quantity of every part).
 *
 * @example
 * ```ts
 * reportFieldKeys[0];
 * //=> 'interventionNumber'
 * ```
 */
export const reportFieldKeys = [
  'interventionNumber',
  'ticketId',
  'user',
  'user.name',
  'user.phone',
  'user.email',
  'user.address',
  'coveredByContract',
  'contractNumber',
  'amount',
  'amount.minorUnits',
  'amount.currency',
  'equipment',
  'equipment.identifier',
  'equipment.description',
  'incidentDescription',
  'interventionNature',
  'intervention',
  'intervention.parts',
  'intervention.parts.reference',
  'intervention.parts.description',
  'intervention.parts.quantity',
  'intervention.parts.kind',
  'intervention.timeSpentMinutes',
  'intervention.startedAt',
  'intervention.endedAt',
  'intervention.workDone',
  'intervention.finished',
  'intervention.followUp',
  'intervention.technicianSignature',
  'intervention.technicianSignature.name',
  'intervention.technicianSignature.role',
  'intervention.userSignature',
  'intervention.userSignature.name',
  'intervention.userSignature.role',
] as const;

/**
 * A field of an intervention report, named by its key; see {@link reportFieldKeys}.
 *
 * @example
 * ```ts
 * const key: ReportFieldKey = 'intervention.endedAt';
 * reportFieldLabels[key].fr;
 * //=> 'Heure de fin'
 * ```
 */
export type ReportFieldKey = (typeof reportFieldKeys)[number];

/**
 * French and English labels of every field of an intervention report, plain data for forms,
 * exports and messages. The French ones are the seed's own words (§6.5.1, §6.5.2) where the
 * seed names the field.
 *
 * @see seed §6.5.1, §6.5.2
 * @example
 * ```ts
 * reportFieldLabels.interventionNumber;
 * //=> { fr: 'Numéro d’intervention', en: 'Intervention number' }
 * ```
 */
export const reportFieldLabels: { readonly [K in ReportFieldKey]: LocalizedText } = {
  interventionNumber: { fr: 'Numéro d’intervention', en: 'Intervention number' },
  ticketId: { fr: 'Numéro du dossier d’appel', en: 'Call (ticket) number' },
  user: { fr: 'Coordonnées de l’utilisateur', en: 'User’s contact details' },
  'user.name': { fr: 'Nom de l’utilisateur', en: 'User’s name' },
  'user.phone': { fr: 'Téléphone de l’utilisateur', en: 'User’s phone' },
  'user.email': { fr: 'Adresse électronique de l’utilisateur', en: 'User’s email address' },
  'user.address': { fr: 'Adresse de l’utilisateur', en: 'User’s address' },
  coveredByContract: {
    fr: 'Intervention couverte par le contrat',
    en: 'Intervention covered by the contract',
  },
  contractNumber: { fr: 'Numéro de contrat du client', en: 'Customer’s contract number' },
  amount: { fr: 'Montant de l’intervention', en: 'Intervention amount' },
  'amount.minorUnits': {
    fr: 'Montant en centimes (sous-unité de la devise)',
    en: 'Amount in minor units (cents)',
  },
  'amount.currency': { fr: 'Devise (code ISO 4217)', en: 'Currency (ISO 4217 code)' },
  equipment: { fr: 'Matériel(s) concerné(s)', en: 'Equipment concerned' },
  'equipment.identifier': {
    fr: 'Identification du matériel',
    en: 'Equipment identifier',
  },
  'equipment.description': {
    fr: 'Description du matériel (marque, modèle)',
    en: 'Equipment description (make, model)',
  },
  incidentDescription: { fr: 'Descriptif de l’incident', en: 'Incident description' },
  interventionNature: {
    fr: 'Nature de l’intervention à réaliser',
    en: 'Nature of the intervention',
  },
  intervention: {
    fr: 'Rubriques renseignées lors de l’intervention',
    en: 'Filled in during the intervention',
  },
  'intervention.parts': {
    fr: 'Pièces fournies ou échangées',
    en: 'Parts supplied or exchanged',
  },
  'intervention.parts.reference': { fr: 'Référence de la pièce', en: 'Part reference' },
  'intervention.parts.description': { fr: 'Désignation de la pièce', en: 'Part description' },
  'intervention.parts.quantity': { fr: 'Quantité', en: 'Quantity' },
  'intervention.parts.kind': { fr: 'Pièce fournie ou échangée', en: 'Part supplied or exchanged' },
  'intervention.timeSpentMinutes': { fr: 'Temps passé (minutes)', en: 'Time spent (minutes)' },
  'intervention.startedAt': { fr: 'Heure de début', en: 'Start time' },
  'intervention.endedAt': { fr: 'Heure de fin', en: 'End time' },
  'intervention.workDone': { fr: 'Descriptif de l’intervention', en: 'Work done' },
  'intervention.finished': { fr: 'Fin de l’intervention', en: 'Intervention finished' },
  'intervention.followUp': { fr: 'Suite à donner', en: 'Follow-up' },
  'intervention.technicianSignature': {
    fr: 'Signature du technicien',
    en: 'Technician’s signature',
  },
  'intervention.technicianSignature.name': {
    fr: 'Nom du technicien signataire',
    en: 'Signing technician’s name',
  },
  'intervention.technicianSignature.role': {
    fr: 'Fonction du technicien signataire',
    en: 'Signing technician’s role',
  },
  'intervention.userSignature': { fr: 'Signature de l’utilisateur', en: 'User’s signature' },
  'intervention.userSignature.name': {
    fr: 'Nom du signataire pour le client',
    en: 'Customer signatory’s name',
  },
  'intervention.userSignature.role': {
    fr: 'Fonction du signataire pour le client',
    en: 'Customer signatory’s role',
  },
};

/**
 * The key of the field at a path inside a report (array positions dropped), or `undefined`
 * when the path names no field of the report (an unknown key).
 *
 * @example
 * ```ts
 * reportFieldKeyOf(['intervention', 'parts', 2, 'quantity']);
 * //=> 'intervention.parts.quantity'
 * reportFieldKeyOf(['colour']);
 * //=> undefined
 * ```
 */
export function reportFieldKeyOf(path: readonly (string | number)[]): ReportFieldKey | undefined {
  const key = path.filter((step) => typeof step === 'string').join('.');
  return Object.hasOwn(reportFieldLabels, key) ? (key as ReportFieldKey) : undefined;
}
