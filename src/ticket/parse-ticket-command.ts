import * as z from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { withoutUndefined } from '../core/without-undefined.js';
import { timeShortageNotices } from '../handling/handoff.js';
import { impacts, priorities, urgencies } from '../qualification/levels.js';
import { assertWorkingDuration } from '../sla/working-duration.js';
import {
  equipmentKinds,
  equipmentSwapArrangements,
  pauseReasons,
  solutionNatures,
  type TicketCommand,
  ticketCommandTypes,
} from './ticket-commands.js';
import type { InterventionId, ProblemId, TechnicianId, TicketId } from './ticket-ids.js';
import { type TicketViolation, ticketViolation } from './ticket-violations.js';

const text = z.string().trim().min(1);
const date = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (v instanceof Date ? v : new Date(v)))
  .refine((d) => !Number.isNaN(d.getTime()), 'Invalid date');
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const actor = z.object({ id: text.transform((s) => s as TechnicianId), level });
const interventionRef = text.transform((s) => s as InterventionId);
const base = { at: date, actor };

const workingDuration = z.unknown().superRefine((value, ctx) => {
  try {
    assertWorkingDuration(value);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
  }
});

const commitment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('best-service') }),
  z.object({ kind: z.literal('contractual-delay'), within: workingDuration }),
  z.object({ kind: z.literal('arrival-time'), at: date }),
  z.object({ kind: z.literal('duration'), durationMs: z.number().positive().finite() }),
]);

const note = z.object({ diagnosis: z.string().trim(), done: z.string().trim() });

const situation = z.discriminatedUnion('cause', [
  z.object({ cause: z.literal('beyond-competence') }),
  z.object({ cause: z.literal('not-enough-time'), noticed: z.enum(timeShortageNotices) }),
  z.object({ cause: z.literal('procedure-exhausted') }),
  z.object({ cause: z.literal('level-1-task-failed') }),
]);

const commandSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('open'),
    ...base,
    ticketId: text.transform((s) => s as TicketId),
    caller: z.object({ name: text, contact: z.string(), vip: z.boolean().optional() }),
    contract: z.object({
      id: text,
      equipmentSwap: z.enum(equipmentSwapArrangements).optional(),
      entitlement: z
        .object({ onSite: z.boolean(), interventionDelay: workingDuration.optional() })
        .optional(),
    }),
    equipment: z.object({
      kind: z.enum(equipmentKinds),
      make: text,
      model: text,
      assetId: z.string().optional(),
    }),
    environment: z.object({
      network: z.string(),
      operatingSystem: z.string(),
      software: z.array(z.string()),
    }),
    description: text,
  }),
  z.object({
    type: z.literal('qualify'),
    ...base,
    impact: z.enum(impacts),
    urgency: z.enum(urgencies),
    priority: z.union(priorities.map((p) => z.literal(p))).optional(),
    reason: z.string().optional(),
  }),
  z.discriminatedUnion('mode', [
    z.object({ type: z.literal('take-in-charge'), ...base, mode: z.literal('direct') }),
    z.object({
      type: z.literal('take-in-charge'),
      ...base,
      mode: z.literal('deferred'),
      assignee: actor,
    }),
  ]),
  z.object({ type: z.literal('acknowledge'), ...base }),
  z.object({
    type: z.literal('hand-off'),
    ...base,
    to: actor,
    situation,
    note: note.optional(),
  }),
  z.object({
    type: z.literal('start-intervention'),
    ...base,
    interventionId: interventionRef,
    nature: text,
  }),
  z.object({
    type: z.literal('dispatch-on-site'),
    ...base,
    interventionId: interventionRef,
    performer: actor,
    request: z.object({
      diagnosis: z.string(),
      warranty: z.object({ supplier: text }).optional(),
      nonContractual: z.boolean().optional(),
      plannedFor: date.optional(),
    }),
  }),
  z.object({
    type: z.literal('record-report'),
    ...base,
    interventionId: interventionRef,
    report: z.object({
      reference: z.string().optional(),
      summary: text,
      outcome: z.enum(['finished', 'follow-up']),
    }),
  }),
  z.object({
    type: z.literal('apply-solution'),
    ...base,
    interventionId: interventionRef,
    solution: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('fix'), nature: z.enum(solutionNatures), description: text }),
      z.object({
        kind: z.literal('equipment-swap'),
        description: text,
        arrangement: z.enum(equipmentSwapArrangements).optional(),
      }),
    ]),
  }),
  z.object({
    type: z.literal('inform-user'),
    ...base,
    summary: text,
    commitments: z.array(commitment).optional(),
  }),
  z.object({ type: z.literal('pause'), ...base, reason: z.enum(pauseReasons) }),
  z.object({ type: z.literal('resume'), ...base }),
  z.object({
    type: z.literal('link-problem'),
    ...base,
    problemId: text.transform((s) => s as ProblemId),
  }),
  z.object({ type: z.literal('reopen'), ...base, reason: text }),
  z.object({ type: z.literal('close'), ...base }),
  z.object({ type: z.literal('rebaseline-policy'), ...base, reason: text }),
]);

/**
 * Checks an untrusted ticket command (plain JavaScript, or JSON with ISO 8601 dates) and
 * returns it typed, with its ids branded and its texts trimmed, or the reasons it is refused:
 * `unknown-command` when its `type` is not a command, else one `malformed-command` per problem
 * with its `details.path`. Unknown keys are dropped. Nothing is decided: pass the result to
 * `decideTicket`.
 *
 * @example
 * ```ts
 * const r = parseTicketCommand({ type: 'close', at: '2026-03-02T10:00:00Z', actor: { id: 'alice', level: 1 } });
 * r.ok && r.value.at.toISOString();
 * //=> '2026-03-02T10:00:00.000Z'
 * const bad = parseTicketCommand({ type: 'close', at: 'yesterday', actor: { id: 'alice', level: 4 } });
 * bad.ok ? [] : bad.error.map((v) => v.details?.path);
 * //=> [['at'], ['actor', 'level']]
 * ```
 */
export function parseTicketCommand(input: unknown): Result<TicketCommand, TicketViolation[]> {
  const type =
    typeof input === 'object' && input !== null ? (input as { type?: unknown }).type : undefined;
  if (!(ticketCommandTypes as readonly unknown[]).includes(type)) {
    return err([
      ticketViolation('unknown-command', {
        type: typeof type === 'string' ? type : String(type),
        expected: ticketCommandTypes,
      }),
    ]);
  }
  const parsed = commandSchema.safeParse(input);
  if (parsed.success) return ok(withoutUndefined(parsed.data) as TicketCommand);
  return err(
    parsed.error.issues.map((issue) =>
      ticketViolation('malformed-command', {
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        reason: issue.message,
      }),
    ),
  );
}
