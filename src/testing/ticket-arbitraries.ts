import * as fc from 'fast-check';
import { problemId } from '../core/ids.js';
import { handoffCauses } from '../handling/handoff.js';
import type { UserCommitment } from '../handling/user-commitments.js';
import { impacts, priorities, urgencies } from '../qualification/levels.js';
import { decideTicket } from '../ticket/decide-ticket.js';
import { evolveTicket } from '../ticket/evolve-ticket.js';
import type { Actor } from '../ticket/ticket-actor.js';
import {
  type TicketCommand,
  type TicketCommandType,
  ticketCommandTypes,
} from '../ticket/ticket-command-list.js';
import {
  equipmentSwapArrangements,
  type HandoffNote,
  pauseReasons,
  type SolutionSpec,
  solutionNatures,
} from '../ticket/ticket-command-parts.js';
import type { TicketEvent } from '../ticket/ticket-events.js';
import { interventionId, technicianId, ticketId } from '../ticket/ticket-ids.js';
import type { TicketPolicy } from '../ticket/ticket-policy.js';
import { initialTicketState, type TicketState } from '../ticket/ticket-state.js';

/**
 * The technicians the ticket arbitraries act with: two at level 1, two at level 2, one vendor
 * at level 3.
 *
 * @example
 * ```ts
 * ticketTestTechnicians.map((a) => a.level);
 * //=> [1, 1, 2, 2, 3]
 * ```
 */
export const ticketTestTechnicians: readonly Actor[] = Object.freeze([
  { id: technicianId('alice'), level: 1 },
  { id: technicianId('carol'), level: 1 },
  { id: technicianId('bob'), level: 2 },
  { id: technicianId('dan'), level: 2 },
  { id: technicianId('vendor'), level: 3 },
]);

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/**
 * An arbitrary {@link Actor} among {@link ticketTestTechnicians}.
 *
 * @example
 * ```ts
 * fc.sample(ticketActorArbitrary(), 1)[0]?.id.length > 0;
 * //=> true
 * ```
 */
export function ticketActorArbitrary(): fc.Arbitrary<Actor> {
  return fc.constantFrom(...ticketTestTechnicians);
}

const dateArbitrary = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2030-12-31T00:00:00Z'),
  noInvalidDate: true,
});

const textArbitrary = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '');
// Group and category names (seed §4.4: « groupe bureautique, groupe réseau… »): a few shared
// ones, so that histories meet them again, and any other text a command may carry.
const labels = ['réseau', 'bureautique', 'poste de travail'] as const;
const labelArbitrary = fc.oneof(fc.constantFrom(...labels), textArbitrary);

/**
 * An arbitrary promise to the user (seed §2.4), of every kind: the reassurance, a contractual
 * delay, an arrival time or a duration; whether it may be made depends on the ticket.
 *
 * @see seed §2.4
 * @example
 * ```ts
 * const [c] = fc.sample(userCommitmentArbitrary(), 1);
 * ['best-service', 'contractual-delay', 'arrival-time', 'duration'].includes(c?.kind ?? '');
 * //=> true
 * ```
 */
export function userCommitmentArbitrary(): fc.Arbitrary<UserCommitment> {
  return fc.oneof(
    fc.constant({ kind: 'best-service' as const }),
    fc.record({
      kind: fc.constant('contractual-delay' as const),
      within: fc.constantFrom({ hours: 4 }, { hours: 8 }, { days: 1 }),
    }),
    fc.record({ kind: fc.constant('arrival-time' as const), at: dateArbitrary }),
    fc.record({
      kind: fc.constant('duration' as const),
      durationMs: fc.integer({ min: 1, max: 8 * 3_600_000 }),
    }),
  );
}

/**
 * An arbitrary well-formed ticket command of any type, with arbitrary dates, actors and
 * fields: most are refused by a given state, none makes `decideTicket` throw.
 *
 * @example
 * ```ts
 * const command = fc.sample(ticketCommandArbitrary(), 1)[0];
 * ticketCommandTypes.includes(command?.type ?? 'close');
 * //=> true
 * ```
 */
export function ticketCommandArbitrary(): fc.Arbitrary<TicketCommand> {
  const actor = ticketActorArbitrary();
  const base = { at: dateArbitrary, actor };
  const intervention = fc.constantFrom('I-1', 'I-2', 'I-3').map(interventionId);
  const solution: fc.Arbitrary<SolutionSpec> = fc.oneof(
    fc.record({
      kind: fc.constant('fix' as const),
      nature: fc.constantFrom(...solutionNatures),
      description: textArbitrary,
    }),
    fc.record(
      {
        kind: fc.constant('equipment-swap' as const),
        description: textArbitrary,
        arrangement: fc.constantFrom(...equipmentSwapArrangements),
      },
      { requiredKeys: ['kind', 'description'] },
    ),
  );
  // One arbitrary per command type: a command added to the list and not here does not compile.
  const byType: {
    readonly [T in TicketCommandType]: fc.Arbitrary<Extract<TicketCommand, { type: T }>>;
  } = {
    open: fc.record({
      type: fc.constant('open' as const),
      ...base,
      ticketId: fc.constantFrom('T-1', 'T-2').map(ticketId),
      caller: fc.record({ name: textArbitrary, contact: fc.string(), vip: fc.boolean() }),
      contract: fc.record(
        {
          id: textArbitrary,
          equipmentSwap: fc.constantFrom(...equipmentSwapArrangements),
          entitlement: fc.record(
            {
              onSite: fc.boolean(),
              interventionDelay: fc.constantFrom({ hours: 4 }, { hours: 8 }),
            },
            { requiredKeys: ['onSite'] },
          ),
        },
        { requiredKeys: ['id'] },
      ),
      equipment: fc.record(
        {
          kind: fc.constantFrom('pc' as const, 'peripheral' as const),
          make: textArbitrary,
          model: textArbitrary,
          assetId: fc.string(),
        },
        { requiredKeys: ['kind', 'make', 'model'] },
      ),
      environment: fc.record({
        network: fc.string(),
        operatingSystem: fc.string(),
        software: fc.array(fc.string(), { maxLength: 3 }),
      }),
      description: textArbitrary,
    }),
    qualify: fc.record(
      {
        type: fc.constant('qualify' as const),
        ...base,
        impact: fc.constantFrom(...impacts),
        urgency: fc.constantFrom(...urgencies),
        priority: fc.constantFrom(...priorities),
        reason: fc.string(),
        category: labelArbitrary,
      },
      { requiredKeys: ['type', 'at', 'actor', 'impact', 'urgency'] },
    ),
    'take-in-charge': fc.oneof(
      fc.record(
        {
          type: fc.constant('take-in-charge' as const),
          ...base,
          mode: fc.constant('direct' as const),
          group: labelArbitrary,
        },
        { requiredKeys: ['type', 'at', 'actor', 'mode'] },
      ),
      fc.record(
        {
          type: fc.constant('take-in-charge' as const),
          ...base,
          mode: fc.constant('deferred' as const),
          assignee: actor,
          group: labelArbitrary,
        },
        { requiredKeys: ['type', 'at', 'actor', 'mode', 'assignee'] },
      ),
    ),
    acknowledge: fc.record({ type: fc.constant('acknowledge' as const), ...base }),
    'hand-off': fc.record(
      {
        type: fc.constant('hand-off' as const),
        ...base,
        to: actor,
        note: fc.record({ diagnosis: fc.string(), done: fc.string() }),
        group: labelArbitrary,
        situation: fc.oneof(
          fc.constantFrom(
            { cause: 'beyond-competence' as const },
            { cause: 'procedure-exhausted' as const },
            { cause: 'level-1-task-failed' as const },
          ),
          fc.record({
            cause: fc.constant('not-enough-time' as const),
            noticed: fc.constantFrom('foreseen' as const, 'near-limit' as const),
          }),
        ),
      },
      { requiredKeys: ['type', 'at', 'actor', 'to', 'situation'] },
    ),
    'start-intervention': fc.record({
      type: fc.constant('start-intervention' as const),
      ...base,
      interventionId: intervention,
      nature: textArbitrary,
    }),
    'dispatch-on-site': fc.record({
      type: fc.constant('dispatch-on-site' as const),
      ...base,
      interventionId: intervention,
      performer: actor,
      request: fc.record(
        {
          diagnosis: fc.string(),
          warranty: fc.record({ supplier: textArbitrary }),
          plannedFor: dateArbitrary,
        },
        { requiredKeys: ['diagnosis'] },
      ),
    }),
    'record-report': fc.record({
      type: fc.constant('record-report' as const),
      ...base,
      interventionId: intervention,
      report: fc.record({
        summary: textArbitrary,
        outcome: fc.constantFrom('finished' as const, 'follow-up' as const),
      }),
    }),
    'apply-solution': fc.record({
      type: fc.constant('apply-solution' as const),
      ...base,
      interventionId: intervention,
      solution,
    }),
    'inform-user': fc.record(
      {
        type: fc.constant('inform-user' as const),
        ...base,
        summary: textArbitrary,
        commitments: fc.array(userCommitmentArbitrary(), { maxLength: 3 }),
      },
      { requiredKeys: ['type', 'at', 'actor', 'summary'] },
    ),
    pause: fc.record({
      type: fc.constant('pause' as const),
      ...base,
      reason: fc.constantFrom(...pauseReasons),
    }),
    resume: fc.record({ type: fc.constant('resume' as const), ...base }),
    'link-problem': fc.record({
      type: fc.constant('link-problem' as const),
      ...base,
      problemId: fc.constantFrom('PB-1', 'PB-2').map(problemId),
    }),
    reopen: fc.record({ type: fc.constant('reopen' as const), ...base, reason: textArbitrary }),
    close: fc.record({ type: fc.constant('close' as const), ...base }),
    'rebaseline-policy': fc.record({
      type: fc.constant('rebaseline-policy' as const),
      ...base,
      reason: textArbitrary,
    }),
    cancel: fc.oneof(
      fc.record(
        {
          type: fc.constant('cancel' as const),
          ...base,
          reason: fc.constantFrom('opened-in-error' as const, 'withdrawn-by-user' as const),
          note: textArbitrary,
        },
        { requiredKeys: ['type', 'at', 'actor', 'reason'] },
      ),
      fc.record({
        type: fc.constant('cancel' as const),
        ...base,
        reason: fc.constant('duplicate' as const),
        duplicateOf: fc.constantFrom('T-1', 'T-2', 'T-3').map(ticketId),
      }),
    ),
  };
  return fc.oneof(...ticketCommandTypes.map((type) => byType[type] as fc.Arbitrary<TicketCommand>));
}

/**
 * The commands that make sense next on a ticket, most of them acceptable (the handler acts,
 * the opener closes, the performer reports) and some not (a wrong actor, a temporary
 * solution, a loan): the steps of {@link ticketHistoryArbitrary}. `variant` varies the
 * details (impact, urgency, solution, cause…).
 *
 * @example
 * ```ts
 * plausibleTicketCommands(initialTicketState, new Date(0), 0)[0]?.type;
 * //=> 'open'
 * ```
 */
export function plausibleTicketCommands(
  state: TicketState,
  at: Date,
  variant: number,
): TicketCommand[] {
  const [alice, carol, bob] = ticketTestTechnicians as [Actor, Actor, Actor, Actor, Actor];
  const live = state.status === 'new' ? undefined : state;
  const opener = live?.opening.by ?? alice;
  const handler =
    (live === undefined || live.status === 'opened' || live.status === 'qualified'
      ? undefined
      : live.handler) ?? opener;
  const qualifier =
    (live === undefined || live.status === 'opened' ? undefined : live.qualification?.by) ?? opener;
  const interventions = live?.interventions ?? [];
  const next = ticketTestTechnicians.find((a) => a.level === handler.level + 1) ?? bob;
  const newId = interventionId(`I-${interventions.length + 1}`);
  const last = interventions[interventions.length - 1];
  const busy = interventions.some((i) => i.report === undefined);
  const notes: (HandoffNote | undefined)[] = [
    { diagnosis: 'Beyond level 1', done: 'Checked the settings' },
    { diagnosis: 'Driver conflict', done: 'Reinstalled the driver, no change' },
    { diagnosis: 'Beyond level 1', done: ' ' },
    undefined,
  ];
  const note = pick(notes, variant >> 1);
  const planned = interventions.find(
    (i) => i.startedBy.id === handler.id && i.plannedFor !== undefined && i.report === undefined,
  )?.plannedFor;
  const promises: UserCommitment[][] = [
    [{ kind: 'best-service' }],
    [{ kind: 'arrival-time', at: planned ?? new Date(at.getTime() + 3_600_000) }],
    [{ kind: 'contractual-delay', within: { hours: 4 } }],
    [{ kind: 'duration', durationMs: 3_600_000 }],
  ];
  const solutions: SolutionSpec[] = [
    { kind: 'fix', nature: 'definitive', description: 'Fixed' },
    { kind: 'fix', nature: 'temporary', description: 'Workaround' },
    { kind: 'equipment-swap', description: 'Swapped', arrangement: 'replacement' },
    { kind: 'equipment-swap', description: 'Lent', arrangement: 'loan' },
  ];
  const commands: TicketCommand[] = [
    {
      type: 'open',
      at,
      actor: alice,
      ticketId: ticketId('T-1'),
      caller: { name: 'Mme Martin', contact: 'poste 4412' },
      contract: {
        id: 'C-77',
        equipmentSwap: pick(equipmentSwapArrangements, variant),
        ...(variant % 3 === 0
          ? {}
          : { entitlement: { onSite: true, interventionDelay: { hours: variant % 2 ? 4 : 8 } } }),
      },
      equipment: { kind: 'pc', make: 'Dell', model: 'Latitude', assetId: 'PC-0042' },
      environment: { network: 'LAN', operatingSystem: 'Windows 11', software: ['Word'] },
      description: 'Cannot print',
    },
    {
      type: 'qualify',
      at,
      actor:
        state.status === 'new' || state.status === 'opened' || variant % 7 === 0 ? opener : bob,
      impact: pick(impacts, variant),
      urgency: pick(urgencies, variant >> 2),
      ...(variant % 3 === 0 ? {} : { category: pick(labels, variant >> 1) }),
    },
    {
      type: 'take-in-charge',
      at,
      actor: qualifier,
      mode: 'direct',
      ...(variant % 2 === 0 ? {} : { group: pick(labels, variant >> 2) }),
    },
    {
      type: 'take-in-charge',
      at,
      actor: qualifier,
      mode: 'deferred',
      assignee: variant % 2 === 0 ? carol : bob,
      ...(variant % 3 === 1 ? {} : { group: pick(labels, variant) }),
    },
    { type: 'acknowledge', at, actor: handler },
    {
      type: 'hand-off',
      at,
      actor: handler,
      to: next,
      situation:
        pick(handoffCauses, variant) === 'not-enough-time'
          ? { cause: 'not-enough-time', noticed: variant % 2 === 0 ? 'foreseen' : 'near-limit' }
          : {
              cause: pick(
                ['beyond-competence', 'procedure-exhausted', 'level-1-task-failed'] as const,
                variant,
              ),
            },
      ...(note === undefined ? {} : { note }),
      ...(variant % 4 === 3 ? {} : { group: pick(labels, variant >> 3) }),
    },
    ...(busy && variant % 3 !== 0
      ? []
      : ([
          {
            type: 'start-intervention',
            at,
            actor: handler,
            interventionId: newId,
            nature: 'Diagnose',
          },
          {
            type: 'dispatch-on-site',
            at,
            actor: handler,
            interventionId: newId,
            performer: pick(ticketTestTechnicians, variant),
            request: {
              diagnosis: variant % 5 === 0 ? '' : 'Power supply dead',
              ...(variant % 2 === 0 ? { plannedFor: new Date(at.getTime() + 7_200_000) } : {}),
            },
          },
        ] as TicketCommand[])),
    ...(variant % 4 === 0
      ? [
          {
            type: 'inform-user' as const,
            at,
            actor: handler,
            summary: 'Update',
            commitments: pick(promises, variant >> 2),
          },
          {
            type: 'link-problem' as const,
            at,
            actor: opener,
            problemId: problemId(`PB-${variant % 3}`),
          },
        ]
      : []),
    { type: 'pause', at, actor: handler, reason: pick(pauseReasons, variant) },
    { type: 'resume', at, actor: handler },
    ...(variant % 5 === 0
      ? [{ type: 'reopen' as const, at, actor: opener, reason: 'Fails again' }]
      : []),
    { type: 'close', at, actor: opener },
    { type: 'close', at, actor: variant % 2 === 0 ? handler : carol },
  ];
  for (const i of interventions) {
    if (i.report === undefined) {
      commands.push({
        type: 'record-report',
        at,
        actor: variant % 7 === 0 ? opener : i.performer,
        interventionId: i.id,
        report: { summary: 'Done', outcome: 'finished' },
      });
    }
  }
  if (last !== undefined) {
    commands.push({
      type: 'apply-solution',
      at,
      actor: variant % 3 === 0 ? handler : last.performer,
      interventionId: last.id,
      solution: pick(solutions, variant),
    });
  }
  return commands;
}

/**
 * A ticket's history: the commands accepted in turn, the events they emitted and the state
 * they lead to.
 */
export interface TicketHistory {
  readonly commands: readonly TicketCommand[];
  readonly events: readonly TicketEvent[];
  readonly state: TicketState;
}

/**
 * The options of {@link ticketHistoryArbitrary}.
 */
export interface TicketHistoryOptions {
  /** How many commands to try, at most; 40 by default. */
  readonly maxSteps?: number;
  /** The policy to decide under; the seed's by default. */
  readonly policy?: TicketPolicy;
  /** When the first command is issued; 2026-03-02 09:00 UTC by default. */
  readonly start?: Date;
}

/**
 * An arbitrary history of one ticket: up to `maxSteps` commands picked from
 * {@link plausibleTicketCommands}, minutes apart: at each step the first candidate the ticket
 * accepts, from a random one on, is decided and applied. Many histories go all the way to
 * closure (and some to reopening).
 *
 * @example
 * ```ts
 * const [history] = fc.sample(ticketHistoryArbitrary({ maxSteps: 5 }), 1);
 * history !== undefined && history.events.length >= history.commands.length;
 * //=> true
 * ```
 */
export function ticketHistoryArbitrary(
  options: TicketHistoryOptions = {},
): fc.Arbitrary<TicketHistory> {
  const start = (options.start ?? new Date('2026-03-02T09:00:00Z')).getTime();
  return fc
    .array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 240 })), {
      maxLength: options.maxSteps ?? 40,
      size: 'max',
    })
    .map((steps) => {
      let state = initialTicketState;
      let minutes = 0;
      const commands: TicketCommand[] = [];
      const events: TicketEvent[] = [];
      for (const [choice, variant, delta] of steps) {
        minutes += delta;
        const at = new Date(start + minutes * 60_000);
        const candidates = plausibleTicketCommands(state, at, variant);
        // The first acceptable candidate from the chosen one on, so that every step moves.
        for (let k = 0; k < candidates.length; k++) {
          const command = pick(candidates, choice + k);
          const decision = decideTicket(command, state, options.policy);
          if (!decision.ok) continue;
          commands.push(command);
          for (const event of decision.value) {
            events.push(event);
            state = evolveTicket(state, event);
          }
          break;
        }
      }
      return { commands, events, state };
    });
}
