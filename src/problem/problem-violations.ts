import { describeValue } from '../core/describe-value.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { RuleViolation } from '../core/rule-violation.js';

/**
 * Every code the problem decider refuses with. Codes are stable: safe to switch on, to
 * store and to translate.
 *
 * | code | refused when |
 * | --- | --- |
 * | `problem-unknown-command` | the command's `type` is not a problem command |
 * | `problem-malformed-command` | {@link parseProblemCommand} found a field missing or of the wrong type |
 * | `problem-already-recorded` | `record-problem` on a problem already recorded |
 * | `problem-not-recorded` | any other command before the problem is recorded |
 * | `problem-id-mismatch` | the command names another problem than the state's |
 * | `problem-closed` | any command on a closed problem |
 * | `problem-already-resolved` | linking, investigating or resolving again once resolved |
 * | `problem-already-known-error` | `declare-known-error` on a known error |
 * | `problem-not-known-error` | `resolve-problem` before the problem is a known error |
 * | `problem-not-resolved` | `close-problem` before the problem is resolved |
 * | `problem-actor-not-allowed` | the policy does not let the actor take this step |
 * | `problem-time-before-last-event` | the command is dated before the problem's last event |
 * | `problem-without-incident` | recording or linking with an empty incident list |
 * | `problem-incident-listed-twice` | the same incident twice in one command |
 * | `problem-incident-already-linked` | the incident is already linked to the problem |
 * | `problem-field-required` | a required text (title, cause, solution, change) is empty |
 * | `problem-field-invalid` | a field has a value outside its allowed set |
 * | `problem-cause-unknown` | declaring a known error without a recorded cause |
 * | `problem-no-workaround` | declaring a known error without a workaround or fix |
 *
 * @see seed §4.4
 * @example
 * ```ts
 * problemViolationCodes.includes('problem-cause-unknown');
 * //=> true
 * ```
 */
export const problemViolationCodes = [
  'problem-unknown-command',
  'problem-malformed-command',
  'problem-already-recorded',
  'problem-not-recorded',
  'problem-id-mismatch',
  'problem-closed',
  'problem-already-resolved',
  'problem-already-known-error',
  'problem-not-known-error',
  'problem-not-resolved',
  'problem-actor-not-allowed',
  'problem-time-before-last-event',
  'problem-without-incident',
  'problem-incident-listed-twice',
  'problem-incident-already-linked',
  'problem-field-required',
  'problem-field-invalid',
  'problem-cause-unknown',
  'problem-no-workaround',
] as const;

/**
 * A code of {@link problemViolationCodes}.
 *
 * @example
 * ```ts
 * const code: ProblemViolationCode = 'problem-not-resolved';
 * code;
 * //=> 'problem-not-resolved'
 * ```
 */
export type ProblemViolationCode = (typeof problemViolationCodes)[number];

/**
 * A refusal of the problem decider: a {@link RuleViolation} with a
 * {@link ProblemViolationCode}.
 *
 * @example
 * ```ts
 * const v: ProblemViolation = problemViolation('problem-cause-unknown');
 * v.message.en;
 * //=> 'A problem becomes a known error only once its cause is recorded.'
 * ```
 */
export type ProblemViolation = RuleViolation<ProblemViolationCode>;

type Details = Readonly<Record<string, unknown>>;

const str = (details: Details, key: string): string => {
  const value = details[key];
  return typeof value === 'string' ? value : value === undefined ? '?' : describeValue(value);
};

const pathOf = (details: Details): string => {
  const path = details.path;
  return Array.isArray(path) && path.length > 0 ? path.join('.') : '(command)';
};

const messages: { readonly [C in ProblemViolationCode]: (d: Details) => LocalizedText } = {
  'problem-unknown-command': (d) => ({
    fr: `Commande inconnue pour un problème : ${str(d, 'type')}.`,
    en: `Unknown problem command: ${str(d, 'type')}.`,
  }),
  'problem-malformed-command': (d) => ({
    fr: `Commande mal formée : ${pathOf(d)} — ${str(d, 'reason')}.`,
    en: `Malformed command: ${pathOf(d)} — ${str(d, 'reason')}.`,
  }),
  'problem-already-recorded': () => ({
    fr: 'Ce problème est déjà enregistré.',
    en: 'This problem is already recorded.',
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
  'problem-already-known-error': () => ({
    fr: 'Ce problème est déjà une erreur connue.',
    en: 'This problem is already a known error.',
  }),
  'problem-not-known-error': () => ({
    fr: "Un problème n'est résolu qu'une fois devenu erreur connue (cause et contournement identifiés).",
    en: 'A problem is resolved only once it is a known error (cause and workaround identified).',
  }),
  'problem-not-resolved': () => ({
    fr: "Un problème n'est clos qu'une fois résolu par un changement.",
    en: 'A problem is closed only once a change has resolved it.',
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
  'problem-cause-unknown': () => ({
    fr: "Un problème ne devient une erreur connue qu'une fois sa cause enregistrée.",
    en: 'A problem becomes a known error only once its cause is recorded.',
  }),
  'problem-no-workaround': () => ({
    fr: "Un problème ne devient une erreur connue qu'une fois une solution de contournement provisoire ou permanente identifiée.",
    en: 'A problem becomes a known error only once a temporary workaround or a permanent fix is identified.',
  }),
};

/**
 * Builds the {@link ProblemViolation} of `code`, its fr/en message filled from `details`
 * (which are also kept on the violation).
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * problemViolation('problem-field-required', { field: 'cause' }).message.fr;
 * //=> 'Le champ « cause » est obligatoire.'
 * ```
 */
export function problemViolation(code: ProblemViolationCode, details?: Details): ProblemViolation {
  const message = messages[code](details ?? {});
  return details === undefined ? { code, message } : { code, message, details };
}
