// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/ticket-ids.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { interventionId, ticketId } from '../../src/ticket/index.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';

describe('ticket ids (mutation survivors)', () => {
  it('a value that is not a string is refused by name', () => {
    expect(thrown(() => ticketId(5 as never))).toEqual([
      'TypeError',
      'Invalid ticket id 5: expected a non-empty string.',
    ]);
    expect(thrown(() => interventionId(null as never))).toEqual([
      'TypeError',
      'Invalid intervention id null: expected a non-empty string.',
    ]);
  });

  it('a blank string is refused', () => {
    expect(thrown(() => ticketId('  '))).toEqual([
      'TypeError',
      'Invalid ticket id "  ": expected a non-empty string.',
    ]);
    expect(thrown(() => interventionId(''))).toEqual([
      'TypeError',
      'Invalid intervention id "": expected a non-empty string.',
    ]);
  });

  it('a non-blank string is kept as given', () => {
    expect(ticketId(' T-1 ')).toBe(' T-1 ');
  });
});
