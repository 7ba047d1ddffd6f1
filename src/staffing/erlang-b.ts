/**
 * The Erlang B blocking probability of `agents` servers offered `load` erlangs, by the
 * recursion `B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))`: every step stays in [0, 1], so it
 * is stable for thousands of agents where factorials overflow. The basis of Erlang C and
 * Erlang A. Inputs are trusted (the public functions check them first).
 *
 * @param agents - Number of servers, an integer ≥ 0.
 * @param load - Offered load in erlangs (arrival rate × handle time), > 0.
 * @example
 * ```ts
 * erlangB(1, 1);
 * //=> 0.5
 * erlangB(2, 1);
 * //=> 0.2
 * ```
 */
export function erlangB(agents: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (load * b) / (k + load * b);
  return b;
}
