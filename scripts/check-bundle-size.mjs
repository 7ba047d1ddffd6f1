// Bundle-size ceilings and must-not-appear lists, per entry (run after `npm run build`).
// Each case bundles a one-line import from the built ESM output with esbuild (minified,
// tree-shaken, dependencies bundled in), gzips it and compares with its budget. A leak of a
// heavy dependency into a small import fails even when the size still fits.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const KiB = 1024;
const heavy = ['zod', 'date-fns', '@date-fns/tz', 'ts-pattern'];
// The database drivers are optional peers of `service-desk-rules/postgres` only.
const drivers = ['pg', 'pg-pool', 'pg-protocol', '@electric-sql/pglite'];

/** @type {{ name: string, code: string, maxGzip: number, mustNotContain: string[] }[]} */
export const budgets = [
  {
    name: "import { priorityOf } from 'service-desk-rules'",
    code: "export { priorityOf } from './dist/index.js';",
    maxGzip: 1.5 * KiB, // 1.35 KiB: its TypeError describes a hostile level with describeValue (issue 10)
    mustNotContain: heavy,
  },
  {
    name: "import { qualify } from 'service-desk-rules'",
    code: "export { qualify } from './dist/index.js';",
    // 3 KiB (was 2): qualify pulls in the SLA table's validation, whose messages now describe
    // bad values with describeValue (issue 10) instead of JSON.stringify: 1.8 → 2.5 KiB gzip.
    maxGzip: 3 * KiB,
    mustNotContain: heavy,
  },
  {
    name: "import * from 'service-desk-rules/qualification'",
    code: "export * from './dist/qualification/index.js';",
    maxGzip: 4 * KiB,
    mustNotContain: heavy,
  },
  {
    name: "import { addWorkingTime } from 'service-desk-rules/sla'",
    code: "export { addWorkingTime, createBusinessCalendar } from './dist/sla/index.js';",
    maxGzip: 8 * KiB,
    mustNotContain: ['zod', 'ts-pattern'],
  },
  {
    name: "import { classifyHandoff } from 'service-desk-rules/handling'",
    code: "export { classifyHandoff } from './dist/handling/index.js';",
    maxGzip: 4 * KiB, // 3.6 KiB: inputs read under guardInput, values described with describeValue
    mustNotContain: ['zod', 'date-fns', '@date-fns/tz'],
  },
  {
    name: "import * from 'service-desk-rules/storage'",
    code: "export * from './dist/storage/index.js';",
    // 5.9 KiB (4.4 before issue 10.2 had handleCommand, followEventStore and loadState check
    // what the store, the decider and the checkpoints answer, each read once): the whole port.
    maxGzip: 6.5 * KiB,
    mustNotContain: [...heavy, 'vitest', 'fast-check', ...drivers],
  },
  {
    name: "import * from 'service-desk-rules' (no database driver)",
    code: "export * from './dist/index.js';",
    maxGzip: 128 * KiB, // about 74 KiB today: this entry is here for the leak check
    mustNotContain: ['vitest', 'fast-check', ...drivers],
  },
  {
    name: "import * from 'service-desk-rules/postgres'",
    code: "export * from './dist/postgres/index.js';",
    maxGzip: 6 * KiB,
    mustNotContain: [...heavy, 'vitest', 'fast-check', ...drivers],
  },
  {
    name: "import { decideTicket } from 'service-desk-rules/ticket'",
    code: "export { decideTicket, evolveTicket } from './dist/ticket/index.js';",
    maxGzip: 25 * KiB, // issue 9: at most 25 % over the 20 KiB it weighed before commands became schemas
    mustNotContain: ['zod', 'vitest', 'fast-check'],
  },
  {
    name: "import { decideProblem } from 'service-desk-rules/problem'",
    code: "export { decideProblem, evolveProblem } from './dist/problem/index.js';",
    // 6.3 KiB (6.0 before the problem commands became one file each): the schema kit, no zod.
    maxGzip: 8 * KiB,
    mustNotContain: ['zod', 'date-fns', '@date-fns/tz', 'vitest', 'fast-check'],
  },
  {
    name: "import { parseInterventionReport } from 'service-desk-rules/report'",
    code: "export { parseInterventionReport } from './dist/report/index.js';",
    maxGzip: 40 * KiB,
    mustNotContain: ['date-fns', '@date-fns/tz', 'ts-pattern', 'vitest', 'fast-check'],
  },
  {
    name: "import { agentsNeeded } from 'service-desk-rules'",
    code: "export { agentsNeeded } from './dist/index.js';",
    maxGzip: 4 * KiB,
    mustNotContain: heavy,
  },
  {
    name: "import * from 'service-desk-rules/staffing'",
    code: "export * from './dist/staffing/index.js';",
    maxGzip: 5 * KiB,
    mustNotContain: [...heavy, 'vitest', 'fast-check'],
  },
  {
    name: "import * from 'service-desk-rules/i18n'",
    code: "export * from './dist/i18n/index.js';",
    maxGzip: 2 * KiB,
    mustNotContain: heavy,
  },
];

function packageOf(path) {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

let failed = 0;
const rows = [];
for (const budget of budgets) {
  const result = await build({
    stdin: { contents: budget.code, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  const gzip = gzipSync(bytes, { level: 9 }).length;
  // Only what ends up in the output counts: esbuild parses more than tree-shaking keeps.
  const kept = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([path]) => path),
  );
  const packages = new Set(kept.map(packageOf).filter(Boolean));
  const leaks = budget.mustNotContain.filter((name) => packages.has(name));
  const ok = gzip <= budget.maxGzip && leaks.length === 0;
  if (!ok) failed++;
  rows.push({
    entry: budget.name,
    minified: `${bytes.length} B`,
    gzip: `${gzip} B`,
    budget: `${budget.maxGzip} B`,
    leaks: leaks.join(', ') || '—',
    ok: ok ? '✓' : '✗',
  });
}
console.table(rows);
if (failed > 0) {
  console.error(
    `bundle-size check: ${failed} entr${failed === 1 ? 'y' : 'ies'} over budget or leaking a dependency`,
  );
  process.exit(1);
}
console.log(`bundle-size check: ${budgets.length} entries within budget, no leaks`);
