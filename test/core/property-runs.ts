// How many cases a heavy property test draws. Under StrykerJS (`npm run mutation`, which sets
// SDR_MUTATE_MODULES) every mutant reruns each property that reaches it, and the whole-desk
// properties of test/metrics reach nearly every mutant: at full strength the `metrics` run takes
// over three hours on two cores. There they draw a quarter of their cases (at least 10), so the
// score measured is that of weaker properties: a lower bound. `npm test` draws them all.
/**
 * The `numRuns` of a heavy property test: `full` in `npm test`, a quarter of it (at least 10)
 * under StrykerJS.
 * @example
 * test.prop([desk], { numRuns: propertyRuns(60) })('…', (d) => { … });
 */
export function propertyRuns(full: number): number {
  return process.env.SDR_MUTATE_MODULES === undefined ? full : Math.max(10, Math.ceil(full / 4));
}
