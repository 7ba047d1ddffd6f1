import { describe, expect, it } from 'vitest';
import { definePriorityMatrix } from '../../src/qualification/index.js';
import { defineSlaTable, qualify } from '../../src/sla/index.js';

describe('qualify (§2.5)', () => {
  it('a blocking server failure for the whole company is priority 1 with the seed targets', () => {
    expect(qualify({ impact: 'company', urgency: 'blocked' })).toEqual({
      priority: 1,
      targets: {
        detection: { within: { minutes: 1 }, successRate: 0.99 },
        resolution: { within: { minutes: 10 }, successRate: 0.98 },
        maxDelay: { hours: 1 },
      },
    });
  });

  it('one user who can live with it is priority 4: 30 min detection, 24 h resolution, 5 days', () => {
    expect(qualify({ impact: 'user', urgency: 'can-wait' })).toEqual({
      priority: 4,
      targets: {
        detection: { within: { minutes: 30 }, successRate: 0.95 },
        resolution: { within: { hours: 24 }, successRate: 0.9 },
        maxDelay: { days: 5 },
      },
    });
  });

  it("uses an organisation's own matrix and table", () => {
    const matrix = definePriorityMatrix({
      impacts: ['wide', 'narrow'],
      urgencies: ['now', 'later'],
      priorities: ['P1', 'P2'],
      cells: { wide: { now: 'P1', later: 'P2' }, narrow: { now: 'P2', later: 'P2' } },
    });
    const table = defineSlaTable(
      {
        P1: {
          detection: { within: { minutes: 2 }, successRate: 0.9 },
          resolution: { within: { hours: 2 }, successRate: 0.9 },
          maxDelay: { hours: 8 },
        },
        P2: {
          detection: { within: { minutes: 20 }, successRate: 0.8 },
          resolution: { within: { days: 1 }, successRate: 0.8 },
          maxDelay: { days: 3 },
        },
      },
      { priorities: ['P1', 'P2'] },
    );
    const q = qualify({ impact: 'narrow', urgency: 'now' }, { matrix, table });
    expect(q.priority).toBe('P2');
    expect(q.targets.resolution.within).toEqual({ days: 1 });
  });

  it('refuses a priority the table does not know', () => {
    const matrix = definePriorityMatrix({
      impacts: ['all'],
      urgencies: ['now'],
      priorities: ['P0'],
      cells: { all: { now: 'P0' } },
    });
    expect(() => qualify({ impact: 'all', urgency: 'now' }, { matrix } as never)).toThrowError(
      /Unknown priority "P0": expected one of 1, 2, 3, 4/,
    );
  });
});
