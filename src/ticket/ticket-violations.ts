import type { LocalizedText } from '../core/localized-text.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { commitmentViolationMessages } from '../handling/user-commitments.js';

/**
 * Every code with which the ticket decider refuses a command, in a stable order. Each is
 * documented in `docs/ticket.md`. A refused on-site dispatch may also carry the codes of
 * `onSiteViolationCodes` (missing contact, equipment identification, coverage). A promise
 * refused on `inform-user` (seed §2.4) carries the code `checkUserCommitment` gives it (the
 * last four codes, the same as `commitmentViolationCodes`), or `no-contract-entitlement`.
 *
 * @example
 * ```ts
 * ticketViolationCodes.includes('not-the-opener');
 * //=> true
 * ```
 */
export const ticketViolationCodes = [
  'malformed-command',
  'unknown-command',
  'ticket-not-open',
  'ticket-already-open',
  'ticket-closed',
  'not-level-1',
  'policy-version-mismatch',
  'policy-already-in-force',
  'not-qualified',
  'override-reason-required',
  'unknown-priority',
  'already-taken-in-charge',
  'not-the-qualifier',
  'deferred-to-self',
  'deferred-level-invalid',
  'not-in-progress',
  'command-before-last-event',
  'nothing-to-acknowledge',
  'not-the-handler',
  'acknowledgement-pending',
  'handoff-to-self',
  'handoff-not-allowed',
  'handoff-note-required',
  'intervention-id-taken',
  'unknown-intervention',
  'not-the-performer',
  'not-involved',
  'on-site-diagnosis-required',
  'report-already-recorded',
  'swap-arrangement-unknown',
  'already-paused',
  'not-paused',
  'problem-already-linked',
  'not-resolved',
  'reopen-window-elapsed',
  'no-definitive-solution',
  'not-the-opener',
  'missing-intervention-reports',
  'no-contract-entitlement',
  'arrival-time-not-planned-by-speaker',
  'duration-not-planned-by-speaker',
  'no-contractual-delay',
  'commitment-differs-from-plan',
] as const;

/**
 * A stable code of a ticket refusal; see {@link ticketViolationCodes}.
 *
 * @example
 * ```ts
 * const code: TicketViolationCode = 'missing-intervention-reports';
 * code;
 * //=> 'missing-intervention-reports'
 * ```
 */
export type TicketViolationCode = (typeof ticketViolationCodes)[number];

/**
 * A refusal of the ticket decider: a {@link RuleViolation} whose code is a
 * {@link TicketViolationCode}.
 *
 * @example
 * ```ts
 * const v: TicketViolation = ticketViolation('not-the-opener');
 * v.code;
 * //=> 'not-the-opener'
 * ```
 */
export type TicketViolation = RuleViolation<TicketViolationCode>;

/**
 * The French and English message of every ticket refusal.
 *
 * @see seed §5, §6
 * @example
 * ```ts
 * ticketViolationMessages['not-the-opener'].en;
 * //=> 'Only the level-1 technician who opened the call may close it.'
 * ```
 */
export const ticketViolationMessages: { readonly [C in TicketViolationCode]: LocalizedText } = {
  'malformed-command': {
    fr: 'Commande mal formée : elle ne correspond à aucune forme attendue.',
    en: 'Malformed command: it does not match any expected shape.',
  },
  'unknown-command': {
    fr: 'Commande inconnue.',
    en: 'Unknown command.',
  },
  'ticket-not-open': {
    fr: "Le dossier d'appel n'est pas encore ouvert.",
    en: 'The ticket has not been opened yet.',
  },
  'ticket-already-open': {
    fr: "Le dossier d'appel est déjà ouvert.",
    en: 'The ticket is already open.',
  },
  'ticket-closed': {
    fr: "Le dossier d'appel est clôturé.",
    en: 'The ticket is closed.',
  },
  'not-level-1': {
    fr: 'Seul un technicien de niveau 1 du service desk peut faire cette action.',
    en: 'Only a level-1 service desk technician may do this.',
  },
  'policy-version-mismatch': {
    fr: "La politique fournie n'est pas celle épinglée sur le dossier ; faites d'abord un re-paramétrage explicite.",
    en: 'The policy given is not the one pinned to the ticket; re-baseline it explicitly first.',
  },
  'policy-already-in-force': {
    fr: 'Cette version de politique est déjà celle du dossier.',
    en: 'This policy version is already the one pinned to the ticket.',
  },
  'not-qualified': {
    fr: "L'appel doit d'abord être qualifié (impact, urgence, priorité).",
    en: 'The call must be qualified first (impact, urgency, priority).',
  },
  'override-reason-required': {
    fr: 'Une priorité différente de celle de la grille exige une justification.',
    en: 'A priority that differs from the matrix needs a reason.',
  },
  'unknown-priority': {
    fr: "Cette priorité n'existe pas dans la grille en vigueur.",
    en: 'This priority is not on the scale of the matrix in force.',
  },
  'already-taken-in-charge': {
    fr: "L'appel est déjà pris en charge.",
    en: 'The call has already been taken in charge.',
  },
  'not-the-qualifier': {
    fr: "Seul le technicien qui a qualifié l'appel le prend en charge en direct ou l'affecte en différé.",
    en: 'Only the technician who qualified the call takes it directly or defers it to someone else.',
  },
  'deferred-to-self': {
    fr: "Un traitement différé affecte l'appel à un autre intervenant.",
    en: 'Deferred handling assigns the call to another technician.',
  },
  'deferred-level-invalid': {
    fr: 'Un traitement différé est de niveau 1 ou 2.',
    en: 'Deferred handling is at level 1 or 2.',
  },
  'not-in-progress': {
    fr: "L'appel n'est pas en cours de traitement.",
    en: 'The call is not being handled.',
  },
  'command-before-last-event': {
    fr: "La commande est datée d'avant le dernier événement du dossier.",
    en: "The command is dated before the ticket's last event.",
  },
  'nothing-to-acknowledge': {
    fr: 'Aucune prise en charge en attente de confirmation.',
    en: 'No hand-over is waiting to be acknowledged.',
  },
  'not-the-handler': {
    fr: "Seul l'intervenant qui a l'appel en charge peut faire cette action.",
    en: 'Only the technician currently handling the call may do this.',
  },
  'acknowledgement-pending': {
    fr: "Le nouvel intervenant doit d'abord informer l'initiateur de l'appel qu'il le prend en charge.",
    en: 'The new handler must first tell the opener that it has taken the call.',
  },
  'handoff-to-self': {
    fr: "On ne s'affecte pas un appel à soi-même.",
    en: 'A call cannot be handed off to its current handler.',
  },
  'handoff-not-allowed': {
    fr: "Un appel monte d'un niveau à la fois (du niveau 1 au niveau 2, du niveau 2 au niveau 3), ou droit au niveau 3 là où le niveau 2 n'existe pas.",
    en: 'A call climbs one level at a time (level 1 to 2, level 2 to 3), or straight to level 3 where there is no level 2.',
  },
  'handoff-note-required': {
    fr: "Avant d'affecter l'appel à un spécialiste, laissez toujours une trace de votre diagnostic et de ce que vous avez fait.",
    en: 'Before handing the call to a specialist, always leave a note of your diagnosis and of what you did.',
  },
  'intervention-id-taken': {
    fr: "Ce numéro d'intervention est déjà utilisé sur ce dossier.",
    en: 'This intervention number is already used on this ticket.',
  },
  'unknown-intervention': {
    fr: 'Aucune intervention de ce numéro sur ce dossier.',
    en: 'No intervention with this number on this ticket.',
  },
  'not-the-performer': {
    fr: "C'est la personne qui réalise l'intervention qui en fait le compte rendu.",
    en: 'The report is written by the person who did the intervention.',
  },
  'not-involved': {
    fr: "Seul l'auteur de l'intervention ou l'intervenant qui a l'appel en charge applique une solution.",
    en: 'Only the technician who did the intervention or who handles the call applies a solution.',
  },
  'on-site-diagnosis-required': {
    fr: "Sans diagnostic précis, on ne déclenche pas d'intervention : l'appel est transféré au niveau 2, qui décide.",
    en: 'Without a precise diagnosis no one is sent on site: the call is transferred to level 2, which decides.',
  },
  'report-already-recorded': {
    fr: 'Le compte rendu de cette intervention est déjà enregistré.',
    en: 'The report of this intervention is already recorded.',
  },
  'swap-arrangement-unknown': {
    fr: 'Le contrat ne dit pas si un échange de matériel est un prêt ou un remplacement : précisez-le.',
    en: 'The contract does not say whether an equipment swap is a loan or a replacement: state it.',
  },
  'already-paused': {
    fr: "L'appel est déjà en attente.",
    en: 'The call is already waiting.',
  },
  'not-paused': {
    fr: "L'appel n'est pas en attente.",
    en: 'The call is not waiting.',
  },
  'problem-already-linked': {
    fr: 'Ce problème est déjà lié au dossier.',
    en: 'This problem is already linked to the ticket.',
  },
  'not-resolved': {
    fr: 'Seul un appel résolu ou clôturé peut être rouvert.',
    en: 'Only a resolved or closed call can be reopened.',
  },
  'reopen-window-elapsed': {
    fr: 'Le délai de réouverture est dépassé : ouvrez un nouvel appel.',
    en: 'The reopening window has elapsed: open a new call.',
  },
  'no-definitive-solution': {
    fr: "Un appel ne peut être clôturé que lorsqu'une solution définitive a été apportée (un prêt ne clôture pas).",
    en: 'A call can be closed only once a definitive solution has been applied (a loan never closes it).',
  },
  'not-the-opener': {
    fr: "Seul le technicien de niveau 1 qui a ouvert le dossier d'appel peut le clôturer.",
    en: 'Only the level-1 technician who opened the call may close it.',
  },
  'missing-intervention-reports': {
    fr: 'Chaque intervention doit avoir son compte rendu avant la clôture.',
    en: 'Every intervention needs its report before closure.',
  },
  'no-contract-entitlement': {
    fr: "Le contrat de l'utilisateur ne précise pas ses droits d'intervention : assurez-le seulement du meilleur service dans les délais prévus contractuellement.",
    en: "The user's contract states no intervention entitlement: only assure them of the best service within the contract's delays.",
  },
  ...commitmentViolationMessages,
};

/**
 * Builds the {@link TicketViolation} of a code, with its fr/en message and optional details.
 *
 * @example
 * ```ts
 * ticketViolation('unknown-intervention', { interventionId: 'I-9' }).details;
 * //=> { interventionId: 'I-9' }
 * ```
 */
export function ticketViolation(
  code: TicketViolationCode,
  details?: Readonly<Record<string, unknown>>,
): TicketViolation {
  return details === undefined
    ? { code, message: ticketViolationMessages[code] }
    : { code, message: ticketViolationMessages[code], details };
}
