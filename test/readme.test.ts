import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSimulationOptions } from '../examples/service-desk-day/desk-setup.js';
import { runSimulation } from '../examples/service-desk-day/simulation.js';
import { renderTerminalReport } from '../examples/service-desk-day/terminal-report.js';
import {
  addWorkingTime,
  createBusinessCalendar,
  impactOfCall,
  priorityOf,
  qualify,
} from '../src/index.js';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('the README quick start says what the library does', () => {
  it('qualifies as shown', () => {
    const impact = impactOfCall({ scope: 'user', vip: true });
    expect(impact).toBe('department');
    expect(priorityOf(impact, 'blocked')).toBe(2);
    const { priority, targets } = qualify({ impact: 'company', urgency: 'blocked' });
    expect(priority).toBe(1);
    expect(targets.resolution).toEqual({ within: { minutes: 10 }, successRate: 0.98 });
    expect(readme).toContain("priorityOf(impact, 'blocked'); //=> 2");
  });

  it('computes the due instant shown', () => {
    const paris = createBusinessCalendar({
      timeZone: 'Europe/Paris',
      hours: Object.fromEntries(
        ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map((d) => [
          d,
          [['09:00', '18:00']],
        ]),
      ),
      holidays: ['--05-01', '--12-25'],
    });
    const due = addWorkingTime(
      paris,
      new Date('2026-03-06T16:30:00Z'),
      qualify({ impact: 'user', urgency: 'can-wait' }).targets.resolution.within,
    );
    expect(due.toISOString()).toBe('2026-03-11T13:30:00.000Z');
    expect(readme).toContain('//=> 2026-03-11T13:30:00.000Z');
  });

  it('shows both commands and links every guide that exists', () => {
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)]+)\)/g)) {
      expect(() => readFileSync(resolve(import.meta.dirname, '..', link as string))).not.toThrow();
    }
  });
});

describe('the README shows what npm start prints', () => {
  it('is the report of the default simulation, line for line', async () => {
    const result = await runSimulation(defaultSimulationOptions);
    const printed = renderTerminalReport(result, defaultSimulationOptions.lang);
    const shown = readme.slice(
      readme.indexOf('```text\n') + 8,
      readme.indexOf('```', readme.indexOf('```text\n') + 8),
    );
    const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
    expect(lines(shown)).toEqual(lines(printed));
  });
});
