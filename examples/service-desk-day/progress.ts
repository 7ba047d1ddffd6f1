/**
 * The progress of a run, on stderr so that stdout stays the report: a line at the end of each
 * simulated day (rewritten in place on a terminal) and a summary line when the run is done.
 */
import type { Locale } from 'service-desk-rules';
import { colon, count, say } from './report-labels.js';
import type { DayProgress, RunHooks, SimulationResult } from './simulation.js';
import { dayLabel } from './terminal-report.js';

/** Where progress goes: a writable text stream, and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Seconds with one decimal, the `lang` way. */
function seconds(ms: number, lang: Locale): string {
  const text = (ms / 1000).toFixed(1);
  return `${lang === 'fr' ? text.replace('.', ',') : text} s`;
}

/** A day's progress line: `day 3/20 (Wed 4 Mar 2026): 1,841 calls, 1,752 tickets, 41 open — 2.3 s`. */
export function progressLine(p: DayProgress, elapsedMs: number, lang: Locale): string {
  return `${say('day', lang)} ${p.day}/${p.days} (${dayLabel(p.closes, lang)})${colon(lang)}${count(p.calls, 'call', 'callsWord', lang)}, ${count(p.tickets, 'ticket', 'ticketsWord', lang)}, ${count(p.open, 'openOne', 'open', lang)} — ${seconds(elapsedMs, lang)}`;
}

/** The hooks that print each day's line to `sink`, and the summary to print at the end. */
export function progressReporter(
  sink: ProgressSink,
  lang: Locale,
  now: () => number,
): { hooks: RunHooks; done(result: SimulationResult): void } {
  const started = now();
  const inPlace = sink.isTTY === true;
  return {
    hooks: {
      onDayEnd: (p) => {
        const line = progressLine(p, now() - started, lang);
        sink.write(inPlace ? `\r\x1b[2K${line}` : `${line}\n`);
      },
    },
    done: (result) => {
      const i = result.indicators;
      sink.write(
        `${inPlace ? '\r\x1b[2K' : ''}${say('simulated', lang)} ${count(result.options.days, 'day', 'days', lang)}${colon(lang)}${count(i.calls.total, 'call', 'callsWord', lang)}, ${count(i.tickets.opened, 'ticket', 'ticketsWord', lang)}, ${say('in', lang)} ${seconds(now() - started, lang)}\n`,
      );
    },
  };
}
