import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { problemViolation, problemViolationCodes } from '../../src/problem/index.js';
import { thrownError as thrown } from '../core/thrown-error.js';
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';

// Issue 10 item 2: problemViolation throws only its documented TypeError, whatever it is given.

/** The error `act` threw (the test fails when it returns). */

describe('problemViolation under hostile input (issue 10)', () => {
  it('refuses a code that is not one of problemViolationCodes, describing it', () => {
    for (const [code, shown] of [
      [Object.create(null), 'an object without prototype'],
      ['toString', '"toString"'],
      [1n, '1n'],
    ] as const) {
      const error = thrown(() => problemViolation(code as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toBe(
        `problemViolation: unknown code ${shown}; the codes are listed in problemViolationCodes.`,
      );
    }
  });

  it('refuses details that are not an object', () => {
    expect(thrown(() => problemViolation('problem-closed', 'x' as never)).message).toBe(
      'problemViolation: details must be an object when given, got "x".',
    );
  });

  it('describes odd details in its messages instead of converting them', () => {
    const violation = problemViolation('problem-malformed-command', {
      path: ['incidents', Object.create(null)],
      reason: Symbol('odd'),
    });
    expect(violation.message.en).toBe(
      'Malformed command: incidents.an object without prototype — Symbol("odd").',
    );
  });

  it('turns a Proxy or a getter that throws into its TypeError', () => {
    const details = {};
    throwingGetter(details, 'field');
    for (const value of [revokedProxy(), trappedProxy({}), details]) {
      const error = thrown(() => problemViolation('problem-field-required', value as never));
      expect(error).toBeInstanceOf(TypeError);
      expect(error.message).toMatch(/^problemViolation: the input could not be read as plain data/);
    }
  });

  it('keeps a copy of the details, read once', () => {
    const details = { field: 'cause' };
    const violation = problemViolation('problem-field-required', details);
    details.field = 'title';
    expect(violation.details).toEqual({ field: 'cause' });
    expect(violation.message.en).toBe('The field "cause" is required.');
  });

  test.prop([anythingOdd()])('every code gives its violation with any details', (details) => {
    for (const code of problemViolationCodes) {
      try {
        const violation = problemViolation(code, details as never);
        expect(violation.code).toBe(code);
        expect(typeof violation.message.fr).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(TypeError);
        expect((error as Error).message).toMatch(/^problemViolation: /);
      }
    }
  });
});
