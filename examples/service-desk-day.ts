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
 *   npm start -- --help                         every option, and the exit codes
 *
 * The report goes to stdout; progress (a line a simulated day) and a summary go to stderr.
 * Exit codes: 0 done, 2 usage error (checked before anything runs), 1 the run failed.
 * The simulation lives in `examples/service-desk-day/`: call generation, the desk's people,
 * problem management, and the report renderers.
 */
import { writeFileSync } from 'node:fs';
import { exitCodes, parseCliOptions, UsageError, usage } from './service-desk-day/cli-options.js';
import { renderHtmlReport } from './service-desk-day/html-report.js';
import { copyEvents, openStore } from './service-desk-day/open-store.js';
import { progressReporter } from './service-desk-day/progress.js';
import { runSimulation } from './service-desk-day/simulation.js';
import { renderTerminalReport } from './service-desk-day/terminal-report.js';
import { assertWritableFile } from './service-desk-day/writable-file.js';

try {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.help === true) {
    process.stdout.write(`${usage()}\n`);
  } else {
    const { simulation, html, store } = options;
    if (html !== undefined) assertWritableFile('--html', html);
    const opened = store === undefined ? undefined : await openStore(store);
    try {
      const progress = progressReporter(process.stderr, simulation.lang, () => performance.now());
      const result = await runSimulation(simulation, progress.hooks);
      progress.done(result);
      process.stdout.write(renderTerminalReport(result, simulation.lang));
      if (html !== undefined) {
        writeFileSync(html, renderHtmlReport(result, simulation.lang));
        process.stdout.write(`\n→ ${html}\n`);
      }
      if (opened !== undefined) {
        const events = await copyEvents(result.desk.store, opened.store);
        const problems = await copyEvents(result.desk.problemStore, opened.problemStore);
        process.stdout.write(`\n→ ${events + problems} events written to ${opened.description}\n`);
      }
    } finally {
      await opened?.close();
    }
  }
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\nnpm start -- --help lists every option.\n`);
    process.exitCode = exitCodes.usage;
  } else {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = exitCodes.failure;
  }
}
