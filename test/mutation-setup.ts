// Setup of vitest.mutation.config.ts (StrykerJS runs only): one fixed fast-check seed.
// @fast-check/vitest names a property test "<name> (with seed=<seed>)", and Stryker picks the
// tests of a mutant by the names it saw in its first run; a new random seed in each run would
// rename every property, so no property would run against any mutant (false survivors).
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20_261_130 });
