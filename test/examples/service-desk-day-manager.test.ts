/**
 * What a desk manager acts on, in the report of a run (issue 11 item 7): the queue indicators,
 * the open breaches and the at-risk list, the staffing table (Erlang A beside the run's
 * measurement) and the level-1 budget what-if — each checked against an independent recount
 * from the store or against the staffing module called directly.
 */
import { fc, test as fcTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultSimulationOptions } from '../../examples/service-desk-day/desk-setup.js';
import {
  atRiskShown,
  atRiskTable,
  openMissesLine,
  staffingTable,
} from '../../examples/service-desk-day/manager-tables.js';
import {
  runSimulation,
  type SimulationResult,
} from '../../examples/service-desk-day/simulation.js';
import {
  answerWithinMs,
  budgetRows,
  measuredQueue,
  staffingRows,
  whatIfBudgetsMinutes,
} from '../../examples/service-desk-day/staffing-rows.js';
import { renderTerminalReport } from '../../examples/service-desk-day/terminal-report.js';
import type { CallQueueEvent } from '../../src/metrics/call-queue-events.js';
import { erlangA } from '../../src/staffing/erlang-a.js';
import { readAllEvents } from '../../src/storage/read-all-events.js';

let result: SimulationResult;
let text: string;
let queueEvents: CallQueueEvent[];
beforeAll(async () => {
  result = await runSimulation(defaultSimulationOptions);
  text = renderTerminalReport(result, 'en');
  queueEvents = [];
  for await (const stored of readAllEvents(result.desk.store)) {
    const e = stored.event;
    if (e.type === 'call-answered' || e.type === 'call-abandoned') queueEvents.push(e);
  }
});

describe('the queue indicators', () => {
  it('print the ASA, the 80/20 service level, abandons, callers who called again and the peak', () => {
    const q = result.indicators.queue;
    expect(text).toContain('Telephone queue (§4.3.2)');
    expect(text).toMatch(/Speed of answer +ASA \(mean\) \d+ s · 90th percentile \d+ s/);
    expect(text).toContain(
      `answered within 20 s (${q.serviceLevel.answeredWithin}/${q.offered - q.abandonment.short}, « 80/20 »`,
    );
    expect(text).toMatch(/Peak queue +\d+ callers waiting \(Mon \d\d:\d\d\)/);
  });

  it('count every caller who hung up and called again (the calls carry their caller)', () => {
    // Callers call again 10 to 40 minutes after hanging up: all within the hour's window.
    expect(result.desk.tally.callbacks).toBeGreaterThan(0);
    expect(result.indicators.queue.calledAgain.calls).toBe(result.desk.tally.callbacks);
    expect(result.indicators.queue.calledAgain.afterAbandon).toBe(result.desk.tally.callbacks);
  });
});

describe('the open breaches', () => {
  it('total the SLA misses still open, per priority and clock', () => {
    const total = [...result.indicators.sla.values()].reduce(
      (n, l) => n + l.detection.openMisses + l.resolution.openMisses,
      0,
    );
    expect(openMissesLine(result, 'en')).toMatch(new RegExp(`still open: ${total}( |$)`));
    expect(text).toContain(openMissesLine(result, 'en'));
  });

  it('list the most urgent open tickets in the accumulator’s order, at most five', () => {
    const { rows } = atRiskTable(result, 'en');
    expect(rows.length).toBe(Math.min(atRiskShown, result.atRisk.length));
    expect(rows.map((r) => r[0])).toEqual(
      result.atRisk.slice(0, atRiskShown).map((t) => t.ticketId.replace(/^ticket-/, '')),
    );
    const open = new Set(
      result.desk.tickets.filter((t) => t.state.status !== 'closed').map((t) => String(t.id)),
    );
    for (const row of rows) expect(open.has(row[0] as string)).toBe(true);
    // The default day ends with a P3 past its resolution target: it heads the list.
    expect(rows[0]?.slice(1, 3)).toEqual(['P3', 'Resolution time']);
    expect(rows[0]?.[4]).toMatch(/^overdue by /);
  });
});

describe('the staffing table', () => {
  it('measures the run’s rate, handle time and patience independently of the store', () => {
    const m = measuredQueue(result);
    const openHours = result.days.length * 10;
    expect(m.callsPerHour * openHours).toBeCloseTo(queueEvents.length, 9);
    const abandons = queueEvents.filter((e) => e.type === 'call-abandoned');
    const waited = queueEvents.reduce((s, e) => s + e.waitedMs, 0);
    expect(m.patienceEstimated).toBe(true);
    expect(m.patienceMs).toBeCloseTo(waited / abandons.length, 6);
    expect(m.abandonment).toBeCloseTo(abandons.length / queueEvents.length, 12);
    const within = queueEvents.filter((e) => e.type === 'call-answered' && e.waitedMs <= 20_000);
    expect(m.serviceLevel).toBeCloseTo(within.length / queueEvents.length, 12);
    // A level-1 call lasts at least its qualification and wrap-up: over a minute.
    expect(m.handleTimeMs).toBeGreaterThan(60_000);
  });

  it('is Erlang A for those inputs, from the run’s count − 2 to + 3, the measurement under its own row', () => {
    const m = measuredQueue(result);
    const rows = staffingRows(result);
    expect(rows.map((r) => r.agents)).toEqual([3, 4, 5, 6, 7, 8]);
    for (const r of rows) {
      expect(r.predicted).toEqual(
        erlangA({
          callsPerHour: m.callsPerHour,
          handleTime: { seconds: m.handleTimeMs / 1000 },
          agents: r.agents,
          patience: { seconds: m.patienceMs / 1000 },
          answerWithin: { seconds: answerWithinMs / 1000 },
        }),
      );
      expect(r.measured === null).toBe(r.agents !== defaultSimulationOptions.agents);
    }
    const table = staffingTable(result, 'en');
    expect(table.measuredRow).toBe(3);
    expect(table.rows[2]?.[0]).toBe('5 (this run)');
    expect(table.rows[3]?.[0]).toBe('  measured');
    expect(text).toContain('Staffing: Erlang A’s prediction for the simulated day');
    expect(text).toContain('estimated from the run: total wait ÷ abandons');
  });
});

describe('the level-1 budget what-if', () => {
  it('tabulates the four budgets, fitted so that the 10-minute row is the run itself', () => {
    const rows = budgetRows(result);
    expect(rows.map((r) => r.budgetMs / 60_000)).toEqual([...whatIfBudgetsMinutes]);
    const ten = rows[2];
    expect(ten?.firstLevelResolution).toBeCloseTo(
      result.indicators.firstLevelResolution.rate ?? 0,
      12,
    );
    expect(ten?.handleTimeMs).toBeCloseTo(measuredQueue(result).handleTimeMs, 6);
    // A longer budget resolves more at level 1 and sends fewer calls to level 2.
    for (let k = 1; k < rows.length; k++) {
      const [a, b] = [rows[k - 1], rows[k]] as const;
      expect(b?.firstLevelResolution).toBeGreaterThan(a?.firstLevelResolution ?? 1);
      expect(b?.level2CallsPerHour).toBeLessThan(a?.level2CallsPerHour ?? 0);
    }
    expect(text).toMatch(/Level-1 budget what-if \(§4\.3\.2\): 5 level-1 technicians/);
  });
});

describe('whatever the seed, the staffing and the rate', () => {
  fcTest.prop(
    [
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      fc.integer({ min: 1, max: 8 }),
      fc.integer({ min: 2, max: 60 }),
    ],
    { numRuns: 5 },
  )(
    'the report shows one measured row under the run’s count, and more technicians never predict worse',
    async (seed, agents, rate) => {
      const run = await runSimulation({ seed, days: 1, agents, rate, lang: 'en' });
      const report = renderTerminalReport(run, 'fr');
      expect(report).toContain('Effectif');
      const rows = staffingRows(run);
      expect(rows.filter((r) => r.measured !== null).map((r) => r.agents)).toEqual([agents]);
      for (let k = 1; k < rows.length; k++) {
        const [a, b] = [rows[k - 1]?.predicted, rows[k]?.predicted];
        expect(b?.serviceLevel).toBeGreaterThanOrEqual((a?.serviceLevel ?? 0) - 1e-12);
        expect(b?.abandonment).toBeLessThanOrEqual((a?.abandonment ?? 1) + 1e-12);
      }
      expect(budgetRows(run)).toHaveLength(whatIfBudgetsMinutes.length);
    },
  );
});
