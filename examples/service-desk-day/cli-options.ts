/**
 * The command line of `npm start`: every option is checked before any work starts, written
 * `--option value` or `--option=value`. The options are a table (`cliOptionSpecs`): a new
 * option is one more entry and one more field of `CliOptions`.
 *
 * Exit codes (see `usage`): 0 for a report or `--help`, 2 for a usage error (an unknown option,
 * a bad value, an `--html` file that cannot be written), 1 when the run itself fails.
 */
import { type Locale, locales } from 'service-desk-rules';
import { defaultSimulationOptions, type SimulationOptions } from './desk-setup.js';

/** What the command line asks for. */
export interface CliOptions {
  readonly simulation: SimulationOptions;
  /** The file to write the HTML report to. */
  readonly html?: string;
  /** Where to write the day's events (`postgres://…` or `pglite:FOLDER`); in memory when absent. */
  readonly store?: string;
  /** `--help`: print the usage and do nothing else. */
  readonly help?: true;
}

/** A command-line mistake: the run does not start, the usage is printed, the exit code is 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The exit codes of `npm start`. */
export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** One option: its name, its value's placeholder (none for a switch), what it means, its effect. */
export interface CliOptionSpec {
  readonly name: `--${string}`;
  readonly value?: string;
  readonly help: string;
  readonly apply: (options: CliOptions, value: string) => CliOptions;
}

function integer(name: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(
      `${name} expects a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.`,
    );
  }
  return n;
}

/** An option that sets a whole number of the simulation's options. */
const numberOption =
  (key: 'seed' | 'days' | 'agents' | 'rate', min: number, max: number) =>
  (options: CliOptions, value: string): CliOptions => ({
    ...options,
    simulation: { ...options.simulation, [key]: integer(`--${key}`, value, min, max) },
  });

const d = defaultSimulationOptions;

/** Every option of `npm start`, in the order `--help` lists them. */
export const cliOptionSpecs: readonly CliOptionSpec[] = [
  {
    name: '--seed',
    value: 'N',
    help: `seed of the pseudo-random generator, 0 to 4294967295 (default ${d.seed}): same seed, same report`,
    apply: numberOption('seed', 0, 2 ** 32 - 1),
  },
  {
    name: '--days',
    value: 'N',
    help: `working days from Monday 2 March 2026, 1 to 20 (default ${d.days})`,
    apply: numberOption('days', 1, 20),
  },
  {
    name: '--agents',
    value: 'N',
    help: `level-1 technicians taking calls, 1 to 40 (default ${d.agents})`,
    apply: numberOption('agents', 1, 40),
  },
  {
    name: '--rate',
    value: 'N',
    help: `calls per hour on average, 1 to 200 (default ${d.rate})`,
    apply: numberOption('rate', 1, 200),
  },
  {
    name: '--lang',
    value: 'fr|en',
    help: `the report's language (default ${d.lang})`,
    apply: (o, v) => {
      if (!(locales as readonly string[]).includes(v)) {
        throw new UsageError(`--lang expects fr or en, got ${JSON.stringify(v)}.`);
      }
      return { ...o, simulation: { ...o.simulation, lang: v as Locale } };
    },
  },
  {
    name: '--html',
    value: 'FILE',
    help: 'also write the report as a self-contained HTML page (its folder must exist)',
    apply: (o, v) => {
      if (v.trim() === '') throw new UsageError('--html expects a file name, got "".');
      return { ...o, html: v };
    },
  },
  {
    name: '--store',
    value: 'postgres://…|pglite:FOLDER',
    help: "also write the day's events to PostgreSQL (read them back with npm run indicators)",
    apply: (o, v) => {
      if (!/^(postgres(ql)?:\/\/|pglite:)/.test(v)) {
        throw new UsageError(
          `--store expects postgres://… or pglite:FOLDER, got ${JSON.stringify(v)}.`,
        );
      }
      return { ...o, store: v };
    },
  },
  {
    name: '--help',
    help: 'print this help and exit',
    apply: (o) => ({ ...o, help: true }),
  },
];

/** The usage text: one line a option, and the exit codes. */
export function usage(specs: readonly CliOptionSpec[] = cliOptionSpecs): string {
  const left = specs.map((s) => (s.value === undefined ? s.name : `${s.name} ${s.value}`));
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return [
    'Usage: npm start -- [options]      (or: tsx examples/service-desk-day.ts [options])',
    '',
    'A seeded simulation of a service desk that keeps the rules of service-desk-rules;',
    'the report goes to stdout, progress to stderr. Options, as --option value or --option=value:',
    ...specs.map((s, k) => `  ${(left[k] as string).padEnd(width)}${s.help}`),
    '',
    `Exit codes: ${exitCodes.ok} done, ${exitCodes.usage} usage error (nothing was run), ${exitCodes.failure} the run failed.`,
  ].join('\n');
}

/**
 * Reads the arguments (`--option value` or `--option=value`; `-h` for `--help`). Throws a
 * {@link UsageError} naming the first mistake: an unknown option, an option given twice, a
 * missing or bad value.
 */
export function parseCliOptions(
  args: readonly string[],
  specs: readonly CliOptionSpec[] = cliOptionSpecs,
): CliOptions {
  let options: CliOptions = { simulation: defaultSimulationOptions };
  const seen = new Set<string>();
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] as string;
    const eq = arg.indexOf('=');
    const name = arg === '-h' ? '--help' : eq > 0 ? arg.slice(0, eq) : arg;
    const spec = specs.find((s) => s.name === name);
    if (spec === undefined) {
      throw new UsageError(
        name.startsWith('-')
          ? `Unknown option ${JSON.stringify(name)}; the options are ${specs.map((s) => s.name).join(', ')}.`
          : `Unexpected argument ${JSON.stringify(arg)}: every value follows its option (--days 5 or --days=5).`,
      );
    }
    if (seen.has(spec.name)) throw new UsageError(`${spec.name} is given twice.`);
    seen.add(spec.name);
    let value: string;
    if (spec.value === undefined) {
      if (eq > 0) throw new UsageError(`${spec.name} takes no value, got ${JSON.stringify(arg)}.`);
      value = '';
    } else if (eq > 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[k + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`${spec.name} expects ${spec.value}.`);
      }
      value = next;
      k++;
    }
    options = spec.apply(options, value);
  }
  return options;
}
