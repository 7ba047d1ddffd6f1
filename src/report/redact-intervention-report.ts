import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { InterventionReport, Signature, UserContact } from './intervention-report.js';
import type { ReportFieldKey } from './report-labels.js';

/**
 * The fields of a report that hold the user's personal data, which
 * {@link redactInterventionReport} always masks or strips: the user's name, phone, email and
 * address, and the name of whoever signed for the customer.
 *
 * @example
 * ```ts
 * personalReportFields.includes('user.email');
 * //=> true
 * ```
 */
export const personalReportFields = [
  'user.name',
  'user.phone',
  'user.email',
  'user.address',
  'intervention.userSignature.name',
] as const satisfies readonly ReportFieldKey[];

/**
 * What replaces a masked value by default.
 *
 * @example
 * ```ts
 * redactionMarker;
 * //=> '[redacted]'
 * ```
 */
export const redactionMarker = '[redacted]';

/**
 * How {@link redactInterventionReport} treats personal data.
 *
 * - `optionalFields`: `'mask'` (default) replaces the user's phone, email and address by the
 *   marker, so the export shows they existed; `'strip'` removes them. Required fields (the
 *   names) are always masked, never removed, so the report keeps its shape.
 * - `technician`: `'keep'` (default) leaves the technician's signature as it is (an
 *   employee acting in their role, needed to follow the work); `'mask'` masks their name too.
 * - `marker`: the text that replaces a masked value (default {@link redactionMarker}).
 */
export interface RedactionOptions {
  readonly optionalFields?: 'mask' | 'strip';
  readonly technician?: 'keep' | 'mask';
  readonly marker?: string;
}

/**
 * A copy of a report without the user's personal data, for export (statistics, a supplier,
 * an archive): every field of {@link personalReportFields} is masked with a fixed marker (the
 * same output for the same input, whatever the values were), or stripped when optional and
 * `optionalFields: 'strip'`. Applying it twice gives the same report as once. Everything
 * else is kept — roles, equipment, times, amounts — and so is free text (incident and work
 * descriptions, follow-up): the library cannot tell a name written in prose, so review or
 * drop those fields yourself if users write personal data there.
 *
 * A redacted report keeps the report's type and shape, but its masked contact fields no
 * longer pass {@link parseInterventionReport}'s format checks: it is an export, not a report
 * to act on.
 *
 * @throws ConfigurationError when `options` is not an object, an option is not one of its
 * allowed values, or the options cannot be read (a getter or a Proxy trap that throws).
 * @throws TypeError when `report` is not an object, its `user` not an object, its
 * `intervention` or a signature not an object when given, or when the report cannot be read
 * as plain data (a getter or a Proxy trap that throws); each field is read once, and the
 * message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * const redacted = redactInterventionReport({
 *   interventionNumber: 'INT-1',
 *   user: { name: 'Claire Martin', phone: '+33 1 23 45 67 89', address: '3 rue des Lilas' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-1',
 *   equipment: [{ identifier: 'PC-7' }],
 *   incidentDescription: 'Will not boot.',
 *   interventionNature: 'On-site repair',
 * }, { optionalFields: 'strip' });
 * redacted.user;
 * //=> { name: '[redacted]' }
 * ```
 */
export function redactInterventionReport<R extends InterventionReport>(
  report: R,
  options: RedactionOptions = {},
): R {
  const { optionalFields, technician, marker } = guardInput(
    'redactInterventionReport',
    () => readOptions(options),
    'ConfigurationError',
  );
  return guardInput('redactInterventionReport', () => {
    const hide = (value: unknown) =>
      value === undefined || optionalFields === 'strip' ? undefined : marker;
    const fields = ownFields(report, 'report', 'an intervention report');
    const contact = ownFields(fields.user, 'report.user', 'the user contact { name, phone, … }');
    const user: UserContact = withoutUndefined({
      name: marker,
      phone: hide(contact.phone),
      email: hide(contact.email),
      address: hide(contact.address),
    });
    const masked = (signature: unknown, path: string): Signature | undefined =>
      signature === undefined
        ? undefined
        : ({
            ...ownFields(signature, path, 'a signature { name, role }'),
            name: marker,
          } as Signature);
    let intervention: Record<string, unknown> | undefined;
    if (fields.intervention !== undefined) {
      const details = ownFields(
        fields.intervention,
        'report.intervention',
        'the intervention details',
      );
      const { technicianSignature } = details;
      intervention = withoutUndefined({
        ...details,
        userSignature: masked(details.userSignature, 'report.intervention.userSignature'),
        technicianSignature:
          technician === 'mask'
            ? masked(technicianSignature, 'report.intervention.technicianSignature')
            : technicianSignature,
      });
    }
    return withoutUndefined({ ...fields, user, intervention }) as unknown as R;
  });
}

/** The options, each read once and checked. */
function readOptions(options: unknown): {
  readonly optionalFields: 'mask' | 'strip';
  readonly technician: 'keep' | 'mask';
  readonly marker: string;
} {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError(
      `redactInterventionReport: options must be { optionalFields?, technician?, marker? }, got ${describeValue(options)}.`,
      { path: [], input: options },
    );
  }
  const {
    optionalFields = 'mask',
    technician = 'keep',
    marker = redactionMarker,
  } = options as Record<string, unknown>;
  if (optionalFields !== 'mask' && optionalFields !== 'strip') {
    throw new ConfigurationError(
      `redactInterventionReport: optionalFields must be 'mask' or 'strip', got ${describeValue(optionalFields)}.`,
      { path: ['optionalFields'], input: optionalFields },
    );
  }
  if (technician !== 'keep' && technician !== 'mask') {
    throw new ConfigurationError(
      `redactInterventionReport: technician must be 'keep' or 'mask', got ${describeValue(technician)}.`,
      { path: ['technician'], input: technician },
    );
  }
  if (typeof marker !== 'string') {
    throw new ConfigurationError(
      `redactInterventionReport: marker must be a string, got ${describeValue(marker)}.`,
      { path: ['marker'], input: marker },
    );
  }
  return { optionalFields, technician, marker };
}

/** A copy of an object's own enumerable fields, each read once; anything else is refused. */
function ownFields(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) {
    throw inputError(
      `redactInterventionReport: ${path} must be ${expected}, got ${describeValue(value)}.`,
    );
  }
  return { ...value };
}

/** Drops the keys whose value is `undefined` (the report's types are exact-optional). */
function withoutUndefined<T extends object>(
  value: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
