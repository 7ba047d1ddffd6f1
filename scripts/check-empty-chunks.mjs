// npm run check:package — fails when the build holds a chunk with no code (an esbuild split chunk
// that only a re-exporting index.ts fell into: every importer would load an empty file).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', 'dist');
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const empty = files(dist)
  .filter((f) => /\.(c|m)?js$/.test(f))
  .filter(
    (f) =>
      readFileSync(f, 'utf8')
        .replace(/['"]use strict['"];?/, '')
        .trim() === '',
  )
  .map((f) => relative(dist, f));
if (empty.length > 0) {
  console.error(`empty chunks in dist/: ${empty.join(', ')}`);
  process.exit(1);
}
console.log('no empty chunk in dist/');
