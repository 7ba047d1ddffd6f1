import { type Infer, type Schema, schemaKit } from '../core/schema.js';
import { acknowledgeCommand } from './commands/acknowledge.js';
import { applySolutionCommand } from './commands/apply-solution.js';
import { cancelCommand } from './commands/cancel.js';
import { closeCommand } from './commands/close.js';
import { dispatchOnSiteCommand } from './commands/dispatch-on-site.js';
import { handOffCommand } from './commands/hand-off.js';
import { informUserCommand } from './commands/inform-user.js';
import { linkProblemCommand } from './commands/link-problem.js';
import { openTicketCommand } from './commands/open.js';
import { pauseCommand } from './commands/pause.js';
import { qualifyTicketCommand } from './commands/qualify.js';
import { rebaselinePolicyCommand } from './commands/rebaseline-policy.js';
import { recordReportCommand } from './commands/record-report.js';
import { reopenCommand } from './commands/reopen.js';
import { resumeCommand } from './commands/resume.js';
import { startInterventionCommand } from './commands/start-intervention.js';
import { takeInChargeCommand } from './commands/take-in-charge.js';

/*
 * THE list of ticket commands: adding a command is one file in `commands/` and one line
 * here. The command union, `ticketCommandTypes`, the decider's table, the parser and the
 * list of violation codes are derived from it.
 */
const list = [
  openTicketCommand,
  qualifyTicketCommand,
  takeInChargeCommand,
  acknowledgeCommand,
  handOffCommand,
  startInterventionCommand,
  dispatchOnSiteCommand,
  recordReportCommand,
  applySolutionCommand,
  informUserCommand,
  pauseCommand,
  resumeCommand,
  linkProblemCommand,
  reopenCommand,
  closeCommand,
  rebaselinePolicyCommand,
  cancelCommand,
] as const;

type Definition = (typeof list)[number];

/**
 * Every command the ticket decider accepts: the union of the types of the command files'
 * schemas.
 *
 * @example
 * ```ts
 * const c: TicketCommand = { type: 'close', at: new Date(0), actor: { id: technicianId('alice'), level: 1 } };
 * ticketCommandTypes.includes(c.type);
 * //=> true
 * ```
 */
export type TicketCommand = Infer<Definition['schema']>;

/**
 * One of {@link ticketCommandTypes}.
 */
export type TicketCommandType = TicketCommand['type'];

/**
 * The `type` of every {@link TicketCommand}, in the order of a call's life.
 *
 * @example
 * ```ts
 * ticketCommandTypes.length;
 * //=> 17
 * ```
 */
export const ticketCommandTypes: readonly TicketCommandType[] = Object.freeze(
  list.map((definition) => definition.type),
);

/** A command definition, whatever its command. */
export type AnyTicketCommandDefinition = Definition;

/** The definitions of every command, in list order. */
export const ticketCommandDefinitions: readonly AnyTicketCommandDefinition[] = list;

/** The schema of any ticket command, chosen by its `type`. */
export const ticketCommandSchema: Schema<TicketCommand> = schemaKit.variants(
  'type',
  Object.fromEntries(list.map((definition) => [definition.type, definition.schema])),
) as Schema<TicketCommand>;
