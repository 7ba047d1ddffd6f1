// `npm run mutation [-- <module> ...]`: StrykerJS over the rules of the named modules (all of
// them by default: the scope issue 10 asks for), each mutant run against the vitest suite.
// Every name is checked before Stryker starts; an unknown one stops with the list allowed.
// Not part of CI (it takes minutes a module on 2 cores); the HTML report goes to
// reports/mutation/ (ignored). Extra Stryker flags pass through after `--`, e.g.
// `npm run mutation -- sla -- --concurrency 1`.
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
