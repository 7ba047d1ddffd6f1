import * as z from 'zod';
import { reportSchemaFor, reportSchemaMetadata } from './report-schema.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const when = (field: string, value: boolean) => ({
  properties: { [field]: { const: value } },
  required: [field],
});

function ifThen(condition: object, consequence: object): object {
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's `then` keyword, not a thenable.
  return { if: condition, then: consequence };
}

/** The cross-field rules JSON Schema can say (the time rules it cannot). */
const crossFieldRules = [
  ifThen(when('coveredByContract', false), { required: ['amount'] }),
  ifThen(when('coveredByContract', true), {
    required: ['contractNumber'],
    not: { required: ['amount'] },
  }),
  {
    properties: {
      user: { anyOf: [{ required: ['phone'] }, { required: ['email'] }] },
      intervention: {
        allOf: [
          ifThen(when('finished', true), { required: ['technicianSignature', 'userSignature'] }),
          ifThen(when('finished', false), { required: ['followUp'] }),
        ],
      },
    },
  },
];

function buildJsonSchema(): Readonly<Record<string, unknown>> {
  const generated = z.toJSONSchema(reportSchemaFor('refuse'), {
    target: 'draft-2020-12',
    metadata: reportSchemaMetadata,
  });
  const { $schema, ...rest } = generated;
  return deepFreeze({
    $schema,
    $id: 'urn:service-desk-rules:intervention-report',
    title: 'Intervention report (compte rendu d’intervention)',
    description:
      'An intervention report as in seed §6.5 of service-desk-rules. Also checked by parseInterventionReport, not expressible here: the end time is after the start time, and the time spent is at most the span from start to end plus a tolerance (1 minute by default).',
    ...rest,
    allOf: crossFieldRules,
  });
}

/**
 * The JSON Schema (draft 2020-12) of an intervention report, generated from the same zod
 * schema {@link parseInterventionReport} uses, for helpdesks that do not run TypeScript.
 * Each field carries its English label as `title` and the seed's French name as
 * `description`; unknown keys are refused (`additionalProperties: false`). The cross-field
 * rules JSON Schema can express are in `allOf` (an amount exactly when not covered, a
 * contract number when covered, a phone or an email, signatures when finished, a follow-up
 * when not); the time rules (end after start, time spent within the span) are checked by
 * {@link parseInterventionReport} only. The same document is in
 * `docs/schemas/intervention-report.schema.json`. Frozen.
 *
 * @see seed §6.5
 * @example
 * ```ts
 * interventionReportJsonSchema.$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 * ```
 */
export const interventionReportJsonSchema: Readonly<Record<string, unknown>> =
  /* @__PURE__ */ buildJsonSchema();

/**
 * The text of `docs/schemas/intervention-report.schema.json`: {@link interventionReportJsonSchema}
 * as JSON, indented by two spaces, with a final newline.
 *
 * @example
 * ```ts
 * interventionReportJsonSchemaText().endsWith('}\n');
 * //=> true
 * ```
 */
export function interventionReportJsonSchemaText(): string {
  return `${JSON.stringify(interventionReportJsonSchema, null, 2)}\n`;
}
