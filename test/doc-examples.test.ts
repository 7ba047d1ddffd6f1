/// <reference types="vite/client" />
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesIn, publicValuesWithoutExample, runExample } from './doc-examples.js';

// Every module's TSDoc examples run with every export of src/ in scope, internal helpers
// included (date-fns style: an example that lies fails the suite).
const sources = import.meta.glob<Record<string, unknown>>('../src/**/*.ts', { eager: true });
const modules = [
  'core',
  'qualification',
  'sla',
  'handling',
  'ticket',
  'ticket/commands',
  'problem',
  'problem/commands',
  'report',
  'metrics',
  'staffing',
  'storage',
  'testing',
  'i18n',
  'postgres',
];
const bindings: Record<string, unknown> = Object.assign({}, ...Object.values(sources), { fc });

for (const m of modules) {
  const examples = examplesIn(join(import.meta.dirname, '..', 'src', m));
  describe(`the TSDoc examples of src/${m}`, () => {
    it.each(examples.map((e) => [`${e.file} › ${e.symbol}`, e] as const))(
      '%s',
      async (_, example) => {
        const { ran, checks } = await runExample(example, bindings, (a, b) => expect(a).toEqual(b));
        expect(ran).toBe(checks);
        expect(checks).toBeGreaterThan(0);
      },
    );
  });
}

describe('examples where they teach', () => {
  // A function, a class or a constant shows its use; a type needs no example (the types that
  // take and give it show it), so none is required of an interface or a type alias.
  it('every public function, class and constant has an @example with a //=> check', () => {
    expect(publicValuesWithoutExample()).toEqual([]);
  });
});
