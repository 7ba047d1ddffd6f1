// Tests written for the survivors of `npm run mutation -- ticket` in src/ticket/ticket-sla.ts
// (the list: docs/mutation-testing.md, « ticket »). The clock facts are a caller's input: the
// timelines keep the pauses up to the clock's stop (a pause starting at the stop included) and
// carry `stop` and a pause's `to` only when there is one.
import { describe, expect, it } from 'vitest';
import {
  defaultTicketPolicy,
  initialTicketState,
  pauseStopsClock,
  ticketSlaTimelines,
} from '../../src/ticket/index.js';
import { thrownNameAndMessage as thrown } from '../core/thrown-error.js';
import { t } from './ticket-fixtures.js';

const opening = { at: t(0) };
const policyVersion = defaultTicketPolicy.version;

describe('ticketSlaTimelines (mutation survivors)', () => {
  it('a ticket not opened yet has no clock: its own message', () => {
    expect(thrown(() => ticketSlaTimelines(initialTicketState))).toEqual([
      'TypeError',
      'ticketSlaTimelines: the ticket is not opened yet; it has no clock.',
    ]);
  });

  it('a pause after the stop is left out, one starting at the stop is kept (§1.2)', () => {
    // Resolved at t(20); the user was waited for from t(10) to t(12), then again from t(20)
    // (the minute the call was resolved) and from t(30): only the first two count.
    const timelines = ticketSlaTimelines({
      opening,
      policyVersion,
      takenInChargeAt: t(5),
      resolvedAt: t(20),
      pauses: [
        { reason: 'waiting-for-user', from: t(10), to: t(12) },
        { reason: 'waiting-for-user', from: t(20), to: t(21) },
        { reason: 'waiting-for-user', from: t(30) },
      ],
    } as never);
    expect(timelines.resolution).toStrictEqual({
      start: t(0),
      pauses: [
        { from: t(10), to: t(12) },
        { from: t(20), to: t(21) },
      ],
      stop: t(20),
    });
  });

  it('an open pause carries no `to`, a clock not stopped carries no `stop`', () => {
    const timelines = ticketSlaTimelines({
      opening,
      policyVersion,
      pauses: [{ reason: 'waiting-for-user', from: t(10) }],
    } as never);
    expect(timelines.resolution).toStrictEqual({ start: t(0), pauses: [{ from: t(10) }] });
    expect(timelines.detection).toStrictEqual({ start: t(0), pauses: [] });
  });
});

describe('pauseStopsClock (mutation survivors)', () => {
  it('no policy (undefined) is refused by name, not read', () => {
    expect(
      thrown(() => pauseStopsClock('waiting-for-user', 'resolution', undefined as never)),
    ).toEqual([
      'TypeError',
      'pauseStopsClock: policy must be a ticket policy made by defineTicketPolicy (or defaultTicketPolicy), got undefined.',
    ]);
  });

  it('a null policy is refused by name, not read', () => {
    expect(thrown(() => pauseStopsClock('waiting-for-user', 'resolution', null as never))).toEqual([
      'TypeError',
      'pauseStopsClock: policy must be a ticket policy made by defineTicketPolicy (or defaultTicketPolicy), got null.',
    ]);
  });
});
