/**
 * `npm run indicators -- --store SPEC [--lang fr|en] [--at ISO-DATE]`: the service indicators
 * of a day that `npm start -- --store SPEC` wrote, read back from the store by a new process.
 * It prints the same KPI and SLA tables as `npm start`. "Now" is `--at`, or by default the
 * close of the desk's last day that holds an event (the instant `npm start` measured at).
 *
 *   npm start -- --store pglite:./desk-data && npm run indicators -- --store pglite:./desk-data
 */
import { type Locale, locales } from 'service-desk-rules';
import type { ServiceIndicators } from 'service-desk-rules/metrics';
import { serviceIndicatorsFromStore } from 'service-desk-rules/metrics';
import { readAllEvents } from 'service-desk-rules/storage';
import { deskDays } from './service-desk-day/desk-setup.js';
import { openStore, storeUsage } from './service-desk-day/open-store.js';
import { indicatorOptions } from './service-desk-day/simulation.js';
import { kpiLines, slaLines } from './service-desk-day/terminal-report.js';

const usage = 'Usage: npm run indicators -- --store SPEC [--lang fr|en] [--at ISO-DATE]';

function parse(args: readonly string[]): { store: string; lang: Locale; at?: Date } {
  let store: string | undefined;
  let lang: Locale = 'en';
  let at: Date | undefined;
  for (let k = 0; k < args.length; k += 2) {
    const [flag, value] = [args[k], args[k + 1]];
    if (flag === '--store' && value !== undefined) store = value;
    else if (flag === '--lang' && (locales as readonly unknown[]).includes(value))
      lang = value as Locale;
    else if (flag === '--at' && value !== undefined && !Number.isNaN(Date.parse(value)))
      at = new Date(value);
    else
      throw new TypeError(`Unexpected ${JSON.stringify(flag)} ${JSON.stringify(value)}.\n${usage}`);
  }
  if (store === undefined) throw new TypeError(`${storeUsage}\n${usage}`);
  return at === undefined ? { store, lang } : { store, lang, at };
}

/** The KPI and SLA tables, line for line as `npm start` prints them (the same renderers). */
function indicatorTables(i: ServiceIndicators, lang: Locale): string[] {
  return [...kpiLines(i, lang), '', ...slaLines(i, lang)];
}

/** The close of the desk's last day that holds `last` (days as `npm start` lays them out). */
function endOfDayHolding(last: Date): Date {
  for (let n = 1; n <= 366; n++) {
    const day = deskDays(n).at(-1);
    if (day !== undefined && day.closes.getTime() >= last.getTime()) return day.closes;
  }
  return last;
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const opened = await openStore(options.store);
  try {
    let events = 0;
    let last: Date | undefined;
    for await (const stored of readAllEvents(opened.store)) {
      events++;
      last = stored.event.at;
    }
    if (last === undefined)
      throw new Error(
        `${opened.description} holds no event: run npm start -- --store ${options.store} first.`,
      );
    const at = options.at ?? endOfDayHolding(last);
    const indicators = await serviceIndicatorsFromStore(opened.store, at, indicatorOptions);
    const lines = [
      `${events} events read from ${opened.description}, indicators at ${at.toISOString()}`,
      '',
      ...indicatorTables(indicators, options.lang),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await opened.close();
  }
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
