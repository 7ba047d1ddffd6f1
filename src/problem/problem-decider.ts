import type { Decider } from '../core/decider.js';
import { describeValue } from '../core/describe-value.js';
import type { ProblemId } from '../core/ids.js';
import { err, ok, type Result } from '../core/result.js';
import { schemaKit as k, parseWithSchema } from '../core/schema.js';
import type { ProblemCommand } from './problem-commands.js';
import { problemCommandTypes } from './problem-commands.js';
import type { ProblemEvent } from './problem-events.js';
import type { IncidentRef } from './problem-ids.js';
import {
  defaultProblemPolicy,
  mayActOnProblem,
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

/* What every problem command carries, read as a copy; the rest is checked by the rules below. */
const envelopeSchema = k.object({
  problemId: k.text<ProblemId>(),
  at: k.date(),
  actor: k.object({
    id: k.text(),
    level: k.literals(problemActorLevels),
    group: k.optional(k.string()),
  }),
});

const commandTypeSchema = k.literals(problemCommandTypes);

const anyList = k.array(k.unknown());

/*
 * The command as a copy of its own data properties (a getter is refused, never called), its
 * type known and its envelope (problemId, at, actor) well formed; or the refusals, with their
 * paths.
 */
function readCommand(
  input: unknown,
): { readonly command: ProblemCommand } | { readonly refusal: ProblemViolation[] } {
  if (typeof input !== 'object' || input === null) {
    return {
      refusal: [
        problemViolation('problem-unknown-command', {
          type: 'undefined',
          expected: [...problemCommandTypes],
        }),
      ],
    };
  }
  const copy = parseWithSchema(k.ownData(), input);
  if (!copy.ok) {
    return {
      refusal: copy.issues.map((issue) =>
        problemViolation('problem-malformed-command', { path: issue.path, reason: issue.reason }),
      ),
    };
  }
  const fields = copy.value;
  const type = parseWithSchema(commandTypeSchema, fields.type);
  if (!type.ok) {
    const value = fields.type;
    return {
      refusal: [
        problemViolation('problem-unknown-command', {
          type: typeof value === 'string' ? value : describeValue(value),
          expected: [...problemCommandTypes],
        }),
      ],
    };
  }
  const envelope = parseWithSchema(envelopeSchema, fields);
  if (!envelope.ok) {
    return {
      refusal: envelope.issues.map((issue) =>
        problemViolation('problem-malformed-command', { path: issue.path, reason: issue.reason }),
      ),
    };
  }
  // The lists are copied (at most 10,000 items, no holes, no getters) before the rules count
  // their items; what the items hold is the rules' business (problem-field-invalid…).
  const lists: Record<string, readonly unknown[]> = {};
  for (const key of ['incidents', 'keywords']) {
    const value = fields[key];
    const list = isListOrUnreadable(value) ? parseWithSchema(anyList, value) : undefined;
    if (list === undefined) continue;
    if (!list.ok) {
      return {
        refusal: list.issues.map((issue) =>
          problemViolation('problem-malformed-command', {
            path: [key, ...issue.path],
            reason: issue.reason,
          }),
        ),
      };
    }
    lists[key] = list.value;
  }
  return {
    command: { ...fields, ...lists, ...envelope.value, type: type.value } as ProblemCommand,
  };
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
 * Never throws: a command that is not an object, whose `type` is not a problem command
 * (`problem-unknown-command`) or whose `problemId`, `at` or `actor` is malformed
 * (`problem-malformed-command`, with `details.path`) is refused as a value, like
 * `decideTicket` does, whatever the value (BigInt, Proxies, getters that throw: a getter is
 * refused, never called). Untrusted JSON goes through {@link parseProblemCommand} first.
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
  input: ProblemCommand,
  state: ProblemState,
  policy: ProblemPolicy = defaultProblemPolicy,
): Result<ProblemEvent[], ProblemViolation[]> {
  const read = readCommand(input);
  if ('refusal' in read) return err(read.refusal);
  try {
    return decideRead(read.command, state, policy);
  } catch (error) {
    // A nested value that throws when read (a Proxy, a getter inside a list): refused, as
    // nothing was applied.
    return err([
      problemViolation('problem-malformed-command', {
        path: [],
        reason: `could not be read (${error instanceof Error ? error.name : 'a thrown value'})`,
      }),
    ]);
  }
}

function decideRead(
  command: ProblemCommand,
  state: ProblemState,
  policy: ProblemPolicy,
): Result<ProblemEvent[], ProblemViolation[]> {
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
 * The problem decider in the library's one decider shape ({@link Decider}), for code that runs any decider generically (a command
 * handler over an event store): `decide`, `evolve` and `initialState`.
 *
 * @example
 * ```ts
 * problemDecider.initialState;
 * //=> { status: 'unrecorded' }
 * ```
 */
export const problemDecider: Decider<
  ProblemCommand,
  ProblemEvent,
  ProblemState,
  ProblemViolation[]
> = Object.freeze({
  decide: decideProblem,
  evolve: evolveProblem,
  initialState: initialProblemState,
});

/**
 * Whether a field may be a list: an array, or a value that throws when asked (a revoked
 * Proxy), which the list schema then refuses with its path instead of the caller's exception.
 */
function isListOrUnreadable(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return true;
  }
}
