/**
 * A small benchmark harness: every figure is measured in the same process as its baseline,
 * so the printed ratios hold on a noisy machine. Not a test: speed never fails `npm test`.
 */

/** One measured case: operations per second (median of the rounds). */
export interface BenchRow {
  readonly group: string;
  readonly name: string;
  readonly opsPerSecond: number;
}

let sink = 0;

/** Keeps a value alive so the JIT cannot drop the work that produced it. */
export function consume(value: unknown): void {
  if (value === sink) sink++;
}

/**
 * Measures `fn` (one operation per call): warm-up, then `rounds` rounds of at least
 * `minRoundMs` each; returns the median operations per second.
 */
export function measure(
  fn: () => unknown,
  options: { rounds?: number; minRoundMs?: number } = {},
): number {
  const rounds = options.rounds ?? 7;
  const minRoundMs = options.minRoundMs ?? 150;
  const warmUntil = performance.now() + minRoundMs;
  while (performance.now() < warmUntil) consume(fn());
  const results: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    let batch = 1;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minRoundMs) {
      for (let k = 0; k < batch; k++) consume(fn());
      ops += batch;
      batch *= 2;
      elapsed = performance.now() - start;
    }
    results.push((ops / elapsed) * 1000);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)] ?? 0;
}

/** Formats a number of operations per second for a table. */
export function formatOps(ops: number): string {
  if (ops >= 1e6) return `${(ops / 1e6).toFixed(2)} M/s`;
  if (ops >= 1e3) return `${(ops / 1e3).toFixed(2)} k/s`;
  return `${ops.toFixed(2)} /s`;
}

/** Formats a ratio such as 1.12×. */
export function formatRatio(ratio: number): string {
  return `${ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(2)}×`;
}
