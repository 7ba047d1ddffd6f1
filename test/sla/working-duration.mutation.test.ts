import { describe, expect, it } from 'vitest';
import { addWorkingTime, alwaysOpen, nominalDurationMs } from '../../src/sla/index.js';
import { assertWorkingDuration } from '../../src/sla/working-duration.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// A working duration (seed §2.5.2.4: the SLA table's « délai » columns) as read from a caller:
// the message names the field only when there is one, own fields alone count, an absent amount
// is skipped, and what comes back is a frozen copy holding exactly the units given.

const unreadable = () =>
  Object.defineProperty({}, 'minutes', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });

describe('the message names the field only when there is one', () => {
  it('without a path: no prefix, and the path is empty', () => {
    const error = refusal(() => assertWorkingDuration(30));
    expect(error.message).toBe(
      'expected a duration such as { minutes: 30 } or { days: 5 }, got 30.',
    );
    expect(error.path).toEqual([]);
    expect(error.input).toBe(30);
  });

  it('with a path: the path prefixes the message', () => {
    const error = refusal(() => assertWorkingDuration([5], ['resolution', 'within']));
    expect(error.message).toBe(
      'resolution.within: expected a duration such as { minutes: 30 } or { days: 5 }, got an array.',
    );
    expect(error.path).toEqual(['resolution', 'within']);
    expect(error.input).toEqual([5]);
  });

  it('nominalDurationMs names the duration', () => {
    const error = refusal(() => nominalDurationMs(30 as never));
    expect(error.path).toEqual(['duration']);
    expect(error.message).toMatch(/^duration: expected a duration/);
  });

  it('a duration that cannot be read is refused, with and without a path', () => {
    const value = unreadable();
    const bare = refusal(() => assertWorkingDuration(value));
    expect(bare.message).toMatch(/^the duration could not be read, got /);
    expect(bare.path).toEqual([]);
    expect(bare.input).toBe(value);
    const named = refusal(() => assertWorkingDuration(value, ['maxDelay']));
    expect(named.message).toMatch(/^maxDelay: the duration could not be read, got /);
    expect(named.path).toEqual(['maxDelay']);
    expect(named.input).toBe(value);
  });

  it('a non-finite amount is refused at its unit', () => {
    const error = refusal(() => assertWorkingDuration({ hours: Number.NaN }));
    expect(error.message).toBe('hours must be a finite number ≥ 0, got NaN.');
    expect(error.path).toEqual(['hours']);
  });
});

describe('own fields alone count, an absent amount is skipped', () => {
  it('an inherited unit, even one not allowed, is ignored', () => {
    const value = Object.assign(Object.create({ weeks: 1, hours: 2 }), { minutes: 30 });
    const read = assertWorkingDuration(value);
    expect(Object.keys(read)).toEqual(['minutes']);
    expect(read.minutes).toBe(30);
  });

  it('a duration whose only amount is inherited is empty, so refused', () => {
    const error = refusal(() => assertWorkingDuration(Object.create({ minutes: 5 })));
    expect(error.message).toMatch(/^a target duration must be positive/);
  });

  it('a unit given as undefined is skipped and left out of the copy', () => {
    const read = assertWorkingDuration({ minutes: 30, hours: undefined });
    expect(Object.keys(read)).toEqual(['minutes']);
    expect(nominalDurationMs({ minutes: 30, hours: undefined } as never)).toBe(1_800_000);
  });
});

describe('what comes back', () => {
  it('a frozen duration is returned as it is', () => {
    const frozen = Object.freeze({ hours: 4 });
    expect(assertWorkingDuration(frozen)).toBe(frozen);
  });

  it('an unfrozen duration is copied and the copy frozen, so a later change cannot reach it', () => {
    const given = { days: 1, minutes: 5 };
    const read = assertWorkingDuration(given);
    expect(read).not.toBe(given);
    expect(Object.isFrozen(read)).toBe(true);
    given.days = 9;
    expect(read).toEqual({ days: 1, minutes: 5 });
  });
});

describe('a frozen duration is kept as it is only when it is plain data', () => {
  it('a frozen duration with a null prototype is the value itself', () => {
    const plain = Object.freeze(Object.assign(Object.create(null), { minutes: 30 }));
    expect(assertWorkingDuration(plain)).toBe(plain);
  });

  it('a frozen duration with a prototype of its own is copied: an inherited amount is not its own', () => {
    const inherited = Object.freeze(Object.assign(Object.create({ hours: 5 }), { minutes: 1 }));
    const checked = assertWorkingDuration(inherited);
    expect(checked).not.toBe(inherited);
    expect(checked).toEqual({ minutes: 1 });
    expect(checked.hours).toBeUndefined();
    expect(nominalDurationMs(inherited)).toBe(60_000);
  });
});

describe('an amount hidden from for…in (not enumerable) is read like any other', () => {
  const hidden = (hours: unknown) =>
    Object.defineProperty({ minutes: 1 }, 'hours', { value: hours, enumerable: false });
  it('a hidden negative amount is refused, never copied into the checked duration', () => {
    const error = refusal(() => assertWorkingDuration(hidden(-5), ['target']));
    expect(error.path).toEqual(['target', 'hours']);
    expect(error.input).toBe(-5);
    expect(error.message).toBe('target: hours must be a finite number ≥ 0, got -5.');
  });
  it('addWorkingTime refuses it too, as a ConfigurationError', () => {
    const error = refusal(() => addWorkingTime(alwaysOpen, new Date(0), hidden(-5)));
    expect(error.path).toEqual(['duration', 'hours']);
  });
  it('a hidden valid amount counts alike everywhere', () => {
    expect(nominalDurationMs(hidden(2))).toBe(2 * 3_600_000 + 60_000);
    expect(assertWorkingDuration(hidden(2), [])).toEqual({ minutes: 1, hours: 2 });
    expect(addWorkingTime(alwaysOpen, new Date(0), hidden(2)).getTime()).toBe(
      2 * 3_600_000 + 60_000,
    );
  });
  it('a hidden unknown unit is refused by its name', () => {
    const odd = Object.defineProperty({ minutes: 1 }, 'weeks', { value: 1, enumerable: false });
    expect(refusal(() => assertWorkingDuration(odd, ['target'])).path).toEqual(['target', 'weeks']);
  });
});
