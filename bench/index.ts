/**
 * `npm run bench`: every benchmark of the library, each against a baseline measured in the
 * same run; prints operations per second and the ratios. Speed is never asserted by tests.
 */
import { formatOps } from './harness.js';
import { runMetricsBench } from './metrics.bench.js';
import { runQualificationBench } from './qualification.bench.js';
import { runReportBench } from './report.bench.js';
import { runTicketBench } from './ticket.bench.js';
import { runWorkingTimeBench } from './working-time.bench.js';

const suites = [
  runQualificationBench,
  runWorkingTimeBench,
  runTicketBench,
  runMetricsBench,
  runReportBench,
];

for (const suite of suites) {
  const { rows, summary } = suite();
  console.table(
    rows.map((r) => ({ group: r.group, case: r.name, 'ops/s': formatOps(r.opsPerSecond) })),
  );
  for (const line of summary) console.log(line);
  console.log();
}
