import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import { parseWithSchema } from '../core/schema.js';
import {
  type TicketCommand,
  ticketCommandSchema,
  ticketCommandTypes,
} from './ticket-command-list.js';
import { type TicketViolation, ticketViolation } from './ticket-violations.js';

/** The `type` of an input, read without running the caller's code, for the refusal. */
function typeOf(input: unknown): unknown {
  // Stryker disable next-line LogicalOperator: getOwnPropertyDescriptor reads no own type on a primitive and throws on null (caught): undefined either way
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(input, 'type');
    // Stryker disable next-line LogicalOperator: 'value' in undefined throws, caught: undefined either way
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch /* Stryker disable next-line BlockStatement: an empty catch returns undefined too */ {
    return undefined;
  }
}

/**
 * Checks an untrusted ticket command (plain JavaScript, or JSON with ISO 8601 dates) and
 * returns it typed, with its ids branded and its texts trimmed, or the reasons it is refused:
 * `unknown-command` when its `type` is not a command, else one `malformed-command` per problem
 * with its `details.path`. Unknown keys are dropped. Never throws, whatever the value (BigInt,
 * cycles, Proxies, getters that throw: a getter is refused, never called). It shares each
 * command's schema with `decideTicket` (`commands/<command>.ts`). Nothing is decided: pass the
 * result to `decideTicket`.
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
  const read = parseWithSchema(ticketCommandSchema, input, 'json');
  if (read.ok) return ok(read.value);
  const unknown = read.issues.find(
    (issue) => issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'type'),
  );
  if (unknown !== undefined) {
    const type = typeOf(input);
    return err([
      ticketViolation('unknown-command', {
        type: typeof type === 'string' ? type : describeValue(type),
        expected: ticketCommandTypes,
        reason: unknown.reason,
      }),
    ]);
  }
  return err(
    read.issues.map((issue) =>
      ticketViolation('malformed-command', { path: issue.path, reason: issue.reason }),
    ),
  );
}
