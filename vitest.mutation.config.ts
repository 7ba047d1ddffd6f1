// The vitest configuration StrykerJS uses (stryker.config.mjs): only the tests of the modules
// being mutated, so that a mutant runs the few tests that cover it and a module's run takes
// minutes. The cross-cutting suites (hostile-input worker, doc examples, docs code blocks,
// public API, README, package layout, examples and simulations, postgres, browser) are left out:
// they run in `npm test`, and here they would only multiply the time each mutant takes.
// SDR_MUTATE_MODULES is set by scripts/mutation.mjs (`npm run mutation -- <module>...`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

/** The default scope of a bare `npx stryker run`: the qualification rules and the closure check. */
const defaultModules = ['qualification', 'ticket'];
const modules = process.env.SDR_MUTATE_MODULES?.split(',').filter((m) => m !== '') ?? [];

/** Tests elsewhere than test/<module>/ that check a module's rules. */
const alsoTesting: Readonly<Record<string, readonly string[]>> = {
  qualification: ['test/i18n/qualification-labels.test.ts'],
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^service-desk-rules$/, replacement: `${src}index.ts` },
      { find: /^service-desk-rules\/(.*)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: (modules.length > 0 ? modules : defaultModules).flatMap((m) => [
      `test/${m}/**/*.test.ts`,
      ...(alsoTesting[m] ?? []),
    ]),
    setupFiles: ['test/mutation-setup.ts'],
    testTimeout: 60_000,
    typecheck: { enabled: false },
  },
});
