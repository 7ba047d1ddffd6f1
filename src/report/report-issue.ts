import type { LocalizedText } from '../core/localized-text.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { reportFieldKeyOf, reportFieldLabels } from './report-labels.js';

/**
 * The stable codes of the problems {@link parseInterventionReport} reports: first the
 * field-level ones (a field missing, of the wrong type, badly formatted…), then the
 * cross-field rules of seed §6.5.
 *
 * @example
 * ```ts
 * reportIssueCodes.includes('amount-missing');
 * //=> true
 * ```
 */
export const reportIssueCodes = [
  'required',
  'wrong-type',
  'not-an-integer',
  'blank-text',
  'text-too-long',
  'too-small',
  'too-large',
  'too-few-items',
  'too-many-items',
  'invalid-format',
  'invalid-option',
  'unknown-field',
  'invalid-value',
  'unreadable-input',
  'amount-missing',
  'amount-on-contract',
  'contract-number-missing',
  'user-unreachable',
  'end-not-after-start',
  'time-spent-exceeds-span',
  'signature-missing',
  'follow-up-missing',
] as const;

/**
 * A code of {@link reportIssueCodes}.
 */
export type ReportIssueCode = (typeof reportIssueCodes)[number];

/**
 * One problem found in an intervention report: a {@link RuleViolation} located by the
 * `path` of the offending field (keys and array positions; `[]` is the whole document).
 *
 * @example
 * ```ts
 * const issue: ReportIssue = {
 *   code: 'required',
 *   path: ['intervention', 'endedAt'],
 *   message: {
 *     fr: 'Le champ « Heure de fin » est obligatoire.',
 *     en: 'The field “End time” is required.',
 *   },
 * };
 * issue.path.join('.');
 * //=> 'intervention.endedAt'
 * ```
 */
export interface ReportIssue extends RuleViolation<ReportIssueCode> {
  /** Where the problem is: keys and array positions from the document's root. */
  readonly path: readonly (string | number)[];
}

/** The field's label for messages: the report's own label, else the raw key. */
function fieldName(path: readonly (string | number)[]): LocalizedText {
  const key = reportFieldKeyOf(path);
  if (key !== undefined) return reportFieldLabels[key];
  const raw = String(path[path.length - 1] ?? '').slice(0, 80);
  return { fr: raw, en: raw };
}

/**
 * Builds a field-level issue whose message names the field, in French and English.
 * `say` receives the sentence's subject in each language (« Le champ « Heure de fin » »,
 * “The field “End time””, or “The document” at the root) and returns the message.
 */
export function fieldIssue(
  code: ReportIssueCode,
  path: readonly (string | number)[],
  say: { fr: (field: string) => string; en: (field: string) => string },
  details?: Readonly<Record<string, unknown>>,
): ReportIssue {
  const name = fieldName(path);
  const message = {
    fr: say.fr(path.length === 0 ? 'Le document' : `Le champ « ${name.fr} »`),
    en: say.en(path.length === 0 ? 'The document' : `The field “${name.en}”`),
  };
  return details === undefined ? { code, path, message } : { code, path, message, details };
}

/** Builds a cross-field issue with a fixed message. */
export function ruleIssue(
  code: ReportIssueCode,
  path: readonly (string | number)[],
  message: LocalizedText,
  details?: Readonly<Record<string, unknown>>,
): ReportIssue {
  return details === undefined ? { code, path, message } : { code, path, message, details };
}
