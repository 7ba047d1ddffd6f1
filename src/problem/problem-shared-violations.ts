import { describeValue } from '../core/describe-value.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { RuleViolation } from '../core/rule-violation.js';

/*
 * The refusals of the problem decider that several commands share, or that it gives before
 * any command's own rules (an unknown or malformed command, a problem not recorded, a stage
 * reached, the actor's permission, the date…). A code that only one command gives lives in
 * that command's file (`commands/<command>.ts`).
 */

/** The details of a refusal, from which its message is written. */
export type ProblemViolationDetails = Readonly<Record<string, unknown>>;

/** The fr/en message of a refusal, written from its details. */
export type ProblemMessage = (details: ProblemViolationDetails) => LocalizedText;

/** A detail as text for a message (`?` when absent, described when not a string). */
export const detailText = (details: ProblemViolationDetails, key: string): string => {
  const value = details[key];
  return typeof value === 'string' ? value : value === undefined ? '?' : describeValue(value);
};

const pathOf = (details: ProblemViolationDetails): string => {
  const path = details.path;
  if (!Array.isArray(path) || path.length === 0) return '(command)';
  // Each step as written in code: a key or an index, anything else described.
  return Array.from(path as unknown[], (step) =>
    typeof step === 'string' || typeof step === 'number' ? `${step}` : describeValue(step),
  ).join('.');
};

const str = detailText;

/**
 * The problem refusals shared by several commands (or given before a command's own rules),
 * each with its French and English message written from the refusal's details.
 *
 * @see seed §4.4
 * @example
 * ```ts
 * sharedProblemViolationMessages['problem-closed']({}).en;
 * //=> 'This problem is closed: it no longer changes.'
 * ```
 */
export const sharedProblemViolationMessages = {
  'problem-unknown-command': (d) => ({
    fr: `Commande inconnue pour un problème : ${str(d, 'type')}.`,
    en: `Unknown problem command: ${str(d, 'type')}.`,
  }),
  'problem-malformed-command': (d) => ({
    fr: `Commande mal formée : ${pathOf(d)} — ${str(d, 'reason')}.`,
    en: `Malformed command: ${pathOf(d)} — ${str(d, 'reason')}.`,
  }),
  'problem-not-recorded': () => ({
    fr: "Ce problème n'a pas encore été enregistré.",
    en: 'This problem has not been recorded yet.',
  }),
  'problem-id-mismatch': (d) => ({
    fr: `La commande vise le problème ${str(d, 'commandProblemId')}, pas ${str(d, 'problemId')}.`,
    en: `The command targets problem ${str(d, 'commandProblemId')}, not ${str(d, 'problemId')}.`,
  }),
  'problem-closed': () => ({
    fr: 'Ce problème est clos : il ne change plus.',
    en: 'This problem is closed: it no longer changes.',
  }),
  'problem-already-resolved': () => ({
    fr: 'Ce problème est déjà résolu : un changement en a supprimé la cause.',
    en: 'This problem is already resolved: a change removed its cause.',
  }),
  'problem-actor-not-allowed': (d) => ({
    fr: `Le technicien ${str(d, 'actorId')} (niveau ${str(d, 'level')}) n'est pas habilité à cette étape (${str(d, 'step')}).`,
    en: `Technician ${str(d, 'actorId')} (level ${str(d, 'level')}) may not take this step (${str(d, 'step')}).`,
  }),
  'problem-time-before-last-event': () => ({
    fr: 'La commande est datée avant le dernier événement du problème.',
    en: "The command is dated before the problem's last event.",
  }),
  'problem-without-incident': () => ({
    fr: 'Un problème est la cause inconnue d’au moins un incident : liez au moins un incident.',
    en: 'A problem is the unknown cause of at least one incident: link at least one incident.',
  }),
  'problem-incident-listed-twice': (d) => ({
    fr: `L'incident ${str(d, 'incident')} figure deux fois dans la commande.`,
    en: `Incident ${str(d, 'incident')} is listed twice in the command.`,
  }),
  'problem-incident-already-linked': (d) => ({
    fr: `L'incident ${str(d, 'incident')} est déjà lié à ce problème.`,
    en: `Incident ${str(d, 'incident')} is already linked to this problem.`,
  }),
  'problem-field-required': (d) => ({
    fr: `Le champ « ${str(d, 'field')} » est obligatoire.`,
    en: `The field "${str(d, 'field')}" is required.`,
  }),
  'problem-field-invalid': (d) => ({
    fr: `Le champ « ${str(d, 'field')} » a une valeur invalide ; valeurs permises : ${str(d, 'allowed')}.`,
    en: `The field "${str(d, 'field')}" has an invalid value; allowed: ${str(d, 'allowed')}.`,
  }),
} as const satisfies { readonly [code: string]: ProblemMessage };

/**
 * A code of {@link sharedProblemViolationMessages}.
 */
export type SharedProblemViolationCode = keyof typeof sharedProblemViolationMessages;

/**
 * The function a command file builds its refusals with: one of its own codes (`messages`)
 * or a shared one, with optional details (kept on the violation, and from which the message
 * is written).
 */
export type ProblemRefusalOf<Own extends string> = (
  code: Own | SharedProblemViolationCode,
  details?: ProblemViolationDetails,
) => RuleViolation<Own | SharedProblemViolationCode>;

/**
 * The {@link ProblemRefusalOf} function of a command whose own codes are those of
 * `messages`.
 *
 * @example
 * ```ts
 * violationsOf({})('problem-field-required', { field: 'cause' }).message.en;
 * //=> 'The field "cause" is required.'
 * ```
 */
export function violationsOf<Own extends string>(
  messages: {
    readonly [K in Own]: ProblemMessage;
  },
): ProblemRefusalOf<Own> {
  return (code, details) => {
    const message = (
      (messages as Readonly<Record<string, ProblemMessage>>)[code] ??
      (sharedProblemViolationMessages as Readonly<Record<string, ProblemMessage>>)[code]
    )?.(details ?? {});
    /* c8 ignore next -- the type allows only known codes */
    if (message === undefined) throw new TypeError(`No message for the code ${code}.`);
    return details === undefined ? { code, message } : { code, message, details };
  };
}

/** Builds a violation with a shared code. */
export const sharedViolation: ProblemRefusalOf<never> = violationsOf({});
