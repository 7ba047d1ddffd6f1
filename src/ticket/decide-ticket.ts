import { err } from '../core/result.js';
import { formatSchemaPath, parseWithSchema } from '../core/schema.js';
import type { TicketDecision } from './ticket-command-definition.js';
import {
  type AnyTicketCommandDefinition,
  type TicketCommand,
  ticketCommandDefinitions,
  ticketCommandSchema,
} from './ticket-command-list.js';
import { defaultTicketPolicy, type TicketPolicy } from './ticket-policy.js';
import { refuseShared as refuse } from './ticket-shared-violations.js';
import type { TicketState } from './ticket-state.js';
import { ticketViolation } from './ticket-violations.js';

/* The decider's table, derived from the command list (null prototype: 'toString' finds nothing). */
const definitions: Readonly<Record<string, AnyTicketCommandDefinition | undefined>> = Object.freeze(
  Object.assign(
    Object.create(null) as object,
    Object.fromEntries(ticketCommandDefinitions.map((d) => [d.type, d])),
  ),
);

/*
 * The command read as a well-formed command (a copy holding only its own data properties),
 * or the refusals: `unknown-command` when its `type` is not a command, else one
 * `malformed-command` per problem with its path.
 */
function readCommand(input: unknown): TicketDecision | TicketCommand {
  const read = parseWithSchema(ticketCommandSchema, input);
  if (read.ok) return read.value;
  return err(
    read.issues.map((issue) => {
      const where = formatSchemaPath(issue.path);
      const reason = where === '' ? `the command: ${issue.reason}` : `${where}: ${issue.reason}`;
      const unknown = issue.path.length === 1 && issue.path[0] === 'type';
      return ticketViolation(unknown ? 'unknown-command' : 'malformed-command', {
        path: issue.path,
        reason,
      });
    }),
  );
}

const isDecision = (v: TicketDecision | TicketCommand): v is TicketDecision => 'ok' in v;

/**
 * Decides what a command does to a ticket: the events it emits, or every reason it is
 * refused. Pure: a refused command emits nothing and `state` is never touched.
 *
 * Before the command's own rules, it refuses: a command that is not an object or has an
 * unknown `type` (`unknown-command`); a malformed one (`malformed-command`, the reason in
 * `details.reason`; use `parseTicketCommand` on untrusted input for every error with its
 * path); any command but `open` on a ticket not yet opened, `open` on an opened one; any
 * command but `reopen` and `link-problem` on a closed ticket; a command dated before the
 * ticket's last event; and, but for `rebaseline-policy`, a `policy` whose version is not the
 * one pinned to the ticket (`policy-version-mismatch`).
 *
 * @see seed §1.2, §2.5, §4, §5, §6
 * @example
 * ```ts
 * // Alice, at level 1, opens the call, then qualifies it (seed §2.5): the decider answers
 * // with the events to store; the state is their fold.
 * const alice = { id: technicianId('alice'), level: 1 } as const;
 * const opened = decideTicket(
 *   {
 *     type: 'open', at: new Date('2026-03-02T09:00:00Z'), actor: alice, ticketId: ticketId('T-1'),
 *     caller: { name: 'M. Durand', contact: 'poste 2210' }, contract: { id: 'C-1' },
 *     equipment: { kind: 'pc', make: 'Lenovo', model: 'T14', assetId: 'PC-1' },
 *     environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Office'] },
 *     description: 'Le serveur de fichiers ne répond plus',
 *   },
 *   initialTicketState,
 * );
 * opened.ok ? opened.value.map((e) => e.type) : [];
 * //=> ['ticket-opened']
 * const state = opened.ok ? replayTicket(opened.value) : initialTicketState;
 * const qualified = decideTicket(
 *   { type: 'qualify', at: new Date('2026-03-02T09:04:00Z'), actor: alice, impact: 'company', urgency: 'blocked' },
 *   state,
 * );
 * qualified.ok ? qualified.value.map((e) => (e.type === 'ticket-qualified' ? e.priority : e.type)) : [];
 * //=> [1]
 *
 * // A refusal is a value with a stable code and fr/en messages, never an exception:
 * const early = decideTicket({ type: 'close', at: new Date(0), actor: alice }, initialTicketState);
 * early.ok ? [] : early.error.map((v) => v.code);
 * //=> ['ticket-not-open']
 * ```
 */
export function decideTicket(
  command: TicketCommand,
  state: TicketState,
  policy: TicketPolicy = defaultTicketPolicy,
): TicketDecision {
  const c = readCommand(command);
  if (isDecision(c)) return c;
  if (state.status === 'cancelled') return refuse('ticket-cancelled');
  if (c.type === 'open') {
    if (state.status !== 'new') return refuse('ticket-already-open');
  } else {
    if (state.status === 'new') return refuse('ticket-not-open');
    if (state.status === 'closed' && c.type !== 'reopen' && c.type !== 'link-problem') {
      return refuse('ticket-closed');
    }
    if (c.type === 'rebaseline-policy') {
      if (policy.version === state.policyVersion) {
        return refuse('policy-already-in-force', { version: policy.version });
      }
    } else if (policy.version !== state.policyVersion) {
      return refuse('policy-version-mismatch', {
        pinned: state.policyVersion,
        given: policy.version,
      });
    }
  }
  if (state.updatedAt !== undefined && c.at.getTime() < state.updatedAt.getTime()) {
    return refuse('command-before-last-event', { lastEventAt: state.updatedAt });
  }
  const definition = definitions[c.type] as AnyTicketCommandDefinition;
  return (
    definition.decide as (c: TicketCommand, s: TicketState, p: TicketPolicy) => TicketDecision
  )(c, state, policy);
}
