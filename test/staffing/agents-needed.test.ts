import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import { agentsNeeded } from '../../src/staffing/agents-needed.js';
import { erlangA } from '../../src/staffing/erlang-a.js';
import { erlangC } from '../../src/staffing/erlang-c.js';

const desk = { callsPerHour: 200, handleTime: { minutes: 3 } } as const;
const eightyTwenty = { serviceLevel: 0.8, answerWithin: { seconds: 20 } } as const;

describe('agentsNeeded (seed §4.3.2)', () => {
  it('finds pyworkforce’s 14 raw positions for 100 calls per 30 min at 80/20', () => {
    const s = agentsNeeded({ ...desk, target: eightyTwenty });
    expect(s.agents).toBe(14);
    expect(s.figures.serviceLevel).toBeCloseTo(0.8883500191794669, 14);
    expect(s.figures.model).toBe('erlang-c');
  });

  it('gives the smallest count: one technician fewer misses the target', () => {
    const input = { ...desk, answerWithin: { seconds: 20 } };
    expect(erlangC({ ...input, agents: 13 }).serviceLevel).toBeLessThan(0.8);
    const withPatience = agentsNeeded({
      ...desk,
      patience: { minutes: 2 },
      target: { abandonment: 0.05 },
    });
    expect(withPatience.agents).toBe(13);
    expect(withPatience.figures.abandonment).toBeLessThanOrEqual(0.05);
    expect(erlangA({ ...input, patience: { minutes: 2 }, agents: 12 }).abandonment).toBeGreaterThan(
      0.05,
    );
  });

  it('aims at an ASA, and reports the service level at 20 s unless told', () => {
    const s = agentsNeeded({ ...desk, target: { averageSpeedOfAnswer: { seconds: 10 } } });
    expect(s.figures.averageSpeedOfAnswerMs).toBeLessThanOrEqual(10_000);
    expect(s.figures.answerWithinMs).toBe(20_000);
    expect(
      erlangC({ ...desk, agents: s.agents - 1, answerWithin: {} }).averageSpeedOfAnswerMs,
    ).toBeGreaterThan(10_000);
    const t = agentsNeeded({
      ...desk,
      target: { averageSpeedOfAnswer: { seconds: 10 }, answerWithin: { seconds: 30 } },
    });
    expect(t.figures.answerWithinMs).toBe(30_000);
  });

  it('handles 1,900 erlangs: about 1,950 technicians', () => {
    const s = agentsNeeded({
      callsPerHour: 1900 * 20,
      handleTime: { minutes: 3 },
      target: eightyTwenty,
    });
    expect(s.agents).toBeGreaterThan(1900);
    expect(s.agents).toBeLessThan(2000);
    expect(s.figures.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const a = agentsNeeded({
      callsPerHour: 1900 * 20,
      handleTime: { minutes: 3 },
      patience: { minutes: 2 },
      target: eightyTwenty,
    });
    expect(a.agents).toBeLessThanOrEqual(s.agents);
  });

  test.prop([
    fc.double({ min: 0.05, max: 300, noNaN: true }),
    fc.double({ min: 0.05, max: 0.99, noNaN: true }),
    fc.integer({ min: 0, max: 120 }),
    fc.option(fc.double({ min: 0.05, max: 50, noNaN: true }), { nil: undefined }),
  ])(
    'is monotone: the answer meets the target, one fewer does not, every larger count does',
    (load, level, seconds, patienceRatio) => {
      const target = { serviceLevel: level, answerWithin: { seconds } };
      const handleTime = { minutes: 4 };
      const callsPerHour = load * 15;
      const figuresAt = (agents: number) =>
        patienceRatio === undefined
          ? erlangC({ callsPerHour, handleTime, agents, answerWithin: { seconds } })
          : erlangA({
              callsPerHour,
              handleTime,
              agents,
              answerWithin: { seconds },
              patience: { minutes: 4 * patienceRatio },
            });
      const s =
        patienceRatio === undefined
          ? agentsNeeded({ callsPerHour, handleTime, target })
          : agentsNeeded({
              callsPerHour,
              handleTime,
              patience: { minutes: 4 * patienceRatio },
              target,
            });
      expect(s.figures).toEqual(figuresAt(s.agents));
      expect(s.figures.serviceLevel).toBeGreaterThanOrEqual(level);
      const floor = patienceRatio === undefined ? Math.floor(load) + 1 : 1;
      if (s.agents > floor) expect(figuresAt(s.agents - 1).serviceLevel).toBeLessThan(level);
      let previous = s.figures.serviceLevel;
      for (let more = 1; more <= 5; more++) {
        const next = figuresAt(s.agents + more).serviceLevel;
        expect(next).toBeGreaterThanOrEqual(previous);
        previous = next;
      }
    },
  );

  it.each([
    [{ target: { serviceLevel: 1, answerWithin: { seconds: 20 } } }, /strictly between 0 and 1/],
    [{ target: { serviceLevel: 0.8 } }, /target\.answerWithin must be a duration/],
    [{ target: {} }, /exactly one of serviceLevel .* got none/],
    [
      { target: { serviceLevel: 0.8, answerWithin: { seconds: 20 }, abandonment: 0.1 } },
      /got serviceLevel and abandonment/,
    ],
    [{ target: { abandonment: 0.05 } }, /abandonment target needs the callers’ patience/],
    [
      { target: { averageSpeedOfAnswer: { seconds: 0 } } },
      /averageSpeedOfAnswer must be a positive duration/,
    ],
    [
      { target: { serviceLevel: 0.8, answerWithin: { seconds: 20 }, extra: 1 } },
      /unknown field "extra"/,
    ],
    [{ agents: 3 }, /unknown field "agents"/],
    [{ callsPerHour: -5 }, /callsPerHour must be a finite number > 0, got -5/],
  ])('refuses %o', (change, message) => {
    const input = { ...desk, target: eightyTwenty, ...change };
    expect(() => agentsNeeded(input as never)).toThrow(ConfigurationError);
    expect(() => agentsNeeded(input as never)).toThrow(message);
  });

  it('refuses a target that needs more than a million technicians', () => {
    expect(() =>
      agentsNeeded({ callsPerHour: 1e9, handleTime: { minutes: 3 }, target: eightyTwenty }),
    ).toThrow(/not reached with 1000000 technicians/);
  });
});
