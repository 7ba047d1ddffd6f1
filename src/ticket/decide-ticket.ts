import { match } from 'ts-pattern';
import { err, ok, type Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { classifyHandoff } from '../handling/handoff.js';
import {
  type ContractEntitlement,
  dispatchIntervention,
} from '../handling/on-site-intervention.js';
import { canHandOff } from '../handling/support-level.js';
import { type CommitmentContext, checkUserCommitment } from '../handling/user-commitments.js';
import { priorityOf } from '../qualification/priority-of.js';
import { addWorkingTime } from '../sla/business-calendar.js';
import { slaTargetsFor } from '../sla/sla-table.js';
import { closureCheck } from './closure-check.js';
import type { Actor } from './ticket-actor.js';
import { commandShapeProblem } from './ticket-command-shape.js';
import type {
  ApplySolution,
  DispatchOnSite,
  HandOff,
  InformUser,
  QualifyTicket,
  TakeInCharge,
  TicketCommand,
} from './ticket-commands.js';
import type { TicketEvent } from './ticket-events.js';
import { defaultTicketPolicy, type TicketPolicy } from './ticket-policy.js';
import type { InterventionRecord, TicketState } from './ticket-state.js';
import {
  type TicketViolation,
  type TicketViolationCode,
  ticketViolation,
} from './ticket-violations.js';

/**
 * What {@link decideTicket} returns: the events a command emits, or every reason it is
 * refused.
 *
 * @example
 * ```ts
 * const r: TicketDecision = decideTicket({ type: 'close', at: new Date(0), actor: { id: technicianId('a'), level: 1 } }, initialTicketState);
 * r.ok;
 * //=> false
 * ```
 */
export type TicketDecision = Result<readonly TicketEvent[], readonly RuleViolation[]>;

const coveredOnSite: ContractEntitlement = Object.freeze({ onSite: true });

type Refusal = Result<never, readonly RuleViolation[]>;

const refuse = (code: TicketViolationCode, details?: Readonly<Record<string, unknown>>): Refusal =>
  err([ticketViolation(code, details)]);

const emit = (...events: TicketEvent[]): TicketDecision => ok(events);

function isHandler(state: TicketState, actor: Actor): boolean {
  return state.handler !== undefined && state.handler.id === actor.id;
}

/* The handler acts on the call: it must be the handler, and have acknowledged it (§6.1). */
function handlerGuard(state: TicketState, actor: Actor): Refusal | undefined {
  if (state.status !== 'in-progress') return refuse('not-in-progress', { status: state.status });
  if (!isHandler(state, actor)) return refuse('not-the-handler', { handler: state.handler?.id });
  if (state.awaitingAcknowledgement) return refuse('acknowledgement-pending');
  return undefined;
}

function findIntervention(state: TicketState, id: string): InterventionRecord | undefined {
  return state.interventions.find((i) => i.id === id);
}

function decideQualify(c: QualifyTicket, state: TicketState, policy: TicketPolicy): TicketDecision {
  if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
  if (state.status === 'resolved') return refuse('not-in-progress', { status: state.status });
  const matrixPriority = priorityOf(c.impact, c.urgency, policy.matrix);
  const priority = c.priority ?? matrixPriority;
  if (!policy.matrix.priorities.includes(priority) || !policy.slaTable.targets.has(priority)) {
    return refuse('unknown-priority', { priority });
  }
  const overridden = priority !== matrixPriority;
  const reason = c.reason?.trim() ?? '';
  if (overridden && reason.length === 0) {
    return refuse('override-reason-required', { matrixPriority, priority });
  }
  const base = {
    type: 'ticket-qualified' as const,
    at: c.at,
    by: c.actor,
    impact: c.impact,
    urgency: c.urgency,
    matrixPriority,
    priority,
    targets: slaTargetsFor(priority, policy.slaTable),
  };
  return emit(overridden ? { ...base, override: { reason } } : base);
}

function decideTake(c: TakeInCharge, state: TicketState): TicketDecision {
  if (state.status === 'opened') return refuse('not-qualified');
  if (state.status !== 'qualified') return refuse('already-taken-in-charge');
  const qualifier = state.qualification?.by;
  if (qualifier === undefined || qualifier.id !== c.actor.id) {
    return refuse('not-the-qualifier', { qualifier: qualifier?.id });
  }
  if (c.mode === 'direct') {
    return emit({
      type: 'ticket-taken-in-charge',
      at: c.at,
      by: c.actor,
      mode: 'direct',
      handler: c.actor,
    });
  }
  if (c.assignee.id === c.actor.id) return refuse('deferred-to-self');
  if (c.assignee.level === 3) return refuse('deferred-level-invalid', { level: 3 });
  return emit({
    type: 'ticket-taken-in-charge',
    at: c.at,
    by: c.actor,
    mode: 'deferred',
    handler: c.assignee,
  });
}

function decideHandOff(c: HandOff, state: TicketState, policy: TicketPolicy): TicketDecision {
  const guard = handlerGuard(state, c.actor);
  if (guard !== undefined) return guard;
  if (c.to.id === c.actor.id) return refuse('handoff-to-self');
  if (!canHandOff(c.actor.level, c.to.level, policy.supportLevels)) {
    return refuse('handoff-not-allowed', { from: c.actor.level, to: c.to.level });
  }
  // §4.3.1: « toujours laisser une trace de son diagnostic et de ce qu'il a fait ».
  const note = c.note;
  if (note === undefined) {
    if (policy.requireHandoffNote) {
      return refuse('handoff-note-required', { missing: ['diagnosis', 'done'] });
    }
  } else {
    const missing = (['diagnosis', 'done'] as const).filter((k) => note[k].trim().length === 0);
    if (missing.length > 0) return refuse('handoff-note-required', { missing });
  }
  const { kind, rationale } = classifyHandoff(c.situation, policy.handoff);
  const event = {
    type: 'ticket-handed-off' as const,
    at: c.at,
    by: c.actor,
    to: c.to,
    kind,
    rationale: rationale.code,
  };
  return emit(
    note === undefined ? event : { ...event, note: { diagnosis: note.diagnosis, done: note.done } },
  );
}

/*
 * What the speaker may promise (§2.4), one context per plan of theirs: the on-site
 * interventions they dispatched themselves with a planned date, not yet reported. No plan: one
 * context without a speaker plan.
 */
function commitmentContexts(state: TicketState, actor: Actor): CommitmentContext[] | undefined {
  const entitlement = state.opening?.contract.entitlement;
  if (entitlement === undefined) return undefined;
  const contexts: CommitmentContext[] = [];
  for (const i of state.interventions) {
    if (
      i.mode === 'on-site' &&
      i.startedBy.id === actor.id &&
      i.plannedFor !== undefined &&
      i.report === undefined
    ) {
      contexts.push({ entitlement, speakerPlan: { arrivalAt: i.plannedFor } });
    }
  }
  return contexts.length > 0 ? contexts : [{ entitlement }];
}

function decideInform(c: InformUser, state: TicketState): TicketDecision {
  const commitments = c.commitments ?? [];
  const contexts = commitmentContexts(state, c.actor);
  const violations: TicketViolation[] = [];
  commitments.forEach((commitment, index) => {
    if (contexts === undefined) {
      // A contract without an entitlement: only the reassurance is allowed (§2.4).
      if (commitment.kind !== 'best-service') {
        violations.push(
          ticketViolation('no-contract-entitlement', { index, kind: commitment.kind }),
        );
      }
      return;
    }
    let refusal: TicketViolationCode | undefined;
    for (const context of contexts) {
      const checked = checkUserCommitment(commitment, context);
      if (checked.ok) {
        refusal = undefined;
        break;
      }
      refusal ??= checked.error.code;
    }
    if (refusal !== undefined) {
      violations.push(ticketViolation(refusal, { index, kind: commitment.kind }));
    }
  });
  if (violations.length > 0) return err(violations);
  return emit(
    commitments.length === 0
      ? { type: 'user-informed', at: c.at, by: c.actor, summary: c.summary }
      : {
          type: 'user-informed',
          at: c.at,
          by: c.actor,
          summary: c.summary,
          commitments: [...commitments],
        },
  );
}

function decideDispatch(c: DispatchOnSite, state: TicketState): TicketDecision {
  const guard = handlerGuard(state, c.actor);
  if (guard !== undefined) return guard;
  if (findIntervention(state, c.interventionId) !== undefined) {
    return refuse('intervention-id-taken', { interventionId: c.interventionId });
  }
  const opening = state.opening;
  const dispatch = dispatchIntervention(
    {
      userContact: opening?.caller.contact,
      equipment: opening?.equipment.assetId,
      diagnosis: c.request.diagnosis,
      warranty: c.request.warranty,
      nonContractual: c.request.nonContractual,
    },
    opening?.contract.entitlement ?? coveredOnSite,
  );
  if (!dispatch.ok) return err(dispatch.error);
  const decision = dispatch.value;
  if (decision.route === 'transfer-to-level-2') {
    return refuse('on-site-diagnosis-required', { situation: decision.situation });
  }
  return emit({
    type: 'intervention-started',
    at: c.at,
    by: c.actor,
    interventionId: c.interventionId,
    performer: c.performer,
    mode: 'on-site',
    route: decision.route,
    request: decision.request,
    ...(decision.route === 'third-party-supplier' ? { supplier: decision.supplier } : {}),
    ...(c.request.plannedFor === undefined ? {} : { plannedFor: c.request.plannedFor }),
  });
}

function decideSolution(c: ApplySolution, state: TicketState): TicketDecision {
  if (state.status !== 'in-progress') return refuse('not-in-progress', { status: state.status });
  const intervention = findIntervention(state, c.interventionId);
  if (intervention === undefined) {
    return refuse('unknown-intervention', { interventionId: c.interventionId });
  }
  const handler = isHandler(state, c.actor);
  if (!handler && intervention.performer.id !== c.actor.id) {
    return refuse('not-involved', { interventionId: c.interventionId });
  }
  if (handler && state.awaitingAcknowledgement) return refuse('acknowledgement-pending');
  const s = c.solution;
  let applied: TicketEvent;
  if (s.kind === 'fix') {
    applied = {
      type: 'solution-applied',
      at: c.at,
      by: c.actor,
      interventionId: c.interventionId,
      nature: s.nature,
      description: s.description,
    };
  } else {
    const swap = s.arrangement ?? state.opening?.contract.equipmentSwap;
    if (swap === undefined) return refuse('swap-arrangement-unknown');
    applied = {
      type: 'solution-applied',
      at: c.at,
      by: c.actor,
      interventionId: c.interventionId,
      nature: swap === 'replacement' ? 'definitive' : 'temporary',
      description: s.description,
      swap,
    };
  }
  // A solution ends any wait: the user or the third party has answered.
  return state.waiting === undefined
    ? emit(applied)
    : emit({ type: 'ticket-resumed', at: c.at, by: c.actor }, applied);
}

function decideReopen(
  c: Extract<TicketCommand, { type: 'reopen' }>,
  state: TicketState,
  policy: TicketPolicy,
): TicketDecision {
  if ((state.status !== 'resolved' && state.status !== 'closed') || !state.resolvedAt) {
    return refuse('not-resolved', { status: state.status });
  }
  if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
  const deadline = addWorkingTime(policy.calendar, state.resolvedAt, policy.reopenWindow);
  if (c.at.getTime() > deadline.getTime()) {
    return refuse('reopen-window-elapsed', {
      resolvedAt: state.resolvedAt,
      deadline,
    });
  }
  return emit({ type: 'ticket-reopened', at: c.at, by: c.actor, reason: c.reason });
}

function decideValid(c: TicketCommand, state: TicketState, policy: TicketPolicy): TicketDecision {
  return match(c)
    .with({ type: 'open' }, (c) =>
      c.actor.level !== 1
        ? refuse('not-level-1', { level: c.actor.level })
        : emit({
            type: 'ticket-opened',
            at: c.at,
            by: c.actor,
            ticketId: c.ticketId,
            caller: c.caller,
            contract: c.contract,
            equipment: c.equipment,
            environment: c.environment,
            description: c.description,
            policyVersion: policy.version,
          }),
    )
    .with({ type: 'qualify' }, (c) => decideQualify(c, state, policy))
    .with({ type: 'take-in-charge' }, (c) => decideTake(c, state))
    .with({ type: 'acknowledge' }, (c) => {
      if (!state.awaitingAcknowledgement) return refuse('nothing-to-acknowledge');
      if (!isHandler(state, c.actor)) {
        return refuse('not-the-handler', { handler: state.handler?.id });
      }
      return emit({ type: 'handling-acknowledged', at: c.at, by: c.actor });
    })
    .with({ type: 'hand-off' }, (c) => decideHandOff(c, state, policy))
    .with({ type: 'start-intervention' }, (c) => {
      const guard = handlerGuard(state, c.actor);
      if (guard !== undefined) return guard;
      if (findIntervention(state, c.interventionId) !== undefined) {
        return refuse('intervention-id-taken', { interventionId: c.interventionId });
      }
      return emit({
        type: 'intervention-started',
        at: c.at,
        by: c.actor,
        interventionId: c.interventionId,
        performer: c.actor,
        mode: 'remote',
        nature: c.nature,
      });
    })
    .with({ type: 'dispatch-on-site' }, (c) => decideDispatch(c, state))
    .with({ type: 'record-report' }, (c) => {
      const intervention = findIntervention(state, c.interventionId);
      if (intervention === undefined) {
        return refuse('unknown-intervention', { interventionId: c.interventionId });
      }
      if (intervention.performer.id !== c.actor.id) {
        return refuse('not-the-performer', { performer: intervention.performer.id });
      }
      if (intervention.report !== undefined) {
        return refuse('report-already-recorded', { interventionId: c.interventionId });
      }
      return emit({
        type: 'intervention-reported',
        at: c.at,
        by: c.actor,
        interventionId: c.interventionId,
        report: c.report,
      });
    })
    .with({ type: 'apply-solution' }, (c) => decideSolution(c, state))
    .with({ type: 'inform-user' }, (c) => decideInform(c, state))
    .with({ type: 'pause' }, (c) => {
      if (state.status !== 'in-progress') {
        return refuse('not-in-progress', { status: state.status });
      }
      if (!isHandler(state, c.actor) && state.opening?.by.id !== c.actor.id) {
        return refuse('not-the-handler', { handler: state.handler?.id });
      }
      if (state.waiting !== undefined) return refuse('already-paused');
      return emit({ type: 'ticket-paused', at: c.at, by: c.actor, reason: c.reason });
    })
    .with({ type: 'resume' }, (c) => {
      if (state.waiting === undefined) return refuse('not-paused');
      if (!isHandler(state, c.actor) && state.opening?.by.id !== c.actor.id) {
        return refuse('not-the-handler', { handler: state.handler?.id });
      }
      return emit({ type: 'ticket-resumed', at: c.at, by: c.actor });
    })
    .with({ type: 'link-problem' }, (c) =>
      state.problems.includes(c.problemId)
        ? refuse('problem-already-linked', { problemId: c.problemId })
        : emit({ type: 'problem-linked', at: c.at, by: c.actor, problemId: c.problemId }),
    )
    .with({ type: 'reopen' }, (c) => decideReopen(c, state, policy))
    .with({ type: 'close' }, (c) => {
      const reasons = closureCheck(state, c.actor);
      return reasons.length > 0
        ? err(reasons)
        : emit({ type: 'ticket-closed', at: c.at, by: c.actor });
    })
    .with({ type: 'rebaseline-policy' }, (c) => {
      if (c.actor.level !== 1) return refuse('not-level-1', { level: c.actor.level });
      const fromVersion = state.policyVersion ?? '';
      const base = {
        type: 'policy-rebaselined' as const,
        at: c.at,
        by: c.actor,
        fromVersion,
        toVersion: policy.version,
        reason: c.reason,
      };
      const q = state.qualification;
      if (q === undefined) return emit(base);
      if (!policy.slaTable.targets.has(q.priority)) {
        return refuse('unknown-priority', { priority: q.priority });
      }
      return emit({ ...base, targets: slaTargetsFor(q.priority, policy.slaTable) });
    })
    .exhaustive();
}

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
 * const alice = { id: technicianId('alice'), level: 1 } as const;
 * const r = decideTicket({ type: 'close', at: new Date(0), actor: alice }, initialTicketState);
 * r.ok ? [] : r.error.map((v) => v.code);
 * //=> ['ticket-not-open']
 * ```
 */
export function decideTicket(
  command: TicketCommand,
  state: TicketState,
  policy: TicketPolicy = defaultTicketPolicy,
): TicketDecision {
  const shape = commandShapeProblem(command);
  if (shape !== undefined) {
    return refuse(shape.unknown ? 'unknown-command' : 'malformed-command', {
      reason: shape.reason,
    });
  }
  if (command.type === 'open') {
    if (state.status !== 'new') return refuse('ticket-already-open');
  } else {
    if (state.status === 'new') return refuse('ticket-not-open');
    if (state.status === 'closed' && command.type !== 'reopen' && command.type !== 'link-problem') {
      return refuse('ticket-closed');
    }
    if (command.type === 'rebaseline-policy') {
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
  if (state.updatedAt !== undefined && command.at.getTime() < state.updatedAt.getTime()) {
    return refuse('command-before-last-event', { lastEventAt: state.updatedAt });
  }
  return decideValid(command, state, policy);
}
