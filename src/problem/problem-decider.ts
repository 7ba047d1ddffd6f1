import type { Decider } from '../core/decider.js';
import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import { schemaKit as k, parseWithSchema } from '../core/schema.js';
import type { UncheckedProblemCommand } from './problem-command-definition.js';
import {
  type AnyProblemCommandDefinition,
  type ProblemCommand,
  type ProblemCommandType,
  problemCommandDefinitions,
  problemCommandTypes,
} from './problem-command-list.js';
import { envelopeSchema, optional } from './problem-command-parts.js';
import type { ProblemEvent } from './problem-events.js';
import {
  defaultProblemPolicy,
  mayActOnProblem,
  type ProblemPolicy,
  type ProblemStep,
} from './problem-policy.js';
import {
  evolveProblem,
  initialProblemState,
  isRecordedProblem,
  type Problem,
  type ProblemState,
} from './problem-state.js';
import type { ProblemStatus } from './problem-status.js';
import {
  type ProblemViolation,
  type ProblemViolationCode,
  problemViolation,
} from './problem-violations.js';

/* The decider's table, derived from the command list (null prototype: 'toString' finds nothing). */
const definitions: Readonly<Record<string, AnyProblemCommandDefinition | undefined>> =
  Object.freeze(
    Object.assign(
      Object.create(null) as object,
      Object.fromEntries(problemCommandDefinitions.map((d) => [d.type, d])),
    ),
  );

/**
 * The {@link ProblemStep} each command belongs to, which the policy governs (derived from
 * the command files).
 *
 * @see seed §4.4.1, §4.4.2
 * @example
 * ```ts
 * problemStepOf['declare-known-error'];
 * //=> 'investigate'
 * ```
 */
export const problemStepOf: { readonly [T in ProblemCommandType]: ProblemStep } = Object.freeze(
  Object.fromEntries(problemCommandDefinitions.map((d) => [d.type, d.step])) as {
    readonly [T in ProblemCommandType]: ProblemStep;
  },
);

/* The refusal of a recorded problem's command in a status it does not act in, if any. */
function statusViolation(
  definition: AnyProblemCommandDefinition,
  allowed: readonly ProblemStatus[],
  status: ProblemStatus,
): ProblemViolation | undefined {
  if (allowed.includes(status)) return undefined;
  const details = { status, allowed: [...allowed] };
  if (status === 'closed') return problemViolation('problem-closed', details);
  if (status === 'resolved') return problemViolation('problem-already-resolved', details);
  // Every command that acts while `open` and `known-error` has no other status left; the
  // fallback is reached only by a state not built by evolveProblem.
  const code: ProblemViolationCode = definition.outOfStage ?? 'problem-not-resolved';
  return problemViolation(code, details);
}

const commandTypeSchema = k.literals(problemCommandTypes);

const anyList = k.array(k.unknown());

/* Whether a value is a list, without throwing (`Array.isArray` throws on a revoked Proxy). */
function listKind(value: unknown): 'list' | 'other' | 'unreadable' {
  try {
    return Array.isArray(value) ? 'list' : 'other';
  } catch /* Stryker disable next-line BlockStatement: without it the list parse refuses the revoked Proxy with the same path and reason */ {
    return 'unreadable';
  }
}

type ReadCommand = UncheckedProblemCommand<ProblemCommand>;

/*
 * The command as a copy of its own data properties (a getter is refused, never called), its
 * type known and its envelope (problemId, at, actor) well formed; or the refusals, with their
 * paths. The rest is checked by the command's decision (`commands/<command>.ts`).
 */
function readCommand(
  input: unknown,
): { readonly command: ReadCommand } | { readonly refusal: ProblemViolation[] } {
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
    const kind = listKind(value);
    // Stryker disable next-line BlockStatement: the list parse below refuses a revoked Proxy with the same path and reason
    if (kind === 'unreadable') {
      return {
        refusal: [
          problemViolation('problem-malformed-command', {
            path: [key],
            reason: 'could not be read',
          }),
        ],
      };
    }
    if (kind === 'other') continue;
    const list = parseWithSchema(anyList, value);
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
    command: { ...fields, ...lists, ...envelope.value, type: type.value } as ReadCommand,
  };
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
  command: ReadCommand,
  state: ProblemState,
  policy: ProblemPolicy,
): Result<ProblemEvent[], ProblemViolation[]> {
  const definition = definitions[command.type] as AnyProblemCommandDefinition;
  let problem: Problem | undefined;
  if (definition.allowedIn === 'unrecorded') {
    if (isRecordedProblem(state)) {
      // Stryker disable next-line LogicalOperator: record-problem, the one command for an unrecorded problem, has this outOfStage
      const code = definition.outOfStage ?? 'problem-already-recorded';
      return err([problemViolation(code, { problemId: state.id })]);
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
    const refusal = statusViolation(definition, definition.allowedIn, state.status);
    if (refusal !== undefined) return err([refusal]);
    problem = state;
  }
  const violations: ProblemViolation[] = [];
  const step = definition.step;
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
  const decided = (
    definition.decide as (
      c: ReadCommand,
      p: Problem | undefined,
    ) => ReturnType<AnyProblemCommandDefinition['decide']>
  )(command, problem);
  if (!decided.ok) violations.push(...(decided.error as readonly ProblemViolation[]));
  return violations.length > 0 || !decided.ok ? err(violations) : ok([decided.value]);
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
