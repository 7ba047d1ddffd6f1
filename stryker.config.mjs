// StrykerJS mutates the rules and runs the vitest suite against each mutant; a mutant that
// survives is a rule change no test notices. Run it through `npm run mutation -- <module>...`
// (scripts/mutation.mjs checks the names and sets SDR_MUTATE_MODULES); `npx stryker run` alone
// mutates the qualification rules and the closure check, the scope measured at 95.3 %.
// Each mutant runs only the tests of the mutated modules (vitest.mutation.config.ts), and of
// those only the ones that reach its code (perTest coverage).
const modules = process.env.SDR_MUTATE_MODULES?.split(',').filter((m) => m !== '');
/** Names the reports of one run: `qualification`, `sla+handling`, `default`. */
const scope = modules === undefined || modules.length === 0 ? 'default' : modules.join('+');
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate:
    modules === undefined || modules.length === 0
      ? ['src/qualification/*.ts', 'src/ticket/closure-check.ts', '!src/**/index.ts']
      : [...modules.map((m) => `src/${m}/**/*.ts`), '!src/**/index.ts'],
  // Messages are checked by their codes and a few exact texts, not word for word.
  mutator: { excludedMutations: ['StringLiteral'] },
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  // Added to a mutant's measured net time × timeoutFactor: a mutant that loops forever is
  // called a timeout (killed) after seconds, not a minute.
  timeoutMS: 8_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${scope}.html` },
  jsonReporter: { fileName: `reports/mutation/${scope}.json` },
  // A run under 90 % fails; the scores per module and the equivalent survivors are in the README.
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  // A rerun tests only the mutants whose code or covering tests changed since the last run of
  // the same modules (`-- --force` tests them all again); the file lives in reports/ (ignored).
  incremental: true,
  incrementalFile: `reports/mutation/${scope}.incremental.json`,
};
