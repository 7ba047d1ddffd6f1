import { defineConfig } from 'tsup';

/**
 * The public modules: each is an entry here, a subpath export and a `typesVersions` entry in
 * package.json, and a typedoc entry point (test/package-layout.test.ts keeps them in step).
 */
export const modules = [
  'qualification',
  'sla',
  'handling',
  'ticket',
  'problem',
  'report',
  'metrics',
  'staffing',
  'storage',
  'testing',
  'i18n',
  'postgres',
] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    // Not a subpath (package.json does not export it): an entry of its own keeps the SLA table in
    // a chunk apart from the business calendars, so `import { qualify }` pulls no @date-fns/tz
    // (code splitting groups files by the entries that reach them; scripts/check-bundle-size.mjs).
    'sla/qualify': 'src/sla/qualify.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  outDir: 'dist',
  external: ['zod', 'vitest', 'fast-check', 'pg', '@electric-sql/pglite'],
});
