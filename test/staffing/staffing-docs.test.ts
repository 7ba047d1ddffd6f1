import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, level1BudgetWhatIf } from '../../src/staffing/index.js';

// docs/staffing.md shows tables computed by the module: they must stay what it computes.
const doc = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'staffing.md'), 'utf8');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe('docs/staffing.md', () => {
  it('shows the staffing table of the 200-calls-an-hour desk as computed', () => {
    for (let agents = 9; agents <= 16; agents++) {
      const desk = { callsPerHour: 200, handleTime: { minutes: 3 }, agents };
      const a = erlangA({ ...desk, patience: { minutes: 2 }, answerWithin: { seconds: 20 } });
      const c = agents > 10 ? erlangC({ ...desk, answerWithin: { seconds: 20 } }) : undefined;
      const cells =
        c === undefined
          ? '| — | — | — | — '
          : `| ${pct(c.probabilityOfWaiting)} | ${pct(c.serviceLevel)} | ${s(c.averageSpeedOfAnswerMs)} | ${pct(c.occupancy)} `;
      expect(doc).toContain(
        `| ${agents} ${cells}| ${pct(a.abandonment)} | ${pct(a.serviceLevel)} | ${s(a.averageSpeedOfAnswerMs)} |`,
      );
    }
  });

  it('shows the level-1 budget what-if as computed', () => {
    const rows = level1BudgetWhatIf({
      callsPerHour: 60,
      agents: 6,
      patience: { minutes: 2 },
      budgets: [5, 7, 10, 12, 15].map((minutes) => ({ minutes })),
    });
    for (const r of rows) {
      expect(doc).toContain(
        `| ${r.budgetMs / 60_000} min | ${(r.handleTimeMs / 60_000).toFixed(2)} min | ${pct(r.firstLevelResolution)} | ${s(r.queue.averageSpeedOfAnswerMs)} | ${pct(r.queue.serviceLevel)} | ${pct(r.queue.abandonment)} | ${r.level2CallsPerHour.toFixed(1)} |`,
      );
    }
  });
});
