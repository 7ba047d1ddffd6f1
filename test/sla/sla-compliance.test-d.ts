import { expectTypeOf, test } from 'vitest';
import {
  defineSlaTable,
  type SlaComplianceReport,
  type SlaMeasuredTarget,
  type SlaPriorityCompliance,
  slaCompliance,
} from '../../src/sla/index.js';

const named = defineSlaTable(
  {
    critical: {
      detection: { within: { minutes: 5 }, successRate: 0.95 },
      resolution: { within: { hours: 4 }, successRate: 0.9 },
      maxDelay: { days: 1 },
    },
    low: {
      detection: { within: { hours: 1 }, successRate: 0.8 },
      resolution: { within: { days: 3 }, successRate: 0.75 },
      maxDelay: { days: 10 },
    },
  },
  { priorities: ['critical', 'low'] },
);

test('the report is keyed by the table scale', () => {
  expectTypeOf(slaCompliance([])).toEqualTypeOf<SlaComplianceReport<1 | 2 | 3 | 4>>();
  expectTypeOf(slaCompliance([], named)).toEqualTypeOf<SlaComplianceReport<'critical' | 'low'>>();
  expectTypeOf(slaCompliance([]).get(1)).toEqualTypeOf<SlaPriorityCompliance | undefined>();
  expectTypeOf<SlaMeasuredTarget>().toEqualTypeOf<'detection' | 'resolution'>();
  expectTypeOf(slaCompliance([]).get(1)?.detection.rate).toEqualTypeOf<number | null | undefined>();
});

test('misuse does not compile', () => {
  // @ts-expect-error: 5 is not on the seed's scale
  slaCompliance([{ priority: 5, target: 'detection', met: true }]);
  // @ts-expect-error: the maximum delay has no success rate
  slaCompliance([{ priority: 1, target: 'maxDelay', met: true }]);
  // @ts-expect-error: 'high' is not on this table's scale
  slaCompliance([{ priority: 'high', target: 'detection', met: true }], named);
  // @ts-expect-error: met is a boolean
  slaCompliance([{ priority: 1, target: 'detection', met: 1 }]);
});
