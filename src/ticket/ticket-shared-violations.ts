import type { LocalizedText } from '../core/localized-text.js';
import { err, type Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';

/*
 * The refusals several ticket commands share, or that the decider gives before any command's
 * own rules (a malformed command, a ticket not open, a policy mismatch…). A code that only
 * one command gives lives in that command's file (`commands/<command>.ts`).
 */

/**
 * The ticket refusals shared by several commands (or given before a command's own rules),
 * with their French and English messages.
 *
 * @see seed §5, §6
 * @example
 * ```ts
 * sharedTicketViolationMessages['not-the-opener'].en;
 * //=> 'Only the level-1 technician who opened the call may close it.'
 * ```
 */
export const sharedTicketViolationMessages = {
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
  'unknown-priority': {
    fr: "Cette priorité n'existe pas dans la grille en vigueur.",
    en: 'This priority is not on the scale of the matrix in force.',
  },
  'not-in-progress': {
    fr: "L'appel n'est pas en cours de traitement.",
    en: 'The call is not being handled.',
  },
  'command-before-last-event': {
    fr: "La commande est datée d'avant le dernier événement du dossier.",
    en: "The command is dated before the ticket's last event.",
  },
  'not-the-handler': {
    fr: "Seul l'intervenant qui a l'appel en charge peut faire cette action.",
    en: 'Only the technician currently handling the call may do this.',
  },
  'acknowledgement-pending': {
    fr: "Le nouvel intervenant doit d'abord informer l'initiateur de l'appel qu'il le prend en charge.",
    en: 'The new handler must first tell the opener that it has taken the call.',
  },
  'intervention-id-taken': {
    fr: "Ce numéro d'intervention est déjà utilisé sur ce dossier.",
    en: 'This intervention number is already used on this ticket.',
  },
  'unknown-intervention': {
    fr: 'Aucune intervention de ce numéro sur ce dossier.',
    en: 'No intervention with this number on this ticket.',
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
  'ticket-cancelled': {
    fr: "Le dossier d'appel est annulé : plus aucune action n'y est possible.",
    en: 'The ticket is cancelled: nothing more can be done on it.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

/**
 * A code of {@link sharedTicketViolationMessages}.
 */
export type SharedTicketViolationCode = keyof typeof sharedTicketViolationMessages;

/** A refused decision. */
export type Refusal = Result<never, readonly RuleViolation[]>;

/**
 * The function a command file refuses with: one of its own codes (`messages`) or a shared
 * one, with optional details.
 */
export type Refuse<Own extends string> = (
  code: Own | SharedTicketViolationCode,
  details?: Readonly<Record<string, unknown>>,
) => Refusal;

/** Builds a violation from a code of `messages` or a shared code. */
export function violationFrom<Own extends string>(
  messages: { readonly [K in Own]: LocalizedText },
  code: Own | SharedTicketViolationCode,
  details?: Readonly<Record<string, unknown>>,
): RuleViolation<Own | SharedTicketViolationCode> {
  const message =
    (messages as Readonly<Record<string, LocalizedText>>)[code] ??
    (sharedTicketViolationMessages as Readonly<Record<string, LocalizedText>>)[code];
  /* c8 ignore next -- the type allows only known codes */
  if (message === undefined) throw new TypeError(`No message for the code ${code}.`);
  return details === undefined ? { code, message } : { code, message, details };
}

/** The {@link Refuse} function of a command whose own codes are those of `messages`. */
export function refusalsOf<Own extends string>(
  messages: {
    readonly [K in Own]: LocalizedText;
  },
): Refuse<Own> {
  return (code, details) => err([violationFrom(messages, code, details)]);
}

/** Refuses with a shared code. */
export const refuseShared: Refuse<never> = refusalsOf({});
