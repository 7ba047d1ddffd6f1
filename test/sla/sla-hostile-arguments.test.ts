import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  measureSla,
  nominalDurationMs,
  slaClockState,
  slaCompliance,
  slaComplianceLine,
} from '../../src/sla/index.js';

// Issue 10 item 2: each of these documents what it throws; whatever a caller passes, nothing
// else escapes (no "Cannot convert object to primitive value", no "x is not iterable", no
// caller error thrown raw).
const boom = () => {
  throw new Error('boom');
};
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const call = new Date('2026-03-09T09:00:00Z');
const timeline = { start: call, pauses: [], stop: new Date('2026-03-09T09:01:00Z') };
const options = { at: new Date('2026-03-09T12:00:00Z') };

describe('SLA functions under hostile arguments', () => {
  it('measureSla and slaClockState: a timeline, target or options that cannot be read is their TypeError', () => {
    for (const fn of [measureSla, slaClockState] as const) {
      const name = fn === measureSla ? 'measureSla' : 'slaClockState';
      expect(() => fn(new Proxy(timeline, { get: boom }), { minutes: 1 }, options)).toThrow(
        new RegExp(`^${name}: the input could not be read`),
      );
      expect(() => fn(timeline, { minutes: 1 }, revoked() as never)).toThrow(TypeError);
      expect(() => fn(timeline, { minutes: 1 }, { at: new Date(Number.NaN) })).toThrow(
        /options\.at must be a valid Date/,
      );
      // A malformed target stays a ConfigurationError naming it.
      expect(() => fn(timeline, { weeks: 1 } as never, options)).toThrow(ConfigurationError);
    }
  });

  it('slaComplianceLine describes what it refuses, whatever it is', () => {
    expect(() => slaComplianceLine(Object.create(null), 1, 0.9)).toThrow(
      /got met an object without prototype and total 1/,
    );
    expect(() => slaComplianceLine(1, 1, 10n as never)).toThrow(
      /successRate must be in \(0, 1\], got 10n/,
    );
  });

  it('slaCompliance checks its table and its list, and reads each result once', () => {
    expect(() => slaCompliance([], 'P1' as never)).toThrow(
      /table must be an SLA table made by defineSlaTable/,
    );
    expect(() => slaCompliance(5 as never)).toThrow(/results must be a list \(an iterable\)/);
    expect(() =>
      slaCompliance([
        {
          get priority() {
            return boom();
          },
        },
      ] as never),
    ).toThrow(/slaCompliance: the input could not be read/);
    let reads = 0;
    const shifty = {
      priority: 1,
      get target() {
        reads++;
        return reads === 1 ? 'detection' : 'resolution';
      },
      met: true,
    };
    const line = slaCompliance([shifty as never]).get(1);
    expect([line?.detection.total, line?.resolution.total]).toEqual([1, 0]);
    expect(reads).toBe(1);
  });

  it('nominalDurationMs checks its duration', () => {
    expect(() => nominalDurationMs(new Proxy({}, { ownKeys: boom }) as never)).toThrow(
      ConfigurationError,
    );
    expect(() => nominalDurationMs({ weeks: 2 } as never)).toThrow(/unit "weeks" is not allowed/);
    expect(nominalDurationMs({ hours: 1, minutes: 30 })).toBe(5_400_000);
  });
});
