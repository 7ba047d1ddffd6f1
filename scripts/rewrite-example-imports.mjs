// node scripts/rewrite-example-imports.mjs — rewrites every `../src/<module>/<file>.js` import of
// examples/ into the public entry a product would import it from: `service-desk-rules/<module>`,
// or `service-desk-rules` for core (no subpath of its own). Then run `npx biome check --write
// examples` to merge the imports of one entry. test/architecture.test.ts keeps it so.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'examples');
const files = (d) =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : [],
  );
let changed = 0;
for (const file of files(dir)) {
  const code = readFileSync(file, 'utf8');
  const next = code.replace(
    /(from\s+|import\s+)'(?:\.\.\/)+src\/([a-z0-9-]+)\/[^']+'/g,
    (_, lead, module) =>
      `${lead}'${module === 'core' ? 'service-desk-rules' : `service-desk-rules/${module}`}'`,
  );
  if (next !== code) {
    writeFileSync(file, next);
    changed++;
  }
}
console.log(`rewrote the imports of ${changed} example files`);
