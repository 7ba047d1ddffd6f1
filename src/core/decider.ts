import type { Result } from './result.js';
import type { RuleViolation } from './rule-violation.js';

/**
 * The shape of every state machine of the library (the ticket, the problem): `decide` turns
 * a command and the current state into events or a refusal, `evolve` folds one event into
 * the state, and `initialState` is the state of a stream with no event. Both functions are
 * pure; a refused command emits nothing. They are declared as function-valued properties so
 * that the compiler checks their parameters strictly (a decider of other commands is refused).
 *
 * - `C`: the commands; `E`: the events; `S`: the state; `V`: the refusal (by default a list
 *   of `RuleViolation`s, as the ticket and problem deciders return; anything a decider of
 *   yours returns).
 *
 * @example
 * ```ts
 * const counter: Decider<{ add: number }, { added: number }, number, string> = {
 *   decide: (c, total) => (total + c.add > 10 ? err('over-limit') : ok([{ added: c.add }])),
 *   evolve: (total, e) => total + e.added,
 *   initialState: 0,
 * };
 * counter.decide({ add: 3 }, counter.initialState);
 * //=> { ok: true, value: [{ added: 3 }] }
 * ```
 */
export interface Decider<C, E, S, V = readonly RuleViolation[]> {
  /** Decides what a command does to the state: the events it emits, or why it is refused. */
  readonly decide: (command: C, state: S) => Result<readonly E[], V>;
  /** The state after one more event. */
  readonly evolve: (state: S, event: E) => S;
  /** The state of a stream with no event. */
  readonly initialState: S;
}
