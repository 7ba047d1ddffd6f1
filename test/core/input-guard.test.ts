import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { guardInput, inputError } from '../../src/core/input-guard.js';

const throwingGetter = Object.defineProperty({}, 'scope', {
  get() {
    throw new Error('caller code');
  },
});

describe('guardInput', () => {
  it('returns what the body returns', () => {
    expect(guardInput('f', () => 42)).toBe(42);
  });

  it('lets the documented errors through unchanged', () => {
    const typeError = inputError('Unknown impact "x".');
    const rangeError = inputError('Too far.', 'RangeError');
    const configuration = new ConfigurationError('Bad policy.');
    for (const error of [typeError, rangeError, configuration]) {
      expect(() =>
        guardInput('f', () => {
          throw error;
        }),
      ).toThrow(error);
    }
    expect(rangeError).toBeInstanceOf(RangeError);
  });

  it('turns a throwing getter, a revoked Proxy or a stack overflow into the documented TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({} as { scope?: unknown }, {});
    revoke();
    const overflow = (): number => overflow() + 1;
    for (const body of [
      () => (throwingGetter as { scope: unknown }).scope,
      () => proxy.scope,
      overflow,
      () => `${Object.create(null)}`,
    ]) {
      let thrown: unknown;
      try {
        guardInput('impactOfCall', body);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(/^impactOfCall: the input could not be read/);
      expect((thrown as Error).cause).toBeDefined();
    }
  });

  it('turns them into a ConfigurationError for a policy', () => {
    expect(() =>
      guardInput(
        'definePriorityMatrix',
        () => (throwingGetter as { scope: unknown }).scope,
        'ConfigurationError',
      ),
    ).toThrow(ConfigurationError);
  });

  it('does not let a runtime TypeError from inside pass as documented', () => {
    expect(() => guardInput('qualify', () => (null as unknown as { a: number }).a)).toThrow(
      /^qualify: the input could not be read as plain data/,
    );
  });
});
