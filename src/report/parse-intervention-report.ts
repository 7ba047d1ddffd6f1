import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import type { CompletedInterventionReport, InterventionReport } from './intervention-report.js';
import { ownDataSnapshot, snapshotValueAt } from './own-data-snapshot.js';
import { fieldIssue, type ReportIssue, ruleIssue } from './report-issue.js';
import { reportIssuesFromZod } from './report-issues-from-zod.js';
import { crossFieldIssues, defaultReportRules, type ReportRules } from './report-rules.js';
import { reportSchemaFor } from './report-schema.js';

/**
 * How {@link parseInterventionReport} reads a document.
 *
 * - `unknownKeys`: `'refuse'` (default) reports every key the report does not define as an
 *   `unknown-field` issue, so that a misspelt field (`endAt`) is never silently lost;
 *   `'strip'` drops them, for documents that carry a helpdesk's own extra fields. Either
 *   way no unknown key, `__proto__` included, reaches the result.
 * - `timeSpentToleranceMinutes`: see {@link ReportRules} (default 1).
 */
export interface ParseInterventionReportOptions extends Partial<ReportRules> {
  readonly unknownKeys?: 'refuse' | 'strip';
}

/** The options as plain values, read once; options that cannot be read are a configuration error. */
function readOptions(options: unknown): {
  unknownKeys: unknown;
  timeSpentToleranceMinutes: unknown;
} {
  try {
    if (typeof options !== 'object' || options === null) throw new TypeError('not an object');
    const { unknownKeys, timeSpentToleranceMinutes } = options as Record<string, unknown>;
    return { unknownKeys, timeSpentToleranceMinutes };
  } catch {
    throw new ConfigurationError(
      `parseInterventionReport: options must be an object { unknownKeys?, timeSpentToleranceMinutes? } that can be read, got ${describeValue(options)}.`,
      { path: [], input: options },
    );
  }
}

function settle(input: ParseInterventionReportOptions): {
  unknownKeys: 'refuse' | 'strip';
  rules: ReportRules;
} {
  const options = readOptions(input);
  const unknownKeys = options.unknownKeys ?? 'refuse';
  if (unknownKeys !== 'refuse' && unknownKeys !== 'strip') {
    throw new ConfigurationError(
      `parseInterventionReport: unknownKeys must be 'refuse' or 'strip', got ${describeValue(unknownKeys)}.`,
      { path: ['unknownKeys'], input: unknownKeys },
    );
  }
  const tolerance =
    options.timeSpentToleranceMinutes ?? defaultReportRules.timeSpentToleranceMinutes;
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new ConfigurationError(
      `parseInterventionReport: timeSpentToleranceMinutes must be a finite number of minutes, zero or more, got ${describeValue(tolerance)}.`,
      { path: ['timeSpentToleranceMinutes'], input: tolerance },
    );
  }
  return { unknownKeys, rules: { timeSpentToleranceMinutes: tolerance } };
}

/**
 * Reads an intervention report (seed §6.5) from untrusted data — a form post, a JSON file,
 * another helpdesk's API — and returns it typed, or every problem found: field-level ones
 * (missing, wrong type, bad format, unknown key) and the cross-field rules, each with the
 * `path` of the field and a French and English message. It never throws on any input
 * (cyclic, hostile, accessors that throw: the latter give one `unreadable-input` issue). It
 * reads only the input's own enumerable properties — never an inherited one, so a polluted
 * `Object.prototype` cannot slip a field in — and the report it returns is a fresh object of
 * plain objects and arrays holding only the report's own fields.
 *
 * Cross-field rules: an amount exactly when the intervention is outside the contract, a
 * contract number when it is covered; a phone or an email for the user; the end after the
 * start; the time spent at most end − start (plus the tolerance); every intervention,
 * finished or not, signed by the technician and the user (`signature-missing`, seed §6.5.2);
 * an unfinished one says what follows. Who may sign for the customer is not a parse rule:
 * see {@link signatureBinding}. Lengths are checked before any pattern, so a 10 MB e-mail
 * address is `text-too-long`.
 *
 * @see seed §6.5.1, §6.5.2
 * @throws ConfigurationError when an option is invalid or cannot be read (never because of
 * the input).
 * @example
 * ```ts
 * const result = parseInterventionReport({
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89' },
 *   coveredByContract: false,
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'Paper jam reported, none found.',
 *   interventionNature: 'On-site repair',
 * });
 * result.ok ? [] : result.error.map((issue) => [issue.code, issue.path.join('.')]);
 * //=> [['amount-missing', 'amount']]
 * ```
 */
export function parseInterventionReport(
  input: unknown,
  options: ParseInterventionReportOptions = {},
): Result<InterventionReport, readonly ReportIssue[]> {
  const { unknownKeys, rules } = settle(options);
  try {
    const data = ownDataSnapshot(input);
    const parsed = reportSchemaFor(unknownKeys).safeParse(data);
    const issues = parsed.success
      ? []
      : parsed.error.issues.flatMap((issue) =>
          reportIssuesFromZod(issue, snapshotValueAt(data, issue.path)),
        );
    issues.push(...crossFieldIssues(data, rules));
    if (issues.length > 0 || !parsed.success) {
      return err(issues);
    }
    // Every cross-field rule held: the discriminated types are guaranteed.
    return ok(parsed.data as InterventionReport);
  } catch (error) {
    return err([
      ruleIssue(
        'unreadable-input',
        [],
        {
          fr: 'Le document n’a pas pu être lu : une de ses propriétés lève une erreur à la lecture.',
          en: 'The document could not be read: one of its properties throws when read.',
        },
        { error: describeThrown(error) },
      ),
    ]);
  }
}

/**
 * Like {@link parseInterventionReport}, and also requires the part filled in during the
 * intervention (seed §6.5.2): a report as created is refused with a `required` issue at
 * `['intervention']`. Use it where an intervention is recorded as done.
 *
 * @see seed §6.5.2
 * @throws ConfigurationError when an option is invalid (never because of the input).
 * @example
 * ```ts
 * const result = parseCompletedInterventionReport({
 *   interventionNumber: 'INT-2026-0042',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-2026-118',
 *   equipment: [{ identifier: 'PRN-0042' }],
 *   incidentDescription: 'Paper jam reported, none found.',
 *   interventionNature: 'On-site repair',
 * });
 * result.ok ? [] : result.error.map((issue) => [issue.code, issue.path.join('.')]);
 * //=> [['required', 'intervention']]
 * ```
 */
export function parseCompletedInterventionReport(
  input: unknown,
  options: ParseInterventionReportOptions = {},
): Result<CompletedInterventionReport, readonly ReportIssue[]> {
  const result = parseInterventionReport(input, options);
  const missing = fieldIssue('required', ['intervention'], {
    fr: (f) => `${f} est obligatoire.`,
    en: (f) => `${f} is required.`,
  });
  if (!result.ok) {
    // Stryker disable next-line MethodExpression: `every` is equivalent: an unreadable result holds that one issue alone, any other result (never empty) none.
    const unreadable = result.error.some((issue) => issue.code === 'unreadable-input');
    return unreadable || interventionGiven(input) ? result : err([...result.error, missing]);
  }
  const report = result.value;
  return report.intervention === undefined ? err([missing]) : ok(report);
}

/** What was thrown, as text, without ever throwing itself (the thrown value is hostile too). */
function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) {
      // Stryker disable next-line OptionalChaining: without `?.`, an Error with no own message throws here, and the catch below describes it exactly as the fall-through does.
      const message = Object.getOwnPropertyDescriptor(error, 'message')?.value;
      if (typeof message === 'string') {
        return message.length > 200 ? `${message.slice(0, 200)}…` : message;
      }
    }
  } catch {
    // A Proxy thrown as an error: described below without running its code.
  }
  if (typeof error === 'string') return error.length > 200 ? `${error.slice(0, 200)}…` : error;
  const described = describeValue(error);
  return described === 'an object without prototype' || described === 'an unreadable object'
    ? 'an unprintable value was thrown'
    : described;
}

function interventionGiven(input: unknown): boolean {
  try {
    return (
      typeof input === 'object' &&
      input !== null &&
      Object.hasOwn(input, 'intervention') &&
      (input as { intervention?: unknown }).intervention !== undefined
    );
  } catch {
    return true;
  }
}
