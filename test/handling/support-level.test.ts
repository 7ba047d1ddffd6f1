import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  canHandOff,
  defaultSupportLevelPolicy,
  isSupportLevel,
  type SupportLevel,
  supportLevels,
} from '../../src/handling/index.js';

// Every ordered pair of levels, with the seed's answer (§1.2: 1 → 2, 2 → 3, one step up).
const seedHandOffs = [
  [1, 1, false],
  [1, 2, true],
  [1, 3, false],
  [2, 1, false],
  [2, 2, false],
  [2, 3, true],
  [3, 1, false],
  [3, 2, false],
  [3, 3, false],
] as const;

// A desk without level 2 (§4.3.3, « des Service Desk où le niveau 2 n'existe pas »).
const withoutLevel2 = [
  [1, 1, false],
  [1, 2, false],
  [1, 3, true],
  [2, 1, false],
  [2, 2, false],
  [2, 3, false],
  [3, 1, false],
  [3, 2, false],
  [3, 3, false],
] as const;

describe('canHandOff (seed §1.2)', () => {
  it('lists the three levels of §1.1', () => {
    expect(supportLevels).toEqual([1, 2, 3]);
  });

  it.each(seedHandOffs)('%i → %i: %s', (from, to, allowed) => {
    expect(canHandOff(from, to)).toBe(allowed);
    expect(canHandOff(from, to, defaultSupportLevelPolicy)).toBe(allowed);
  });

  it.each(withoutLevel2)('without level 2, %i → %i: %s', (from, to, allowed) => {
    expect(canHandOff(from, to, { level2Exists: false })).toBe(allowed);
  });

  it.each([0, 4, '1', null, undefined, 1.5])(
    'refuses the level %s from plain JavaScript',
    (bad) => {
      const call = canHandOff as (from: unknown, to: unknown) => boolean;
      expect(() => call(bad, 2)).toThrowError(
        /Unknown support level .* \(from\): expected one of 1, 2, 3/,
      );
      expect(() => call(1, bad)).toThrowError(
        /Unknown support level .* \(to\): expected one of 1, 2, 3/,
      );
    },
  );

  it('refuses a policy that is a function, and says where and what was wrong', () => {
    const call = canHandOff as (from: 1, to: 2, p: unknown) => boolean;
    const fn = Object.assign(() => true, { level2Exists: true });
    expect(() => call(1, 2, fn)).toThrowError(
      /Support level policy: expected \{ level2Exists: boolean \}/,
    );
    let error: unknown;
    try {
      call(1, 2, { level2Exists: 'yes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ path: ['level2Exists'], input: { level2Exists: 'yes' } });
  });

  it.each([null, {}, { level2Exists: 1 }])(
    'refuses the policy %j with a ConfigurationError',
    (policy) => {
      const call = canHandOff as (from: 1, to: 2, p: unknown) => boolean;
      expect(() => call(1, 2, policy)).toThrowError(ConfigurationError);
      expect(() => call(1, 2, policy)).toThrowError(
        /Support level policy: expected \{ level2Exists: boolean \}/,
      );
    },
  );

  it('recognises support levels', () => {
    expect([0, 1, 2, 3, 4, '2', null].map(isSupportLevel)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

const level = fc.constantFrom<SupportLevel>(...supportLevels);

test.prop([level, level, fc.boolean()])(
  'a call is never handed down nor to its own level',
  (from, to, level2Exists) => {
    if (to <= from) expect(canHandOff(from, to, { level2Exists })).toBe(false);
  },
);

test.prop([level, fc.boolean()])(
  'every level below 3 has exactly one level it may hand to, level 3 none',
  (from, level2Exists) => {
    const targets = supportLevels.filter((to) => canHandOff(from, to, { level2Exists }));
    const expected = level2Exists ? (from < 3 ? 1 : 0) : from === 1 ? 1 : 0;
    expect(targets).toHaveLength(expected);
  },
);
