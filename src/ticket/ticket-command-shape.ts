import { handoffCauses, timeShortageNotices } from '../handling/handoff.js';
import { isSupportLevel } from '../handling/support-level.js';
import { userCommitmentKinds } from '../handling/user-commitments.js';
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

/*
 * A light structural check of a command coming from plain JavaScript, so that `decideTicket`
 * refuses a malformed command instead of throwing or emitting a malformed event. The full
 * check with error paths, for untrusted input, is `parseTicketCommand` (zod).
 */

type Check = (c: Record<string, unknown>) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isDate = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());
const isWorkingDuration = (v: unknown): boolean => {
  try {
    assertWorkingDuration(v);
    return true;
  } catch {
    return false;
  }
};
const oneOf = (list: readonly unknown[], v: unknown): boolean => list.includes(v);

function actorProblem(value: unknown, name: string): string | undefined {
  if (!isObject(value) || !isText(value.id) || !isSupportLevel(value.level)) {
    return `${name} must be { id: non-empty string, level: 1 | 2 | 3 }`;
  }
  return undefined;
}

function first(...problems: (string | undefined | false)[]): string | undefined {
  for (const p of problems) if (typeof p === 'string') return p;
  return undefined;
}

function commitmentProblem(value: unknown, index: number): string | undefined {
  const kinds = userCommitmentKinds.map((k) => JSON.stringify(k)).join(', ');
  if (!isObject(value) || !oneOf(userCommitmentKinds, value.kind)) {
    return `commitments[${index}] must be { kind } with kind one of ${kinds}`;
  }
  if (value.kind === 'contractual-delay' && !isWorkingDuration(value.within)) {
    return `commitments[${index}].within must be a working duration`;
  }
  if (value.kind === 'arrival-time' && !isDate(value.at)) {
    return `commitments[${index}].at must be a valid Date`;
  }
  const ms = value.durationMs;
  if (value.kind === 'duration' && !(typeof ms === 'number' && Number.isFinite(ms) && ms > 0)) {
    return `commitments[${index}].durationMs must be a finite number of milliseconds > 0`;
  }
  return undefined;
}

const text = (c: Record<string, unknown>, key: string): string | false =>
  !isText(c[key]) && `${key} must be a non-empty string`;

const checks: { readonly [K in TicketCommand['type']]: Check } = {
  open: (c) => {
    const caller = c.caller;
    const contract = c.contract;
    const equipment = c.equipment;
    const env = c.environment;
    return first(
      text(c, 'ticketId'),
      text(c, 'description'),
      !(isObject(caller) && isText(caller.name) && typeof caller.contact === 'string') &&
        'caller must be { name, contact, vip? }',
      isObject(caller) &&
        caller.vip !== undefined &&
        typeof caller.vip !== 'boolean' &&
        'caller.vip must be a boolean',
      !(
        isObject(contract) &&
        isText(contract.id) &&
        (contract.equipmentSwap === undefined ||
          oneOf(equipmentSwapArrangements, contract.equipmentSwap)) &&
        (contract.entitlement === undefined ||
          (isObject(contract.entitlement) &&
            typeof contract.entitlement.onSite === 'boolean' &&
            (contract.entitlement.interventionDelay === undefined ||
              isWorkingDuration(contract.entitlement.interventionDelay))))
      ) &&
        'contract must be { id, equipmentSwap?: "loan" | "replacement", entitlement?: { onSite, interventionDelay? } }',
      !(
        isObject(equipment) &&
        oneOf(equipmentKinds, equipment.kind) &&
        isText(equipment.make) &&
        isText(equipment.model) &&
        (equipment.assetId === undefined || typeof equipment.assetId === 'string')
      ) && 'equipment must be { kind: "pc" | "peripheral", make, model, assetId? }',
      !(
        isObject(env) &&
        typeof env.network === 'string' &&
        typeof env.operatingSystem === 'string' &&
        Array.isArray(env.software) &&
        env.software.every((s) => typeof s === 'string')
      ) && 'environment must be { network, operatingSystem, software: string[] }',
    );
  },
  qualify: (c) =>
    first(
      !oneOf(impacts, c.impact) && `impact must be one of ${impacts.join(', ')}`,
      !oneOf(urgencies, c.urgency) && `urgency must be one of ${urgencies.join(', ')}`,
      c.priority !== undefined &&
        !oneOf(priorities, c.priority) &&
        `priority must be one of ${priorities.join(', ')}`,
      c.reason !== undefined && typeof c.reason !== 'string' && 'reason must be a string',
    ),
  'take-in-charge': (c) =>
    c.mode === 'direct'
      ? undefined
      : c.mode === 'deferred'
        ? actorProblem(c.assignee, 'assignee')
        : 'mode must be "direct" or "deferred"',
  acknowledge: () => undefined,
  'hand-off': (c) => {
    const situation = c.situation;
    return first(
      actorProblem(c.to, 'to'),
      !(
        isObject(situation) &&
        oneOf(handoffCauses, situation.cause) &&
        (situation.cause !== 'not-enough-time' || oneOf(timeShortageNotices, situation.noticed))
      ) && 'situation must be a HandoffSituation { cause, noticed? }',
      c.note !== undefined &&
        !(
          isObject(c.note) &&
          typeof c.note.diagnosis === 'string' &&
          typeof c.note.done === 'string'
        ) &&
        'note must be { diagnosis: string, done: string }',
    );
  },
  'start-intervention': (c) => first(text(c, 'interventionId'), text(c, 'nature')),
  'dispatch-on-site': (c) => {
    const request = c.request;
    return first(
      text(c, 'interventionId'),
      actorProblem(c.performer, 'performer'),
      !(
        isObject(request) &&
        typeof request.diagnosis === 'string' &&
        (request.warranty === undefined ||
          (isObject(request.warranty) && isText(request.warranty.supplier))) &&
        (request.nonContractual === undefined || typeof request.nonContractual === 'boolean') &&
        (request.plannedFor === undefined || isDate(request.plannedFor))
      ) && 'request must be { diagnosis, warranty?: { supplier }, nonContractual?, plannedFor? }',
    );
  },
  'record-report': (c) => {
    const report = c.report;
    return first(
      text(c, 'interventionId'),
      !(
        isObject(report) &&
        isText(report.summary) &&
        (report.outcome === 'finished' || report.outcome === 'follow-up') &&
        (report.reference === undefined || typeof report.reference === 'string')
      ) && 'report must be { summary, outcome: "finished" | "follow-up", reference? }',
    );
  },
  'apply-solution': (c) => {
    const s = c.solution;
    const valid =
      isObject(s) &&
      isText(s.description) &&
      ((s.kind === 'fix' && oneOf(solutionNatures, s.nature)) ||
        (s.kind === 'equipment-swap' &&
          (s.arrangement === undefined || oneOf(equipmentSwapArrangements, s.arrangement))));
    return first(
      text(c, 'interventionId'),
      !valid &&
        'solution must be { kind: "fix", nature, description } or { kind: "equipment-swap", description, arrangement? }',
    );
  },
  'inform-user': (c) => {
    const commitments = c.commitments;
    if (commitments === undefined) return first(text(c, 'summary'));
    return first(
      text(c, 'summary'),
      !Array.isArray(commitments) && 'commitments must be a list of UserCommitment',
      ...(Array.isArray(commitments) ? commitments.map(commitmentProblem) : []),
    );
  },
  pause: (c) =>
    oneOf(pauseReasons, c.reason) ? undefined : `reason must be one of ${pauseReasons.join(', ')}`,
  resume: () => undefined,
  'link-problem': (c) => first(text(c, 'problemId')),
  reopen: (c) => first(text(c, 'reason')),
  close: () => undefined,
  'rebaseline-policy': (c) => first(text(c, 'reason')),
};

/**
 * Why `input` is not a well-formed ticket command, or `undefined` when it is. `unknown` tells
 * an unknown `type` from a malformed command of a known type.
 */
export function commandShapeProblem(
  input: unknown,
): { readonly unknown: boolean; readonly reason: string } | undefined {
  if (!isObject(input)) return { unknown: false, reason: 'a command must be an object' };
  const type = input.type;
  if (
    typeof type !== 'string' ||
    !oneOf(ticketCommandTypes, type) ||
    !Object.hasOwn(checks, type)
  ) {
    return {
      unknown: true,
      reason: `type must be one of ${ticketCommandTypes.join(', ')}, got ${JSON.stringify(type) ?? String(type)}`,
    };
  }
  const reason = first(
    !isDate(input.at) && 'at must be a valid Date',
    actorProblem(input.actor, 'actor'),
    checks[type as TicketCommand['type']](input),
  );
  return reason === undefined ? undefined : { unknown: false, reason };
}
