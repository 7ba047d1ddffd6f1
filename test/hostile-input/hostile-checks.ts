import fc from 'fast-check';
import { describeValue } from '../../src/core/describe-value.js';
import * as handling from '../../src/handling/index.js';
import * as i18n from '../../src/i18n/index.js';
import * as root from '../../src/index.js';
import * as metrics from '../../src/metrics/index.js';
import * as problem from '../../src/problem/index.js';
import * as qualification from '../../src/qualification/index.js';
import * as report from '../../src/report/index.js';
import * as sla from '../../src/sla/index.js';
import * as staffing from '../../src/staffing/index.js';
import * as storage from '../../src/storage/index.js';
import { streamId } from '../../src/storage/stream-id.js';
import { ticketCommandArbitrary } from '../../src/testing/ticket-arbitraries.js';
import * as ticket from '../../src/ticket/index.js';
import { createdReport, finishedReport } from '../report/report-fixtures.js';
import { handMadeHostileValues, oddValue, plantIn } from './hostile-values.js';

/**
 * The contracts the hostile-input suite holds every exported function to (issue 10 item 6):
 *
 * - `never-throws`: every `parse*` and every decider (`decide*` functions and the `decide`
 *   of every exported decider object) returns a value, whatever it is given; a parser or a
 *   decider returns a `Result` (`{ ok: boolean }`);
 * - `documented-throws`: every `define*`/`create*`, and every function of the modules whose
 *   functions document their error for bad input (qualification, handling, i18n, staffing), returns
 *   or throws its documented error: a `ConfigurationError`, a `TypeError` or a `RangeError`,
 *   with a message of its own — never a runtime error from inside ("Cannot convert object to
 *   primitive value", "Do not know how to serialize a BigInt", "Maximum call stack size
 *   exceeded"…), never the caller's own exception escaping;
 * - the reference store: `append` resolves or rejects with a `TypeError`; reads likewise.
 *
 * The functions are enumerated from the package's barrels (the root and every subpath but
 * `testing` and `postgres`), so a new `parse*`, `define*`,
 * `create*` or `decide*` is covered without editing this file.
 */
export type Contract = 'never-throws' | 'documented-throws';

/** One function under test, with how to call it and valid samples to plant hostile values in. */
export interface Target {
  readonly name: string;
  readonly contract: Contract;
  readonly call: (value: unknown) => unknown;
  readonly samples: readonly unknown[];
}

/** What one target did under every hostile value. */
export interface TargetOutcome {
  readonly name: string;
  readonly contract: Contract;
  readonly calls: number;
  /** At most a few descriptions of broken promises; empty when the target held. */
  readonly failures: readonly string[];
}

type AnyFunction = (...args: unknown[]) => unknown;

// The root barrel and every subpath an application imports rules from (not `testing`, which is
// the kit itself, nor `postgres`, whose functions need a database client).
const exports: Record<string, unknown> = Object.assign(
  {},
  root,
  qualification,
  sla,
  handling,
  ticket,
  problem,
  report,
  metrics,
  staffing,
  storage,
  i18n,
);

/** Runtime errors from deep inside a function, never a documented refusal. */
const internalError =
  /Cannot convert|serialize a BigInt|Maximum call stack|is not a function|Cannot read prop|is not iterable|Cannot destructure|Cannot create property|Cannot mix BigInt|Cannot convert a Symbol|Invalid time value|proxy that has been revoked|hostile: a caller value threw|object null is not|undefined is not|Class constructor|Invalid array length|Invalid string length/;

/** Valid inputs of the functions, to plant hostile values at every depth. */
function samplesFor(name: string): unknown[] {
  const samples: unknown[] = [];
  const defaults = `default${name.replace(/^(define|create)/, '')}`;
  if (defaults in exports) samples.push(exports[defaults]);
  if (name === 'parseTicketCommand' || name === 'decideTicket') {
    samples.push(...fc.sample(ticketCommandArbitrary(), { numRuns: 6, seed: 7 }));
  }
  if (name.startsWith('parse') && name.includes('Report'))
    samples.push(createdReport, finishedReport);
  if (name === 'parseProblemCommand' || name === 'decideProblem')
    samples.push(...problemCommands());
  return samples;
}

function problemCommands(): unknown[] {
  return problem.problemCommandTypes.map((type) => ({
    type,
    problemId: 'PB-1',
    at: new Date(Date.UTC(2026, 2, 2, 9)),
    by: { id: 'n2-ana', level: 2 },
    incidents: ['INC-1'],
    symptom: 'écran noir',
  }));
}

/** Every function the suite holds to a contract, from the barrels. */
export function targets(): Target[] {
  const list: Target[] = [];
  const seen = new Set<string>();
  const add = (name: string, contract: Contract, call: (value: unknown) => unknown) => {
    if (seen.has(name)) return;
    seen.add(name);
    list.push({ name, contract, call, samples: samplesFor(name) });
  };
  for (const [name, value] of Object.entries(exports)) {
    if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
    const fn = value as AnyFunction;
    if (name.startsWith('parse')) add(name, 'never-throws', (v) => fn(v));
    else if (name.startsWith('decide')) {
      const decider =
        exports[
          `${name.slice('decide'.length, 'decide'.length + 1).toLowerCase()}${name.slice('decide'.length + 1)}Decider`
        ];
      const state = (decider as { initialState?: unknown } | undefined)?.initialState;
      add(name, 'never-throws', (v) => fn(v, state));
    } else if (name.startsWith('define') || name.startsWith('create')) {
      add(name, 'documented-throws', (v) => fn(v));
    }
  }
  for (const [name, value] of Object.entries(exports)) {
    if (!/Decider$/.test(name) || typeof value !== 'object' || value === null) continue;
    const decider = value as { decide?: unknown; initialState?: unknown };
    if (typeof decider.decide !== 'function') continue;
    const decide = decider.decide as AnyFunction;
    add(`${name}.decide`, 'never-throws', (v) => decide(v, decider.initialState));
  }
  // Every function of every rule module: each documents what it throws (a TypeError or
  // RangeError naming the bad input, a ConfigurationError for a policy), and nothing else may
  // escape whatever it is given; the staffing functions document a ConfigurationError for
  // every impossible input.
  const documentedModules = [
    qualification,
    sla,
    handling,
    i18n,
    staffing,
    ticket,
    problem,
    report,
    metrics,
    storage,
  ];
  for (const module of documentedModules as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
      const fn = value as AnyFunction;
      add(name, 'documented-throws', (v) => fn(v, v, v));
    }
  }
  return list;
}

/** The store's methods, each a target of its own. */
export function storeTargets(): Target[] {
  const store = new root.InMemoryEventStore<unknown>();
  let n = 0;
  const id = () => streamId(`hostile-${n++}`);
  return [
    {
      name: 'InMemoryEventStore.append (hostile event)',
      contract: 'documented-throws',
      call: (v) => store.append(id(), [{ type: 'fine' }, v], { expectedVersion: 0 }),
      samples: [{ type: 'opened', at: new Date(0), tags: ['a'] }],
    },
    {
      name: 'InMemoryEventStore.append (hostile batch)',
      contract: 'documented-throws',
      call: (v) => store.append(id(), v as unknown[], { expectedVersion: 0 }),
      samples: [[{ type: 'opened' }]],
    },
    {
      name: 'InMemoryEventStore.append (hostile options)',
      contract: 'documented-throws',
      call: (v) => store.append(id(), [{ type: 'x' }], v as { expectedVersion: 0 }),
      samples: [{ expectedVersion: 0 }],
    },
    {
      name: 'InMemoryEventStore.readStream',
      contract: 'documented-throws',
      call: (v) => store.readStream(v as ReturnType<typeof streamId>, v as undefined),
      samples: [],
    },
    {
      name: 'InMemoryEventStore.readAll',
      contract: 'documented-throws',
      call: (v) => store.readAll(v as undefined),
      samples: [{ fromPosition: 0, limit: 10 }],
    },
  ];
}

/** Why a call broke its contract, or `undefined` when it held. */
async function brokenPromise(target: Target, value: unknown): Promise<string | undefined> {
  let result: unknown;
  try {
    result = target.call(value);
    if (result instanceof Promise) result = await result;
  } catch (error) {
    if (target.contract === 'never-throws') return `threw ${describeError(error)}`;
    const documented =
      error instanceof root.ConfigurationError ||
      error instanceof TypeError ||
      error instanceof RangeError;
    if (!documented) return `threw an undocumented ${describeError(error)}`;
    const message = (error as Error).message;
    if (internalError.test(message))
      return `threw a runtime error from inside: ${describeError(error)}`;
    return undefined;
  }
  if (target.contract === 'never-throws' && /^(parse|decide)/.test(target.name)) {
    if (
      typeof result !== 'object' ||
      result === null ||
      typeof (result as { ok?: unknown }).ok !== 'boolean'
    ) {
      return `returned ${describeValue(result)}, not a Result`;
    }
  }
  return undefined;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.constructor.name}: ${error.message.slice(0, 160)}`;
  return describeValue(error);
}

/** Runs one target against every hostile value: fast-check's odd values, then the traps. */
export async function runTarget(target: Target, numRuns: number): Promise<TargetOutcome> {
  const failures: string[] = [];
  let calls = 0;
  const note = async (label: string, value: unknown) => {
    calls++;
    const broken = await brokenPromise(target, value);
    if (broken !== undefined && failures.length < 6) failures.push(`${label}: ${broken}`);
    return broken === undefined;
  };
  const samples = [undefined, ...target.samples];
  await fc.assert(
    fc.asyncProperty(oddValue, fc.nat(), fc.nat(), async (value, pickSample, pickPath) => {
      const sample = samples[pickSample % samples.length];
      const planted = sample === undefined ? value : plantIn(sample, value, pickPath);
      await note(`fc.anything ${describeValue(value)}`, planted);
    }),
    { numRuns, seed: 42 },
  );
  for (const [label, value, plant] of handMadeHostileValues()) {
    await note(label, value);
    if (!plant) continue;
    for (const sample of target.samples.slice(0, 3)) {
      for (let pick = 0; pick < 6; pick++) {
        await note(`${label} planted in a valid input`, plantIn(sample, value, pick * 7 + 1));
      }
    }
  }
  return { name: target.name, contract: target.contract, calls, failures };
}

/** A record of the built-in prototypes, to tell whether anything polluted them. */
export function prototypeFingerprint(): string {
  const describe = (proto: object) =>
    Reflect.ownKeys(proto)
      .map((key) => {
        const d = Object.getOwnPropertyDescriptor(proto, key);
        return `${String(key)}:${typeof d?.value}:${d?.get === undefined ? '' : 'get'}:${d?.writable}`;
      })
      .sort()
      .join(',');
  return [Object.prototype, Array.prototype, Function.prototype, Date.prototype, Map.prototype]
    .map(describe)
    .join('\n');
}
