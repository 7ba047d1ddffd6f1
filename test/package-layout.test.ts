import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modules } from '../tsup.config.js';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const typedoc = JSON.parse(readFileSync(resolve(root, 'typedoc.json'), 'utf8'));

describe('package layout: every module is built, exported, typed and documented', () => {
  it.each(modules)('%s', (m) => {
    expect(existsSync(resolve(root, `src/${m}/index.ts`))).toBe(true);
    expect(pkg.exports[`./${m}`]).toEqual({
      import: { types: `./dist/${m}/index.d.ts`, default: `./dist/${m}/index.js` },
      require: { types: `./dist/${m}/index.d.cts`, default: `./dist/${m}/index.cjs` },
    });
    expect(pkg.typesVersions['*'][m]).toEqual([`./dist/${m}/index.d.cts`]);
    expect(typedoc.entryPoints).toContain(`src/${m}/index.ts`);
  });

  it('exports nothing else but the root and package.json', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(
      ['.', './package.json', ...modules.map((m) => `./${m}`)].sort(),
    );
  });

  it('is side-effect free, ESM first, for Node 20+', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.type).toBe('module');
    expect(pkg.engines.node).toBe('>=20');
  });

  it('ships its guides, its API list and its changelog, and builds before it packs', () => {
    expect(pkg.files).toEqual([
      'dist',
      'docs/*.md',
      'docs/schemas',
      'api/exports.md',
      'CHANGELOG.md',
      'README.md',
      'LICENSE',
    ]);
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts['check:package']).toContain('check-empty-chunks.mjs');
    expect(readFileSync(resolve(root, 'CHANGELOG.md'), 'utf8')).toContain(`## [${pkg.version}]`);
  });
});
