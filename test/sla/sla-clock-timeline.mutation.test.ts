import { describe, expect, it } from 'vitest';
import { timelineAt } from '../../src/sla/sla-clock-timeline.js';

// Cases written against the survivors of the first `npm run mutation -- sla` run in
// src/sla/sla-clock-timeline.ts: the host's timeline refused with its exact message, and the
// bounds where a pause or a stop falls exactly on another instant.

const at = (ms: number) => new Date(ms);

function message(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('expected a TypeError');
}

describe('timelineAt refuses a malformed timeline with its own message', () => {
  it.each([
    ['null', null],
    ['a number', 5],
    ['pauses that are not a list', { start: at(0), pauses: 'none' }],
    [
      'a function carrying a start and pauses',
      Object.assign(() => 0, { start: at(0), pauses: [] }),
    ],
  ])('a timeline that is %s', (_, timeline) => {
    expect(message(() => timelineAt(timeline as never, at(10)))).toBe(
      'measureSla: the timeline must be { start, pauses: [...], stop? }.',
    );
  });
  it.each([
    ['null', null, 'null'],
    ['a number', 5, '5'],
  ])('a pause that is %s', (_, pause, described) => {
    expect(message(() => timelineAt({ start: at(0), pauses: [pause as never] }, at(10)))).toBe(
      `measureSla: timeline.pauses[0] must be { from, to? }, got ${described}.`,
    );
  });
  it('an invalid start is named by itself, not as a pause field', () => {
    expect(message(() => timelineAt({ start: 'x' as never, pauses: [] }, at(10)))).toMatch(
      /^measureSla: timeline\.start must be a valid Date, got /,
    );
    expect(
      message(() => timelineAt({ start: at(0), pauses: [{ from: 'x' as never }] }, at(10))),
    ).toMatch(/^measureSla: timeline\.pauses\[0\]\.from must be a valid Date, got /);
  });
});

describe('timelineAt on the bounds', () => {
  it('a clock stopped at its start is accepted', () => {
    expect(timelineAt({ start: at(5), stop: at(5), pauses: [] }, at(10))).toEqual({
      start: 5,
      end: 5,
      stopped: true,
      pauses: [],
    });
  });
  it('without pauses, the pause list answered is empty and frozen', () => {
    const { pauses } = timelineAt({ start: at(0), pauses: [] }, at(10));
    expect(pauses).toEqual([]);
    expect(Object.isFrozen(pauses)).toBe(true);
  });
  it('a pause that begins at the stop is accepted', () => {
    const timeline = { start: at(0), stop: at(20), pauses: [{ from: at(20), to: at(25) }] };
    expect(timelineAt(timeline, at(30)).pauses).toEqual([{ from: 20, to: 20, open: false }]);
  });
  it('a pause that begins at the instant measured is counted, still open', () => {
    const timeline = { start: at(0), pauses: [{ from: at(10) }] };
    expect(timelineAt(timeline, at(10)).pauses).toEqual([{ from: 10, to: 10, open: true }]);
  });
  it('a pause that ends at the instant measured is over', () => {
    const timeline = { start: at(0), pauses: [{ from: at(4), to: at(10) }] };
    expect(timelineAt(timeline, at(10)).pauses).toEqual([{ from: 4, to: 10, open: false }]);
  });
});
