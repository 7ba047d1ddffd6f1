/**
 * `npm start`: a seeded, reproducible day (or week) of a service desk that follows the
 * library's rules end to end on the in-memory event store, and its report.
 *
 *   npm start                                   the default day, in English
 *   npm start -- --seed 7 --days 5 --lang fr    a week, in French
 *   npm start -- --agents 3 --rate 30           a short-staffed desk
 *   npm start -- --html desk.html               the same report as a page with charts
 *   npm start -- --store pglite:./desk-data     the day's events written to PostgreSQL
 *                                               (or --store postgres://…); then
 *                                               npm run indicators -- --store pglite:./desk-data
 *
 * The simulation lives in `examples/service-desk-day/`: call generation, the desk's people,
 * problem management, and the report renderers.
 */
import { writeFileSync } from 'node:fs';
import { parseCliOptions } from './service-desk-day/cli-options.js';
import { renderHtmlReport } from './service-desk-day/html-report.js';
import { copyEvents, openStore } from './service-desk-day/open-store.js';
import { runSimulation } from './service-desk-day/simulation.js';
import { renderTerminalReport } from './service-desk-day/terminal-report.js';

try {
  const { simulation, html, store } = parseCliOptions(process.argv.slice(2));
  const opened = store === undefined ? undefined : await openStore(store);
  const result = await runSimulation(simulation);
  process.stdout.write(renderTerminalReport(result, simulation.lang));
  if (html !== undefined) {
    writeFileSync(html, renderHtmlReport(result, simulation.lang));
    process.stdout.write(`\n→ ${html}\n`);
  }
  if (opened !== undefined) {
    try {
      const events = await copyEvents(result.desk.store, opened.store);
      const problems = await copyEvents(result.desk.problemStore, opened.problemStore);
      process.stdout.write(`\n→ ${events + problems} events written to ${opened.description}\n`);
    } finally {
      await opened.close();
    }
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
