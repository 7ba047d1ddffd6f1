// Direct example tests of src/metrics/first-level-resolution.ts (issue 10 item 7).
import { describe, expect, it } from 'vitest';
import {
  firstLevelResolutionOf,
  firstLevelResolutionTarget,
} from '../../src/metrics/first-level-resolution.js';

describe('first-level resolution (seed §1.1)', () => {
  it('the seed’s target is 80 %', () => {
    expect(firstLevelResolutionTarget).toBe(0.8);
  });

  it('is the share solved at level 1, reaching the target from its very value', () => {
    expect(firstLevelResolutionOf(4, 5, 0.8)).toEqual({
      closed: 5,
      atLevel1: 4,
      rate: 0.8,
      target: 0.8,
      ok: true,
    });
    expect(firstLevelResolutionOf(3, 5, 0.8)).toEqual({
      closed: 5,
      atLevel1: 3,
      rate: 0.6,
      target: 0.8,
      ok: false,
    });
    expect(firstLevelResolutionOf(1, 4, 0.25)).toMatchObject({ rate: 0.25, ok: true });
    expect(firstLevelResolutionOf(5, 5, 1)).toMatchObject({ rate: 1, ok: true });
  });

  it('has no rate and no verdict before any ticket is closed', () => {
    expect(firstLevelResolutionOf(0, 0, 0.8)).toEqual({
      closed: 0,
      atLevel1: 0,
      rate: null,
      target: 0.8,
      ok: null,
    });
  });
});
