import type { RuleViolation } from '../core/rule-violation.js';
import { type Infer, schemaKit as k, type Schema } from '../core/schema.js';
import type { IncidentRef, ProblemId } from './problem-ids.js';
import { type ProblemActor, problemActorLevels } from './problem-policy.js';
import { sharedViolation } from './problem-shared-violations.js';

/*
 * The parts problem commands are made of (the envelope every command carries, the incident
 * list) and the content checks several commands share. Every command file
 * (`commands/<command>.ts`) builds its schema and its decision from these.
 */

const actorSchema: Schema<ProblemActor> = k.object({
  id: k.text(),
  level: k.literals(problemActorLevels),
  group: k.optional(k.text()),
});

/** The fields every problem command carries, as schemas. */
export const commandBase = { problemId: k.text<ProblemId>(), at: k.date(), actor: actorSchema };

const commandBaseSchema = k.object(commandBase);

/**
 * What every problem command carries: the problem it targets, when it is issued (`at`,
 * "now" is always a parameter) and who issues it.
 */
export type ProblemCommandBase = Infer<typeof commandBaseSchema>;

/** The schema of the command of this `type` with these fields besides the envelope. */
export function problemCommandSchema<
  const T extends string,
  const S extends { readonly [key: string]: Schema<unknown> },
>(type: T, shape: S) {
  return k.object({ type: k.literals([type]), ...commandBase, ...shape });
}

/** A list of incident references. */
export const incidentList = k.array(k.text<IncidentRef>());

/*
 * The envelope as the decider reads it (more lenient than the parser on `actor.group`: any
 * string); the rest of a command is checked by its decision.
 */
export const envelopeSchema = k.object({
  problemId: k.text<ProblemId>(),
  at: k.date(),
  actor: k.object({
    id: k.text(),
    level: k.literals(problemActorLevels),
    group: k.optional(k.string()),
  }),
});

/** Whether a value is a non-blank string. */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** The incidents of a command: a non-empty list of distinct references not yet linked. */
export function checkIncidents(
  incidents: unknown,
  alreadyLinked: readonly IncidentRef[],
  out: RuleViolation[],
): void {
  if (!Array.isArray(incidents) || incidents.length === 0) {
    out.push(sharedViolation('problem-without-incident'));
    return;
  }
  const seen = new Set<unknown>();
  for (const incident of incidents as unknown[]) {
    if (!isText(incident)) {
      out.push(
        sharedViolation('problem-field-invalid', {
          field: 'incidents',
          value: incident,
          allowed: 'non-empty incident references',
        }),
      );
    } else if (seen.has(incident)) {
      out.push(sharedViolation('problem-incident-listed-twice', { incident }));
    } else if (alreadyLinked.includes(incident as IncidentRef)) {
      out.push(sharedViolation('problem-incident-already-linked', { incident }));
    }
    seen.add(incident);
  }
}

/** A required text. */
export function requireText(value: unknown, field: string, out: RuleViolation[]): void {
  if (!isText(value)) out.push(sharedViolation('problem-field-required', { field }));
}

/** An optional text: absent, or not blank. */
export function optionalText(value: unknown, field: string, out: RuleViolation[]): void {
  if (value !== undefined && !isText(value)) {
    out.push(sharedViolation('problem-field-invalid', { field, allowed: 'a non-empty text' }));
  }
}

/** Optional keywords: absent, or a list of non-blank texts. */
export function checkKeywords(value: unknown, out: RuleViolation[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every(isText)) {
    out.push(
      sharedViolation('problem-field-invalid', {
        field: 'keywords',
        allowed: 'a list of non-empty texts',
      }),
    );
  }
}

/** `{ [key]: value }`, or `{}` when the value is absent. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}
