import { impacts, priorityOf, urgencies } from '../src/qualification/index.js';
import { type BenchRow, formatOps, formatRatio, measure } from './harness.js';

/**
 * `priorityOf` on the seed grid against a plain nested-object lookup, measured in the same
 * run over the same 1,024 random cells. Target: within 1.5× of the plain lookup.
 */
export function runQualificationBench(): { rows: BenchRow[]; summary: string[] } {
  const plain: Record<string, Record<string, number>> = {
    company: { blocked: 1, degraded: 2, 'can-wait': 4 },
    department: { blocked: 2, degraded: 3, 'can-wait': 4 },
    user: { blocked: 3, degraded: 4, 'can-wait': 4 },
  };
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const cells = Array.from({ length: 1024 }, () => ({
    impact: impacts[next() % 3] ?? 'user',
    urgency: urgencies[next() % 3] ?? 'can-wait',
  }));
  let k = 0;
  const baseline = measure(() => {
    const c = cells[k++ & 1023] ?? cells[0];
    return plain[c?.impact ?? 'user']?.[c?.urgency ?? 'blocked'];
  });
  k = 0;
  const ours = measure(() => {
    const c = cells[k++ & 1023] ?? cells[0];
    return priorityOf(c?.impact ?? 'user', c?.urgency ?? 'blocked');
  });
  const ratio = baseline / ours;
  return {
    rows: [
      { group: 'qualification', name: 'plain nested lookup (baseline)', opsPerSecond: baseline },
      { group: 'qualification', name: 'priorityOf', opsPerSecond: ours },
    ],
    summary: [
      `priorityOf: ${formatOps(ours)} vs plain lookup ${formatOps(baseline)} → ${formatRatio(ratio)} the cost of the plain lookup (target ≤ 1.5×) ${ratio <= 1.5 ? '✓' : '✗'}`,
    ],
  };
}
