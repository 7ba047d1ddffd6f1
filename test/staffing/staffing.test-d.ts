import { expectTypeOf, test } from 'vitest';
import {
  agentsNeeded,
  type ErlangAFigures,
  type ErlangCFigures,
  erlangA,
  erlangC,
  type Level1BudgetRow,
  level1BudgetWhatIf,
  type Staffing,
  type StaffingDuration,
} from '../../src/staffing/index.js';

const desk = { callsPerHour: 200, handleTime: { minutes: 3 } } as const;

test('the model is in the figures’ type: Erlang A adds the abandonment', () => {
  const c = erlangC({ ...desk, agents: 14, answerWithin: { seconds: 20 } });
  expectTypeOf(c).toEqualTypeOf<ErlangCFigures>();
  expectTypeOf(c.model).toEqualTypeOf<'erlang-c'>();
  // @ts-expect-error nobody hangs up in Erlang C
  c.abandonment;
  const a = erlangA({ ...desk, agents: 9, patience: { minutes: 2 }, answerWithin: {} });
  expectTypeOf(a.abandonment).toEqualTypeOf<number>();
});

test('agentsNeeded answers with the figures of the model it used', () => {
  const c = agentsNeeded({ ...desk, target: { serviceLevel: 0.8, answerWithin: { seconds: 20 } } });
  expectTypeOf(c).toEqualTypeOf<Staffing<ErlangCFigures>>();
  const a = agentsNeeded({ ...desk, patience: { minutes: 2 }, target: { abandonment: 0.05 } });
  expectTypeOf(a).toEqualTypeOf<Staffing<ErlangAFigures>>();
});

test('misuse does not compile', () => {
  // @ts-expect-error an abandonment target needs a patience
  agentsNeeded({ ...desk, target: { abandonment: 0.05 } });
  // @ts-expect-error a service-level target needs its threshold
  agentsNeeded({ ...desk, target: { serviceLevel: 0.8 } });
  // @ts-expect-error durations are Duration objects, not numbers of ms
  erlangC({ callsPerHour: 200, handleTime: 180_000, agents: 14, answerWithin: { seconds: 20 } });
  // @ts-expect-error days are opening days in this library, not clock time
  const day: StaffingDuration = { days: 1 };
  // @ts-expect-error Erlang C takes no patience
  erlangC({ ...desk, agents: 14, answerWithin: {}, patience: { minutes: 2 } });
  expectTypeOf(
    level1BudgetWhatIf({ callsPerHour: 60, agents: 6, patience: { minutes: 2 } }),
  ).toEqualTypeOf<Level1BudgetRow[]>();
  void day;
});
