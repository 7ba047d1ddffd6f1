import type { Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';
import type { Schema } from '../core/schema.js';
import type { ProblemEvent } from './problem-events.js';
import type { ProblemStep } from './problem-policy.js';
import type { ProblemMessage } from './problem-shared-violations.js';
import type { Problem } from './problem-state.js';
import type { ProblemStatus } from './problem-status.js';

/**
 * A command as the problem decider hands it to its decision: its `type`, `problemId`, `at`
 * and `actor` are checked; every other field is as the caller gave it (a copy of its own data
 * properties, lists copied), for the decision to check and refuse with its own codes
 * (`problem-field-required`, `problem-field-invalid`…).
 */
export type UncheckedProblemCommand<C> = {
  readonly [K in keyof C]: K extends 'type' | 'problemId' | 'at' | 'actor' ? C[K] : unknown;
};

/**
 * What a problem command's decision gives: its one event, or the reasons its content is
 * refused.
 */
export type ProblemCommandDecision = Result<ProblemEvent, readonly RuleViolation[]>;

/**
 * Everything one problem command is, in one value (one file a command,
 * `commands/<command>.ts`): its `type`; its `schema`, the single source of its TypeScript
 * type and of `parseProblemCommand`'s check; the {@link ProblemStep} the policy governs; the
 * stage it acts in (`'unrecorded'` for the command that records the problem, else the
 * statuses it is allowed in) and the code it is refused with elsewhere (`outOfStage`; a
 * closed or resolved problem gives the shared `problem-closed` and `problem-already-resolved`);
 * the codes only it gives, with their fr/en messages; its decision on its content (the event,
 * or every content refusal), called once the decider's common checks ran; and the seed
 * sections it encodes.
 */
export interface ProblemCommandDefinition<C extends { readonly type: string }, Own extends string> {
  readonly type: C['type'];
  readonly schema: Schema<C>;
  readonly step: ProblemStep;
  readonly allowedIn: 'unrecorded' | readonly ProblemStatus[];
  readonly outOfStage?: Own;
  readonly violations: { readonly [K in Own]: ProblemMessage };
  readonly decide: (
    command: UncheckedProblemCommand<C>,
    problem: Problem | undefined,
  ) => ProblemCommandDecision;
  /** The seed sections the command encodes (`'§4.4.2'`). */
  readonly seed: string;
}

/** Defines a problem command (freezes it; the types are inferred from the schema). */
export function defineProblemCommand<
  C extends { readonly type: string },
  Own extends string = never,
>(definition: ProblemCommandDefinition<C, Own>): ProblemCommandDefinition<C, Own> {
  return Object.freeze(definition);
}
