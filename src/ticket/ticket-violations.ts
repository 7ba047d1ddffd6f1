import { describeValue } from '../core/describe-value.js';
import { inputError } from '../core/input-guard.js';
import type { LocalizedText } from '../core/localized-text.js';
import type { RuleViolation } from '../core/rule-violation.js';
import {
  type AnyTicketCommandDefinition,
  ticketCommandDefinitions,
} from './ticket-command-list.js';
import { sharedTicketViolationMessages } from './ticket-shared-violations.js';

type OwnCode = AnyTicketCommandDefinition extends infer D
  ? D extends { readonly violations: infer V }
    ? keyof V & string
    : never
  : never;

/**
 * A stable code of a ticket refusal; see {@link ticketViolationCodes}.
 */
export type TicketViolationCode = keyof typeof sharedTicketViolationMessages | OwnCode;

/**
 * The French and English message of every ticket refusal: the shared ones, then each
 * command's own (derived from the command files).
 *
 * @see seed §5, §6
 * @example
 * ```ts
 * ticketViolationMessages['not-the-opener'].en;
 * //=> 'Only the level-1 technician who opened the call may close it.'
 * ```
 */
export const ticketViolationMessages: { readonly [C in TicketViolationCode]: LocalizedText } =
  Object.freeze(
    Object.assign(
      {},
      sharedTicketViolationMessages,
      ...ticketCommandDefinitions.map((definition) => definition.violations),
    ),
  );

/**
 * Every code with which the ticket decider refuses a command: the shared ones, then each
 * command's own, in the order of the command list. Each is documented in `docs/ticket.md`.
 * A refused on-site dispatch may also carry the codes of `onSiteViolationCodes` (missing
 * contact, equipment identification, coverage). A promise refused on `inform-user` (seed
 * §2.4) carries the code `checkUserCommitment` gives it (the same as
 * `commitmentViolationCodes`), or `no-contract-entitlement`.
 *
 * @example
 * ```ts
 * ticketViolationCodes.includes('not-the-opener');
 * //=> true
 * ```
 */
export const ticketViolationCodes: readonly TicketViolationCode[] = Object.freeze(
  Object.keys(ticketViolationMessages) as TicketViolationCode[],
);

/**
 * A refusal of the ticket decider: a {@link RuleViolation} whose code is a
 * {@link TicketViolationCode}.
 */
export type TicketViolation = RuleViolation<TicketViolationCode>;

/**
 * Builds the {@link TicketViolation} of a code, with its fr/en message and optional details.
 *
 * @throws TypeError when `code` is not one of {@link ticketViolationCodes}.
 * @example
 * ```ts
 * ticketViolation('unknown-intervention', { interventionId: 'I-9' }).details;
 * //=> { interventionId: 'I-9' }
 * ```
 */
export function ticketViolation(
  code: TicketViolationCode,
  details?: Readonly<Record<string, unknown>>,
): TicketViolation {
  if (typeof code !== 'string' || !Object.hasOwn(ticketViolationMessages, code)) {
    throw inputError(
      `ticketViolation: code must be one of the ticketViolationCodes, got ${describeValue(code)}.`,
    );
  }
  return details === undefined
    ? { code, message: ticketViolationMessages[code] }
    : { code, message: ticketViolationMessages[code], details };
}
