// Tests written for `npm run mutation -- metrics` in src/metrics/indicator-entry.ts (the list:
// docs/mutation-testing.md, « metrics »): every refusal of an entry with its exact message, and
// the exact copy an accepted entry leaves in the checked entry the accumulator folds.
import { describe, expect, it } from 'vitest';
import { createIndicatorAccumulator } from '../../src/metrics/index.js';
import {
  type CheckedEntry,
  checkIndicatorEntry,
  newCheckedEntry,
  readTargets,
} from '../../src/metrics/indicator-entry.js';
import { ticketEventTypes } from '../../src/ticket/ticket-events.js';
import { thrownError, thrownNameAndMessage } from '../core/thrown-error.js';

const at = new Date('2026-03-02T09:00:00Z');

/** The checked entry `entry` leaves in a fresh one. */
function checked(entry: unknown): CheckedEntry {
  const out = newCheckedEntry();
  checkIndicatorEntry(entry, out);
  return out;
}

/** The class and message `entry` is refused with. */
function refusal(entry: unknown): [string, string] {
  return thrownNameAndMessage(() => checkIndicatorEntry(entry, newCheckedEntry()));
}

/** The message a ticket event of stream "T1" is refused with. */
function eventRefusal(event: object): string {
  const [name, message] = refusal({ streamId: 'T1', event: { at, ...event } });
  expect(name).toBe('TypeError');
  return message;
}

const targets = () => ({
  detection: { within: { minutes: 15 }, successRate: 0.9 },
  resolution: { within: { hours: 4 }, successRate: 0.8 },
  maxDelay: { days: 1 },
});

describe('newCheckedEntry', () => {
  it('is empty: kind other, no stream, no version, position, ticket or call', () => {
    const { copies, ...rest } = newCheckedEntry();
    expect(rest).toStrictEqual({
      kind: 'other',
      streamId: '',
      version: undefined,
      position: undefined,
      ticket: undefined,
      call: undefined,
    });
    expect(Object.keys(copies).sort()).toEqual([
      'handedOff',
      'opened',
      'paused',
      'plain',
      'qualified',
      'rebaselined',
      'rebaselinedWithTargets',
      'solution',
      'takenInCharge',
    ]);
  });
});

describe('the entry itself', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['T1', '"T1"'],
    [7, '7'],
  ])('refuses an entry that is not an object: %o', (entry, shown) => {
    expect(refusal(entry)).toEqual([
      'TypeError',
      `Indicators: an entry must be an object, got ${shown}.`,
    ]);
  });

  it('refuses a stream id that is not a string', () => {
    expect(refusal({ streamId: 7, event: { type: 'ticket-closed', at } })).toEqual([
      'TypeError',
      'Indicators: streamId must be a string, got 7.',
    ]);
    expect(refusal({ event: { type: 'ticket-closed', at } })).toEqual([
      'TypeError',
      'Indicators: streamId must be a string, got undefined.',
    ]);
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [1.5, '1.5'],
    ['1', '"1"'],
    [Number.NaN, 'NaN'],
    [2 ** 53, '9007199254740992'],
    [null, 'null'],
  ])('refuses a version or a position that is not a whole number ≥ 1: %o', (n, shown) => {
    const event = { type: 'ticket-closed', at };
    expect(refusal({ streamId: 'T1', version: n, event })).toEqual([
      'TypeError',
      `Indicators: version must be a whole number ≥ 1 when given, got ${shown}.`,
    ]);
    expect(refusal({ streamId: 'T1', position: n, event })).toEqual([
      'TypeError',
      `Indicators: position must be a whole number ≥ 1 when given, got ${shown}.`,
    ]);
  });

  it('keeps a version and a position of 1, and the largest safe ones', () => {
    const event = { type: 'ticket-closed', at };
    expect(checked({ streamId: 'T1', version: 1, position: 1, event })).toMatchObject({
      version: 1,
      position: 1,
    });
    const big = Number.MAX_SAFE_INTEGER;
    expect(checked({ streamId: 'T1', version: big, position: big, event })).toMatchObject({
      version: big,
      position: big,
    });
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['ticket-closed', '"ticket-closed"'],
  ])('refuses an event that is not an object: %o', (event, shown) => {
    expect(refusal({ streamId: 'T1', event })).toEqual([
      'TypeError',
      `Indicators: the event of stream "T1" must be an object, got ${shown}.`,
    ]);
  });

  it('reads an event of another kind as other, its stream, version and position kept', () => {
    const out = newCheckedEntry();
    checkIndicatorEntry({ streamId: 'T1', event: { type: 'ticket-closed', at } }, out);
    checkIndicatorEntry(
      { streamId: 'PB-1', version: 3, position: 9, event: { type: 'problem-recorded', at } },
      out,
    );
    expect({ ...out, copies: undefined }).toStrictEqual({
      kind: 'other',
      streamId: 'PB-1',
      version: 3,
      position: 9,
      ticket: undefined,
      call: undefined,
      copies: undefined,
    });
    // A type that is not a string, or inherited names, are other kinds too: nothing else is read.
    for (const type of [7, undefined, 'toString', 'constructor', '']) {
      const o = checked({ streamId: 'X', event: { type, at: 'not a date' } });
      expect([o.kind, o.ticket, o.call]).toEqual(['other', undefined, undefined]);
    }
  });
});

describe('the date of an event', () => {
  it('refuses what is not a Date, naming the event and its stream', () => {
    expect(refusal({ streamId: 'T1', event: { type: 'ticket-closed' } })).toEqual([
      'TypeError',
      'Indicators: event "ticket-closed" of stream "T1": its date must be a Date, got undefined.',
    ]);
    expect(eventRefusal({ type: 'ticket-closed', at: '2026-03-02T09:00:00Z' })).toBe(
      'Indicators: event "ticket-closed" of stream "T1": its date must be a Date, got "2026-03-02T09:00:00Z".',
    );
    expect(eventRefusal({ type: 'ticket-closed', at: { getTime: () => 0 } })).toBe(
      'Indicators: event "ticket-closed" of stream "T1": its date must be a Date, got an object.',
    );
    expect(
      eventRefusal({ type: 'call-answered', callId: 'c', waitedMs: 0, at: at.getTime() }),
    ).toBe(
      'Indicators: event "call-answered" of stream "T1": its date must be a Date, got 1772442000000.',
    );
  });

  it('refuses an invalid Date', () => {
    expect(eventRefusal({ type: 'ticket-closed', at: new Date(Number.NaN) })).toBe(
      'Indicators: event "ticket-closed" of stream "T1": its date is not a valid instant (an invalid Date).',
    );
  });

  it('keeps a plain Date as given, copies a subclass of Date', () => {
    const plain = new Date(at);
    expect(
      checked({ streamId: 'T1', event: { type: 'ticket-closed', at: plain } }).ticket?.at,
    ).toBe(plain);
    class Shifted extends Date {
      override getTime(): number {
        return 0;
      }
    }
    const sub = new Shifted(at.getTime());
    const got = checked({ streamId: 'T1', event: { type: 'ticket-closed', at: sub } }).ticket?.at;
    expect(got).not.toBe(sub);
    expect(Object.getPrototypeOf(got)).toBe(Date.prototype);
    expect(got?.getTime()).toBe(at.getTime());
  });
});

describe('call-queue events', () => {
  const callEvent = (fields: object) => ({
    streamId: 'queue',
    event: { type: 'call-answered', callId: 'c1', at, waitedMs: 20_000, ...fields },
  });
  const callRefusal = (fields: object) => refusal(callEvent(fields));

  it.each([
    ['20000', '"20000"'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [-1, '-1'],
    [-0.5, '-0.5'],
    [undefined, 'undefined'],
    [5n, '5n'],
  ])('refuses a wait that is not a finite number of ms ≥ 0: %o', (waitedMs, shown) => {
    expect(callRefusal({ waitedMs })).toEqual([
      'TypeError',
      `Indicators: event "call-answered" of stream "queue": waitedMs must be a finite number of ms ≥ 0, got ${shown}.`,
    ]);
  });

  it('refuses a call id or a caller id that is not a string', () => {
    expect(callRefusal({ callId: 7 })).toEqual([
      'TypeError',
      'Indicators: event "call-answered" of stream "queue": callId must be a string, got 7.',
    ]);
    expect(callRefusal({ callerId: null })).toEqual([
      'TypeError',
      'Indicators: event "call-answered" of stream "queue": callerId must be a string, got null.',
    ]);
  });

  it('copies the call, its caller only when given; a wait of 0 is kept', () => {
    const event = { type: 'call-abandoned', callId: 'c1', at, waitedMs: 0 };
    const out = checked({ streamId: 'queue', version: 2, position: 5, event });
    expect(out.kind).toBe('call');
    expect([out.streamId, out.version, out.position, out.ticket]).toEqual([
      'queue',
      2,
      5,
      undefined,
    ]);
    expect(out.call).toStrictEqual(event);
    expect(out.call).not.toBe(event);
    expect(Object.keys(out.call ?? {})).toEqual(['type', 'callId', 'at', 'waitedMs']);
    const withCaller = checked(callEvent({ callerId: 'u-42', extra: 'dropped' })).call;
    expect(withCaller).toStrictEqual({
      type: 'call-answered',
      callId: 'c1',
      at,
      waitedMs: 20_000,
      callerId: 'u-42',
    });
  });

  it('a call refused leaves the checked entry as it was', () => {
    const out = checked(callEvent({}));
    const before = { ...out };
    expect(() => checkIndicatorEntry(callEvent({ callId: 1, waitedMs: 3 }), out)).toThrow(
      TypeError,
    );
    expect({ ...out }).toStrictEqual(before);
  });
});

describe('ticket events: every field checked, then copied', () => {
  it('ticket-opened: its policy version is a string', () => {
    expect(eventRefusal({ type: 'ticket-opened', policyVersion: 2 })).toBe(
      'Indicators: event "ticket-opened" of stream "T1": policyVersion must be a string, got 2.',
    );
    const out = checked({
      streamId: 'T1',
      event: { type: 'ticket-opened', at, policyVersion: 'v2' },
    });
    expect(out.kind).toBe('ticket');
    expect(out.call).toBeUndefined();
    expect(out.ticket).toStrictEqual({ type: 'ticket-opened', at, policyVersion: 'v2' });
  });

  it('ticket-qualified: a priority of 1 to 4, SLA targets, a category label', () => {
    expect(eventRefusal({ type: 'ticket-qualified', priority: 5, targets: targets() })).toBe(
      'Indicators: event "ticket-qualified" of stream "T1": priority must be one of 1, 2, 3, 4, got 5.',
    );
    expect(eventRefusal({ type: 'ticket-qualified', priority: '1', targets: targets() })).toBe(
      'Indicators: event "ticket-qualified" of stream "T1": priority must be one of 1, 2, 3, 4, got "1".',
    );
    expect(eventRefusal({ type: 'ticket-qualified', priority: 2 })).toBe(
      'Indicators: event "ticket-qualified" of stream "T1": targets must be an object, got undefined.',
    );
    const event = {
      type: 'ticket-qualified',
      at,
      priority: 4,
      targets: targets(),
      category: 'Mail',
    };
    expect(checked({ streamId: 'T1', event }).ticket).toStrictEqual({ ...event });
    const none = checked({ streamId: 'T1', event: { ...event, category: undefined } }).ticket;
    expect(none).toStrictEqual({ ...event, category: undefined });
  });

  it.each([
    ['', '""'],
    ['g'.repeat(101), `"${'g'.repeat(40)}"… (101 characters)`],
    [7, '7'],
    [null, 'null'],
  ])('refuses a group or a category that is not a label: %o', (label, shown) => {
    const tail = `must be a text of 1 to 100 characters when given, got ${shown}.`;
    expect(
      eventRefusal({ type: 'ticket-qualified', priority: 1, targets: targets(), category: label }),
    ).toBe(`Indicators: event "ticket-qualified" of stream "T1": category ${tail}`);
    expect(eventRefusal({ type: 'ticket-handed-off', kind: 'transfer', group: label })).toBe(
      `Indicators: event "ticket-handed-off" of stream "T1": group ${tail}`,
    );
    expect(eventRefusal({ type: 'ticket-taken-in-charge', group: label })).toBe(
      `Indicators: event "ticket-taken-in-charge" of stream "T1": group ${tail}`,
    );
  });

  it('keeps a label of 1 and of 100 characters', () => {
    for (const group of ['g', 'g'.repeat(100)]) {
      expect(
        checked({ streamId: 'T1', event: { type: 'ticket-taken-in-charge', at, group } }).ticket,
      ).toStrictEqual({ type: 'ticket-taken-in-charge', at, group });
    }
  });

  it('ticket-handed-off: a transfer or an escalation, to a group or none', () => {
    expect(eventRefusal({ type: 'ticket-handed-off', kind: 'handover' })).toBe(
      'Indicators: event "ticket-handed-off" of stream "T1": kind must be one of "transfer", "escalation", got "handover".',
    );
    for (const kind of ['transfer', 'escalation']) {
      const event = { type: 'ticket-handed-off', at, kind, group: 'N2' };
      expect(checked({ streamId: 'T1', event }).ticket).toStrictEqual(event);
    }
    const bare = checked({
      streamId: 'T1',
      event: { type: 'ticket-handed-off', at, kind: 'transfer' },
    });
    expect(bare.ticket).toStrictEqual({
      type: 'ticket-handed-off',
      at,
      kind: 'transfer',
      group: undefined,
    });
    const taken = checked({ streamId: 'T1', event: { type: 'ticket-taken-in-charge', at } });
    expect(taken.ticket).toStrictEqual({ type: 'ticket-taken-in-charge', at, group: undefined });
  });

  it('solution-applied: a nature, and who applied it (an id and a level of 1 to 3)', () => {
    const solution = (fields: object) => ({
      type: 'solution-applied',
      nature: 'definitive',
      by: { id: 'alice', level: 1 },
      ...fields,
    });
    const prefix = 'Indicators: event "solution-applied" of stream "T1": ';
    expect(eventRefusal(solution({ nature: 'final' }))).toBe(
      `${prefix}nature must be one of "definitive", "temporary", got "final".`,
    );
    expect(eventRefusal(solution({ by: null }))).toBe(`${prefix}by must be an object, got null.`);
    expect(eventRefusal(solution({ by: 'alice' }))).toBe(
      `${prefix}by must be an object, got "alice".`,
    );
    expect(eventRefusal(solution({ by: { id: 1, level: 1 } }))).toBe(
      `${prefix}by.id must be a string, got 1.`,
    );
    expect(eventRefusal(solution({ by: { id: 'alice', level: 4 } }))).toBe(
      `${prefix}by.level must be one of 1, 2, 3, got 4.`,
    );
    expect(eventRefusal(solution({ by: { id: 'alice', level: '1' } }))).toBe(
      `${prefix}by.level must be one of 1, 2, 3, got "1".`,
    );
    for (const nature of ['definitive', 'temporary']) {
      for (const level of [1, 2, 3]) {
        const by = { id: 'erin', level, name: 'Erin' };
        const out = checked({ streamId: 'T1', event: { ...solution({ nature, by }), at } });
        expect(out.ticket).toStrictEqual({
          type: 'solution-applied',
          at,
          nature,
          by: { id: 'erin', level },
        });
        expect(Object.isFrozen(out.ticket?.type === 'solution-applied' && out.ticket.by)).toBe(
          true,
        );
      }
    }
  });

  it('the same technician at two levels is two resolvers', () => {
    const by = (id: string, level: number) => {
      const out = checked({
        streamId: 'T1',
        event: { type: 'solution-applied', at, nature: 'definitive', by: { id, level } },
      });
      return out.ticket?.type === 'solution-applied' ? out.ticket.by : undefined;
    };
    for (const [first, second] of [
      [3, 1],
      [1, 3],
      [2, 1],
      [1, 2],
      [3, 2],
      [2, 3],
    ] as const) {
      const id = `tech-${first}-${second}`;
      expect(by(id, first)).toStrictEqual({ id, level: first });
      expect(by(id, second)).toStrictEqual({ id, level: second });
      // Read again: the same resolver each time (interned per level).
      expect(by(id, first)).toBe(by(id, first));
      expect(by(id, first)).not.toBe(by(id, second));
    }
  });

  it('ticket-paused: any text as its reason', () => {
    expect(eventRefusal({ type: 'ticket-paused', reason: undefined })).toBe(
      'Indicators: event "ticket-paused" of stream "T1": reason must be a string, got undefined.',
    );
    const event = { type: 'ticket-paused', at, reason: 'waiting-for-parts' };
    expect(checked({ streamId: 'T1', event }).ticket).toStrictEqual(event);
  });

  it('policy-rebaselined: a version, and targets only when given', () => {
    expect(eventRefusal({ type: 'policy-rebaselined', toVersion: 3 })).toBe(
      'Indicators: event "policy-rebaselined" of stream "T1": toVersion must be a string, got 3.',
    );
    expect(eventRefusal({ type: 'policy-rebaselined', toVersion: 'v2', targets: null })).toBe(
      'Indicators: event "policy-rebaselined" of stream "T1": targets must be an object, got null.',
    );
    const bare = checked({
      streamId: 'T1',
      event: { type: 'policy-rebaselined', at, toVersion: 'v2' },
    });
    expect(bare.ticket).toStrictEqual({ type: 'policy-rebaselined', at, toVersion: 'v2' });
    expect(Object.keys(bare.ticket ?? {})).toEqual(['type', 'at', 'toVersion']);
    const event = { type: 'policy-rebaselined', at, toVersion: 'v3', targets: targets() };
    const out = newCheckedEntry();
    checkIndicatorEntry({ streamId: 'T1', event }, out);
    expect(out.ticket).toStrictEqual(event);
    // Then one without targets again: no targets left over from the previous one.
    checkIndicatorEntry({ streamId: 'T1', event: { ...event, targets: undefined } }, out);
    expect(out.ticket).toStrictEqual({ type: 'policy-rebaselined', at, toVersion: 'v3' });
  });

  it('the other ticket events: their type and date', () => {
    const plain = ticketEventTypes.filter(
      (type) =>
        ![
          'ticket-opened',
          'ticket-qualified',
          'ticket-handed-off',
          'ticket-taken-in-charge',
          'solution-applied',
          'ticket-paused',
          'policy-rebaselined',
        ].includes(type),
    );
    expect(plain).toHaveLength(9);
    const out = newCheckedEntry();
    for (const type of plain) {
      const when = new Date(at.getTime() + plain.indexOf(type));
      checkIndicatorEntry({ streamId: 'T1', version: 4, event: { type, at: when, by: 'x' } }, out);
      expect({ ...out, copies: undefined }).toStrictEqual({
        kind: 'ticket',
        streamId: 'T1',
        version: 4,
        position: undefined,
        ticket: { type, at: when },
        call: undefined,
        copies: undefined,
      });
    }
  });

  it('every shape keeps its own type, refilled entry after entry', () => {
    const out = newCheckedEntry();
    const events = [
      { type: 'ticket-opened', at, policyVersion: 'seed' },
      { type: 'ticket-qualified', at, priority: 1, targets: targets() },
      { type: 'ticket-handed-off', at, kind: 'escalation' },
      { type: 'ticket-taken-in-charge', at },
      { type: 'solution-applied', at, nature: 'temporary', by: { id: 'a', level: 2 } },
      { type: 'ticket-paused', at, reason: 'waiting-for-user' },
      { type: 'policy-rebaselined', at, toVersion: 'v2' },
      { type: 'policy-rebaselined', at, toVersion: 'v2', targets: targets() },
      { type: 'ticket-closed', at },
    ];
    for (const event of [...events, ...events]) {
      checkIndicatorEntry({ streamId: 'T1', event }, out);
      expect(out.ticket?.type).toBe(event.type);
      expect(out.ticket).toMatchObject(event);
    }
  });

  it('a refused ticket event leaves the checked entry and its copies as they were', () => {
    const out = newCheckedEntry();
    const event = { type: 'ticket-qualified', at, priority: 2, targets: targets(), category: 'A' };
    checkIndicatorEntry({ streamId: 'T1', version: 2, event }, out);
    const before = { ...out, ticket: { ...out.ticket } };
    for (const bad of [
      { ...event, priority: 3, category: '' },
      { ...event, priority: 3, targets: { ...targets(), maxDelay: {} } },
      { ...event, priority: 3, at: new Date(Number.NaN) },
    ]) {
      expect(() => checkIndicatorEntry({ streamId: 'T2', version: 5, event: bad }, out)).toThrow(
        TypeError,
      );
      expect({ ...out, ticket: { ...out.ticket } }).toStrictEqual(before);
    }
    const solution = {
      type: 'solution-applied',
      at,
      nature: 'definitive',
      by: { id: 'a', level: 1 },
    };
    checkIndicatorEntry({ streamId: 'T1', event: solution }, out);
    expect(() =>
      checkIndicatorEntry(
        { streamId: 'T1', event: { ...solution, nature: 'temporary', by: {} } },
        out,
      ),
    ).toThrow(TypeError);
    expect(out.ticket).toStrictEqual({ ...solution, by: { id: 'a', level: 1 } });
  });
});

describe('SLA targets', () => {
  const prefix = 'Indicators: event "ticket-qualified" of stream "T1": ';
  const withTargets = (t: unknown) =>
    eventRefusal({ type: 'ticket-qualified', priority: 1, targets: t });

  it('refuses targets, a target or a duration that is not an object', () => {
    expect(withTargets(5)).toBe(`${prefix}targets must be an object, got 5.`);
    expect(withTargets({ ...targets(), detection: null })).toBe(
      `${prefix}targets.detection must be an object, got null.`,
    );
    expect(withTargets({ ...targets(), resolution: undefined })).toBe(
      `${prefix}targets.resolution must be an object, got undefined.`,
    );
    expect(withTargets({ ...targets(), detection: { successRate: 0.9 } })).toBe(
      `${prefix}targets.detection.within must be an object, got undefined.`,
    );
    expect(withTargets({ ...targets(), resolution: { within: 60, successRate: 0.9 } })).toBe(
      `${prefix}targets.resolution.within must be an object, got 60.`,
    );
    expect(withTargets({ ...targets(), maxDelay: 'PT4H' })).toBe(
      `${prefix}targets.maxDelay must be an object, got "PT4H".`,
    );
  });

  it.each(['days', 'hours', 'minutes', 'seconds'])(
    'refuses an amount of %s that is not a finite number ≥ 0',
    (unit) => {
      for (const [amount, shown] of [
        [-1, '-1'],
        [-0.001, '-0.001'],
        [Number.NaN, 'NaN'],
        [Number.POSITIVE_INFINITY, 'Infinity'],
        ['1', '"1"'],
        [null, 'null'],
        [1n, '1n'],
      ] as const) {
        expect(withTargets({ ...targets(), maxDelay: { hours: 1, [unit]: amount } })).toBe(
          `${prefix}targets.maxDelay.${unit} must be a finite number ≥ 0, got ${shown}.`,
        );
      }
    },
  );

  it('refuses a duration of nothing', () => {
    for (const within of [{}, { minutes: 0 }, { days: 0, hours: 0, minutes: 0, seconds: 0 }]) {
      expect(withTargets({ ...targets(), detection: { within, successRate: 0.9 } })).toBe(
        `${prefix}targets.detection.within must be a positive duration, got an object.`,
      );
    }
    expect(withTargets({ ...targets(), maxDelay: { weeks: 1 } })).toBe(
      `${prefix}targets.maxDelay must be a positive duration, got an object.`,
    );
  });

  it.each([
    [0, '0'],
    [-0.5, '-0.5'],
    [1.01, '1.01'],
    [Number.NaN, 'NaN'],
    ['0.9', '"0.9"'],
    [undefined, 'undefined'],
  ])('refuses a success rate out of (0, 1]: %o', (successRate, shown) => {
    expect(withTargets({ ...targets(), detection: { within: { minutes: 5 }, successRate } })).toBe(
      `${prefix}targets.detection.successRate must be a rate in (0, 1], got ${shown}.`,
    );
    expect(withTargets({ ...targets(), resolution: { within: { minutes: 5 }, successRate } })).toBe(
      `${prefix}targets.resolution.successRate must be a rate in (0, 1], got ${shown}.`,
    );
  });

  it('copies them, frozen, each duration with the units given (0 allowed beside others)', () => {
    const given = {
      detection: { within: { days: 0, seconds: 30 }, successRate: 1 },
      resolution: { within: { hours: 1.5, minutes: 0 }, successRate: 0.000_1 },
      maxDelay: { days: 2, hours: 0, minutes: 0, seconds: 0 },
      extra: 'dropped',
    };
    const copy = readTargets(given, 'targets');
    expect(copy).toStrictEqual({
      detection: { within: { days: 0, seconds: 30 }, successRate: 1 },
      resolution: { within: { hours: 1.5, minutes: 0 }, successRate: 0.000_1 },
      maxDelay: { days: 2, hours: 0, minutes: 0, seconds: 0 },
    });
    expect(Object.keys(copy.detection.within)).toEqual(['days', 'seconds']);
    for (const part of [
      copy,
      copy.detection,
      copy.detection.within,
      copy.resolution,
      copy.resolution.within,
      copy.maxDelay,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(copy.detection.within).not.toBe(given.detection.within);
    // Changing the caller's object afterwards changes nothing, even read again.
    given.detection.within.seconds = 600;
    expect(copy.detection.within.seconds).toBe(30);
    expect(readTargets(given, 'targets').detection.within.seconds).toBe(600);
  });

  it('equal targets read twice are one copy (interned by value)', () => {
    const a = readTargets(targets(), 'targets');
    const b = readTargets(targets(), 'targets');
    expect(b).toBe(a);
    const other = readTargets({ ...targets(), maxDelay: { days: 2 } }, 'targets');
    expect(other).not.toBe(a);
    expect(other.maxDelay).toStrictEqual({ days: 2 });
    // Every part of the key tells targets apart.
    const variants = [
      { ...targets(), detection: { within: { minutes: 16 }, successRate: 0.9 } },
      { ...targets(), detection: { within: { hours: 15 }, successRate: 0.9 } },
      { ...targets(), detection: { within: { minutes: 15 }, successRate: 0.91 } },
      { ...targets(), resolution: { within: { hours: 5 }, successRate: 0.8 } },
      { ...targets(), resolution: { within: { days: 4 }, successRate: 0.8 } },
      { ...targets(), resolution: { within: { seconds: 4 }, successRate: 0.8 } },
      { ...targets(), resolution: { within: { hours: 4 }, successRate: 0.81 } },
      { ...targets(), maxDelay: { hours: 1 } },
      { ...targets(), maxDelay: { days: 1, minutes: 1 } },
    ];
    const copies = variants.map((v) => readTargets(v, 'targets'));
    copies.forEach((c, k) => {
      expect(c).toStrictEqual(variants[k]);
      expect(c).not.toBe(a);
    });
  });

  it('targets frozen through and through are read once; any part not frozen is read again', () => {
    const frozen = () => {
      const t = targets();
      Object.freeze(t.detection.within);
      Object.freeze(t.detection);
      Object.freeze(t.resolution.within);
      Object.freeze(t.resolution);
      Object.freeze(t.maxDelay);
      return t;
    };
    const whole = Object.freeze(frozen());
    expect(readTargets(whole, 'targets')).toStrictEqual(targets());
    expect(readTargets(whole, 'targets')).toBe(readTargets(whole, 'targets'));
    // Each part left unfrozen in turn: changed after the first reading, the change is seen.
    const cases: [string, (t: ReturnType<typeof targets>) => void][] = [
      ['targets', (t) => Object.assign(t, { maxDelay: Object.freeze({ days: 3 }) })],
      ['detection', (t) => Object.assign(t.detection, { successRate: 0.5 })],
      ['detection.within', (t) => Object.assign(t.detection.within, { minutes: 3 })],
      ['resolution', (t) => Object.assign(t.resolution, { successRate: 0.5 })],
      ['resolution.within', (t) => Object.assign(t.resolution.within, { hours: 3 })],
      ['maxDelay', (t) => Object.assign(t.maxDelay, { days: 3 })],
    ];
    for (const [open, change] of cases) {
      const t = targets();
      if (open !== 'detection.within') Object.freeze(t.detection.within);
      if (open !== 'detection') Object.freeze(t.detection);
      if (open !== 'resolution.within') Object.freeze(t.resolution.within);
      if (open !== 'resolution') Object.freeze(t.resolution);
      if (open !== 'maxDelay') Object.freeze(t.maxDelay);
      if (open !== 'targets') Object.freeze(t);
      const first = readTargets(t, 'targets');
      expect(first).toStrictEqual(targets());
      change(t);
      const again = readTargets(t, 'targets');
      expect(again, open).not.toStrictEqual(targets());
      expect(again, open).toStrictEqual(t);
    }
  });

  it('a frozen object whose parts a getter answers differently each time is read each time', () => {
    let reads = 0;
    const detection = { within: { minutes: 15 }, successRate: 0.9 };
    const t = Object.freeze(
      Object.defineProperty(targets(), 'detection', {
        get: () => (reads++ === 0 ? detection : null),
        enumerable: true,
      }),
    );
    // Read once to copy it, once more to see whether it is frozen through (it is not: null).
    expect(readTargets(t, 'targets')).toStrictEqual(targets());
    expect(reads).toBe(2);
    expect(() => readTargets(t, 'targets')).toThrow(
      'Indicators: targets.detection must be an object, got null.',
    );
  });
  it('targets frozen through and through are read once: their getters are not asked again', () => {
    let reads = 0;
    const t = targets();
    const detection = Object.freeze({
      within: Object.freeze(t.detection.within),
      successRate: t.detection.successRate,
    });
    Object.freeze(t.resolution.within);
    Object.freeze(t.resolution);
    Object.freeze(t.maxDelay);
    Object.defineProperty(t, 'detection', {
      get: () => {
        reads++;
        return detection;
      },
      enumerable: true,
    });
    Object.freeze(t);
    const first = readTargets(t, 'targets');
    expect(first).toStrictEqual(targets());
    // Once to copy it, once to see it is frozen through; never again.
    expect(reads).toBe(2);
    expect(readTargets(t, 'targets')).toBe(first);
    expect(
      checked({ streamId: 'T1', event: { type: 'ticket-qualified', at, priority: 1, targets: t } })
        .ticket,
    ).toMatchObject({ targets: first });
    expect(reads).toBe(2);
  });

  it('a part a getter answers as null or as a number the second time is not cached either', () => {
    const frozenTargets = () => {
      const t = targets();
      for (const part of [t.detection.within, t.detection, t.resolution.within, t.resolution]) {
        Object.freeze(part);
      }
      Object.freeze(t.maxDelay);
      return t;
    };
    for (const key of ['detection', 'resolution'] as const) {
      for (const [later, shown] of [
        [null, 'null'],
        [5, '5'],
      ] as const) {
        let reads = 0;
        const t = frozenTargets();
        const first = t[key];
        Object.defineProperty(t, key, {
          get: () => (reads++ === 0 ? first : later),
          enumerable: true,
        });
        Object.freeze(t);
        expect(readTargets(t, 'targets')).toStrictEqual(targets());
        expect(() => readTargets(t, 'targets')).toThrow(
          `Indicators: targets.${key} must be an object, got ${shown}.`,
        );
      }
    }
  });
});

describe('what could not be read', () => {
  const throwing = (base: object, key: string, thrown: unknown = new Error('boom')) =>
    Object.defineProperty({ ...base }, key, {
      get() {
        throw thrown;
      },
      enumerable: true,
    });

  it('a getter that throws on the entry, its stream or its event, named as such', () => {
    for (const entry of [
      throwing({ streamId: 'T1' }, 'event'),
      throwing({ event: { type: 'ticket-closed', at } }, 'streamId'),
      throwing({ streamId: 'T1', event: { type: 'ticket-closed', at } }, 'version'),
      { streamId: 'T1', event: throwing({ at }, 'type') },
      { streamId: 'T1', event: throwing({ type: 'ticket-closed' }, 'at') },
      { streamId: 'q', event: throwing({ type: 'call-answered', at, waitedMs: 1 }, 'callId') },
      {
        streamId: 'T1',
        event: {
          type: 'ticket-qualified',
          at,
          priority: 1,
          targets: throwing(targets(), 'maxDelay'),
        },
      },
    ]) {
      expect(refusal(entry)).toEqual([
        'TypeError',
        'Indicators: the entry could not be read, it threw an Error (an object).',
      ]);
    }
    expect(
      refusal({
        streamId: 'T1',
        event: throwing({ type: 'ticket-opened', at }, 'policyVersion', 'no'),
      }),
    ).toEqual(['TypeError', 'Indicators: the entry could not be read, it threw "no" (an object).']);
  });

  it('a revoked Proxy as the entry', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(proxy)).toEqual([
      'TypeError',
      'Indicators: the entry could not be read, it threw an Error (an unreadable object).',
    ]);
  });

  it('the error thrown is a plain TypeError the guarded functions let through as it is', () => {
    const error = thrownError(() => checkIndicatorEntry({ streamId: 1 }, newCheckedEntry()));
    expect(error.constructor).toBe(TypeError);
    const acc = createIndicatorAccumulator();
    expect(thrownNameAndMessage(() => acc.add({ streamId: 1 } as never))).toEqual([
      'TypeError',
      'Indicators: streamId must be a string, got 1.',
    ]);
  });
});
