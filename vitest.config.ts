import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // The examples import the package by its name, as a product would; tests run them on src/
  // (tsconfig.json maps the same names for tsc and tsx).
  resolve: {
    alias: [
      { find: /^service-desk-rules$/, replacement: `${src}index.ts` },
      { find: /^service-desk-rules\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Properties and oracle comparisons do real work; on a loaded 2-core CI machine a
    // few seconds is not a failure. Speed is measured by npm run bench, never by tests.
    testTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'html'],
    },
  },
});
