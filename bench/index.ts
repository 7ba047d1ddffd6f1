/**
 * `npm run bench [-- <suite>…] [--full]`: every benchmark of the library, each against a
 * baseline measured in the same run; prints operations per second and the ratios. Speed is
 * never asserted by tests.
 *
 * `scripts/bench.mjs` bundles this file the way tsup bundles the library (esbuild, node20,
 * function names not kept, dependencies left in node_modules) and runs the bundle with
 * `--expose-gc`, so the figures are those of the code users install. It also runs under tsx
 * (`node --expose-gc --import tsx bench/index.ts`), slower: tsx keeps function names, which
 * costs the hot paths up to a third.
 *
 * Suites: qualification, working-time, ticket, metrics, report, staffing, postgres (all by
 * default; postgres measures the server only when SDR_POSTGRES_URL is set, PGlite always). `--full`
 * also steps the working-time oracle over 250 days and a year (about 15 s a call).
 */
import { type BenchRow, formatOps } from './harness.js';
import { runMetricsBench } from './metrics.bench.js';
import { runPostgresBench } from './postgres.bench.js';
import { runQualificationBench } from './qualification.bench.js';
import { runReportBench } from './report.bench.js';
import { runStaffingBench } from './staffing.bench.js';
import { runTicketBench } from './ticket.bench.js';
import { runPeerChild, runWorkingTimeBench } from './working-time.bench.js';

type SuiteResult = { rows: BenchRow[]; summary: string[] };
type Suite = (options: { full: boolean }) => SuiteResult | Promise<SuiteResult>;

const suites: Record<string, Suite> = {
  qualification: () => runQualificationBench(),
  'working-time': ({ full }) => runWorkingTimeBench({ full }),
  ticket: () => runTicketBench(),
  metrics: () => runMetricsBench(),
  report: () => runReportBench(),
  staffing: () => runStaffingBench(),
  postgres: () => runPostgresBench(),
};

const args = process.argv.slice(2);
if (args[0] === '--peer') {
  // A child process of the working-time suite, measuring one npm peer.
  runPeerChild(args[1] ?? '');
} else {
  const full = args.includes('--full');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !(n in suites));
  if (unknown.length > 0) {
    console.error(
      `Unknown suite ${unknown.join(', ')}; the suites are ${Object.keys(suites).join(', ')}.`,
    );
    process.exit(2);
  }
  for (const name of names.length > 0 ? names : Object.keys(suites)) {
    const started = performance.now();
    const { rows, summary } = await (suites[name] as Suite)({ full });
    console.table(
      rows.map((r) => ({ group: r.group, case: r.name, 'ops/s': formatOps(r.opsPerSecond) })),
    );
    for (const line of summary) console.log(line);
    console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}
