import { err, ok, type Result } from '../core/result.js';
import type { ProblemCommand } from './problem-commands.js';
import { problemCommandTypes } from './problem-commands.js';
import type { ProblemEvent } from './problem-events.js';
import type { IncidentRef } from './problem-ids.js';
import {
  defaultProblemPolicy,
  mayActOnProblem,
  type ProblemActor,
  type ProblemPolicy,
  type ProblemStep,
  problemActorLevels,
} from './problem-policy.js';
import {
  evolveProblem,
  initialProblemState,
  isRecordedProblem,
  type Problem,
  type ProblemState,
} from './problem-state.js';
import { type ProblemStatus, solutionKinds } from './problem-status.js';
import { type ProblemViolation, problemViolation } from './problem-violations.js';

/**
 * The {@link ProblemStep} each command belongs to, which the policy governs.
 *
 * @see seed §4.4.1, §4.4.2
 * @example
 * ```ts
 * problemStepOf['declare-known-error'];
 * //=> 'investigate'
 * ```
 */
export const problemStepOf: { readonly [T in ProblemCommand['type']]: ProblemStep } = {
  'record-problem': 'record',
  'link-incidents': 'link',
  'record-cause': 'investigate',
  'record-solution': 'investigate',
  'declare-known-error': 'investigate',
  'resolve-problem': 'resolve',
  'close-problem': 'close',
};

type RecordedCommandType = Exclude<ProblemCommand['type'], 'record-problem'>;

const allowedStatuses: { readonly [T in RecordedCommandType]: readonly ProblemStatus[] } = {
  'link-incidents': ['open', 'known-error'],
  'record-cause': ['open', 'known-error'],
  'record-solution': ['open', 'known-error'],
  'declare-known-error': ['open'],
  'resolve-problem': ['known-error'],
  'close-problem': ['resolved'],
};

function statusViolation(
  type: RecordedCommandType,
  status: ProblemStatus,
): ProblemViolation | undefined {
  if (allowedStatuses[type].includes(status)) return undefined;
  const details = { status, allowed: [...allowedStatuses[type]] };
  if (status === 'closed') return problemViolation('problem-closed', details);
  if (status === 'resolved') return problemViolation('problem-already-resolved', details);
  if (type === 'declare-known-error')
    return problemViolation('problem-already-known-error', details);
  if (type === 'resolve-problem') return problemViolation('problem-not-known-error', details);
  return problemViolation('problem-not-resolved', details);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function assertCommandShape(command: { problemId?: unknown; at?: unknown; actor?: unknown }): void {
  if (!isText(command.problemId)) {
    throw new TypeError(
      `A problem command needs "problemId", a non-empty string; got ${JSON.stringify(command.problemId)}.`,
    );
  }
  if (!(command.at instanceof Date) || Number.isNaN(command.at.getTime())) {
    throw new TypeError(`A problem command needs "at", a valid Date; got ${String(command.at)}.`);
  }
  const actor = command.actor as Partial<ProblemActor> | undefined;
  if (
    typeof actor !== 'object' ||
    actor === null ||
    !isText(actor.id) ||
    !(problemActorLevels as readonly unknown[]).includes(actor.level) ||
    (actor.group !== undefined && typeof actor.group !== 'string')
  ) {
    throw new TypeError(
      `A problem command needs "actor": { id: non-empty string, level: 1 | 2 | 3, group?: string }; got ${JSON.stringify(actor)}.`,
    );
  }
}

function checkIncidents(
  incidents: unknown,
  alreadyLinked: readonly IncidentRef[],
  out: ProblemViolation[],
): void {
  if (!Array.isArray(incidents) || incidents.length === 0) {
    out.push(problemViolation('problem-without-incident'));
    return;
  }
  const seen = new Set<unknown>();
  for (const incident of incidents as unknown[]) {
    if (!isText(incident)) {
      out.push(
        problemViolation('problem-field-invalid', {
          field: 'incidents',
          value: incident,
          allowed: 'non-empty incident references',
        }),
      );
    } else if (seen.has(incident)) {
      out.push(problemViolation('problem-incident-listed-twice', { incident }));
    } else if (alreadyLinked.includes(incident as IncidentRef)) {
      out.push(problemViolation('problem-incident-already-linked', { incident }));
    }
    seen.add(incident);
  }
}

function requireText(value: unknown, field: string, out: ProblemViolation[]): void {
  if (!isText(value)) out.push(problemViolation('problem-field-required', { field }));
}

function optionalText(value: unknown, field: string, out: ProblemViolation[]): void {
  if (value !== undefined && !isText(value)) {
    out.push(problemViolation('problem-field-invalid', { field, allowed: 'a non-empty text' }));
  }
}

function checkKeywords(value: unknown, out: ProblemViolation[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every(isText)) {
    out.push(
      problemViolation('problem-field-invalid', {
        field: 'keywords',
        allowed: 'a list of non-empty texts',
      }),
    );
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

function contentViolations(
  command: ProblemCommand,
  problem: Problem | undefined,
): ProblemViolation[] {
  const out: ProblemViolation[] = [];
  switch (command.type) {
    case 'record-problem':
      requireText(command.title, 'title', out);
      checkIncidents(command.incidents, [], out);
      optionalText(command.symptom, 'symptom', out);
      optionalText(command.equipment, 'equipment', out);
      optionalText(command.category, 'category', out);
      optionalText(command.description, 'description', out);
      checkKeywords(command.keywords, out);
      break;
    case 'link-incidents':
      checkIncidents(command.incidents, problem?.incidents ?? [], out);
      break;
    case 'record-cause':
      requireText(command.cause, 'cause', out);
      break;
    case 'record-solution':
      if (!(solutionKinds as readonly unknown[]).includes(command.kind)) {
        out.push(
          problemViolation('problem-field-invalid', {
            field: 'kind',
            value: command.kind,
            allowed: solutionKinds.join(', '),
          }),
        );
      }
      requireText(command.description, 'description', out);
      optionalText(command.internalNote, 'internalNote', out);
      break;
    case 'declare-known-error':
      if (problem?.cause === undefined) out.push(problemViolation('problem-cause-unknown'));
      if ((problem?.solutions.length ?? 0) === 0)
        out.push(problemViolation('problem-no-workaround'));
      break;
    case 'resolve-problem':
      requireText(command.change, 'change', out);
      break;
    case 'close-problem':
      break;
  }
  return out;
}

function eventOf(command: ProblemCommand): ProblemEvent {
  const base = { problemId: command.problemId, at: command.at, by: command.actor };
  switch (command.type) {
    case 'record-problem':
      return {
        type: 'problem-recorded',
        ...base,
        title: command.title,
        incidents: [...command.incidents],
        ...optional('symptom', command.symptom),
        ...optional('equipment', command.equipment),
        ...optional('category', command.category),
        keywords: [...(command.keywords ?? [])],
        ...optional('description', command.description),
      };
    case 'link-incidents':
      return { type: 'incidents-linked', ...base, incidents: [...command.incidents] };
    case 'record-cause':
      return { type: 'cause-recorded', ...base, cause: command.cause };
    case 'record-solution':
      return {
        type: 'solution-recorded',
        ...base,
        kind: command.kind,
        description: command.description,
        ...optional('internalNote', command.internalNote),
      };
    case 'declare-known-error':
      return { type: 'known-error-declared', ...base };
    case 'resolve-problem':
      return { type: 'problem-resolved', ...base, change: command.change };
    case 'close-problem':
      return { type: 'problem-closed', ...base };
  }
}

/**
 * Decides what a problem command does (seed §4.4): the events it emits, or every rule it
 * breaks. A refused command emits nothing.
 *
 * Checks, in order: the command is known (`problem-unknown-command`); it fits the problem's
 * stage (recorded or not, the same problem, its status) — a stage refusal is returned alone;
 * then, all together, the policy lets the actor take the step, the command is not dated
 * before the last event, and its content holds (incidents, required texts, and for
 * `declare-known-error` a recorded cause and a workaround or fix). The lifecycle is
 * `open` → `known-error` → `resolved` → `closed`; incidents are linked while `open` or
 * `known-error`; the cause and solutions may be recorded (and refined) in those stages too.
 *
 * @see seed §4.4.1, §4.4.2
 * @throws TypeError when `problemId` is empty, `at` is not a valid Date or `actor` is malformed
 * (programmer errors; untrusted input goes through {@link parseProblemCommand} first).
 * @example
 * ```ts
 * const result = decideProblem(
 *   {
 *     type: 'declare-known-error',
 *     problemId: problemId('PB-1'),
 *     at: new Date('2026-03-03T10:10:00Z'),
 *     actor: { id: 'n2-ana', level: 2 },
 *   },
 *   replayProblem([
 *     {
 *       type: 'problem-recorded',
 *       problemId: problemId('PB-1'),
 *       at: new Date('2026-03-02T09:00:00Z'),
 *       by: { id: 'n1-leo', level: 1 },
 *       title: 'Imprimante hors ligne',
 *       incidents: [incidentRef('INC-1')],
 *       keywords: [],
 *     },
 *   ]),
 * );
 * result.ok ? [] : result.error.map((v) => v.code);
 * //=> ['problem-cause-unknown', 'problem-no-workaround']
 * ```
 */
export function decideProblem(
  command: ProblemCommand,
  state: ProblemState,
  policy: ProblemPolicy = defaultProblemPolicy,
): Result<ProblemEvent[], ProblemViolation[]> {
  const type: unknown =
    typeof command === 'object' && command !== null
      ? (command as { type?: unknown }).type
      : undefined;
  if (!(problemCommandTypes as readonly unknown[]).includes(type)) {
    return err([problemViolation('problem-unknown-command', { type: String(type) })]);
  }
  assertCommandShape(command);
  let problem: Problem | undefined;
  if (command.type === 'record-problem') {
    if (isRecordedProblem(state)) {
      return err([problemViolation('problem-already-recorded', { problemId: state.id })]);
    }
  } else {
    if (!isRecordedProblem(state)) {
      return err([problemViolation('problem-not-recorded', { problemId: command.problemId })]);
    }
    if (state.id !== command.problemId) {
      return err([
        problemViolation('problem-id-mismatch', {
          problemId: state.id,
          commandProblemId: command.problemId,
        }),
      ]);
    }
    const refusal = statusViolation(command.type, state.status);
    if (refusal !== undefined) return err([refusal]);
    problem = state;
  }
  const violations: ProblemViolation[] = [];
  const step = problemStepOf[command.type];
  if (!mayActOnProblem(command.actor, step, policy)) {
    violations.push(
      problemViolation('problem-actor-not-allowed', {
        actorId: command.actor.id,
        level: command.actor.level,
        ...optional('group', command.actor.group),
        step,
      }),
    );
  }
  if (problem !== undefined && command.at.getTime() < problem.lastEventAt.getTime()) {
    violations.push(
      problemViolation('problem-time-before-last-event', {
        at: command.at.toISOString(),
        lastEventAt: problem.lastEventAt.toISOString(),
      }),
    );
  }
  violations.push(...contentViolations(command, problem));
  return violations.length > 0 ? err(violations) : ok([eventOf(command)]);
}

/**
 * The problem decider as one object, for code that runs any decider generically (a command
 * handler over an event store): `decide`, `evolve` and `initialState`.
 *
 * @example
 * ```ts
 * problemDecider.initialState;
 * //=> { status: 'unrecorded' }
 * ```
 */
export const problemDecider: {
  readonly decide: typeof decideProblem;
  readonly evolve: typeof evolveProblem;
  readonly initialState: ProblemState;
} = Object.freeze({
  decide: decideProblem,
  evolve: evolveProblem,
  initialState: initialProblemState,
});
