// `npm run mutation [-- <module> ...]`: StrykerJS over the rules of the named modules (all of
// them by default: the scope issue 10 asks for), each mutant run against the tests of those
// modules that reach it (vitest.mutation.config.ts). Every name is checked before Stryker
// starts; an unknown one stops with the list allowed. Not part of CI (5 to 60 minutes a module
// on 2 cores); the HTML and JSON reports go to reports/mutation/<modules>.html and .json
// (ignored), with the incremental file that lets a rerun test only what changed. Extra Stryker
// flags pass through after `--`, e.g. `npm run mutation -- sla -- --concurrency 1` or `-- --force`.
import { spawnSync } from 'node:child_process';

export const mutationModules = [
  'qualification',
  'sla',
  'handling',
  'ticket',
  'problem',
  'report',
  'metrics',
  'storage',
  'staffing',
];

const args = process.argv.slice(2);
const split = args.indexOf('--');
const names = split < 0 ? args : args.slice(0, split);
const passThrough = split < 0 ? [] : args.slice(split + 1);
const unknown = names.filter((n) => !mutationModules.includes(n));
if (unknown.length > 0) {
  console.error(
    `npm run mutation: unknown module ${unknown.map((n) => JSON.stringify(n)).join(', ')}; ` +
      `the modules are ${mutationModules.join(', ')}.`,
  );
  process.exit(2);
}
const chosen = names.length > 0 ? names : mutationModules;
console.error(
  `npm run mutation: mutating ${chosen.join(', ')} (progress below, summary at the end)`,
);
const run = spawnSync('npx', ['stryker', 'run', ...passThrough], {
  stdio: 'inherit',
  env: { ...process.env, SDR_MUTATE_MODULES: chosen.join(',') },
});
process.exit(run.status ?? 1);
