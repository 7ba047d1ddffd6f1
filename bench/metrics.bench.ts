import {
  createIndicatorAccumulator,
  type IndicatorEntry,
  type IndicatorOptions,
  serviceIndicators,
} from '../src/metrics/index.js';
import type { TicketEvent } from '../src/ticket/index.js';
import { type BenchRow, consume, formatOps, formatRatio } from './harness.js';
import { eventsOf, lives } from './ticket-lives.js';

const categories = ['réseau', 'bureautique', 'poste de travail', 'messagerie', 'impression'];
const groups = ['niveau 1', 'bureautique', 'réseau', 'niveau 2'];

/** An event of template `t` with its category (on a qualification) or group (seed §4.4). */
function withLabel(e: TicketEvent, t: number): TicketEvent {
  if (e.type === 'ticket-qualified')
    return { ...e, category: categories[t % categories.length] as string };
  if (e.type === 'ticket-taken-in-charge' || e.type === 'ticket-handed-off')
    return { ...e, group: groups[t % groups.length] as string };
  return e;
}

/**
 * About `total` events: the four lives in turn, a ticket opened every 20 s, interleaved in
 * time order. The objects are made in that order, as a store's reader makes them page after
 * page, so the accumulator and the baseline walk memory as they would on a real stream.
 * `labelled`: the same lives with a category on every qualification and an assignment group on
 * every taking in charge and hand-off, made the same way (five variants of each life).
 */
function history(total: number, labelled = false): IndicatorEntry[] {
  const lifeEvents = lives.map(eventsOf);
  const templates = labelled
    ? Array.from({ length: lifeEvents.length * categories.length }, (_, t) =>
        (lifeEvents[t % lifeEvents.length] as TicketEvent[]).map((e) => withLabel(e, t)),
      )
    : lifeEvents;
  // Where each event falls: [instant, ticket, rank in its life], in time order.
  const slots: [number, number, number][] = [];
  for (let k = 0; slots.length < total; k++) {
    const events = templates[k % templates.length] as TicketEvent[];
    events.forEach((e, rank) => {
      slots.push([e.at.getTime() + k * 20_000, k, rank]);
    });
  }
  slots.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const ids: string[] = [];
  return slots.slice(0, total).map(([at, k, rank]) => {
    const e = (templates[k % templates.length] as TicketEvent[])[rank] as TicketEvent;
    ids[k] ??= `T-${k}`;
    return { streamId: ids[k], event: { ...e, at: new Date(at) } as TicketEvent };
  });
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * The heap the accumulator holds after each quarter of the stream (a full GC before each
 * reading, outside the timed runs): flat once the oldest closed tickets leave their reopen
 * window, whatever the number of events seen. Needs node's `--expose-gc`.
 */
function heldByAccumulator(entries: readonly IndicatorEntry[]): string {
  if (gc === undefined) return 'memory: run node with --expose-gc to measure the heap held';
  const heap = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const base = heap();
  const acc = createIndicatorAccumulator();
  const readings: string[] = [];
  const quarter = Math.ceil(entries.length / 4);
  entries.forEach((entry, k) => {
    acc.add(entry);
    if ((k + 1) % quarter === 0 || k + 1 === entries.length) {
      const mib = (heap() - base) / 1024 / 1024;
      readings.push(
        `${(k + 1).toLocaleString('en')} events: ${mib.toFixed(1)} MiB, ${acc.trackedTickets.toLocaleString('en')} tickets tracked`,
      );
    }
  });
  consume(acc);
  return `memory held by the accumulator (open tickets and those within their 5-day reopen window) after ${readings.join('; ')}`;
}

/**
 * Service indicators streamed over 1,000,000 ticket events (target: under 1 s, heap growth
 * bounded by the open tickets), against a baseline loop that only counts the events by type.
 */
export function runMetricsBench(size = 1_000_000): { rows: BenchRow[]; summary: string[] } {
  const time = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const at = new Date(Date.UTC(2026, 3, 1));
  // The fastest of five runs each: the baseline takes about 30 ms, where one scavenge or a
  // neighbour's burst moves its single runs by a fifth.
  const runs = [0, 1, 2, 3, 4];
  const accumulate = (entries: readonly IndicatorEntry[], options: IndicatorOptions) =>
    Math.min(
      ...runs.map(() => {
        gc?.();
        const acc = createIndicatorAccumulator(options);
        const ms = time(() => {
          for (const entry of entries) acc.add(entry);
          consume(acc.snapshot(at));
        });
        consume(acc);
        return ms;
      }),
    );
  // Each stream is made just before its runs and let go after them: every run works with the
  // same heap (one stream of `size` entries).
  let entries = history(size);
  const baselineMs = Math.min(
    ...runs.map(() =>
      time(() => {
        const counts = new Map<string, number>();
        for (const { event } of entries) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
        consume(counts);
      }),
    ),
  );
  const oursMs = accumulate(entries, {});
  const held = heldByAccumulator(entries);
  const tickets = new Set(entries.map((e) => e.streamId)).size;
  // Series per hour on, over events that carry a category and a group: every figure per
  // period, and the breakdowns by group and category filled (by technician and level too).
  entries = [];
  const withLabels = history(size, true);
  const series: IndicatorOptions = { series: { period: 'hour', timeZone: 'Europe/Paris' } };
  const withSeriesMs = accumulate(withLabels, series);
  const sample = serviceIndicators(withLabels, at, series);
  return {
    rows: [
      {
        group: 'metrics',
        name: 'count events by type (baseline)',
        opsPerSecond: (size / baselineMs) * 1000,
      },
      { group: 'metrics', name: 'indicator accumulator', opsPerSecond: (size / oursMs) * 1000 },
      {
        group: 'metrics',
        name: 'indicator accumulator, series per hour, groups and categories',
        opsPerSecond: (size / withSeriesMs) * 1000,
      },
    ],
    summary: [
      `indicators over ${size.toLocaleString('en')} events of ${tickets.toLocaleString('en')} tickets: ${oursMs.toFixed(0)} ms (target < ${(size / 1000).toFixed(0)} ms, 1 s a million) ${oursMs < size / 1000 ? '✓' : '✗'}; ${formatRatio(oursMs / baselineMs)} the baseline loop (${baselineMs.toFixed(0)} ms)`,
      `with a series per hour (${sample.series.length} periods kept, every figure) and the breakdowns by group (${sample.byGroup.size} lines) and category (${sample.byCategory.size}) on: ${withSeriesMs.toFixed(0)} ms, ${formatRatio(withSeriesMs / oursMs)} the indicators without them (target ≤ 1.5×, issue 11.8) ${withSeriesMs / oursMs <= 1.5 ? '✓' : '✗'}`,
      held,
      `throughput: ${formatOps((size / oursMs) * 1000)} events`,
    ],
  };
}
