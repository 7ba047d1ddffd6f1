import { describe, expect, it } from 'vitest';
import { slaCompliance, slaComplianceLine } from '../../src/sla/index.js';

describe('slaComplianceLine (counts kept by a streaming accumulator)', () => {
  it('gives the same line as slaCompliance over the same results', () => {
    const results = [
      ...Array.from({ length: 97 }, () => ({
        priority: 3 as const,
        target: 'detection' as const,
        met: true,
      })),
      ...Array.from({ length: 3 }, () => ({
        priority: 3 as const,
        target: 'detection' as const,
        met: false,
      })),
    ];
    expect(slaComplianceLine(97, 100, 0.97)).toEqual(slaCompliance(results).get(3)?.detection);
  });

  it('99 of 100 meets 99 %, 98 of 100 does not (§2.5.2.4)', () => {
    expect(slaComplianceLine(99, 100, 0.99)).toMatchObject({ ok: true, budgetLeft: 0 });
    expect(slaComplianceLine(98, 100, 0.99)).toMatchObject({ ok: false, budgetLeft: 0 });
  });

  it.each([
    [5, 4, 0.9],
    [-1, 4, 0.9],
    [1.5, 4, 0.9],
    [1, 4, 0],
    [1, 4, 1.2],
  ])('refuses met %d of %d at %d', (met, total, rate) => {
    expect(() => slaComplianceLine(met, total, rate)).toThrowError(TypeError);
  });
});
