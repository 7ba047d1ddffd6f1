import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../src/sla/index.js';
import { parseTimeRanges, subtractRanges } from '../../src/sla/opening-hours.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// The opening hours of a calendar (seed §5: the desk's opening hours, e.g. 8 h – 18 h): the
// times accepted at their bounds, the ranges sorted and touching ones merged, the overlap named
// by both its ranges, and a day's closures taken out of its openings.

const path = ['hours', 'monday'];

describe('local times', () => {
  it("'09:59' is a time, and '24:00' ends a day", () => {
    expect(parseTimeRanges([['09:59', '24:00']], path)).toEqual([[599, 1440]]);
  });

  it("'24:30' does not end a day", () => {
    const error = refusal(() => parseTimeRanges([['09:00', '24:30']], path));
    expect(error.path).toEqual(['hours', 'monday', 0, 1]);
    expect(error.message).toBe(
      `hours.monday.0.1: expected a local time 'HH:MM' between '00:00' and '24:00', got "24:30".`,
    );
  });

  it('a time must be a string: a list holding one is refused', () => {
    const error = refusal(() => parseTimeRanges([[['09:00'], '12:00']], path));
    expect(error.path).toEqual(['hours', 'monday', 0, 0]);
    expect(error.input).toEqual(['09:00']);
  });
});

describe('a day of ranges', () => {
  it('ranges given out of order come back sorted', () => {
    expect(
      parseTimeRanges(
        [
          ['14:00', '18:00'],
          ['08:00', '12:00'],
        ],
        path,
      ),
    ).toEqual([
      [480, 720],
      [840, 1080],
    ]);
  });

  it('touching ranges are merged, in any order', () => {
    expect(
      parseTimeRanges(
        [
          ['12:00', '14:00'],
          ['09:00', '12:00'],
        ],
        path,
      ),
    ).toEqual([[540, 840]]);
  });

  it('an overlap is named by its two ranges, in the order of the day', () => {
    const ranges = [
      ['13:30', '18:05'],
      ['08:00', '12:00'],
      ['11:45', '14:00'],
    ];
    const error = refusal(() => parseTimeRanges(ranges, path));
    expect(error.message).toBe(
      "hours.monday: the ranges ['08:00', '12:00'] and ['11:45', '14:00'] overlap.",
    );
    expect(error.path).toEqual(['hours', 'monday', 2]);
    expect(error.input).toBe(ranges);
  });

  it('the calendar refuses an overlap the same way, earlier range first', () => {
    const error = refusal(() =>
      createBusinessCalendar({
        timeZone: 'UTC',
        hours: {
          friday: [
            ['10:00', '16:00'],
            ['07:05', '10:30'],
          ],
        },
      }),
    );
    expect(error.message).toBe(
      "hours.friday: the ranges ['07:05', '10:30'] and ['10:00', '16:00'] overlap.",
    );
  });
});

describe('subtractRanges takes the closures out of the openings', () => {
  const day: [number, number][] = [[540, 1080]];

  it('no closure gives the openings themselves', () => {
    expect(subtractRanges(day, [])).toBe(day);
  });

  it.each([
    ['a closure after the opening', [[1200, 1300]], [[540, 1080]]],
    ['a closure before the opening', [[0, 60]], [[540, 1080]]],
    [
      'a closure inside the opening',
      [[600, 660]],
      [
        [540, 600],
        [660, 1080],
      ],
    ],
    ['a closure at the start', [[540, 600]], [[600, 1080]]],
    ['a closure up to the end', [[1000, 1080]], [[540, 1000]]],
    ['a closure over the whole opening', [[0, 1440]], []],
    [
      'two closures inside the opening',
      [
        [600, 660],
        [700, 720],
      ],
      [
        [540, 600],
        [660, 700],
        [720, 1080],
      ],
    ],
  ] as const)('%s', (_, closed, open) => {
    expect(subtractRanges(day, closed)).toEqual(open);
  });

  it('a closure over two openings cuts both', () => {
    expect(
      subtractRanges(
        [
          [480, 720],
          [840, 1080],
        ],
        [[600, 900]],
      ),
    ).toEqual([
      [480, 600],
      [900, 1080],
    ]);
  });
});
