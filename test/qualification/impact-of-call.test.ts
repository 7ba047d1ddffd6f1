import { describe, expect, it } from 'vitest';
import { impactOfCall } from '../../src/qualification/index.js';

describe('impactOfCall (§2.5.2.1: « un service, un VIP »)', () => {
  it.each([
    [{ scope: 'company' }, 'company'],
    [{ scope: 'company', vip: true }, 'company'],
    [{ scope: 'department' }, 'department'],
    [{ scope: 'department', vip: true }, 'department'],
    [{ scope: 'user' }, 'user'],
    [{ scope: 'user', vip: false }, 'user'],
    [{ scope: 'user', vip: true }, 'department'],
  ] as const)('%o → %s', (call, impact) => {
    expect(impactOfCall(call)).toBe(impact);
  });

  it('refuses an unknown scope, naming the allowed ones', () => {
    expect(() => impactOfCall({ scope: 'planet' } as never)).toThrowError(
      /Unknown call scope "planet": expected one of "company", "department", "user"/,
    );
  });
});
