import { type ReportIssue, ruleIssue } from './report-issue.js';
import { isoDateTimeSchema } from './report-schema.js';

/**
 * The report rules an organisation may set: how many minutes the time spent may exceed the
 * span from start to end before it is refused. Times are written to the minute on most
 * forms while clocks keep seconds, so a 10:00:40 → 10:30:10 intervention (29.5 minutes)
 * reported as 30 minutes must pass: the default tolerance is 1 minute. The seed sets no
 * value.
 *
 * @example
 * ```ts
 * defaultReportRules.timeSpentToleranceMinutes;
 * //=> 1
 * ```
 */
export interface ReportRules {
  /** Minutes the time spent may exceed end − start; zero or more. */
  readonly timeSpentToleranceMinutes: number;
}

/**
 * The default {@link ReportRules}: a 1-minute tolerance on the time spent.
 *
 * @example
 * ```ts
 * defaultReportRules;
 * //=> { timeSpentToleranceMinutes: 1 }
 * ```
 */
export const defaultReportRules: ReportRules = Object.freeze({ timeSpentToleranceMinutes: 1 });

/** An own data value of a plain object, or `undefined` (never reads the prototype). */
function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ISO_PARTS = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|([+-])(\d\d):(\d\d))$/;

/**
 * The instant of an ISO 8601 date-time already checked by {@link isoDateTimeSchema}, in
 * milliseconds since the epoch, or `undefined` when it is not one. Parsed by hand from its
 * checked parts, so that the offset is applied exactly as written, years 0000–0099 included
 * (which `Date.UTC` would move to the 1900s); fractions of a second count to the precision of
 * a double (about a microsecond).
 */
export function instantOf(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  if (!isoDateTimeSchema.safeParse(value).success) return undefined;
  const m = ISO_PARTS.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone, sign, oh, om] = m;
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  const offsetMinutes = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  return date.getTime() + Number(`0${fraction ?? ''}`) * 1000 - offsetMinutes * 60_000;
}

const MINUTE = 60_000;

/**
 * The cross-field rules of seed §6.5, checked on the raw document so that they are reported
 * together with every field-level problem: each rule reads only the fields it needs and is
 * skipped when one of them is missing or malformed (that problem is reported by the schema).
 */
export function crossFieldIssues(input: unknown, rules: ReportRules): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const covered = field(input, 'coveredByContract');
  const hasAmount = field(input, 'amount') !== undefined;
  if (covered === false && !hasAmount) {
    issues.push(
      ruleIssue('amount-missing', ['amount'], {
        fr: 'Une intervention hors contrat doit indiquer son montant.',
        en: 'An intervention outside the contract must state its amount.',
      }),
    );
  }
  if (covered === true && hasAmount) {
    issues.push(
      ruleIssue('amount-on-contract', ['amount'], {
        fr: 'Une intervention couverte par le contrat n’a pas de montant.',
        en: 'An intervention covered by the contract has no amount.',
      }),
    );
  }
  if (covered === true && field(input, 'contractNumber') === undefined) {
    issues.push(
      ruleIssue('contract-number-missing', ['contractNumber'], {
        fr: 'Une intervention couverte par le contrat doit indiquer le numéro de contrat du client.',
        en: 'An intervention covered by the contract must state the customer’s contract number.',
      }),
    );
  }
  const user = field(input, 'user');
  if (isRecord(user) && field(user, 'phone') === undefined && field(user, 'email') === undefined) {
    issues.push(
      ruleIssue('user-unreachable', ['user'], {
        fr: 'Les coordonnées de l’utilisateur doivent comporter un téléphone ou une adresse électronique.',
        en: 'The user’s contact details must include a phone number or an email address.',
      }),
    );
  }
  const intervention = field(input, 'intervention');
  if (!isRecord(intervention)) return issues;
  const startedAt = field(intervention, 'startedAt');
  const endedAt = field(intervention, 'endedAt');
  const start = instantOf(startedAt);
  const end = instantOf(endedAt);
  // Stryker disable next-line LogicalOperator: `||` is equivalent: with one instant undefined, `end <= start` is false and the span NaN, which no time spent exceeds.
  if (start !== undefined && end !== undefined) {
    if (end <= start) {
      issues.push(
        ruleIssue(
          'end-not-after-start',
          ['intervention', 'endedAt'],
          {
            fr: 'L’heure de fin doit être postérieure à l’heure de début.',
            en: 'The end time must be after the start time.',
          },
          { startedAt, endedAt },
        ),
      );
    } else {
      const timeSpent = field(intervention, 'timeSpentMinutes');
      const spanMinutes = (end - start) / MINUTE;
      const tolerance = rules.timeSpentToleranceMinutes;
      if (
        typeof timeSpent === 'number' &&
        Number.isInteger(timeSpent) &&
        timeSpent > spanMinutes + tolerance
      ) {
        issues.push(
          ruleIssue(
            'time-spent-exceeds-span',
            ['intervention', 'timeSpentMinutes'],
            {
              fr: `Le temps passé (${timeSpent} min) dépasse la durée entre le début et la fin (${formatMinutes(spanMinutes)} min, tolérance ${tolerance} min).`,
              en: `The time spent (${timeSpent} min) exceeds the span from start to end (${formatMinutes(spanMinutes)} min, tolerance ${tolerance} min).`,
            },
            { timeSpentMinutes: timeSpent, spanMinutes, toleranceMinutes: tolerance },
          ),
        );
      }
    }
  }
  // seed §6.5.2: « La signature du technicien et de l'utilisateur » is a field of every
  // intervention, finished or not (the user signs the visit even when the work goes on).
  if (field(intervention, 'technicianSignature') === undefined) {
    issues.push(
      ruleIssue('signature-missing', ['intervention', 'technicianSignature'], {
        fr: 'Toute intervention doit être signée par le technicien, terminée ou non.',
        en: 'Every intervention must be signed by the technician, finished or not.',
      }),
    );
  }
  if (field(intervention, 'userSignature') === undefined) {
    issues.push(
      ruleIssue('signature-missing', ['intervention', 'userSignature'], {
        fr: 'Toute intervention doit être signée par l’utilisateur, terminée ou non.',
        en: 'Every intervention must be signed by the user, finished or not.',
      }),
    );
  }
  const finished = field(intervention, 'finished');
  if (finished === false && field(intervention, 'followUp') === undefined) {
    issues.push(
      ruleIssue('follow-up-missing', ['intervention', 'followUp'], {
        fr: 'Une intervention non terminée doit indiquer la suite à donner.',
        en: 'An unfinished intervention must state what follows.',
      }),
    );
  }
  return issues;
}

function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}
