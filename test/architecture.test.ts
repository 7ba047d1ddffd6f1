import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importEdges,
  layerTableProblems,
  layerViolations,
  moduleLayers,
  withLayersTable,
} from '../scripts/module-layers.js';

// DESIGN.md: arrows point one way, no module imports index.ts, no cycles, and everything in
// src/ except storage adapters is pure (no clock, no randomness, no I/O).
const root = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(root);
const importPattern = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g;

function localImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(importPattern)].map((m) =>
    resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')),
  );
}

const graph = new Map(files.map((f) => [f, localImports(f)]));
const name = (f: string) => relative(root, f);
const isIndex = (f: string) => basename(f) === 'index.ts';

const edges = importEdges(root);

describe('the module map (docs/architecture.md, scripts/module-layers.ts)', () => {
  it('finds the imports, type-only and re-exports included', () => {
    expect(edges).toContainEqual({ from: 'sla/qualify.ts', to: 'sla/sla-table.ts' });
    expect(edges).toContainEqual({ from: 'sla/sla-table.ts', to: 'qualification/levels.ts' });
    expect(edges).toContainEqual({ from: 'index.ts', to: 'ticket/index.ts' });
  });

  it('every import follows the table', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('every folder of src/ is in the table', () => {
    const folders = readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((m) => !Object.hasOwn(moduleLayers, m))).toEqual([]);
  });

  it('the table itself points one way', () => {
    expect(layerTableProblems()).toEqual([]);
    expect(
      layerTableProblems({ a: { mayImport: ['b'], why: '' }, b: { mayImport: ['a'], why: '' } }),
    ).toEqual(['cycle: a → b → a']);
  });

  it('fails on a wrong-way import, naming both files and what is allowed', () => {
    expect(
      layerViolations([
        { from: 'qualification/qualify.ts', to: 'sla/sla-table.ts' },
        { from: 'core/result.ts', to: 'ticket/ticket-ids.ts' },
        { from: 'ticket/decide-ticket.ts', to: 'metrics/service-indicators.ts' },
        { from: 'sla/sla-table.ts', to: 'qualification/index.ts' },
        { from: 'index.ts', to: 'testing/index.ts' },
        { from: 'newcomer/x.ts', to: 'core/result.ts' },
      ]),
    ).toEqual([
      "qualification/qualify.ts → sla/sla-table.ts: 'qualification' may import 'core', not 'sla'",
      "core/result.ts → ticket/ticket-ids.ts: 'core' may import no other module, not 'ticket'",
      "ticket/decide-ticket.ts → metrics/service-indicators.ts: 'ticket' may import 'core', 'qualification', 'sla', 'handling', not 'metrics'",
      'sla/sla-table.ts → qualification/index.ts: only an index.ts may import an index.ts',
      'index.ts → testing/index.ts: the root entry re-exports the modules but testing',
      "newcomer/x.ts: module 'newcomer' is not in moduleLayers (scripts/module-layers.ts)",
    ]);
  });

  it('tolerates a named exception and nothing beside it', () => {
    const exceptions = [{ name: 'x', from: 'ticket', to: 'problem/problem-ids.ts', why: '' }];
    expect(
      layerViolations(
        [
          { from: 'ticket/ticket-state.ts', to: 'problem/problem-ids.ts' },
          { from: 'ticket/ticket-state.ts', to: 'problem/problem-state.ts' },
        ],
        moduleLayers,
        exceptions,
      ),
    ).toEqual([
      "ticket/ticket-state.ts → problem/problem-state.ts: 'ticket' may import 'core', 'qualification', 'sla', 'handling', not 'problem'",
    ]);
  });

  it('docs/architecture.md shows the table', () => {
    const path = resolve(import.meta.dirname, '..', 'docs', 'architecture.md');
    const doc = readFileSync(path, 'utf8');
    expect(
      doc === withLayersTable(doc),
      'docs/architecture.md is stale: run npm run architecture:update',
    ).toBe(true);
  });
});

describe('architecture (DESIGN.md)', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('only index.ts files import an index.ts', () => {
    const offenders = files
      .filter((f) => !isIndex(f))
      .flatMap((f) => (graph.get(f) ?? []).filter(isIndex).map((d) => `${name(f)} → ${name(d)}`));
    expect(offenders).toEqual([]);
  });

  it('index.ts files only re-export', () => {
    const offenders = files
      .filter(isIndex)
      .filter((f) =>
        readFileSync(f, 'utf8')
          .replace(/\/\/.*$/gm, '')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .split(/;\s*/)
          .map((s) => s.trim())
          .some((statement) => statement !== '' && !/^export\s/.test(statement)),
      )
      .map(name);
    expect(offenders).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(f)), f].map(name).join(' → '));
        return;
      }
      state.set(f, 'visiting');
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('keeps rules pure: no clock, no randomness, no I/O outside storage adapters', () => {
    const impure =
      /\bDate\.now\(|new Date\(\)|Math\.random\(|performance\.now\(|from ['"]node:|process\.env/;
    const offenders = files
      .filter((f) => !name(f).startsWith('storage/') && !name(f).startsWith('testing/'))
      .filter((f) => impure.test(readFileSync(f, 'utf8').replace(/^\s*\*.*$/gm, '')))
      .map(name);
    expect(offenders).toEqual([]);
  });

  it('keeps zod out of qualification, sla and i18n', () => {
    const offenders = files
      .filter((f) => /^(qualification|sla|i18n|core)\//.test(name(f)))
      .filter((f) => /from ['"]zod/.test(readFileSync(f, 'utf8')))
      .map(name);
    expect(offenders).toEqual([]);
  });
});

describe('the examples import the package by its name (issue 9.8)', () => {
  // So that a product can copy them; tsconfig paths, the vitest alias and tsx map the names to
  // src/ (node scripts/rewrite-example-imports.mjs rewrites an example that reaches into src/).
  it('no example imports ../src', () => {
    const examples = sourceFiles(resolve(import.meta.dirname, '..', 'examples'));
    expect(examples.length).toBeGreaterThan(3);
    const offenders = examples.filter((f) =>
      /(?:from|import)\s*['"](?:\.\.\/)+src\//.test(readFileSync(f, 'utf8')),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });
});
