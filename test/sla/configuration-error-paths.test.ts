import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  alwaysOpen,
  createBusinessCalendar,
  defineSlaTable,
  measureSla,
  slaTargetsFor,
} from '../../src/sla/index.js';
import { configurationRefusal as refusal } from '../core/configuration-refusal.js';

// A ConfigurationError names where the mistake is (`path`, keys and indexes from the root of
// what was given) and carries the value refused (`input`), so that a product's settings page
// can put the message beside the right field. The calendar and the durations read a copy of
// what they were given, so `input` equals the value refused rather than being it. Each case
// below pins both; a path or an input dropped or emptied would leave the message right and
// the field wrong.

const monday = { monday: [['09:00', '18:00']] } as const;
const paris = (extra: object) =>
  createBusinessCalendar({ timeZone: 'Europe/Paris', hours: monday, ...extra } as never);

describe('createBusinessCalendar names the field of each mistake', () => {
  const odd = { odd: true };
  it.each([
    ['a spec that is not an object', () => createBusinessCalendar(null as never), [], null],
    [
      'hours that are not an object',
      () => createBusinessCalendar({ timeZone: 'UTC', hours: 7 } as never),
      ['hours'],
      7,
    ],
    ['a holiday list that is not a list', () => paris({ holidays: odd }), ['holidays'], odd],
    [
      'an unknown time zone',
      () => createBusinessCalendar({ timeZone: 'Europe/Atlantis', hours: monday }),
      ['timeZone'],
      'Europe/Atlantis',
    ],
    [
      'an opening time out of the day',
      () => createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [['09:00', '25:00']] } }),
      ['hours', 'monday', 0, 1],
      '25:00',
    ],
    [
      'a day whose ranges are not a list',
      () => createBusinessCalendar({ timeZone: 'UTC', hours: { monday: '09:00' } as never }),
      ['hours', 'monday'],
      '09:00',
    ],
    [
      'a holiday that is no date',
      () => paris({ holidays: ['2026-02-30'] }),
      ['holidays', 0],
      '2026-02-30',
    ],
    [
      'a holiday that is neither a string nor an object',
      () => paris({ holidays: [42] }),
      ['holidays', 0],
      42,
    ],
  ])('%s', (_, act, path, input) => {
    const error = refusal(act);
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('an unknown weekday: the path ends at the key, the input is the whole hours object', () => {
    const hours = { monday: [['09:00', '18:00']], funday: [['10:00', '11:00']] };
    const error = refusal(() => createBusinessCalendar({ timeZone: 'UTC', hours } as never));
    expect(error.path).toEqual(['hours', 'funday']);
    expect(error.input).toEqual(hours);
  });

  it('a calendar never open: the path is hours, the input the hours given', () => {
    const hours = { monday: [] };
    const error = refusal(() => createBusinessCalendar({ timeZone: 'UTC', hours } as never));
    expect(error.path).toEqual(['hours']);
    expect(error.input).toEqual(hours);
  });

  it('holidays closing every opening: the path is holidays, the input the list', () => {
    const holidays = [{ date: '--01-01', until: '--12-31' }];
    const error = refusal(() => paris({ holidays }));
    expect(error.path).toEqual(['holidays']);
    expect(error.input).toEqual(holidays);
  });

  it('a range that ends before it starts, and two ranges that overlap', () => {
    const backwards = ['18:00', '09:00'];
    const first = refusal(() =>
      createBusinessCalendar({ timeZone: 'UTC', hours: { monday: [backwards] } } as never),
    );
    expect(first.path).toEqual(['hours', 'monday', 0]);
    expect(first.input).toEqual(backwards);
    const ranges = [
      ['09:00', '12:00'],
      ['11:00', '14:00'],
    ];
    const second = refusal(() =>
      createBusinessCalendar({ timeZone: 'UTC', hours: { monday: ranges } } as never),
    );
    expect(second.path).toEqual(['hours', 'monday', 1]);
    expect(second.input).toEqual(ranges);
  });

  it('a holiday with an unknown field, an empty closure, a range backwards or mixed', () => {
    const extra = { date: '2026-05-01', reason: 'fête' };
    const unknown = refusal(() => paris({ holidays: [extra] }));
    expect(unknown.path).toEqual(['holidays', 0, 'reason']);
    expect(unknown.input).toEqual(extra);

    const closed: never[] = [];
    const empty = refusal(() => paris({ holidays: [{ date: '2026-05-01', closed }] }));
    expect(empty.path).toEqual(['holidays', 0, 'closed']);
    expect(empty.input).toEqual(closed);

    const backwards = { date: '2026-05-08', until: '2026-05-01' };
    const reversed = refusal(() => paris({ holidays: [backwards] }));
    expect(reversed.path).toEqual(['holidays', 0, 'until']);
    expect(reversed.input).toEqual(backwards);

    const mixed = { date: '2026-12-24', until: '--01-02' };
    const mixing = refusal(() => paris({ holidays: [mixed] }));
    expect(mixing.path).toEqual(['holidays', 0, 'until']);
    expect(mixing.input).toEqual(mixed);
  });
});

describe('a working duration names the unit at fault', () => {
  it.each([
    ['a unit not allowed', { weeks: 1 }, ['duration', 'weeks'], 'whole'],
    ['a negative amount', { minutes: -5 }, ['duration', 'minutes'], -5],
    ['an amount that is not a number', { hours: '2' }, ['duration', 'hours'], '2'],
    ['a duration that is not an object', 30, ['duration'], 30],
  ])('%s', (_, duration, path, input) => {
    const error = refusal(() => addWorkingTime(alwaysOpen, new Date(0), duration as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input === 'whole' ? duration : input);
  });

  it('opening days that are not whole: the path is duration.days, the input the duration', () => {
    const duration = { days: 1.5 };
    const error = refusal(() => addWorkingTime(alwaysOpen, new Date(0), duration));
    expect(error.path).toEqual(['duration', 'days']);
    expect(error.input).toEqual(duration);
  });
});

describe('defineSlaTable names the priority and the target at fault', () => {
  const p1 = slaTargetsFor(1);
  const p2 = slaTargetsFor(2);
  const p3 = slaTargetsFor(3);
  const p4 = slaTargetsFor(4);
  const table = (one: unknown) => ({ 1: one, 2: p2, 3: p3, 4: p4 }) as never;

  it('a success rate outside (0, 1]', () => {
    const error = refusal(() =>
      defineSlaTable(table({ ...p1, detection: { within: { minutes: 1 }, successRate: 99 } })),
    );
    expect(error.path).toEqual(['1', 'detection', 'successRate']);
    expect(error.input).toEqual(99);
  });

  it('a target that is not { within, successRate }', () => {
    const error = refusal(() => defineSlaTable(table({ ...p1, resolution: 'fast' })));
    expect(error.path).toEqual(['1', 'resolution']);
    expect(error.input).toEqual('fast');
  });

  it('a target duration that is zero', () => {
    const within = { minutes: 0 };
    const error = refusal(() =>
      defineSlaTable(table({ ...p1, detection: { within, successRate: 0.99 } })),
    );
    expect(error.path).toEqual(['1', 'detection', 'within']);
    expect(error.input).toEqual(within);
  });

  it('a missing priority, and one that breaks detection ≤ resolution ≤ maximum delay', () => {
    const missing = refusal(() => defineSlaTable(table(undefined)));
    expect(missing.path).toEqual(['1']);
    expect(missing.input).toEqual(undefined);
    const disorder = { ...p1, maxDelay: { minutes: 5 } };
    const error = refusal(() => defineSlaTable(table(disorder)));
    expect(error.path).toEqual(['1']);
    expect(error.input).toEqual(disorder);
  });

  it('a priority outside the scale, and targets that loosen with urgency', () => {
    const extra = refusal(() => defineSlaTable({ 1: p1, 2: p2, 3: p3, 4: p4, 5: p4 } as never));
    expect(extra.path).toEqual(['5']);
    expect(extra.input).toEqual(p4);
    const loose = refusal(() => defineSlaTable({ 1: p2, 2: p1, 3: p3, 4: p4 }));
    expect(loose.path).toEqual(['1', 'detection']);
    expect(loose.input).toEqual(p2.detection.within);
  });

  it('a scale that is empty, repeats itself or holds no priority', () => {
    const empty: never[] = [];
    const none = refusal(() => defineSlaTable({} as never, { priorities: empty }));
    expect(none.path).toEqual(['priorities']);
    expect(none.input).toEqual(empty);
    const twice = ['high', 'high'];
    const repeated = refusal(() => defineSlaTable({} as never, { priorities: twice }));
    expect(repeated.path).toEqual(['priorities']);
    expect(repeated.input).toEqual(twice);
    const blank = refusal(() => defineSlaTable({} as never, { priorities: ['high', ''] }));
    expect(blank.path).toEqual(['priorities', 1]);
    expect(blank.input).toEqual('');
    const spec = refusal(() => defineSlaTable(null as never, { priorities: ['high'] }));
    expect(spec.path).toEqual([]);
    expect(spec.input).toEqual(null);
  });
});

describe('measureSla names the option at fault', () => {
  const timeline = { start: new Date('2026-03-09T09:00:00Z'), pauses: [] };
  const at = new Date('2026-03-09T10:00:00Z');
  it.each([
    ['startRule', { startRule: 'later' }, ['startRule'], 'later'],
    ['atRiskRatio', { atRiskRatio: 0 }, ['atRiskRatio'], 0],
    ['thresholds', { thresholds: 'half' }, ['thresholds'], 'half'],
    ['a threshold', { thresholds: [0.5, -1] }, ['thresholds', 1], -1],
  ])('%s', (_, options, path, input) => {
    const error = refusal(() => measureSla(timeline, { minutes: 30 }, { at, ...options } as never));
    expect(error.path).toEqual(path);
    expect(error.input).toEqual(input);
  });

  it('thresholds out of order: the path is the threshold, the input the whole list', () => {
    const thresholds = [0.5, 0.9, 0.75];
    const error = refusal(() => measureSla(timeline, { minutes: 30 }, { at, thresholds }));
    expect(error.path).toEqual(['thresholds', 2]);
    expect(error.input).toEqual(thresholds);
  });
});
