import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The module map as code (DESIGN.md, Architecture): for every folder of `src/`, the other folders
 * its files may import, and why. `test/architecture.test.ts` fails on any import against it and
 * checks that `docs/architecture.md` shows it (`npm run architecture:update` rewrites the table).
 *
 * The arrows point one way: core ← qualification ← sla ← handling ← ticket, problem ← report,
 * metrics; storage (the port) sits on core only and storage adapters on storage; testing and the
 * root entry sit on top.
 */
export interface ModuleLayer {
  /** The modules (folders of `src/`) this one may import, besides itself. */
  readonly mayImport: readonly string[];
  /** Why, in one line (rendered in docs/architecture.md). */
  readonly why: string;
}

export const moduleLayers = {
  core: {
    mayImport: [],
    why: 'Result, RuleViolation, ConfigurationError, describeValue, shared ids: what every rule speaks',
  },
  qualification: {
    mayImport: ['core'],
    why: 'impact, urgency and the priority matrix need nothing but the core (seed §2.5)',
  },
  sla: {
    mayImport: ['core', 'qualification'],
    why: 'the indicator table is keyed by priority; `qualify` joins the matrix and the table here',
  },
  handling: {
    mayImport: ['core', 'qualification', 'sla'],
    why: 'support levels, level-1 budget, hand-offs: durations are working durations of sla',
  },
  ticket: {
    mayImport: ['core', 'qualification', 'sla', 'handling'],
    why: 'the ticket decider applies qualification, SLA clocks and handling rules (seed §4–§6)',
  },
  problem: {
    mayImport: ['core', 'qualification', 'sla', 'handling'],
    why: 'problems and known errors sit beside tickets, never on them: an incident is a reference',
  },
  report: {
    mayImport: ['core', 'qualification', 'sla', 'handling', 'ticket', 'problem'],
    why: 'intervention reports may name what the rules below define (seed §6.5)',
  },
  i18n: {
    mayImport: ['core', 'qualification', 'sla', 'handling', 'ticket', 'problem', 'report'],
    why: 'labels of the values the rules define, in fr and en',
  },
  storage: {
    mayImport: ['core'],
    why: 'the EventStore port and its in-memory reference know events, not rules',
  },
  metrics: {
    mayImport: ['core', 'qualification', 'sla', 'handling', 'ticket', 'problem', 'storage'],
    why: "indicators fold the ticket's events, from a stream or from a store",
  },
  staffing: {
    mayImport: ['core', 'qualification', 'sla'],
    why: 'Erlang C / Erlang A need the core; targets may come as SLA types (seed §4.3.2)',
  },
  postgres: {
    mayImport: ['core', 'storage'],
    why: 'a storage adapter implements the port; it knows no rule',
  },
  testing: {
    mayImport: [
      'core',
      'qualification',
      'sla',
      'handling',
      'ticket',
      'problem',
      'report',
      'storage',
      'metrics',
    ],
    why: 'the conformance kit and the arbitraries exercise everything (vitest, fast-check peers)',
  },
} as const satisfies Record<string, ModuleLayer>;

/** A module (a folder of `src/`) known to the table. */
export type ModuleName = keyof typeof moduleLayers;

/**
 * An import against the table that is tolerated for now, by name; each one says why and who
 * removes it.
 */
export interface LayerException {
  readonly name: string;
  /** The importing module. */
  readonly from: string;
  /** The imported file, relative to `src/`. */
  readonly to: string;
  readonly why: string;
}

export const layerExceptions: readonly LayerException[] = [];

/** One import edge between two files, both relative to `src/` with `/` separators. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
}

const moduleOf = (file: string): string => (file.includes('/') ? (file.split('/')[0] ?? '') : '');

/**
 * The imports against the table, each as a sentence naming both files and what is allowed:
 * an unknown module, an arrow the table does not hold, an `index.ts` imported by anything but an
 * `index.ts`, or the root entry importing `testing` (vitest, fast-check) or a file of its own.
 */
export function layerViolations(
  edges: readonly ImportEdge[],
  layers: Readonly<Record<string, ModuleLayer>> = moduleLayers,
  exceptions: readonly LayerException[] = layerExceptions,
): string[] {
  const out: string[] = [];
  const known = (m: string) => Object.hasOwn(layers, m);
  for (const { from, to } of edges) {
    const a = moduleOf(from);
    const b = moduleOf(to);
    if (a === '') {
      if (b === '' || b === 'testing')
        out.push(`${from} → ${to}: the root entry re-exports the modules but testing`);
      continue;
    }
    if (basename(to) === 'index.ts' && basename(from) !== 'index.ts') {
      out.push(`${from} → ${to}: only an index.ts may import an index.ts`);
      continue;
    }
    if (!known(a)) {
      out.push(`${from}: module '${a}' is not in moduleLayers (scripts/module-layers.ts)`);
      continue;
    }
    if (a === b) continue;
    const allowed: readonly string[] = layers[a]?.mayImport ?? [];
    if (allowed.includes(b)) continue;
    if (exceptions.some((e) => e.from === a && e.to === to)) continue;
    out.push(
      `${from} → ${to}: '${a}' may import ${allowed.length === 0 ? 'no other module' : allowed.map((m) => `'${m}'`).join(', ')}, not '${b}'`,
    );
  }
  return out;
}

/** The tables' own rule: the layers form no cycle, and every name in them is a module. */
export function layerTableProblems(
  layers: Readonly<Record<string, ModuleLayer>> = moduleLayers,
): string[] {
  const out: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (m: string, path: readonly string[]): void => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'visiting') {
      out.push(`cycle: ${[...path.slice(path.indexOf(m)), m].join(' → ')}`);
      return;
    }
    state.set(m, 'visiting');
    for (const d of layers[m]?.mayImport ?? []) {
      if (!Object.hasOwn(layers, d)) out.push(`${m} may import '${d}', which is not a module`);
      else visit(d, [...path, m]);
    }
    state.set(m, 'done');
  };
  for (const m of Object.keys(layers)) visit(m, []);
  return out;
}

/** Every `.ts` file under `dir`, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The relative imports of every file under `srcDir` (static, `import type`, `export … from`,
 * side-effect and dynamic `import()`), read by the TypeScript scanner, as edges relative to it.
 */
export function importEdges(srcDir: string): ImportEdge[] {
  const rel = (f: string) => relative(srcDir, f).split(sep).join('/');
  return sourceFiles(srcDir).flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({
        from: rel(file),
        to: rel(resolve(dirname(file), spec.replace(/\.js$/, '.ts'))),
      })),
  );
}

/** The table as docs/architecture.md shows it, between its two markers. */
export function renderLayersTable(
  layers: Readonly<Record<string, ModuleLayer>> = moduleLayers,
  exceptions: readonly LayerException[] = layerExceptions,
): string {
  const rows = Object.entries(layers).map(
    ([m, l]) =>
      `| \`${m}\` | ${l.mayImport.length === 0 ? '—' : l.mayImport.map((d) => `\`${d}\``).join(', ')} | ${l.why} |`,
  );
  const tolerated = exceptions.map(
    (e) => `| \`${e.name}\` | \`${e.from}\` → \`${e.to}\` | ${e.why} |`,
  );
  return [
    layersStart,
    '| module | may import | why |',
    '| --- | --- | --- |',
    ...rows,
    '',
    'Tolerated for now, each to be removed by name:',
    '',
    '| exception | import | why |',
    '| --- | --- | --- |',
    ...tolerated,
    layersEnd,
  ].join('\n');
}

export const layersStart = '<!-- module-layers:start (npm run architecture:update) -->';
export const layersEnd = '<!-- module-layers:end -->';

/** docs/architecture.md with its table replaced by the one rendered from `moduleLayers`. */
export function withLayersTable(doc: string): string {
  const start = doc.indexOf(layersStart);
  const end = doc.indexOf(layersEnd);
  if (start < 0 || end < start) throw new Error(`docs/architecture.md lacks ${layersStart}`);
  return doc.slice(0, start) + renderLayersTable() + doc.slice(end + layersEnd.length);
}
