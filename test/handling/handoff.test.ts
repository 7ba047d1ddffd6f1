import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  classifyHandoff,
  defaultHandoffPolicy,
  type HandoffSituation,
  handoffCauses,
  handoffKinds,
  handoffRationaleCodes,
  handoffRationaleMessages,
  timeShortageNotices,
} from '../../src/handling/index.js';

// Every case of seed §4.3.3 (and §2.5.1), with its kind and rationale code.
const seedCases: readonly (readonly [
  string,
  HandoffSituation,
  'transfer' | 'escalation',
  string,
])[] = [
  [
    'the problem is beyond level 1 (« dépasse ses compétences »)',
    { cause: 'beyond-competence' },
    'transfer',
    'beyond-level-1-competence',
  ],
  [
    'competent, but sees at once it will not fit the time allowed',
    { cause: 'not-enough-time', noticed: 'foreseen' },
    'escalation',
    'not-enough-time-foreseen',
  ],
  [
    'competent, started, near the time limit and far from the solution',
    { cause: 'not-enough-time', noticed: 'near-limit' },
    'escalation',
    'not-enough-time-near-limit',
  ],
  [
    'troubleshooting procedure followed step by step to its end, unsolved',
    { cause: 'procedure-exhausted' },
    'transfer',
    'troubleshooting-procedure-exhausted',
  ],
  [
    'office support fails to build a table of contents in Word (a level-1 task)',
    { cause: 'level-1-task-failed' },
    'escalation',
    'level-1-task-failed',
  ],
];

describe('classifyHandoff on the cases of seed §4.3.3', () => {
  it.each(seedCases)('%s', (_, situation, kind, code) => {
    const c = classifyHandoff(situation);
    expect(c.kind).toBe(kind);
    expect(c.rationale.code).toBe(code);
    expect(c.rationale.seedKind).toBe(kind);
    expect(c.rationale.message).toBe(handoffRationaleMessages[c.rationale.code]);
    expect(classifyHandoff(situation, defaultHandoffPolicy)).toEqual(c);
  });

  it.each(seedCases)(
    'a desk that does not tell them apart calls it a transfer, and still says why: %s',
    (_, situation, kind, code) => {
      const c = classifyHandoff(situation, { distinguishTransferFromEscalation: false });
      expect(c).toEqual({
        kind: 'transfer',
        rationale: {
          code,
          message: handoffRationaleMessages[code as 'level-1-task-failed'],
          seedKind: kind,
        },
      });
    },
  );

  it('has one rationale code per case and a non-empty fr/en message for each', () => {
    expect(seedCases.map(([, , , code]) => code)).toEqual([...handoffRationaleCodes]);
    for (const code of handoffRationaleCodes) {
      expect(handoffRationaleMessages[code].fr.length).toBeGreaterThan(10);
      expect(handoffRationaleMessages[code].en.length).toBeGreaterThan(10);
    }
    expect(Object.keys(handoffRationaleMessages).sort()).toEqual([...handoffRationaleCodes].sort());
  });

  it('lists the kinds and causes', () => {
    expect(handoffKinds).toEqual(['transfer', 'escalation']);
    expect(handoffCauses).toEqual([
      'beyond-competence',
      'not-enough-time',
      'procedure-exhausted',
      'level-1-task-failed',
    ]);
  });

  it.each([null, {}, { distinguishTransferFromEscalation: 'no' }])(
    'refuses the policy %j with a ConfigurationError',
    (policy) => {
      const call = classifyHandoff as (s: HandoffSituation, p: unknown) => unknown;
      expect(() => call({ cause: 'beyond-competence' }, policy)).toThrowError(ConfigurationError);
      expect(() => call({ cause: 'beyond-competence' }, policy)).toThrowError(
        /Hand-off policy: expected \{ distinguishTransferFromEscalation: boolean \}/,
      );
    },
  );

  it('refuses a policy that is a function, and says where and what was wrong', () => {
    const call = classifyHandoff as (s: HandoffSituation, p: unknown) => unknown;
    const fn = Object.assign(() => 'transfer', { distinguishTransferFromEscalation: true });
    expect(() => call({ cause: 'beyond-competence' }, fn)).toThrowError(
      /Hand-off policy: expected \{ distinguishTransferFromEscalation: boolean \}/,
    );
    let error: unknown;
    try {
      call({ cause: 'beyond-competence' }, null);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ path: ['distinguishTransferFromEscalation'], input: null });
  });

  it.each([
    undefined,
    null,
    'beyond-competence',
    {},
    { cause: 'tired' },
    { cause: 'not-enough-time' },
    { cause: 'not-enough-time', noticed: 'later' },
  ])('refuses %j from plain JavaScript with a TypeError naming the causes', (bad) => {
    const call = classifyHandoff as (s: unknown) => unknown;
    expect(() => call(bad)).toThrowError(TypeError);
    expect(() => call(bad)).toThrowError(
      /expected \{ cause \} with cause one of "beyond-competence"/,
    );
  });
});

const situation: fc.Arbitrary<HandoffSituation> = fc.oneof(
  fc.constantFrom<HandoffSituation>(
    { cause: 'beyond-competence' },
    { cause: 'procedure-exhausted' },
    { cause: 'level-1-task-failed' },
  ),
  fc
    .constantFrom(...timeShortageNotices)
    .map((noticed): HandoffSituation => ({ cause: 'not-enough-time', noticed })),
);

test.prop([situation])(
  'without the distinction every hand-off is a transfer with the same rationale',
  (s) => {
    const seed = classifyHandoff(s);
    const merged = classifyHandoff(s, { distinguishTransferFromEscalation: false });
    expect(merged.kind).toBe('transfer');
    expect(merged.rationale).toEqual(seed.rationale);
  },
);

test.prop([situation])('an escalation is exactly a call level 1 could have solved itself', (s) => {
  const couldHaveSolved = s.cause === 'not-enough-time' || s.cause === 'level-1-task-failed';
  expect(classifyHandoff(s).kind).toBe(couldHaveSolved ? 'escalation' : 'transfer');
});
