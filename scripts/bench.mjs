// `npm run bench [-- <suite>…] [--full]`: bundles bench/index.ts as tsup bundles the library
// (esbuild, target node20, function names not kept) with the dependencies left in
// node_modules, then runs the bundle with --expose-gc (for the heap figures). The figures
// are thus those of the code users install, not of a loader's on-the-fly transform.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}node_modules/.cache/service-desk-rules/bench.mjs`;

await build({
  entryPoints: [`${root}bench/index.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  keepNames: false,
  logLevel: 'warning',
});

const child = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(child.status ?? 1);
