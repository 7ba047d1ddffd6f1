import { expectTypeOf, test } from 'vitest';
import type { Result } from '../../src/core/index.js';
import {
  type ChangeRef,
  changeRef,
  decideProblem,
  type IncidentRef,
  incidentRef,
  initialProblemState,
  type ProblemCommand,
  type ProblemEvent,
  type ProblemId,
  type ProblemState,
  type ProblemStatus,
  type ProblemViolation,
  type ProblemViolationCode,
  problemDecider,
  problemId,
  type RecordSolution,
  type SolutionKind,
} from '../../src/problem/index.js';
import type { Decider } from '../../src/storage/index.js';

test('ids are branded and never mixed up', () => {
  expectTypeOf(problemId('PB-1')).toEqualTypeOf<ProblemId>();
  expectTypeOf(incidentRef('INC-1')).toExtend<string>();
  // @ts-expect-error a plain string is not a ProblemId
  const a: ProblemId = 'PB-1';
  // @ts-expect-error an incident reference is not a problem id
  const b: ProblemId = incidentRef('INC-1');
  // @ts-expect-error a problem id is not a change reference
  const c: ChangeRef = problemId('PB-1');
  // @ts-expect-error a change reference is not an incident reference
  const d: IncidentRef = changeRef('CHG-1');
  void [a, b, c, d];
});

test('the lifecycle and solution kinds are literal unions', () => {
  expectTypeOf<ProblemStatus>().toEqualTypeOf<'open' | 'known-error' | 'resolved' | 'closed'>();
  expectTypeOf<SolutionKind>().toEqualTypeOf<'workaround' | 'fix'>();
  expectTypeOf<ProblemViolation['code']>().toEqualTypeOf<ProblemViolationCode>();
});

test('decide returns events or violations', () => {
  const command: ProblemCommand = {
    type: 'close-problem',
    problemId: problemId('PB-1'),
    at: new Date(0),
    actor: { id: 'a', level: 2 },
  };
  expectTypeOf(decideProblem(command, initialProblemState)).toEqualTypeOf<
    Result<ProblemEvent[], ProblemViolation[]>
  >();
});

test('the problem decider fits the storage decider shape', () => {
  expectTypeOf(problemDecider).toExtend<
    Decider<ProblemCommand, ProblemEvent, ProblemState, ProblemViolation[]>
  >();
});

test('commands are checked at compile time', () => {
  const base = {
    problemId: problemId('PB-1'),
    at: new Date(0),
    actor: { id: 'a', level: 2 },
  } as const;
  // @ts-expect-error a loan is not a workaround or a fix
  const loan: RecordSolution = { ...base, type: 'record-solution', kind: 'loan', description: 'x' };
  // @ts-expect-error level 4 does not exist
  const level4: ProblemCommand = { ...base, actor: { id: 'a', level: 4 }, type: 'close-problem' };
  // @ts-expect-error incidents are IncidentRef, not plain strings
  const plain: ProblemCommand = { ...base, type: 'link-incidents', incidents: ['INC-1'] };
  // @ts-expect-error resolving needs the change reference
  const noChange: ProblemCommand = { ...base, type: 'resolve-problem' };
  void [loan, level4, plain, noChange];
});

test("the problem id is the ticket module's problem id", () => {
  type TicketProblemId = import('../../src/ticket/ticket-ids.js').ProblemId;
  expectTypeOf<ProblemId>().toEqualTypeOf<TicketProblemId>();
});
