/** The command line of `npm start`: `--seed N --days N --agents N --rate N --lang fr|en --html FILE`. */
import { type Locale, locales } from 'service-desk-rules';
import { defaultSimulationOptions, type SimulationOptions } from './desk-setup.js';

/** What the command line asks for. */
export interface CliOptions {
  readonly simulation: SimulationOptions;
  readonly html?: string;
}

const usage =
  'Usage: npm start -- [--seed N] [--days 1-20] [--agents 1-40] [--rate 1-200] [--lang fr|en] [--html FILE]';

function integer(flag: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new TypeError(
      `${flag} expects a whole number from ${min} to ${max}, got ${JSON.stringify(value)}.\n${usage}`,
    );
  }
  return n;
}

/** Reads the arguments; throws a `TypeError` with the usage on anything else. */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let simulation: SimulationOptions = defaultSimulationOptions;
  let html: string | undefined;
  for (let k = 0; k < args.length; k += 2) {
    const flag = args[k];
    const value = args[k + 1];
    switch (flag) {
      case '--seed':
        simulation = { ...simulation, seed: integer(flag, value, 0, 2 ** 32 - 1) };
        break;
      case '--days':
        simulation = { ...simulation, days: integer(flag, value, 1, 20) };
        break;
      case '--agents':
        simulation = { ...simulation, agents: integer(flag, value, 1, 40) };
        break;
      case '--rate':
        simulation = { ...simulation, rate: integer(flag, value, 1, 200) };
        break;
      case '--lang':
        if (!(locales as readonly unknown[]).includes(value)) {
          throw new TypeError(`--lang expects fr or en, got ${JSON.stringify(value)}.\n${usage}`);
        }
        simulation = { ...simulation, lang: value as Locale };
        break;
      case '--html':
        if (value === undefined || value.startsWith('--'))
          throw new TypeError(`--html expects a file name.\n${usage}`);
        html = value;
        break;
      default:
        throw new TypeError(`Unknown option ${JSON.stringify(flag)}.\n${usage}`);
    }
  }
  return html === undefined ? { simulation } : { simulation, html };
}
