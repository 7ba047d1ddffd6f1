import { describe, expect, it } from 'vitest';
import { progressLine, progressReporter } from '../../examples/service-desk-day/progress.js';
import type { SimulationResult } from '../../examples/service-desk-day/simulation.js';

const day = {
  day: 3,
  days: 20,
  closes: new Date('2026-03-04T17:00:00Z'),
  calls: 1841,
  tickets: 1752,
  open: 1,
};

describe('the progress of a long run, on stderr', () => {
  it('says the day, the calls and tickets so far and the time taken, in the run’s language', () => {
    expect(progressLine(day, 2345, 'en')).toBe(
      'day 3/20 (Wed, 4 Mar 2026): 1,841 calls, 1,752 tickets, 1 open — 2.3 s',
    );
    expect(progressLine(day, 2345, 'fr')).toBe(
      'jour 3/20 (mer. 4 mars 2026) : 1\u202f841 appels, 1\u202f752 dossiers, 1 ouvert — 2,3 s',
    );
  });

  it('writes a line a day to a file or pipe, rewrites one line on a terminal, then the summary', () => {
    const result = {
      options: { days: 2 },
      indicators: { calls: { total: 1 }, tickets: { opened: 0 } },
    } as unknown as SimulationResult;
    let clock = 0;
    for (const isTTY of [false, true]) {
      const written: string[] = [];
      const sink = { isTTY, write: (text: string) => written.push(text) };
      const reporter = progressReporter(sink, 'en', () => (clock += 500));
      reporter.hooks.onDayEnd?.({ ...day, day: 1, days: 2 });
      reporter.hooks.onDayEnd?.({ ...day, day: 2, days: 2 });
      reporter.done(result);
      expect(written).toHaveLength(3);
      if (isTTY) {
        for (const text of written) expect(text.startsWith('\r\x1b[2K')).toBe(true);
        expect(written.slice(0, 2).every((t) => !t.endsWith('\n'))).toBe(true);
      } else {
        expect(written.every((t) => t.endsWith('\n') && !t.includes('\r'))).toBe(true);
      }
      expect(written[2]).toMatch(/Simulated 2 days: 1 call, 0 tickets, in \d+\.\d s\n$/);
    }
  });
});
