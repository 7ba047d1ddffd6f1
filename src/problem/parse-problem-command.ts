import { describeValue } from '../core/describe-value.js';
import { err, ok, type Result } from '../core/result.js';
import { parseWithSchema } from '../core/schema.js';
import {
  type ProblemCommand,
  problemCommandSchema,
  problemCommandTypes,
} from './problem-command-list.js';
import { type ProblemViolation, problemViolation } from './problem-violations.js';

/** The `type` of an input, read without running the caller's code, for the refusal. */
function typeOf(input: unknown): unknown {
  // Stryker disable next-line LogicalOperator: a primitive has no own type, and null throws inside the try: undefined either way
  if (typeof input !== 'object' || input === null) return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(input, 'type');
    // Stryker disable next-line LogicalOperator: an accessor's descriptor.value is undefined, and `in` on undefined throws inside the try
    return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
  } catch /* Stryker disable next-line BlockStatement: the function returns undefined after an empty catch too */ {
    return undefined;
  }
}

/**
 * Checks an untrusted problem command (plain JavaScript, or JSON with ISO 8601 dates) and
 * returns it typed, with its ids branded and its texts trimmed, or the reasons it is refused:
 * `problem-unknown-command` when its `type` is not a command, else one
 * `problem-malformed-command` per problem with its `details.path`. Unknown keys are dropped.
 * Never throws, whatever the value (BigInt, cycles, Proxies, getters that throw: a getter is
 * refused, never called). It shares each command's schema with the command's type
 * (`commands/<command>.ts`). Nothing is decided: pass the result to {@link decideProblem}.
 *
 * @example
 * ```ts
 * const r = parseProblemCommand({
 *   type: 'resolve-problem',
 *   problemId: 'PB-1',
 *   at: '2026-03-10T16:00:00Z',
 *   actor: { id: 'n2-ana', level: 2 },
 *   change: ' CHG-77 ',
 * });
 * r.ok && [r.value.at.toISOString(), r.value.type === 'resolve-problem' && r.value.change];
 * //=> ['2026-03-10T16:00:00.000Z', 'CHG-77']
 * const bad = parseProblemCommand({ type: 'close-problem', problemId: 'PB-1', at: 'hier', actor: { id: 'x', level: 4 } });
 * bad.ok ? [] : bad.error.map((v) => v.details?.path);
 * //=> [['at'], ['actor', 'level']]
 * ```
 */
export function parseProblemCommand(input: unknown): Result<ProblemCommand, ProblemViolation[]> {
  const read = parseWithSchema(problemCommandSchema, input, 'json');
  if (read.ok) return ok(read.value);
  // Stryker disable next-line MethodExpression: an unknown type is the refusal's only issue, so some and every agree
  const unknown = read.issues.some(
    (issue) => issue.path.length === 0 || (issue.path.length === 1 && issue.path[0] === 'type'),
  );
  if (unknown) {
    const type = typeOf(input);
    return err([
      problemViolation('problem-unknown-command', {
        type: typeof type === 'string' ? type : describeValue(type),
        expected: [...problemCommandTypes],
      }),
    ]);
  }
  return err(
    read.issues.map((issue) =>
      problemViolation('problem-malformed-command', { path: issue.path, reason: issue.reason }),
    ),
  );
}
