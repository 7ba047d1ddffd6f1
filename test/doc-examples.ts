import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { entries } from '../scripts/public-api.js';

/**
 * The TSDoc example runner shared by the doc-example tests: every `@example` fence of a source
 * file runs, and each `expression;` followed by `//=> value` must give that value (compared as
 * JSON, so dates compare by instant and brands vanish). A `try { … } catch (e) { expr; //=>
 * value }` checks a thrown error. Examples may `await`. An example that imports (a whole test
 * file shown as a usage sample, such as the conformance kit's) is shown, not run.
 */
export interface Example {
  readonly file: string;
  readonly symbol: string;
  readonly code: string;
}

/** The examples of every `.ts` file of `dir` (or of the given files), in file order. */
export function examplesIn(dir: string, files?: readonly string[]): Example[] {
  const names =
    files ??
    readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort();
  return names.flatMap((file) => examplesOf(dir, file));
}

function examplesOf(dir: string, file: string): Example[] {
  const source = readFileSync(join(dir, file), 'utf8');
  const out: Example[] = [];
  for (const block of source.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|type|interface|class)?\s*([A-Za-z_]\w*)?/g,
  )) {
    const doc = (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    for (const fence of doc.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const code = fence[1] ?? '';
      if (/^\s*import\s/m.test(code)) continue;
      out.push({ file, symbol: block[2] ?? '?', code });
    }
  }
  return out;
}

/** Position just after the last top-level `;` before the end (0 if none). */
function lastStatementStart(code: string): number {
  let depth = 0;
  let quote: string | undefined;
  const semis: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    if (quote !== undefined) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ';' && depth === 0) semis.push(i);
  }
  return semis.length >= 2 ? (semis[semis.length - 2] as number) + 1 : 0;
}

/** Rewrites `expr;\n//=> value` into `await __check(async () => (expr), async () => (value));`. */
function instrument(code: string): { program: string; checks: number } {
  // A comment after a statement (`f(x); // Friday 10:00`) is prose, not part of the statement.
  const lines = code.split('\n').map((line) => line.replace(/;\s*\/\/(?!=>).*$/, ';'));
  let program = '';
  let pending = '';
  let checks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.trim().startsWith('//=>')) {
      pending += `${line}\n`;
      continue;
    }
    const expected = [line.trim().slice(4)];
    while (lines[i + 1]?.trim().startsWith('// ') === true) {
      expected.push((lines[i + 1] as string).trim().slice(3));
      i++;
    }
    const body = pending.trimEnd();
    const start = lastStatementStart(body);
    const statement = body.slice(start).trim().replace(/;$/, '');
    program += `${body.slice(0, start)}\nawait __check(async () => (${statement}), async () => (${expected.join('\n')}));\n`;
    pending = '';
    checks++;
  }
  return { program: program + pending, checks };
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/**
 * Runs one example with `bindings` in scope; resolves to the number of `//=>` checks it made
 * and the number it contains, and rejects on the first value that differs.
 */
export async function runExample(
  example: Example,
  bindings: Readonly<Record<string, unknown>>,
  equal: (actual: unknown, expected: unknown) => void,
): Promise<{ ran: number; checks: number }> {
  const { program, checks } = instrument(example.code);
  const js = ts.transpileModule(program, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const entries = Object.entries(bindings);
  let ran = 0;
  const check = async (actual: () => Promise<unknown>, expected: () => Promise<unknown>) => {
    ran++;
    equal(json(await actual()), json(await expected()));
  };
  await new AsyncFunction('__check', ...entries.map(([name]) => name), js)(
    check,
    ...entries.map(([, value]) => value),
  );
  return { ran, checks };
}

/**
 * The values (functions, classes, constants) exported by a public entry whose declaration has no
 * `@example` with a `//=>` check, as `file name`; types are not asked for one.
 */
export function publicValuesWithoutExample(): string[] {
  const root = resolve(import.meta.dirname, '..');
  const { config } = ts.readConfigFile(resolve(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const program = ts.createProgram(
    entries.map((e) => e.file),
    { ...options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const missing = new Set<string>();
  for (const { file } of entries) {
    const source = program.getSourceFile(file);
    const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    for (const exported of module === undefined ? [] : checker.getExportsOfModule(module)) {
      const s =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable)))
        continue;
      const decl = s.declarations?.[0];
      if (decl === undefined) continue;
      const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
      const examples = ts
        .getJSDocTags(node)
        .filter((t) => t.tagName.text === 'example')
        .map((t) => ts.getTextOfJSDocComment(t.comment) ?? '');
      if (!examples.some((text) => text.includes('//=>')))
        missing.add(`${relative(root, decl.getSourceFile().fileName)} ${s.name}`);
    }
  }
  return [...missing].sort();
}
