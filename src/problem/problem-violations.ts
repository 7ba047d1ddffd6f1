import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { RuleViolation } from '../core/rule-violation.js';
import {
  type AnyProblemCommandDefinition,
  problemCommandDefinitions,
} from './problem-command-list.js';
import {
  type ProblemMessage,
  sharedProblemViolationMessages,
} from './problem-shared-violations.js';

type OwnCode = AnyProblemCommandDefinition extends infer D
  ? D extends { readonly violations: infer V }
    ? keyof V & string
    : never
  : never;

/**
 * A code of {@link problemViolationCodes}.
 */
export type ProblemViolationCode = keyof typeof sharedProblemViolationMessages | OwnCode;

/* The message of every code: the shared ones, then each command's own (from the command files). */
const messages: { readonly [C in ProblemViolationCode]: ProblemMessage } = Object.freeze(
  Object.assign(
    {},
    sharedProblemViolationMessages,
    ...problemCommandDefinitions.map((definition) => definition.violations),
  ),
);

/**
 * Every code the problem decider refuses with: the shared ones, then each command's own, in
 * the order of the command list (derived from the command files). Codes are stable: safe to
 * switch on, to store and to translate.
 *
 * | code | refused when |
 * | --- | --- |
 * | `problem-unknown-command` | the command's `type` is not a problem command |
 * | `problem-malformed-command` | {@link parseProblemCommand} or {@link decideProblem} found a field missing or of the wrong type |
 * | `problem-not-recorded` | any other command than `record-problem` before the problem is recorded |
 * | `problem-id-mismatch` | the command names another problem than the state's |
 * | `problem-closed` | any command on a closed problem |
 * | `problem-already-resolved` | linking, investigating or resolving again once resolved |
 * | `problem-actor-not-allowed` | the policy does not let the actor take this step |
 * | `problem-time-before-last-event` | the command is dated before the problem's last event |
 * | `problem-without-incident` | recording or linking with an empty incident list |
 * | `problem-incident-listed-twice` | the same incident twice in one command |
 * | `problem-incident-already-linked` | the incident is already linked to the problem |
 * | `problem-field-required` | a required text (title, cause, solution, change) is empty |
 * | `problem-field-invalid` | a field has a value outside its allowed set |
 * | `problem-already-recorded` | `record-problem` on a problem already recorded |
 * | `problem-already-known-error` | `declare-known-error` on a known error |
 * | `problem-cause-unknown` | declaring a known error without a recorded cause |
 * | `problem-no-workaround` | declaring a known error without a workaround or fix |
 * | `problem-not-known-error` | `resolve-problem` before the problem is a known error |
 * | `problem-not-resolved` | `close-problem` before the problem is resolved |
 *
 * @see seed §4.4
 * @example
 * ```ts
 * problemViolationCodes.includes('problem-cause-unknown');
 * //=> true
 * ```
 */
export const problemViolationCodes: readonly ProblemViolationCode[] = Object.freeze(
  Object.keys(messages) as ProblemViolationCode[],
);

/**
 * A refusal of the problem decider: a {@link RuleViolation} with a
 * {@link ProblemViolationCode}.
 */
export type ProblemViolation = RuleViolation<ProblemViolationCode>;

/**
 * Builds the {@link ProblemViolation} of `code`, its fr/en message filled from `details`
 * (which are also kept on the violation, as a copy of their own fields read once).
 *
 * @see seed §4.4.2
 * @throws TypeError when `code` is not one of {@link problemViolationCodes}, `details` is not
 * an object, or `details` cannot be read as plain data (a getter or a Proxy trap that
 * throws); the message describes the bad value with `describeValue`.
 * @example
 * ```ts
 * problemViolation('problem-field-required', { field: 'cause' }).message.fr;
 * //=> 'Le champ « cause » est obligatoire.'
 * (() => { try { return problemViolation('problem-on-fire' as never); } catch (e) { return e.message; } })();
 * //=> 'problemViolation: unknown code "problem-on-fire"; the codes are listed in problemViolationCodes.'
 * ```
 */
export function problemViolation(
  code: ProblemViolationCode,
  details?: Readonly<Record<string, unknown>>,
): ProblemViolation {
  return guardInput('problemViolation', () => {
    if (typeof code !== 'string' || !Object.hasOwn(messages, code)) {
      throw inputError(
        `problemViolation: unknown code ${describeValue(code)}; the codes are listed in problemViolationCodes.`,
      );
    }
    if (details === undefined) return { code, message: messages[code]({}) };
    if (typeof details !== 'object' || details === null) {
      throw inputError(
        `problemViolation: details must be an object when given, got ${describeValue(details)}.`,
      );
    }
    const copy: Readonly<Record<string, unknown>> = { ...details };
    return { code, message: messages[code](copy), details: copy };
  });
}
