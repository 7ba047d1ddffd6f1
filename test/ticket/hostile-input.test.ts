import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketCommandArbitrary } from '../../src/testing/index.js';
import {
  closureCheck,
  decideTicket,
  defaultTicketPolicy,
  evolveTicket,
  initialTicketState,
  measureTicketSla,
  parseTicketCommand,
  pauseStopsClock,
  replayTicket,
  type TicketCommand,
  type TicketState,
  ticketSlaTimelines,
  ticketViolation,
} from '../../src/ticket/index.js';
import {
  anythingOdd,
  dateLookAlike,
  holes,
  oddValues,
  revokedProxy,
  throwingConversions,
  throwingGetter,
  trappedProxy,
} from './hostile-values.js';
import { alice, handledByAlice, openCommand, run, t } from './ticket-fixtures.js';

const handled = run(handledByAlice).state;
const prototypeKeys = () => Reflect.ownKeys(Object.prototype).length;

/* Decides and parses `input` on `state`: never throws, and a refusal changes nothing. */
function attempt(input: unknown, state: TicketState) {
  const before = structuredClone(state);
  const decided = decideTicket(input as TicketCommand, state);
  const parsed = parseTicketCommand(input);
  expect(state).toEqual(before);
  return { decided, parsed };
}

const pathsOf = (r: ReturnType<typeof decideTicket> | ReturnType<typeof parseTicketCommand>) =>
  r.ok ? [] : r.error.map((v) => [v.code, v.details?.path]);

describe('hostile input for decideTicket and parseTicketCommand (10.2)', () => {
  test.prop([anythingOdd()])('never throw on any value, and refuse it', (input) => {
    const keys = prototypeKeys();
    const { decided, parsed } = attempt(input, handled);
    expect(decided.ok).toBe(false);
    expect(parsed.ok).toBe(false);
    expect(prototypeKeys()).toBe(keys);
  });

  test.prop([ticketCommandArbitrary(), fc.nat(), fc.nat()])(
    'never throw when any field of a real command holds an odd value, and name its path',
    (command, k, v) => {
      const keys = Object.keys(command).filter((key) => key !== 'type');
      const key = keys[k % keys.length] as string;
      const odd = oddValues();
      const value = odd[v % odd.length];
      const broken = { ...command, [key]: value };
      const { decided, parsed } = attempt(broken, handled);
      expect(decided.ok).toBe(false);
      if (!decided.ok && decided.error[0]?.code === 'malformed-command') {
        expect(decided.error.map((e) => (e.details?.path as unknown[] | undefined)?.[0])).toContain(
          key,
        );
      }
      expect(parsed.ok).toBe(false);
    },
  );

  it('refuses a getter without calling it, with its path', () => {
    const command = { ...openCommand() };
    const getter = throwingGetter(command, 'description');
    const { decided, parsed } = attempt(command, initialTicketState);
    expect(getter.calls).toBe(0);
    expect(pathsOf(decided)).toEqual([['malformed-command', ['description']]]);
    expect(pathsOf(parsed)).toEqual([['malformed-command', ['description']]]);
    const nested = { ...openCommand(), caller: { name: 'x', contact: 'y' } };
    const inner = throwingGetter(nested.caller, 'name');
    expect(pathsOf(attempt(nested, initialTicketState).decided)).toEqual([
      ['malformed-command', ['caller', 'name']],
    ]);
    expect(inner.calls).toBe(0);
    const typeGetter = {};
    throwingGetter(typeGetter, 'type');
    // A `type` that cannot be read is not a known command.
    expect(pathsOf(attempt(typeGetter, initialTicketState).decided)).toEqual([
      ['unknown-command', ['type']],
    ]);
  });

  it('refuses Proxies, revoked ones too, as a whole command or as a field', () => {
    const trapped = attempt(trappedProxy(openCommand()), initialTicketState);
    expect(pathsOf(trapped.decided)).toEqual([['unknown-command', ['type']]]);
    expect(trapped.parsed.ok ? [] : trapped.parsed.error.map((e) => e.code)).toEqual([
      'unknown-command',
    ]);
    const revoked = attempt(revokedProxy(), initialTicketState);
    expect(pathsOf(revoked.decided)).toEqual([['malformed-command', []]]);
    expect(revoked.parsed.ok ? [] : revoked.parsed.error.map((e) => e.code)).toEqual([
      'unknown-command',
    ]);
    const field = { ...openCommand(), environment: trappedProxy({ network: 'x' }) };
    expect(pathsOf(attempt(field, initialTicketState).decided)).toEqual([
      ['malformed-command', ['environment', 'network']],
      ['malformed-command', ['environment', 'operatingSystem']],
      ['malformed-command', ['environment', 'software']],
    ]);
    const list = {
      type: 'inform-user',
      at: t(5),
      actor: alice,
      summary: 'x',
      commitments: trappedProxy([{ kind: 'best-service' }]),
    };
    expect(pathsOf(attempt(list, handled).decided)).toEqual([
      ['malformed-command', ['commitments']],
    ]);
  });

  it('never converts a value: throwing toString/toJSON, BigInt, Symbol, null prototype', () => {
    for (const type of [throwingConversions(), 1n, Symbol('t'), Object.create(null)]) {
      const { decided, parsed } = attempt({ type }, initialTicketState);
      expect(decided.ok ? [] : decided.error.map((e) => e.code)).toEqual(['unknown-command']);
      expect(parsed.ok ? [] : parsed.error.map((e) => e.code)).toEqual(['unknown-command']);
      expect(typeof (parsed.ok ? undefined : parsed.error[0]?.details?.type)).toBe('string');
    }
    const bigAt = { ...openCommand(), at: 10n };
    expect(pathsOf(attempt(bigAt, initialTicketState).decided)).toEqual([
      ['malformed-command', ['at']],
    ]);
  });

  it('refuses a Date look-alike (Date.prototype, no date slot) and an invalid Date', () => {
    for (const at of [dateLookAlike(), new Date(Number.NaN)]) {
      const command = { ...openCommand(), at };
      expect(pathsOf(attempt(command, initialTicketState).decided)).toEqual([
        ['malformed-command', ['at']],
      ]);
      expect(pathsOf(attempt(command, initialTicketState).parsed)).toEqual([
        ['malformed-command', ['at']],
      ]);
    }
  });

  it('refuses cycles, holes and huge sparse lists without walking them', () => {
    const software: unknown[] = ['Word'];
    software.push(software);
    const cyclic = {
      ...openCommand(),
      environment: { network: 'x', operatingSystem: 'y', software },
    };
    expect(pathsOf(attempt(cyclic, initialTicketState).decided)).toEqual([
      ['malformed-command', ['environment', 'software', 1]],
    ]);
    const withHoles = {
      type: 'inform-user',
      at: t(5),
      actor: alice,
      summary: 'x',
      commitments: holes(),
    };
    expect(pathsOf(attempt(withHoles, handled).decided)).toEqual([
      ['malformed-command', ['commitments', 0]],
      ['malformed-command', ['commitments', 1]],
    ]);
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    const big = { type: 'inform-user', at: t(5), actor: alice, summary: 'x', commitments: huge };
    expect(pathsOf(attempt(big, handled).decided)).toEqual([
      ['malformed-command', ['commitments']],
    ]);
    const self: Record<string, unknown> = { ...openCommand() };
    self.caller = self;
    expect(attempt(self, initialTicketState).decided.ok).toBe(false);
  });

  it('a __proto__ key pollutes nothing and is not read as a field', () => {
    const keys = prototypeKeys();
    const input = JSON.parse(
      '{"type":"close","at":"2026-03-02T10:00:00Z","actor":{"id":"alice","level":1},"__proto__":{"polluted":true}}',
    );
    const parsed = parseTicketCommand(input);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(['type', 'at', 'actor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(prototypeKeys()).toBe(keys);
  });
});

describe('the ticket functions other than the decider throw only their documented errors (10.2)', () => {
  const documented = (call: () => unknown, message: RegExp) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  };
  // An object whose `type` and `at` both refer to the next level, 40 levels deep: 2^40 paths.
  let dag: unknown = 'leaf';
  for (let i = 0; i < 40; i++) dag = { type: dag, at: dag };

  it('evolveTicket names an unknown type without walking it, and wraps what cannot be read', () => {
    documented(
      () => evolveTicket(initialTicketState, { type: 1n } as never),
      /evolveTicket: unknown ticket event type 1n/,
    );
    documented(() => evolveTicket(initialTicketState, dag as never), /unknown ticket event type/);
    documented(
      () => evolveTicket(initialTicketState, trappedProxy({}) as never),
      /evolveTicket: the input could not be read/,
    );
    documented(
      () => evolveTicket(revokedProxy() as never, { type: 'ticket-closed', at: t(1) } as never),
      /evolveTicket: the input could not be read/,
    );
  });

  it('replayTicket refuses what is not a list of events', () => {
    documented(() => replayTicket(5 as never), /replayTicket: events must be a list/);
    documented(() => replayTicket([null] as never), /unknown ticket event type/);
    documented(() => replayTicket(trappedProxy([]) as never), /could not be read/);
  });

  it('closureCheck, pauseStopsClock, ticketViolation, ticketSlaTimelines and measureTicketSla', () => {
    documented(() => closureCheck(null as never, alice), /closureCheck: expected a ticket state/);
    documented(() => closureCheck(trappedProxy({}) as never, alice), /could not be read/);
    documented(
      () => pauseStopsClock('waiting-for-user', 'lunch' as never, defaultTicketPolicy),
      /pauseStopsClock: clock must be one of "detection", "resolution", "maxDelay", got "lunch"/,
    );
    documented(
      () => pauseStopsClock('waiting-for-user', 'resolution', {} as never),
      /policy must be a ticket policy/,
    );
    documented(
      () => ticketViolation(Object.create(null) as never),
      /code must be one of the ticketViolationCodes, got an object without prototype/,
    );
    documented(() => ticketSlaTimelines(revokedProxy() as never), /ticketSlaTimelines: the input/);
    documented(
      () => measureTicketSla(handled, trappedProxy({}) as never),
      /measureSla: the input could not be read|measureTicketSla: the input could not be read/,
    );
    documented(
      () => ticketSlaTimelines(handled, { ...defaultTicketPolicy, version: 10n } as never),
      /the policy given is version 10n but the ticket is pinned to "seed"/,
    );
  });
});
