// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/ticket-policy.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import {
  defaultLevel1TimeBudgetPolicy,
  defaultSupportLevelPolicy,
} from '../../src/handling/index.js';
import { defineTicketPolicy } from '../../src/ticket/index.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';

describe('defineTicketPolicy (mutation survivors)', () => {
  it('a spec that is not an object gets its own message, not the generic one', () => {
    expect(thrown(() => defineTicketPolicy(null as never))).toEqual([
      'ConfigurationError',
      'Ticket policy: expected an object with at least a version.',
    ]);
    expect(thrown(() => defineTicketPolicy('seed' as never))).toEqual([
      'ConfigurationError',
      'Ticket policy: expected an object with at least a version.',
    ]);
  });

  it("a clock's pausing reasons that are not waits: the message lists the waits allowed", () => {
    expect(
      thrown(() =>
        defineTicketPolicy({
          version: 'v2',
          pausingReasons: { detection: [], resolution: ['lunch-break'], maxDelay: [] },
        } as never),
      ),
    ).toEqual([
      'ConfigurationError',
      'Ticket policy: pausingReasons.resolution must be a list of "waiting-for-user", "waiting-for-third-party", got an array.',
    ]);
  });

  it('keeps the pausing reasons given, clock by clock (§1.2: a wait stops the clock)', () => {
    const policy = defineTicketPolicy({
      version: 'v2',
      pausingReasons: {
        detection: [],
        resolution: ['waiting-for-user', 'waiting-for-third-party'],
        maxDelay: ['waiting-for-third-party'],
      },
    });
    expect(policy.pausingReasons).toEqual({
      detection: [],
      resolution: ['waiting-for-user', 'waiting-for-third-party'],
      maxDelay: ['waiting-for-third-party'],
    });
  });

  it('a spec without a level-1 budget or support levels gets the defaults', () => {
    const policy = defineTicketPolicy({ version: 'v2' });
    expect(policy.level1Budget).toBe(defaultLevel1TimeBudgetPolicy);
    expect(policy.supportLevels).toBe(defaultSupportLevelPolicy);
  });
});
