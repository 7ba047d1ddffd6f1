import { defineConfig } from 'tsup';

/** One entry per public module: each is a subpath export in package.json. */
export const entries = ['index', 'qualification/index', 'sla/index', 'i18n/index'] as const;

export default defineConfig({
  entry: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'node20',
  outDir: 'dist',
});
