import { describe, expect, it } from 'vitest';
import { defineTicketPolicy } from '../../src/ticket/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// A ConfigurationError names where the mistake is (`path`, keys and indexes from the root of
// what was given) and carries the value refused (`input`), so that a product's settings page
// can put the message beside the right field. defineTicketPolicy reads the caller's spec as
// given, so a list refused IS the caller's (checked with toBe). A path or an input dropped or
// emptied would leave the message right and the field wrong.

describe('defineTicketPolicy names the field of each mistake', () => {
  it.each([
    ['a spec that is not an object', null, [], null],
    ['a blank version', { version: ' ' }, ['version'], ' '],
    ['no version', {}, ['version'], undefined],
    [
      'a hand-off note neither required nor not',
      { version: 'v2', requireHandoffNote: 'yes' },
      ['requireHandoffNote'],
      'yes',
    ],
  ])('%s', (_, spec, path, input) => {
    const error = refusal(() => defineTicketPolicy(spec as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('a reopening window in weeks: the path ends at the unit, the input is the window', () => {
    const reopenWindow = { weeks: 1 };
    const error = refusal(() => defineTicketPolicy({ version: 'v2', reopenWindow } as never));
    expect(error.path).toEqual(['reopenWindow', 'weeks']);
    expect(error.input).toEqual(reopenWindow);
  });

  it("a clock's pausing reasons that are not waits: the path names the clock, the input is the list", () => {
    // A clock pauses only for the known waits: waiting-for-user, waiting-for-third-party.
    const resolution = ['waiting-for-user', 'lunch-break'];
    const error = refusal(() =>
      defineTicketPolicy({
        version: 'v2',
        pausingReasons: { detection: [], resolution, maxDelay: [] } as never,
      }),
    );
    expect(error.path).toEqual(['pausingReasons', 'resolution']);
    expect(error.input).toBe(resolution);
  });

  it('a clock left out of the pausing reasons: the path names it, the input is undefined', () => {
    const error = refusal(() =>
      defineTicketPolicy({
        version: 'v2',
        pausingReasons: { detection: [], resolution: [] } as never,
      }),
    );
    expect(error.path).toEqual(['pausingReasons', 'maxDelay']);
    expect(error.input).toBeUndefined();
  });
});
