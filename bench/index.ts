/**
 * `npm run bench`: every benchmark of the library, each against a baseline measured in the
 * same run; prints operations per second and the ratios. Speed is never asserted by tests.
 */
import { formatOps } from './harness.js';
import { runQualificationBench } from './qualification.bench.js';

const suites = [runQualificationBench];

for (const suite of suites) {
  const { rows, summary } = suite();
  console.table(
    rows.map((r) => ({ group: r.group, case: r.name, 'ops/s': formatOps(r.opsPerSecond) })),
  );
  for (const line of summary) console.log(line);
  console.log();
}
