import { describe, expect, it } from 'vitest';
import { problemViolation } from '../../src/problem/index.js';

// problemViolation: without details, the violation has no details key at all; details that
// are not an object (null, a number) are a TypeError naming them.

describe('problemViolation', () => {
  it('without details: code and message only', () => {
    expect(problemViolation('problem-not-recorded')).toStrictEqual({
      code: 'problem-not-recorded',
      message: {
        fr: "Ce problème n'a pas encore été enregistré.",
        en: 'This problem has not been recorded yet.',
      },
    });
  });

  it.each([
    [null, 'null'],
    [42, '42'],
    ['PB-1', '"PB-1"'],
  ])('details %j are refused', (details, described) => {
    expect(() => problemViolation('problem-not-recorded', details as never)).toThrow(
      new TypeError(`problemViolation: details must be an object when given, got ${described}.`),
    );
  });
});
