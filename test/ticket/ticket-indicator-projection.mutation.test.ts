import { describe, expect, it } from 'vitest';
import { slaTargetsFor } from '../../src/sla/index.js';
import {
  draftTicketIndicators,
  evolveTicketIndicators,
  foldTicketIndicators,
  foldTicketIndicatorsInto,
  initialTicketIndicators,
  type TicketIndicatorEvent,
  type TicketIndicatorProjection,
} from '../../src/ticket/ticket-indicator-projection.js';
import { alice, bob, t } from './ticket-fixtures.js';

// The projection the service indicators fold (seed §1.1, §2.5.2.4, §5), tested here directly:
// its checks with their exact messages, and each rule's exact result (the metrics suites
// exercise it too, but a mutation run of `ticket` runs only test/ticket/**).

const fold = (
  events: readonly TicketIndicatorEvent[],
  from: TicketIndicatorProjection = initialTicketIndicators,
) => events.reduce(evolveTicketIndicators, from);

const opened: TicketIndicatorEvent = { type: 'ticket-opened', at: t(0), policyVersion: 'seed' };
const qualified = (priority: 1 | 2 | 3 | 4, minutes: number): TicketIndicatorEvent => ({
  type: 'ticket-qualified',
  at: t(minutes),
  priority,
  targets: slaTargetsFor(priority),
});
const unreadable =
  'the input could not be read as plain data (a getter or a Proxy trap threw, or a value could not be converted or was nested too deeply).';
const throwingStage = Object.defineProperty({}, 'stage', {
  enumerable: true,
  get() {
    throw new Error('boom');
  },
});

describe('draftTicketIndicators', () => {
  it.each([
    [42, '42'],
    [null, 'null'],
    [undefined, 'undefined'],
    ['open', '"open"'],
  ])('refuses %j, naming it', (p, described) => {
    expect(() => draftTicketIndicators(p as never)).toThrow(
      new TypeError(
        `draftTicketIndicators: expected a ticket indicator projection, got ${described}.`,
      ),
    );
  });

  it('turns a getter that throws into its documented TypeError, the original as its cause', () => {
    const error = (() => {
      try {
        draftTicketIndicators(throwingStage as never);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`draftTicketIndicators: ${unreadable}`);
    expect((error as Error).cause).toEqual(new Error('boom'));
  });

  it('gives a fresh copy of every field', () => {
    const p = fold([opened, qualified(3, 1)]);
    const d = draftTicketIndicators(p);
    expect(d).not.toBe(p);
    expect(d).toStrictEqual({ ...p });
  });
});

describe('evolveTicketIndicators passes on the refusals of what it cannot fold', () => {
  it('passes on the documented refusal of a projection that is not one', () => {
    expect(() => evolveTicketIndicators(42 as never, opened)).toThrow(
      new TypeError('draftTicketIndicators: expected a ticket indicator projection, got 42.'),
    );
  });

  it('passes on the refusal of an event of no ticket event type', () => {
    expect(() =>
      evolveTicketIndicators(initialTicketIndicators, { type: 'ticket-lost', at: t(0) } as never),
    ).toThrow(
      new TypeError(
        'foldTicketIndicatorsInto: the event\'s type must be one of ticketEventTypes, got "ticket-lost".',
      ),
    );
  });

  it('names itself when reading the projection throws', () => {
    expect(() => evolveTicketIndicators(throwingStage as never, opened)).toThrow(
      new TypeError(`draftTicketIndicators: ${unreadable}`),
    );
  });
});

describe('foldTicketIndicatorsInto', () => {
  it('says whether the draft changed', () => {
    const d = draftTicketIndicators(initialTicketIndicators);
    expect(foldTicketIndicatorsInto(d, opened)).toBe(true);
    expect(d.stage).toBe('open');
    expect(foldTicketIndicatorsInto(d, { type: 'user-informed', at: t(1) })).toBe(false);
  });

  it.each([
    [42, '42'],
    [null, 'null'],
  ])('refuses the draft %j, naming both values', (n, described) => {
    // user-informed reads nothing of the draft: only the check can refuse it.
    const informed: TicketIndicatorEvent = { type: 'user-informed', at: t(1) };
    expect(() => foldTicketIndicatorsInto(n as never, informed)).toThrow(
      new TypeError(
        `foldTicketIndicatorsInto: expected a draft and a ticket event, got ${described} and an object.`,
      ),
    );
    expect(() => foldTicketIndicatorsInto(n as never, opened)).toThrow(TypeError);
  });

  it.each([
    [42, '42'],
    [null, 'null'],
    ['ticket-opened', '"ticket-opened"'],
  ])('refuses the event %j, naming it', (event, described) => {
    const d = draftTicketIndicators(initialTicketIndicators);
    expect(() => foldTicketIndicatorsInto(d, event as never)).toThrow(
      new TypeError(
        `foldTicketIndicatorsInto: expected a draft and a ticket event, got an object and ${described}.`,
      ),
    );
    expect(d).toStrictEqual({ ...initialTicketIndicators });
  });

  it('refuses an event of no ticket event type before folding anything', () => {
    const d = draftTicketIndicators(initialTicketIndicators);
    expect(() => foldTicketIndicatorsInto(d, { type: 'ticket-lost', at: t(0) } as never)).toThrow(
      new TypeError(
        'foldTicketIndicatorsInto: the event\'s type must be one of ticketEventTypes, got "ticket-lost".',
      ),
    );
  });

  it('turns an event whose type getter throws into its documented TypeError', () => {
    const d = draftTicketIndicators(initialTicketIndicators);
    const hostile = Object.defineProperty({}, 'type', {
      get() {
        throw new Error('boom');
      },
    });
    expect(() => foldTicketIndicatorsInto(d, hostile as never)).toThrow(
      new TypeError(`foldTicketIndicatorsInto: ${unreadable}`),
    );
  });
});

describe('foldTicketIndicators (the unchecked hot path)', () => {
  it('throws for a type it has no rule for, rather than answering undefined', () => {
    const d = draftTicketIndicators(initialTicketIndicators);
    expect(() => foldTicketIndicators(d, { type: 'ticket-lost', at: t(0) } as never)).toThrow(
      new TypeError('foldTicketIndicatorsInto: no rule for this event type (object).'),
    );
  });
});

describe('a requalification (seed §3)', () => {
  it('keeps the earlier priority with its span, raised or lowered', () => {
    const p = fold([opened, qualified(3, 1), qualified(2, 5), qualified(4, 9)]);
    expect(p.earlierPriorities).toEqual([
      { priority: 3, from: t(1), to: t(5) },
      { priority: 2, from: t(5), to: t(9) },
    ]);
    expect([p.raised, p.lowered, p.qualifiedSince, p.qualification?.priority]).toEqual([
      1,
      1,
      t(9),
      4,
    ]);
  });

  it('a first qualification records no earlier priority', () => {
    const p = fold([opened, qualified(3, 1)]);
    expect(p).toMatchObject({ raised: 0, lowered: 0, earlierPriorities: [], qualifiedSince: t(1) });
  });

  it('a projection whose priority has no known start records no span for it', () => {
    // Only a hand-made projection can hold one: the fold sets both together.
    const handMade: TicketIndicatorProjection = {
      ...initialTicketIndicators,
      stage: 'open',
      qualification: { priority: 3, targets: slaTargetsFor(3) },
    };
    const p = evolveTicketIndicators(handMade, qualified(2, 5));
    expect(p).toMatchObject({ raised: 0, lowered: 0, earlierPriorities: [], qualifiedSince: t(5) });
  });

  it('a projection with a start but no priority records no span either', () => {
    const handMade: TicketIndicatorProjection = {
      ...initialTicketIndicators,
      stage: 'open',
      qualifiedSince: t(1),
    };
    const p = evolveTicketIndicators(handMade, qualified(2, 5));
    expect(p).toMatchObject({
      raised: 0,
      lowered: 0,
      earlierPriorities: [],
      qualifiedSince: t(5),
      qualification: { priority: 2, targets: slaTargetsFor(2) },
    });
  });
});

describe('a solution (seed §1.1: solved at level 1)', () => {
  const solved = (nature: 'definitive' | 'temporary', by: typeof alice) =>
    fold([opened, { type: 'solution-applied', at: t(10), nature, by }]);

  it('counts at level 1 only when definitive and applied by a level-1 technician', () => {
    expect(solved('definitive', alice).lastSolutionAtLevel1).toBe(true);
    expect(solved('definitive', bob).lastSolutionAtLevel1).toBe(false);
    expect(solved('temporary', alice).lastSolutionAtLevel1).toBe(false);
    expect(solved('temporary', bob).lastSolutionAtLevel1).toBe(false);
  });

  it('a temporary solution resolves nothing', () => {
    expect(solved('temporary', alice)).toMatchObject({
      resolvedAt: undefined,
      resolvedBy: undefined,
    });
    expect(solved('definitive', bob)).toMatchObject({ resolvedAt: t(10), resolvedBy: bob });
  });
});

describe('a resumption closes the open pause only', () => {
  const paused: TicketIndicatorEvent = {
    type: 'ticket-paused',
    at: t(2),
    reason: 'waiting-for-user',
  };
  const resumed = (minutes: number): TicketIndicatorEvent => ({
    type: 'ticket-resumed',
    at: t(minutes),
  });

  it('with no pause, changes nothing and says so', () => {
    const p = fold([opened]);
    expect(evolveTicketIndicators(p, resumed(3))).toBe(p);
    const d = draftTicketIndicators(p);
    expect(foldTicketIndicatorsInto(d, resumed(3))).toBe(false);
    expect(d.pauses).toEqual([]);
  });

  it('closes the open pause, and a second resumption leaves it closed', () => {
    const p = fold([opened, paused, resumed(4)]);
    expect(p.pauses).toEqual([{ reason: 'waiting-for-user', from: t(2), to: t(4) }]);
    expect(evolveTicketIndicators(p, resumed(7))).toBe(p);
    const d = draftTicketIndicators(p);
    expect(foldTicketIndicatorsInto(d, resumed(7))).toBe(false);
    expect(d.pauses).toEqual([{ reason: 'waiting-for-user', from: t(2), to: t(4) }]);
  });
});

describe('a reopening', () => {
  it('with no resolution recorded adds no pause, and still counts', () => {
    const p = fold([opened, { type: 'ticket-reopened', at: t(30) }]);
    expect(p).toMatchObject({ stage: 'open', reopenings: 1, pauses: [] });
  });
});

describe('a cancellation (terminal, counted apart)', () => {
  it('sets the stage to cancelled and nothing else', () => {
    const before = fold([opened, qualified(3, 1)]);
    const p = evolveTicketIndicators(before, { type: 'ticket-cancelled', at: t(5) });
    expect(p).not.toBe(before);
    expect(p).toStrictEqual({ ...before, stage: 'cancelled' });
  });
});

describe('a re-baseline (seed §2.5.2.4: the pinned policy moves)', () => {
  const rebaselined = (targets?: ReturnType<typeof slaTargetsFor>): TicketIndicatorEvent => ({
    type: 'policy-rebaselined',
    at: t(20),
    toVersion: 'v2',
    ...(targets === undefined ? {} : { targets }),
  });

  it('moves the policy and the targets of the priority in force', () => {
    const before = fold([opened, qualified(3, 1)]);
    const p = evolveTicketIndicators(before, rebaselined(slaTargetsFor(1)));
    expect(p).toStrictEqual({
      ...before,
      policyVersion: 'v2',
      qualification: { priority: 3, targets: slaTargetsFor(1) },
    });
  });

  it('without targets, moves the policy and keeps the targets', () => {
    const before = fold([opened, qualified(3, 1)]);
    const p = evolveTicketIndicators(before, rebaselined());
    expect(p).toStrictEqual({ ...before, policyVersion: 'v2' });
    expect(p.qualification).toBe(before.qualification);
  });

  it('before any qualification, moves the policy and gives no priority', () => {
    const before = fold([opened]);
    const p = evolveTicketIndicators(before, rebaselined(slaTargetsFor(1)));
    expect(p).toStrictEqual({ ...before, policyVersion: 'v2' });
    const d = draftTicketIndicators(before);
    expect(foldTicketIndicatorsInto(d, rebaselined())).toBe(true);
    expect(d.policyVersion).toBe('v2');
  });
});
