import { agentsNeeded } from '../src/staffing/index.js';
import { type BenchRow, consume, formatOps, formatRatio, measure } from './harness.js';

/**
 * `agentsNeeded` (80 % within 20 s, 3-minute calls) over loads whose answers span 1 to about
 * 2,000 technicians, against the textbook way measured in the same run: for each candidate
 * count from the load up, Erlang C from its power sum `Σ Aᵏ/k!` in log space (log-sum-exp,
 * so it does not overflow), which costs O(c) per candidate and O(c²) per answer. Reports the
 * speed ratio, that both find the same counts, and the largest relative difference of the
 * service levels they report.
 */
const handleMs = 180_000;
const thresholdMs = 20_000;
const target = 0.8;
const loads = [0.2, 0.9, 2.5, 7, 15, 40, 90, 200, 450, 800, 1200, 1600, 1900];

function textbookServiceLevel(agents: number, load: number): number {
  // ln of Aᵏ/k! for k = 0 … c, then log-sum-exp.
  const lnTerms: number[] = [];
  let lnFactorial = 0;
  const lnLoad = Math.log(load);
  for (let k = 0; k <= agents; k++) {
    if (k > 0) lnFactorial += Math.log(k);
    lnTerms.push(k * lnLoad - lnFactorial);
  }
  const lnLast = (lnTerms[agents] as number) + Math.log(agents / (agents - load));
  let max = lnLast;
  for (let k = 0; k < agents; k++) max = Math.max(max, lnTerms[k] as number);
  let sum = Math.exp(lnLast - max);
  for (let k = 0; k < agents; k++) sum += Math.exp((lnTerms[k] as number) - max);
  const waiting = Math.exp(lnLast - max) / sum;
  return 1 - waiting * Math.exp((-(agents - load) * thresholdMs) / handleMs);
}

function textbookAgentsNeeded(load: number): { agents: number; serviceLevel: number } {
  for (let agents = Math.floor(load) + 1; ; agents++) {
    const serviceLevel = textbookServiceLevel(agents, load);
    if (serviceLevel >= target) return { agents, serviceLevel };
  }
}

const ours = (load: number) =>
  agentsNeeded({
    callsPerHour: (load * 3_600_000) / handleMs,
    handleTime: { minutes: 3 },
    target: { serviceLevel: target, answerWithin: { seconds: 20 } },
  });

/** Runs the staffing suite. */
export function runStaffingBench(): { rows: BenchRow[]; summary: string[] } {
  let largestError = 0;
  let sameCounts = 0;
  let largestCount = 0;
  for (const load of loads) {
    const a = ours(load);
    const b = textbookAgentsNeeded(load);
    if (a.agents === b.agents) sameCounts++;
    largestCount = Math.max(largestCount, a.agents);
    largestError = Math.max(
      largestError,
      Math.abs(a.figures.serviceLevel - b.serviceLevel) / b.serviceLevel,
    );
  }
  const baseline = measure(() => {
    for (const load of loads) consume(textbookAgentsNeeded(load).agents);
  });
  const fast = measure(() => {
    for (const load of loads) consume(ours(load).agents);
  });
  const withPatience = measure(() => {
    for (const load of loads) {
      consume(
        agentsNeeded({
          callsPerHour: (load * 3_600_000) / handleMs,
          handleTime: { minutes: 3 },
          patience: { minutes: 2 },
          target: { serviceLevel: target, answerWithin: { seconds: 20 } },
        }).agents,
      );
    }
  });
  const perSweep = (ops: number) => `${formatOps(ops)} sweeps`;
  return {
    rows: [
      {
        group: 'staffing',
        name: `textbook Erlang C sweep, ${loads.length} loads (baseline)`,
        opsPerSecond: baseline,
      },
      { group: 'staffing', name: 'agentsNeeded, Erlang C', opsPerSecond: fast },
      {
        group: 'staffing',
        name: 'agentsNeeded, Erlang A (patience 2 min)',
        opsPerSecond: withPatience,
      },
    ],
    summary: [
      `agentsNeeded over ${loads.length} loads (0.2 to 1,900 erlangs, answers 1 to ${largestCount} technicians): ${perSweep(fast)} vs textbook ${perSweep(baseline)} → ${formatRatio(fast / baseline)} faster`,
      `same technician counts: ${sameCounts}/${loads.length}; largest relative difference of the service levels: ${largestError.toExponential(2)}`,
      `agentsNeeded with Erlang A (incomplete gamma, bisection): ${perSweep(withPatience)}, ${formatRatio(fast / withPatience)} the time of Erlang C`,
    ],
  };
}
