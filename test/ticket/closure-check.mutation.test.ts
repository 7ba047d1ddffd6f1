// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/closure-check.ts
// (the list: docs/mutation-testing.md, « ticket »).
import { describe, expect, it } from 'vitest';
import { closureCheck } from '../../src/ticket/index.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';
import { alice, handledByAlice, openCommand, run, t } from './ticket-fixtures.js';

describe('closureCheck (mutation survivors)', () => {
  const handled = () => run(handledByAlice).state;

  it('a state that is not an object is refused by name, not read', () => {
    expect(thrown(() => closureCheck(5 as never, alice))).toEqual([
      'TypeError',
      'closureCheck: expected a ticket state and an actor { id, level }, got 5 and an object.',
    ]);
  });

  it('an actor that is not an object, or null, is refused by name', () => {
    expect(thrown(() => closureCheck(handled(), 5 as never))).toEqual([
      'TypeError',
      'closureCheck: expected a ticket state and an actor { id, level }, got an object and 5.',
    ]);
    expect(thrown(() => closureCheck(handled(), null as never))).toEqual([
      'TypeError',
      'closureCheck: expected a ticket state and an actor { id, level }, got an object and null.',
    ]);
  });

  it('a cancelled call answers ticket-cancelled alone', () => {
    const cancelled = run([
      openCommand(),
      { type: 'cancel', at: t(1), actor: alice, reason: 'opened-in-error' },
    ]).state;
    expect(closureCheck(cancelled, alice).map((v) => [v.code, v.details])).toEqual([
      ['ticket-cancelled', undefined],
    ]);
  });
});
