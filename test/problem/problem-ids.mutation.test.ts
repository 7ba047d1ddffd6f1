import { describe, expect, it } from 'vitest';
import { changeRef, incidentRef } from '../../src/problem/index.js';

// An incident or change reference is a non-blank string, kept as given (seed §4.4.2, point 3:
// the change that removed the cause); anything else is a TypeError naming the value.

describe.each([
  ['incidentRef', incidentRef, 'An incident reference'],
  ['changeRef', changeRef, 'A change reference'],
] as const)('%s', (_, make, what) => {
  it.each(['CHG-77', ' INC-1 ', 'x'])('keeps %j as given', (value) => {
    expect(make(value)).toBe(value);
  });

  it.each([
    ['', '""'],
    [' ', '" "'],
    ['\t\n', '"\\t\\n"'],
    [3, '3'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('refuses %j with a TypeError naming it', (value, described) => {
    expect(() => make(value as never)).toThrow(
      new TypeError(`${what} must be a non-empty string, got ${described}.`),
    );
  });
});
