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

function shortText(key: ReportFieldKey) {
  return labelled(z.string().max(reportFieldLimits.shortText).regex(NOT_BLANK), key);
}

function longText(key: ReportFieldKey) {
  return labelled(z.string().max(reportFieldLimits.longText).regex(NOT_BLANK), key);
}

/** An ISO 8601 date-time with seconds and a UTC offset (`Z` or `±hh:mm`). */
export const isoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

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
      startedAt: labelled(isoDateTimeSchema, 'intervention.startedAt'),
      endedAt: labelled(isoDateTimeSchema, 'intervention.endedAt'),
      workDone: longText('intervention.workDone'),
      finished: labelled(z.boolean(), 'intervention.finished'),
      followUp: longText('intervention.followUp').exactOptional(),
      technicianSignature: signature('technicianSignature').exactOptional(),
      userSignature: signature('userSignature').exactOptional(),
    }),
    'intervention',
  );
  return object({
    interventionNumber: shortText('interventionNumber'),
    ticketId: shortText('ticketId').exactOptional(),
    user: labelled(
      object({
        name: shortText('user.name'),
        phone: labelled(z.string().regex(PHONE), 'user.phone').exactOptional(),
        email: labelled(z.email().max(reportFieldLimits.shortText), 'user.email').exactOptional(),
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
