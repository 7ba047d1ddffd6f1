import * as z from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { withoutUndefined } from '../core/without-undefined.js';
import { type ProblemCommand, problemCommandTypes } from './problem-commands.js';
import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import { solutionKinds } from './problem-status.js';
import { type ProblemViolation, problemViolation } from './problem-violations.js';

const text = z.string().trim().min(1);
const date = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), 'Invalid date');
const actor = z.object({
  id: text,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  group: text.optional(),
});
const base = {
  problemId: text.transform((s) => s as ProblemId),
  at: date,
  actor,
};
const incidents = z.array(text.transform((s) => s as IncidentRef));

const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('record-problem'),
    ...base,
    title: text,
    incidents,
    symptom: text.optional(),
    equipment: text.optional(),
    category: text.optional(),
    keywords: z.array(text).optional(),
    description: text.optional(),
  }),
  z.object({ type: z.literal('link-incidents'), ...base, incidents }),
  z.object({ type: z.literal('record-cause'), ...base, cause: text }),
  z.object({
    type: z.literal('record-solution'),
    ...base,
    kind: z.enum(solutionKinds),
    description: text,
    internalNote: text.optional(),
  }),
  z.object({ type: z.literal('declare-known-error'), ...base }),
  z.object({
    type: z.literal('resolve-problem'),
    ...base,
    change: text.transform((s) => s as ChangeRef),
  }),
  z.object({ type: z.literal('close-problem'), ...base }),
]);

/**
 * Checks an untrusted problem command (plain JavaScript, or JSON with ISO 8601 dates) and
 * returns it typed, with its ids branded and its texts trimmed, or the reasons it is refused:
 * `problem-unknown-command` when its `type` is not a command, else one
 * `problem-malformed-command` per problem with its `details.path`. Unknown keys are dropped.
 * Never throws. Nothing is decided: pass the result to {@link decideProblem}.
 *
 * @example
 * ```ts
 * const r = parseProblemCommand({
 *   type: 'resolve-problem',
 *   problemId: 'PB-1',
 *   at: '2026-03-10T16:00:00Z',
 *   actor: { id: 'n2-ana', level: 2 },
 *   change: ' CHG-77 ',
 * });
 * r.ok && [r.value.at.toISOString(), r.value.type === 'resolve-problem' && r.value.change];
 * //=> ['2026-03-10T16:00:00.000Z', 'CHG-77']
 * const bad = parseProblemCommand({ type: 'close-problem', problemId: 'PB-1', at: 'hier', actor: { id: 'x', level: 4 } });
 * bad.ok ? [] : bad.error.map((v) => v.details?.path);
 * //=> [['at'], ['actor', 'level']]
 * ```
 */
export function parseProblemCommand(input: unknown): Result<ProblemCommand, ProblemViolation[]> {
  const type =
    typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (!(problemCommandTypes as readonly unknown[]).includes(type)) {
    return err([
      problemViolation('problem-unknown-command', {
        type: typeof type === 'string' ? type : String(type),
        expected: [...problemCommandTypes],
      }),
    ]);
  }
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return ok(withoutUndefined(parsed.data) as ProblemCommand);
  return err(
    parsed.error.issues.map((issue) =>
      problemViolation('problem-malformed-command', {
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        reason: issue.message,
      }),
    ),
  );
}
