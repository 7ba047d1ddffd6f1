// Independent oracles for the staffing module's tests. None of them shares a formula with
// src/staffing: Erlang C from exact rationals (BigInt), Erlang A from its birth–death chain
// solved state by state, a tagged caller's fate by first-step analysis, and its wait within
// a threshold by uniformization of the tagged caller's Markov chain.

/** `num / den` to a double, to the last bit or so (both exact integers). */
function quotient(num: bigint, den: bigint): number {
  const scale = 10n ** 40n;
  const digits = (num * scale) / den;
  return Number(digits) / 1e40;
}

/**
 * Erlang C's probability of waiting from the textbook power sum, in exact integers: with the
 * load `A = p/q` and `c` agents, `C = (Aᶜ/c!)·c/(c−A) / (Σ_{k<c} Aᵏ/k! + (Aᶜ/c!)·c/(c−A))`,
 * every term multiplied by `c!·qᶜ·(c·q − p)` so that all are integers (`Aᵏ·c!/k!` steps
 * down exactly). Exact for any size; only the final division rounds.
 */
export function exactErlangCWaiting(agents: number, loadNum: bigint, loadDen: bigint): number {
  const c = BigInt(agents);
  // term_k = p^k · q^(c−k) · c!/k!, from k = 0 up.
  let term = loadDen ** c;
  for (let k = 1n; k <= c; k++) term *= k; // c! · q^c
  let sum = 0n;
  for (let k = 0n; k < c; k++) {
    sum += term;
    term = (term * loadNum) / ((k + 1n) * loadDen); // exact: see above
  }
  // term is now p^c (the k = c term: p^c · q^0 · c!/c!).
  const last = term * c * loadDen;
  const spare = c * loadDen - loadNum;
  return quotient(last, sum * spare + last);
}

/** What the Erlang A oracle gives (same meanings as ErlangAFigures). */
export interface OracleFigures {
  readonly probabilityOfWaiting: number;
  readonly abandonment: number;
  readonly serviceLevel: number;
  readonly averageSpeedOfAnswerMs: number;
  readonly averageWaitMs: number;
}

/**
 * The M/M/c+M queue solved as a birth–death chain (rates in 1/ms): `π(n+1)·death(n+1) =
 * π(n)·λ`, truncated where the states weigh less than 1e-18 of the mass, then by PASTA an
 * arrival sees state n. A caller arriving with j callers ahead moves up at rate `cμ + jθ`
 * and hangs up at rate θ: first-step analysis gives P(answered) and E[wait; answered];
 * uniformization of the same chain gives P(answered within t).
 */
export function birthDeathErlangA(
  agents: number,
  callsPerHour: number,
  handleMs: number,
  patienceMs: number,
  answerWithinMs: number,
): OracleFigures {
  const lambda = callsPerHour / 3_600_000;
  const mu = 1 / handleMs;
  const theta = 1 / patienceMs;
  const death = (n: number) => Math.min(n, agents) * mu + Math.max(n - agents, 0) * theta;
  // Unnormalized weights, in log space to survive large loads.
  const lnWeights: number[] = [0];
  let max = 0;
  for (let n = 1; ; n++) {
    const lw = (lnWeights[n - 1] as number) + Math.log(lambda / death(n));
    lnWeights.push(lw);
    if (lw > max) max = lw;
    if (n > agents && lw < max - 45) break;
  }
  const weights = lnWeights.map((lw) => Math.exp(lw - max));
  const total = weights.reduce((s, w) => s + w, 0);
  const pi = weights.map((w) => w / total);
  const queueLength = pi.length - agents; // callers ahead j = 0 … queueLength − 1
  // First-step analysis of the tagged caller with j ahead.
  const served: number[] = [];
  const waitServed: number[] = [];
  for (let j = 0; j < queueLength; j++) {
    const up = agents * mu + j * theta;
    const rate = up + theta;
    const sPrev = j === 0 ? 1 : (served[j - 1] as number);
    const mPrev = j === 0 ? 0 : (waitServed[j - 1] as number);
    const s = (up / rate) * sPrev;
    served.push(s);
    waitServed.push(s / rate + (up / rate) * mPrev);
  }
  let waiting = 0;
  let answeredLater = 0;
  let waitOfServed = 0;
  for (let j = 0; j < queueLength; j++) {
    const p = pi[agents + j] as number;
    waiting += p;
    answeredLater += p * (served[j] as number);
    waitOfServed += p * (waitServed[j] as number);
  }
  const abandonment = waiting - answeredLater;
  let meanQueue = 0;
  for (let n = agents; n < pi.length; n++) meanQueue += (n - agents) * (pi[n] as number);
  // Uniformization: the tagged caller's position distribution after answerWithinMs.
  const uniform = agents * mu + queueLength * theta + theta;
  const position = pi.slice(agents).map((p) => p);
  let answeredInTime = 0;
  const steps = uniform * answerWithinMs;
  let poisson = Math.exp(-steps);
  let lnPoisson = -steps;
  let cumulative = 0;
  let current = position;
  let absorbed = 0; // answered by the k-th jump
  for (let k = 0; k < 100_000; k++) {
    poisson = Math.exp(lnPoisson);
    answeredInTime += poisson * absorbed;
    cumulative += poisson;
    if (k > steps && 1 - cumulative < 1e-16) break;
    const next = new Array<number>(current.length).fill(0);
    for (let j = 0; j < current.length; j++) {
      const mass = current[j] as number;
      if (mass === 0) continue;
      const up = (agents * mu + j * theta) / uniform;
      const stay = 1 - up - theta / uniform;
      next[j] = (next[j] as number) + mass * stay;
      if (j === 0) absorbed += mass * up;
      else next[j - 1] = (next[j - 1] as number) + mass * up;
    }
    current = next;
    lnPoisson += Math.log(steps) - Math.log(k + 1);
  }
  return {
    probabilityOfWaiting: waiting,
    abandonment,
    serviceLevel: 1 - waiting + answeredInTime,
    averageSpeedOfAnswerMs: waitOfServed / (1 - abandonment),
    averageWaitMs: meanQueue / lambda,
  };
}
