import { describe, expect, it } from 'vitest';
import {
  defaultPriorityMatrix,
  definePriorityMatrix,
  impacts,
  priorityOf,
  urgencies,
} from '../../src/qualification/index.js';

// Seed §2.5.2.4, « Détermination des priorités », read cell by cell.
const seedGrid = [
  ['company', 'blocked', 1],
  ['department', 'blocked', 2],
  ['user', 'blocked', 3],
  ['company', 'degraded', 2],
  ['department', 'degraded', 3],
  ['user', 'degraded', 4],
  ['company', 'can-wait', 4],
  ['department', 'can-wait', 4],
  ['user', 'can-wait', 4],
] as const;

describe('priorityOf on the seed grid (§2.5.2.4)', () => {
  it.each(seedGrid)('%s × %s → priority %i', (impact, urgency, priority) => {
    expect(priorityOf(impact, urgency)).toBe(priority);
    expect(priorityOf(impact, urgency, defaultPriorityMatrix)).toBe(priority);
  });

  it('covers all nine cells exactly once', () => {
    expect(new Set(seedGrid.map(([i, u]) => `${i}/${u}`)).size).toBe(
      impacts.length * urgencies.length,
    );
  });

  it('gives the same answers with the grid rebuilt through definePriorityMatrix', () => {
    const rebuilt = definePriorityMatrix(defaultPriorityMatrix);
    for (const [impact, urgency, priority] of seedGrid) {
      expect(priorityOf(impact, urgency, rebuilt)).toBe(priority);
    }
  });
});

describe('priorityOf refuses unknown levels from plain JavaScript', () => {
  const call = priorityOf as (impact: unknown, urgency: unknown) => unknown;
  it.each([
    'everyone',
    undefined,
    null,
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    1,
  ])('impact %s → TypeError naming the allowed impacts', (bad) => {
    expect(() => call(bad, 'blocked')).toThrowError(TypeError);
    expect(() => call(bad, 'blocked')).toThrowError(
      /Unknown impact .*expected one of "company", "department", "user"/,
    );
  });

  it.each(['now', undefined, '__proto__', 'constructor', 'valueOf'])(
    'urgency %s → TypeError naming the allowed urgencies',
    (bad) => {
      expect(() => call('company', bad)).toThrowError(
        /Unknown urgency .*expected one of "blocked", "degraded", "can-wait"/,
      );
    },
  );

  it('quotes a string it does not know, and prints any other value as it is', () => {
    expect(() => call('everyone', 'blocked')).toThrowError(
      'Unknown impact "everyone": expected one of "company", "department", "user".',
    );
    expect(() => call(undefined, 'blocked')).toThrowError(
      'Unknown impact undefined: expected one of "company", "department", "user".',
    );
    expect(() => call('company', 2)).toThrowError(
      'Unknown urgency 2: expected one of "blocked", "degraded", "can-wait".',
    );
  });

  it('does not take a number for the level of the same name', () => {
    const digits = definePriorityMatrix({
      impacts: ['1', '2'],
      urgencies: ['1', '2'],
      priorities: ['high', 'low'],
      cells: { '1': { '1': 'high', '2': 'high' }, '2': { '1': 'high', '2': 'low' } },
    });
    const callWith = priorityOf as (i: unknown, u: unknown, m: unknown) => unknown;
    expect(callWith('2', '2', digits)).toBe('low');
    expect(() => callWith(2, '2', digits)).toThrowError(
      /^Unknown impact 2: expected one of "1", "2"\.$/,
    );
    expect(() => callWith('2', 2, digits)).toThrowError(
      /^Unknown urgency 2: expected one of "1", "2"\.$/,
    );
  });

  it('names the unknown impact, not a read failure, when a hand-made matrix holds a null row', () => {
    const forged = {
      ...defaultPriorityMatrix,
      cells: { ...defaultPriorityMatrix.cells, user: null },
    };
    const callWith = priorityOf as (i: unknown, u: unknown, m: unknown) => unknown;
    expect(() => callWith('user', 'blocked', forged)).toThrowError(
      /^Unknown impact "user": expected one of "company", "department", "user"\.$/,
    );
  });

  it('refuses prototype keys on a matrix built by definePriorityMatrix too', () => {
    const matrix = definePriorityMatrix(defaultPriorityMatrix);
    const callWith = priorityOf as (i: unknown, u: unknown, m: unknown) => unknown;
    expect(() => callWith('__proto__', 'blocked', matrix)).toThrowError(/Unknown impact/);
    expect(() => callWith('company', 'constructor', matrix)).toThrowError(/Unknown urgency/);
  });
});
