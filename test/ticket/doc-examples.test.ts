import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as handling from '../../src/handling/index.js';
import * as problem from '../../src/problem/index.js';
import * as sla from '../../src/sla/index.js';
import * as testing from '../../src/testing/ticket-arbitraries.js';
import * as ticket from '../../src/ticket/index.js';

/**
 * Every `@example` of src/ticket and of the ticket arbitraries runs: each `expression;`
 * followed by `//=> value` must give that value (compared as JSON, so dates compare by instant
 * and brands vanish). A `try { … } catch (e) { expr; //=> value }` checks a thrown error.
 */
const dir = join(import.meta.dirname, '../../src/ticket');
const testingDir = join(import.meta.dirname, '../../src/testing');

interface Example {
  readonly file: string;
  readonly symbol: string;
  readonly code: string;
}

function examplesOf(file: string, from = dir): Example[] {
  const source = readFileSync(join(from, file), 'utf8');
  const out: Example[] = [];
  for (const block of source.matchAll(
    /\/\*\*([\s\S]*?)\*\/\s*(?:export\s+)?(?:declare\s+)?(?:async\s+)?(?:function|const|type|interface|class)?\s*([A-Za-z_]\w*)?/g,
  )) {
    const doc = (block[1] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    for (const fence of doc.matchAll(/```ts\n([\s\S]*?)```/g)) {
      out.push({ file, symbol: block[2] ?? '?', code: fence[1] ?? '' });
    }
  }
  return out;
}

/** Position just after the last top-level `;` before `end` (0 if none). */
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

/** Rewrites `expr;\n//=> value` into `__check(() => (expr), () => (value));`. */
function instrument(code: string): { program: string; checks: number } {
  const lines = code.split('\n');
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
    program += `${body.slice(0, start)}\n__check(() => (${statement}), () => (${expected.join('\n')}));\n`;
    pending = '';
    checks++;
  }
  return { program: program + pending, checks };
}

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const examples = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((f) => examplesOf(f)),
  ...examplesOf('ticket-arbitraries.ts', testingDir),
];

describe('the TSDoc examples of src/ticket', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(100);
  });

  it.each(examples.map((e) => [`${e.file} › ${e.symbol}`, e] as const))('%s', (_, example) => {
    const { program, checks } = instrument(example.code);
    const js = ts.transpileModule(program, {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    }).outputText;
    const bindings = Object.entries({
      ...sla,
      ...handling,
      ...problem,
      ...ticket,
      ...testing,
      fc,
    });
    let ran = 0;
    const check = (actual: () => unknown, expected: () => unknown) => {
      ran++;
      expect(json(actual())).toEqual(json(expected()));
    };
    new Function('__check', ...bindings.map(([name]) => name), js)(
      check,
      ...bindings.map(([, value]) => value),
    );
    expect(ran).toBe(checks);
    expect(checks).toBeGreaterThan(0);
  });
});
