import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every ```ts block of the README and of docs/*.md typechecks under the project's strict
// options, importing `service-desk-rules` and `service-desk-rules/*` as a reader would (mapped to
// src/ by `paths`). Each block is a module of its own; a block without imports continues its
// page, so it sees the imports of the blocks before it. What the prose takes as given (the
// request body, the reader's own store…) is declared below, page by page.
const root = resolve(import.meta.dirname, '..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** Blocks that show a signature or a shape, not code to run: `page#index` (from 0) → why. */
const notCode: Readonly<Record<string, string>> = {
  'docs/sla-clocks.md#1': 'the signature of measureSla, written as a reader reads it',
  'docs/sla-clocks.md#3': 'the shape of an explanation, with a comment per field',
  'docs/sla-clocks.md#4': 'the signature of slaCompliance',
  'docs/storage.md#3': 'continues the block above, with its pool and store',
  'docs/storage.md#4': 'one method of an adapter class, shown alone',
  'docs/storage.md#5': "a test file of the adapter's own repository, importing its own source",
  'docs/qualification.md#1': 'a matrix of 25 cells, written with its cells elided',
};

/** What each page's prose takes as given. */
const given: Readonly<Record<string, string>> = {
  'docs/handling.md': "import { level1TimeBudget } from 'service-desk-rules/handling';",
  'docs/metrics.md': [
    "import { createIndicatorAccumulator, restoreIndicatorAccumulator, type IndicatorAccumulator } from 'service-desk-rules/metrics';",
    "import { readAllEvents } from 'service-desk-rules/storage';",
    "import type { EventStore, TicketEvent, TicketPolicy } from 'service-desk-rules';",
    'declare const store: EventStore<TicketEvent>;',
    'declare const seedPolicy: TicketPolicy, acme2: TicketPolicy;',
    'declare const acc: IndicatorAccumulator, at18h: Date, savedText: string, checkpoint: number;',
    'declare const policies: readonly TicketPolicy[];',
  ].join('\n'),
  'docs/problem.md': [
    "import type { IncidentSummary, KnownErrorBase, ProblemActor, ProblemState } from 'service-desk-rules/problem';",
    "import { defineProblemPolicy, findRecurringIncidents, mayActOnProblem, parseProblemCommand, recordProblemFor, searchKnownErrors } from 'service-desk-rules/problem';",
    'declare const body: string, state: ProblemState, now: Date, leo: ProblemActor;',
    'declare const incidents: readonly IncidentSummary[], base: KnownErrorBase;',
  ].join('\n'),
  'docs/report.md': [
    "import type { InterventionReport } from 'service-desk-rules/report';",
    'declare const body: string, perContract: Record<string, readonly string[]>;',
    'declare const report: InterventionReport, work: InterventionReport["intervention"];',
    'declare function reply(status: number, body: unknown): never;',
    'declare function warn(message: string): void;',
    'declare function exportToWarehouse(report: unknown): void;',
  ].join('\n'),
  'docs/sla.md': [
    "import type { WeeklyHours } from 'service-desk-rules/sla';",
    'declare const hours: WeeklyHours;',
  ].join('\n'),
  'docs/sla-clocks.md': '',
  'docs/storage.md': [
    "import type { AppendConflict, ExpectedVersion, ReadAllPage, Result, RuleViolation } from 'service-desk-rules';",
    "import type { StoredEvent, StreamId, TicketCommand, TicketState } from 'service-desk-rules';",
    'declare const command: TicketCommand;',
    'declare function render(state: TicketState): void;',
    'declare function showViolations(violation: readonly RuleViolation[]): void;',
    'declare function showConflict(conflict: AppendConflict): void;',
    'declare const pool: { query(sql: string): Promise<unknown> };',
    'export type Given = [ExpectedVersion, ReadAllPage<unknown>, Result<0, 0>, StoredEvent<0>, StreamId];',
  ].join('\n'),
  'docs/ticket.md': "declare const command: import('service-desk-rules/ticket').TicketCommand;",
};

interface Block {
  readonly page: string;
  readonly index: number;
  readonly code: string;
}

const blocks: Block[] = pages.flatMap((page) =>
  [...readFileSync(join(root, page), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m, index) => ({
    page,
    index,
    code: m[1] ?? '',
  })),
);

/** The names an import declaration binds, each as a one-name import of its own. */
function bindingsOf(declaration: ts.ImportDeclaration, source: ts.SourceFile): Map<string, string> {
  const from = declaration.moduleSpecifier.getText(source);
  const clause = declaration.importClause;
  const out = new Map<string, string>();
  if (clause === undefined) return out;
  const type = clause.isTypeOnly ? 'type ' : '';
  if (clause.name !== undefined)
    out.set(clause.name.text, `import ${type}${clause.name.text} from ${from};`);
  const named = clause.namedBindings;
  if (named !== undefined && ts.isNamespaceImport(named))
    out.set(named.name.text, `import ${type}* as ${named.name.text} from ${from};`);
  if (named !== undefined && ts.isNamedImports(named))
    for (const e of named.elements)
      out.set(e.name.text, `import ${type}{ ${e.getText(source)} } from ${from};`);
  return out;
}

/** A block's import declarations, and the rest of its statements as text. */
function split(code: string): {
  imports: ts.ImportDeclaration[];
  source: ts.SourceFile;
  body: string;
} {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.ES2022, true);
  const imports = source.statements.filter(ts.isImportDeclaration);
  let body = code;
  for (const i of [...imports].reverse())
    body = body.slice(0, i.getStart(source)) + body.slice(i.getEnd());
  return { imports, source, body };
}

/**
 * The module a block becomes, and the path it gets (beside its page): what the page takes as
 * given, the imports of the blocks before it that it does not import itself (the page goes on),
 * its own imports, and its statements in an async function (a block may `await`, or `return`
 * from the request handler it shows).
 */
function moduleOf(block: Block): { path: string; text: string } {
  const own = split(block.code);
  const bound = new Set(own.imports.flatMap((i) => [...bindingsOf(i, own.source).keys()]));
  const earlier = new Map<string, string>();
  for (const b of blocks)
    if (b.page === block.page && b.index < block.index && !notCode[`${b.page}#${b.index}`]) {
      const { imports, source } = split(b.code);
      for (const i of imports)
        for (const [name, line] of bindingsOf(i, source))
          if (!bound.has(name)) earlier.set(name, line);
    }
  const text = [
    given[block.page] ?? '',
    ...earlier.values(),
    ...own.imports.map((i) => i.getText(own.source)),
    'export async function block() {',
    own.body,
    '}',
  ].join('\n');
  return { path: join(root, `${block.page}.block-${block.index}.ts`), text };
}

function diagnosticsOf(checked: readonly Block[]): Map<string, string[]> {
  const { config } = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const modules = new Map(checked.map((b) => [moduleOf(b).path, { block: b, ...moduleOf(b) }]));
  const compilerOptions: ts.CompilerOptions = {
    ...options,
    noEmit: true,
    noUnusedLocals: false,
    paths: {
      'service-desk-rules': ['./src/index.ts'],
      'service-desk-rules/*': ['./src/*/index.ts'],
    },
  };
  const host = ts.createCompilerHost(compilerOptions);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => modules.get(f)?.text ?? readFile(f);
  host.fileExists = (f) => modules.has(f) || fileExists(f);
  host.getSourceFile = (f, v, onError, create) => {
    const m = modules.get(f);
    return m === undefined
      ? getSourceFile(f, v, onError, create)
      : ts.createSourceFile(f, m.text, v);
  };
  const program = ts.createProgram([...modules.keys()], compilerOptions, host);
  const out = new Map<string, string[]>();
  for (const [path, { block }] of modules) {
    const source = program.getSourceFile(path);
    const found = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ].map((d) => {
      const line =
        d.file !== undefined && d.start !== undefined
          ? d.file.getLineAndCharacterOfPosition(d.start).line + 1
          : 0;
      const text = modules.get(path)?.text.split('\n')[line - 1]?.trim() ?? '';
      return `${ts.flattenDiagnosticMessageText(d.messageText, ' ')} — at: ${text}`;
    });
    out.set(`${block.page}#${block.index}`, found);
  }
  return out;
}

describe('the code blocks of the README and docs/*.md typecheck under strict', () => {
  const checked = blocks.filter((b) => notCode[`${b.page}#${b.index}`] === undefined);
  const diagnostics = diagnosticsOf(checked);

  it('finds the blocks, and every block set aside as a signature exists', () => {
    expect(checked.length).toBeGreaterThan(20);
    const ids = new Set(blocks.map((b) => `${b.page}#${b.index}`));
    expect(Object.keys(notCode).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(checked.map((b) => [`${b.page}#${b.index}`] as const))('%s', (id) => {
    expect(diagnostics.get(id)).toEqual([]);
  });

  it('fails on a block that does not typecheck', () => {
    const wrong = {
      page: 'docs/architecture.md',
      index: 99,
      code: 'const run = (command) => command;',
    };
    blocks.push(wrong);
    try {
      expect(diagnosticsOf([wrong]).get('docs/architecture.md#99')?.[0]).toMatch(
        /implicitly has an 'any'/,
      );
    } finally {
      blocks.pop();
    }
  });
});
