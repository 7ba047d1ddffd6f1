import { expectTypeOf, test } from 'vitest';
import {
  adviseHandOff,
  classifyHandoff,
  defineLevel1TimeBudgetPolicy,
  type HandoffClassification,
  type Level1Advice,
  type Level1AdviceReason,
  level1TimeBudget,
} from '../../src/handling/index.js';

test('a hand-off advice narrows to a situation classifyHandoff accepts', () => {
  const advice = adviseHandOff({ spentMs: 1 });
  expectTypeOf(advice).toEqualTypeOf<Level1Advice>();
  expectTypeOf(advice.reason).toEqualTypeOf<Level1AdviceReason>();
  if (advice.action === 'hand-off') {
    expectTypeOf(classifyHandoff(advice.situation)).toEqualTypeOf<HandoffClassification>();
    expectTypeOf(advice.situation.noticed).toEqualTypeOf<'foreseen' | 'near-limit'>();
    // @ts-expect-error a hand-off advice has no remaining time
    advice.remainingMs;
  } else {
    expectTypeOf(advice.remainingMs).toEqualTypeOf<number>();
    // @ts-expect-error a continue advice carries no situation
    advice.situation;
  }
});

test('misuse does not compile', () => {
  // @ts-expect-error the time spent is spentMs, in milliseconds
  adviseHandOff({ spent: 1 });
  // @ts-expect-error times are numbers of milliseconds, not durations
  adviseHandOff({ spentMs: { minutes: 3 } });
  // @ts-expect-error the queue needs the agents on duty
  level1TimeBudget({ callsWaiting: 3 });
  // @ts-expect-error unknown policy field
  defineLevel1TimeBudgetPolicy({ budgetMs: 1 });
});
