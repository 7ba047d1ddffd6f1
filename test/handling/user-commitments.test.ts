import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  allowedCommitments,
  type CommitmentContext,
  checkUserCommitment,
  commitmentViolationCodes,
  commitmentViolationMessages,
  type UserCommitment,
  userCommitmentKinds,
} from '../../src/handling/index.js';

const at = new Date('2026-03-02T14:00:00Z');
const hour = 3_600_000;

describe('allowedCommitments (seed §2.4, « Ce qu’il ne faut pas dire »)', () => {
  it.each([
    [
      'someone else plans, no contractual delay',
      { entitlement: { onSite: true } },
      [{ kind: 'best-service' }],
    ],
    [
      'someone else plans, the contract sets 4 h',
      { entitlement: { onSite: true, interventionDelay: { hours: 4 } } },
      [{ kind: 'best-service' }, { kind: 'contractual-delay', within: { hours: 4 } }],
    ],
    [
      'the speaker plans arrival and duration now',
      { entitlement: { onSite: true }, speakerPlan: { arrivalAt: at, durationMs: hour } },
      [
        { kind: 'best-service' },
        { kind: 'arrival-time', at },
        { kind: 'duration', durationMs: hour },
      ],
    ],
    [
      'the speaker plans the arrival only: no duration may be given',
      { entitlement: { onSite: true }, speakerPlan: { arrivalAt: at } },
      [{ kind: 'best-service' }, { kind: 'arrival-time', at }],
    ],
  ] as const)('%s', (_, context, expected) => {
    expect(allowedCommitments(context as CommitmentContext)).toEqual(expected);
  });

  it.each([
    [null, /Invalid commitment context null/],
    [{ entitlement: {} }, /Invalid commitment context/],
    [
      { entitlement: { onSite: true }, speakerPlan: { arrivalAt: new Date('nope') } },
      /arrivalAt: expected a valid Date/,
    ],
    [{ entitlement: { onSite: true }, speakerPlan: { durationMs: -1 } }, /durationMs -1/],
    [{ entitlement: { onSite: true }, speakerPlan: 'soon' }, /Invalid speakerPlan "soon"/],
  ])('refuses the malformed context %j', (context, message) => {
    const call = allowedCommitments as (c: unknown) => unknown;
    expect(() => call(context)).toThrowError(message);
  });
});

describe('checkUserCommitment (seed §2.4)', () => {
  const nobodyPlans: CommitmentContext = { entitlement: { onSite: true } };
  const speakerPlans: CommitmentContext = {
    entitlement: { onSite: true, interventionDelay: { hours: 4 } },
    speakerPlan: { arrivalAt: at, durationMs: hour },
  };

  it.each([
    [{ kind: 'best-service' }, nobodyPlans, null],
    [{ kind: 'arrival-time', at }, nobodyPlans, 'arrival-time-not-planned-by-speaker'],
    [{ kind: 'duration', durationMs: hour }, nobodyPlans, 'duration-not-planned-by-speaker'],
    [{ kind: 'contractual-delay', within: { hours: 4 } }, nobodyPlans, 'no-contractual-delay'],
    [{ kind: 'arrival-time', at }, speakerPlans, null],
    [
      { kind: 'arrival-time', at: new Date(at.getTime() + hour) },
      speakerPlans,
      'commitment-differs-from-plan',
    ],
    [{ kind: 'duration', durationMs: hour }, speakerPlans, null],
    [{ kind: 'duration', durationMs: 3 * hour }, speakerPlans, 'commitment-differs-from-plan'],
    [{ kind: 'contractual-delay', within: { hours: 4 } }, speakerPlans, null],
    [
      { kind: 'contractual-delay', within: { hours: 2 } },
      speakerPlans,
      'commitment-differs-from-plan',
    ],
  ] as const)('%j → %s', (commitment, context, code) => {
    const r = checkUserCommitment(commitment as UserCommitment, context);
    if (code === null) expect(r).toEqual({ ok: true, value: commitment });
    else
      expect(r).toEqual({ ok: false, error: { code, message: commitmentViolationMessages[code] } });
  });

  it('refuses a contractual delay that differs from the contract in any unit', () => {
    const delay = { days: 1, hours: 2, minutes: 30, seconds: 15 };
    const c: CommitmentContext = { entitlement: { onSite: true, interventionDelay: delay } };
    expect(checkUserCommitment({ kind: 'contractual-delay', within: delay }, c).ok).toBe(true);
    for (const within of [
      { ...delay, days: 2 },
      { ...delay, hours: 3 },
      { ...delay, minutes: 31 },
      { ...delay, seconds: 16 },
    ]) {
      expect(checkUserCommitment({ kind: 'contractual-delay', within }, c)).toEqual({
        ok: false,
        error: {
          code: 'commitment-differs-from-plan',
          message: commitmentViolationMessages['commitment-differs-from-plan'],
        },
      });
    }
  });

  it.each([
    [Object.assign(() => true, { entitlement: { onSite: true } }), /Invalid commitment context/],
    [{ entitlement: Object.assign(() => true, { onSite: true }) }, /Invalid commitment context/],
    [{ entitlement: null }, /Invalid commitment context/],
    [{ entitlement: { onSite: true }, speakerPlan: null }, /Invalid speakerPlan null/],
    [
      { entitlement: { onSite: true }, speakerPlan: { durationMs: Number.NaN } },
      /Invalid speakerPlan\.durationMs NaN/,
    ],
    [
      { entitlement: { onSite: true }, speakerPlan: { durationMs: 0 } },
      /Invalid speakerPlan\.durationMs 0/,
    ],
  ])('refuses the malformed context %#', (context, message) => {
    const call = checkUserCommitment as (c: UserCommitment, x: unknown) => unknown;
    expect(() => call({ kind: 'best-service' }, context)).toThrowError(TypeError);
    expect(() => call({ kind: 'best-service' }, context)).toThrowError(message);
  });

  it('refuses a malformed contractual delay in the context as configuration, naming it', () => {
    const call = checkUserCommitment as (c: UserCommitment, x: unknown) => unknown;
    const context = { entitlement: { onSite: true, interventionDelay: { hours: -1 } } };
    expect(() => call({ kind: 'best-service' }, context)).toThrowError(
      /^entitlement\.interventionDelay: /,
    );
  });

  it('refuses a missing commitment by naming it', () => {
    const call = checkUserCommitment as (c: unknown, x: CommitmentContext) => unknown;
    expect(() => call(null, nobodyPlans)).toThrowError(/^Unknown commitment null: expected/);
  });

  it('refuses an unknown commitment from plain JavaScript', () => {
    const call = checkUserCommitment as (c: unknown, x: CommitmentContext) => unknown;
    expect(() => call({ kind: 'free-coffee' }, nobodyPlans)).toThrowError(
      /Unknown commitment .*"best-service"/,
    );
  });

  it('has a fr/en message for every code and lists the kinds', () => {
    expect(Object.keys(commitmentViolationMessages).sort()).toEqual(
      [...commitmentViolationCodes].sort(),
    );
    expect(userCommitmentKinds).toEqual([
      'best-service',
      'contractual-delay',
      'arrival-time',
      'duration',
    ]);
  });
});

const context: fc.Arbitrary<CommitmentContext> = fc.record({
  entitlement: fc.record(
    { onSite: fc.boolean(), interventionDelay: fc.constantFrom({ hours: 4 }, { days: 1 }) },
    { requiredKeys: ['onSite'] },
  ),
  speakerPlan: fc.option(
    fc.record(
      {
        arrivalAt: fc.date({ noInvalidDate: true }),
        durationMs: fc.integer({ min: 1, max: 8 * hour }),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
});

test.prop([context])(
  'every allowed commitment passes the check, and nothing else is promised',
  (c) => {
    const allowed = allowedCommitments(c);
    for (const commitment of allowed) expect(checkUserCommitment(commitment, c).ok).toBe(true);
    expect(allowed[0]).toEqual({ kind: 'best-service' });
    const kinds = allowed.map((a) => a.kind);
    expect(kinds.includes('arrival-time')).toBe(c.speakerPlan?.arrivalAt !== undefined);
    expect(kinds.includes('duration')).toBe(c.speakerPlan?.durationMs !== undefined);
    expect(kinds.includes('contractual-delay')).toBe(c.entitlement.interventionDelay !== undefined);
  },
);

test.prop([
  fc.record({ onSite: fc.boolean() }),
  fc.date({ noInvalidDate: true }),
  fc.integer({ min: 1 }),
])(
  'without a plan of their own, the speaker may give neither an arrival time nor a duration',
  (entitlement, when, durationMs) => {
    expect(checkUserCommitment({ kind: 'arrival-time', at: when }, { entitlement }).ok).toBe(false);
    expect(checkUserCommitment({ kind: 'duration', durationMs }, { entitlement }).ok).toBe(false);
  },
);
