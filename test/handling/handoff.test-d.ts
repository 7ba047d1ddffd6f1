import { match } from 'ts-pattern';
import { expectTypeOf, test } from 'vitest';
import {
  canHandOff,
  classifyHandoff,
  type HandoffCause,
  type HandoffClassification,
  type HandoffKind,
  type HandoffRationaleCode,
  type HandoffSituation,
  type SupportLevel,
} from '../../src/handling/index.js';

test('levels, kinds and causes are literal unions', () => {
  expectTypeOf<SupportLevel>().toEqualTypeOf<1 | 2 | 3>();
  expectTypeOf<HandoffKind>().toEqualTypeOf<'transfer' | 'escalation'>();
  expectTypeOf<HandoffSituation['cause']>().toEqualTypeOf<HandoffCause>();
  expectTypeOf(
    classifyHandoff({ cause: 'beyond-competence' }),
  ).toEqualTypeOf<HandoffClassification>();
  expectTypeOf(
    classifyHandoff({ cause: 'beyond-competence' }).rationale.code,
  ).toEqualTypeOf<HandoffRationaleCode>();
});

test('misuse does not compile', () => {
  // @ts-expect-error 4 is not a support level
  canHandOff(1, 4);
  // @ts-expect-error an unknown cause is not a situation
  classifyHandoff({ cause: 'tired' });
  // @ts-expect-error not-enough-time needs to say when it was noticed
  classifyHandoff({ cause: 'not-enough-time' });
  // @ts-expect-error noticed is 'foreseen' or 'near-limit'
  classifyHandoff({ cause: 'not-enough-time', noticed: 'later' });
  // @ts-expect-error the policy is { distinguishTransferFromEscalation }
  classifyHandoff({ cause: 'beyond-competence' }, { distinguish: false });
});

test('a new cause without a branch does not compile (the match of classifyHandoff is exhaustive)', () => {
  // The same branches as classifyHandoff, over the situations plus one new cause.
  type Extended = HandoffSituation | { readonly cause: 'user-hung-up' };
  const classify = (s: Extended): HandoffKind =>
    match(s)
      .with({ cause: 'beyond-competence' }, () => 'transfer' as const)
      .with({ cause: 'not-enough-time', noticed: 'foreseen' }, () => 'escalation' as const)
      .with({ cause: 'not-enough-time', noticed: 'near-limit' }, () => 'escalation' as const)
      .with({ cause: 'procedure-exhausted' }, () => 'transfer' as const)
      .with({ cause: 'level-1-task-failed' }, () => 'escalation' as const)
      // @ts-expect-error the case 'user-hung-up' has no branch
      .exhaustive();
  // Over the real situations, the same branches are exhaustive.
  const total = (s: HandoffSituation): HandoffKind =>
    match(s)
      .with({ cause: 'beyond-competence' }, () => 'transfer' as const)
      .with({ cause: 'not-enough-time', noticed: 'foreseen' }, () => 'escalation' as const)
      .with({ cause: 'not-enough-time', noticed: 'near-limit' }, () => 'escalation' as const)
      .with({ cause: 'procedure-exhausted' }, () => 'transfer' as const)
      .with({ cause: 'level-1-task-failed' }, () => 'escalation' as const)
      .exhaustive();
  expectTypeOf(classify).returns.toEqualTypeOf<HandoffKind>();
  expectTypeOf(total).returns.toEqualTypeOf<HandoffKind>();
});
