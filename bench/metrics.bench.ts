import { pathToFileURL } from 'node:url';
import { createIndicatorAccumulator, type IndicatorEntry } from '../src/metrics/index.js';
import type { TicketEvent } from '../src/ticket/index.js';
import { type BenchRow, consume, formatOps, formatRatio } from './harness.js';
import { eventsOf, lives } from './ticket-lives.js';

/** About `total` events: the four lives in turn, a ticket opened every 20 s, events interleaved in time order. */
function history(total: number): IndicatorEntry[] {
  const templates = lives.map(eventsOf);
  const entries: { at: number; entry: IndicatorEntry }[] = [];
  let k = 0;
  while (entries.length < total) {
    const events = templates[k % templates.length] as TicketEvent[];
    const shift = k * 20_000;
    const id = `T-${k}`;
    for (const e of events) {
      const at = new Date(e.at.getTime() + shift);
      entries.push({
        at: at.getTime(),
        entry: { streamId: id, event: { ...e, at } as TicketEvent },
      });
    }
    k++;
  }
  entries.sort((a, b) => a.at - b.at);
  return entries.slice(0, total).map((e) => e.entry);
}

function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

/**
 * Service indicators streamed over 1,000,000 ticket events (target: under 1 s, heap growth
 * bounded by the open tickets), against a baseline loop that only counts the events by type.
 */
export function runMetricsBench(size = 1_000_000): { rows: BenchRow[]; summary: string[] } {
  const entries = history(size);
  const time = (fn: () => void) => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  };
  const baselineMs = Math.min(
    ...[0, 1, 2].map(() =>
      time(() => {
        const counts = new Map<string, number>();
        for (const { event } of entries) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
        consume(counts);
      }),
    ),
  );
  let tracked = 0;
  let heapGrowth = 0;
  const oursMs = Math.min(
    ...[0, 1, 2].map(() => {
      const before = heapUsed();
      const acc = createIndicatorAccumulator();
      const ms = time(() => {
        for (const entry of entries) acc.add(entry);
        consume(acc.snapshot(new Date(Date.UTC(2026, 3, 1))));
      });
      tracked = acc.trackedTickets;
      heapGrowth = heapUsed() - before;
      consume(acc);
      return ms;
    }),
  );
  const tickets = new Set(entries.map((e) => e.streamId)).size;
  return {
    rows: [
      {
        group: 'metrics',
        name: 'count events by type (baseline)',
        opsPerSecond: (size / baselineMs) * 1000,
      },
      { group: 'metrics', name: 'indicator accumulator', opsPerSecond: (size / oursMs) * 1000 },
    ],
    summary: [
      `indicators over ${size.toLocaleString('en')} events of ${tickets.toLocaleString('en')} tickets: ${oursMs.toFixed(0)} ms (target < 1000 ms) ${oursMs < 1000 ? '✓' : '✗'}; ${formatRatio(oursMs / baselineMs)} the baseline loop (${baselineMs.toFixed(0)} ms)`,
      `memory: ${tracked} tickets still tracked at the end (open or within their reopen window), heap growth ${(heapGrowth / 1024 / 1024).toFixed(1)} MiB${(globalThis as { gc?: unknown }).gc ? '' : ' (run node with --expose-gc for an exact figure)'}`,
      `throughput: ${formatOps((size / oursMs) * 1000)} events`,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { rows, summary } = runMetricsBench();
  console.table(rows.map((r) => ({ ...r, opsPerSecond: formatOps(r.opsPerSecond) })));
  for (const line of summary) console.log(line);
}
