import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { handlingModeOf, handlingModes, userIsCalledBack } from '../../src/handling/index.js';

describe('direct vs deferred handling (seed §4.1, §4.2)', () => {
  it('lists the two modes', () => {
    expect(handlingModes).toEqual(['direct', 'deferred']);
  });

  it.each([
    ['ana', 'ana', 'direct', false],
    ['ana', 'bruno', 'deferred', true],
    ['ana', 'ANA', 'deferred', true],
  ] as const)(
    'qualified by %s, taken by %s → %s, call-back %s',
    (qualifiedBy, takenBy, mode, callBack) => {
      expect(handlingModeOf({ qualifiedBy, takenBy })).toBe(mode);
      expect(userIsCalledBack(handlingModeOf({ qualifiedBy, takenBy }))).toBe(callBack);
    },
  );

  it.each([
    [{ qualifiedBy: '', takenBy: 'ana' }, /Invalid qualifiedBy ""/],
    [{ qualifiedBy: 'ana' }, /Invalid takenBy undefined/],
    [{ qualifiedBy: 1, takenBy: 1 }, /Invalid qualifiedBy 1/],
    [null, /Invalid qualifiedBy undefined/],
  ])('refuses %j from plain JavaScript', (bad, message) => {
    const call = handlingModeOf as (h: unknown) => unknown;
    expect(() => call(bad)).toThrowError(TypeError);
    expect(() => call(bad)).toThrowError(message);
  });

  it('refuses an unknown mode', () => {
    const call = userIsCalledBack as (m: unknown) => boolean;
    expect(() => call('later')).toThrowError(
      /Unknown handling mode "later": expected "direct" or "deferred"/,
    );
  });
});

const id = fc.string({ minLength: 1, maxLength: 8 });

test.prop([id, id])(
  'a call is deferred, and its user called back, exactly when someone else takes it',
  (a, b) => {
    const mode = handlingModeOf({ qualifiedBy: a, takenBy: b });
    expect(mode).toBe(a === b ? 'direct' : 'deferred');
    expect(userIsCalledBack(mode)).toBe(a !== b);
  },
);
