import * as z from 'zod';
import { partKinds } from './intervention-report.js';
import { type ReportFieldKey, reportFieldLabels } from './report-labels.js';

/**
 * The bounds a report's fields must respect, so that a hostile document cannot make the
 * parser hold megabytes: short texts (numbers, names, roles) and long texts (descriptions),
 * in UTF-16 code units, and list sizes.
 *
 * @example
 * ```ts
 * reportFieldLimits.shortText;
 * //=> 200
 * ```
 */
export const reportFieldLimits = {
  /** Identifiers, names, roles, references. */
  shortText: 200,
  /** Descriptions of the incident, of the work, of what follows. */
  longText: 10_000,
  /** Equipment concerned by one intervention. */
  equipment: 100,
  /** Parts supplied or exchanged during one intervention. */
  parts: 500,
  /** The largest quantity of one part. */
  quantity: 10_000,
} as const;

/** The pattern that refuses blank texts; matched by source when mapping issues. */
export const NOT_BLANK = /\S/;
/** A phone number: digits, spaces, `+ ( ) . -`, at least three digits. */
export const PHONE = /^(?=(?:\D*\d){3})\+?[0-9 ().-]{3,40}$/;
/** An ISO 4217 currency code. */
export const CURRENCY = /^[A-Z]{3}$/;

/** Metadata the JSON Schema carries for each field: its English title, its French name. */
export const reportSchemaMetadata = /* @__PURE__ */ z.registry<{
  title: string;
  description: string;
}>();

function labelled<T extends z.ZodType>(schema: T, key: ReportFieldKey): T {
  const label = reportFieldLabels[key];
  reportSchemaMetadata.add(schema, { title: label.en, description: label.fr });
  return schema;
}

function isoDateTime() {
  return capped(
    maxFormattedLength.dateTime,
    z.iso.datetime({ offset: true }).max(maxFormattedLength.dateTime),
  );
}

function shortText(key: ReportFieldKey) {
  return labelled(z.string().max(reportFieldLimits.shortText).regex(NOT_BLANK), key);
}

function longText(key: ReportFieldKey) {
  return labelled(z.string().max(reportFieldLimits.longText).regex(NOT_BLANK), key);
}

/** The longest date-time, phone number or e-mail address read before its format is checked. */
const maxFormattedLength = { dateTime: 64, phone: 64 } as const;

/** An ISO 8601 date-time with seconds and a UTC offset (`Z` or `±hh:mm`). */
export const isoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/**
 * A text whose length is checked before its format: a pipe stops at the length check, so a
 * 10 MB value is reported as too long and never reaches the format's regular expression
 * (which could overflow the stack on it). `format` is a fresh schema for each field, so that
 * each field's label stays its own in the JSON Schema.
 */
function capped<T extends z.ZodType<string, string>>(max: number, format: T) {
  return z.string().max(max).pipe(format);
}

/** How unknown keys are treated: refused (reported) or stripped (silently dropped). */
export type UnknownKeys = 'refuse' | 'strip';

/**
 * The structure of an intervention report, with the `intervention` part optional; the
 * cross-field rules are checked separately (see `report-rules.ts`) so that every problem
 * is reported in one pass.
 */
export function buildInterventionReportSchema(unknownKeys: UnknownKeys) {
  const object = unknownKeys === 'refuse' ? z.strictObject : z.object;
  const signature = (who: 'technicianSignature' | 'userSignature') =>
    labelled(
      object({
        name: shortText(`intervention.${who}.name`),
        role: shortText(`intervention.${who}.role`),
      }),
      `intervention.${who}`,
    );
  const intervention = labelled(
    object({
      parts: labelled(
        z
          .array(
            object({
              reference: shortText('intervention.parts.reference'),
              description: longText('intervention.parts.description').exactOptional(),
              quantity: labelled(
                z.int().min(1).max(reportFieldLimits.quantity),
                'intervention.parts.quantity',
              ),
              kind: labelled(z.enum(partKinds), 'intervention.parts.kind'),
            }),
          )
          .max(reportFieldLimits.parts),
        'intervention.parts',
      ),
      timeSpentMinutes: labelled(z.int().min(0), 'intervention.timeSpentMinutes'),
      // One schema object per field: a shared one would carry the last label given to it.
      startedAt: labelled(isoDateTime(), 'intervention.startedAt'),
      endedAt: labelled(isoDateTime(), 'intervention.endedAt'),
      workDone: longText('intervention.workDone'),
      finished: labelled(z.boolean(), 'intervention.finished'),
      followUp: longText('intervention.followUp').exactOptional(),
      // seed §6.5.2 lists « la signature du technicien et de l'utilisateur » among the fields of
      // every intervention, finished or not: both are required.
      technicianSignature: signature('technicianSignature'),
      userSignature: signature('userSignature'),
    }),
    'intervention',
  );
  return object({
    interventionNumber: shortText('interventionNumber'),
    ticketId: shortText('ticketId').exactOptional(),
    user: labelled(
      object({
        name: shortText('user.name'),
        phone: labelled(
          capped(maxFormattedLength.phone, z.string().max(maxFormattedLength.phone).regex(PHONE)),
          'user.phone',
        ).exactOptional(),
        email: labelled(
          capped(reportFieldLimits.shortText, z.email().max(reportFieldLimits.shortText)),
          'user.email',
        ).exactOptional(),
        address: longText('user.address').exactOptional(),
      }),
      'user',
    ),
    coveredByContract: labelled(z.boolean(), 'coveredByContract'),
    contractNumber: shortText('contractNumber').exactOptional(),
    amount: labelled(
      object({
        minorUnits: labelled(z.int().min(0), 'amount.minorUnits'),
        currency: labelled(z.string().regex(CURRENCY), 'amount.currency'),
      }),
      'amount',
    ).exactOptional(),
    equipment: labelled(
      z
        .array(
          object({
            identifier: shortText('equipment.identifier'),
            description: longText('equipment.description').exactOptional(),
          }),
        )
        .min(1)
        .max(reportFieldLimits.equipment),
      'equipment',
    ),
    incidentDescription: longText('incidentDescription'),
    interventionNature: shortText('interventionNature'),
    intervention: intervention.exactOptional(),
  });
}

const schemas: { refuse?: ReportSchema; strip?: ReportSchema } = {};

/** The report's zod schema built by {@link buildInterventionReportSchema}. */
export type ReportSchema = ReturnType<typeof buildInterventionReportSchema>;

/** The report schema for a mode, built once on first use. */
export function reportSchemaFor(unknownKeys: UnknownKeys): ReportSchema {
  const cached = schemas[unknownKeys];
  if (cached !== undefined) return cached;
  const built = buildInterventionReportSchema(unknownKeys);
  schemas[unknownKeys] = built;
  return built;
}
