import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketCommandArbitrary, ticketHistoryArbitrary } from '../../src/testing/index.js';
import {
  decideTicket,
  evolveTicket,
  initialTicketState,
  parseTicketCommand,
  type TicketEvent,
  ticketCommandTypes,
} from '../../src/ticket/index.js';
import { openCommand } from './ticket-fixtures.js';

const codes = (r: ReturnType<typeof parseTicketCommand>) =>
  r.ok ? [] : r.error.map((v) => v.code);

describe('parseTicketCommand', () => {
  it('accepts JSON with ISO dates, brands ids, trims texts and drops unknown keys', () => {
    const json = JSON.parse(JSON.stringify({ ...openCommand(), extra: 'x', ticketId: ' T-9 ' }));
    const r = parseTicketCommand(json);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ ...openCommand(), ticketId: 'T-9' });
    expect(r.value.at).toBeInstanceOf(Date);
  });

  it('refuses an unknown type with unknown-command, listing the known ones', () => {
    for (const input of [{ type: 'delete' }, { type: 42 }, null, 'close', {}]) {
      const r = parseTicketCommand(input);
      expect(codes(r)).toEqual(['unknown-command']);
      expect(r.ok ? undefined : r.error[0]?.details?.expected).toEqual(ticketCommandTypes);
    }
  });

  it('gives one malformed-command per problem with its path', () => {
    const r = parseTicketCommand({
      type: 'hand-off',
      at: 'yesterday',
      actor: { id: 'alice', level: 4 },
      to: { id: '', level: 2 },
      situation: { cause: 'not-enough-time' },
    });
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details?.path])).toEqual([
      ['malformed-command', ['at']],
      ['malformed-command', ['actor', 'level']],
      ['malformed-command', ['to', 'id']],
      ['malformed-command', ['situation', 'noticed']],
    ]);
  });

  it('refuses an override priority off the scale and a bad take-in-charge mode', () => {
    const base = { at: new Date(0), actor: { id: 'alice', level: 1 } };
    expect(
      codes(
        parseTicketCommand({
          type: 'qualify',
          ...base,
          impact: 'user',
          urgency: 'blocked',
          priority: 5,
        }),
      ),
    ).toEqual(['malformed-command']);
    expect(codes(parseTicketCommand({ type: 'take-in-charge', ...base, mode: 'later' }))).toEqual([
      'malformed-command',
    ]);
  });

  it('reads promises from JSON (an arrival time as an ISO date) and a hand-off note, trimmed', () => {
    const base = { at: '2026-03-02T09:30:00Z', actor: { id: 'bob', level: 2 } };
    const inform = parseTicketCommand({
      type: 'inform-user',
      ...base,
      summary: 'Le technicien passe à 14 h',
      commitments: [
        { kind: 'best-service' },
        { kind: 'arrival-time', at: '2026-03-02T14:00:00Z' },
        { kind: 'contractual-delay', within: { hours: 4 } },
        { kind: 'duration', durationMs: 3_600_000 },
      ],
    });
    expect(inform.ok && inform.value.type === 'inform-user' && inform.value.commitments).toEqual([
      { kind: 'best-service' },
      { kind: 'arrival-time', at: new Date('2026-03-02T14:00:00Z') },
      { kind: 'contractual-delay', within: { hours: 4 } },
      { kind: 'duration', durationMs: 3_600_000 },
    ]);
    const handOff = parseTicketCommand({
      type: 'hand-off',
      ...base,
      actor: { id: 'alice', level: 1 },
      to: { id: 'bob', level: 2 },
      situation: { cause: 'beyond-competence' },
      note: { diagnosis: ' Driver conflict ', done: '   ' },
    });
    // A blank part parses (trimmed to ''): the decider refuses it with handoff-note-required.
    expect(handOff.ok && handOff.value.type === 'hand-off' && handOff.value.note).toEqual({
      diagnosis: 'Driver conflict',
      done: '',
    });
  });

  it('gives the path of a malformed promise or note', () => {
    const base = { at: new Date(0), actor: { id: 'alice', level: 1 } };
    const r = parseTicketCommand({
      type: 'inform-user',
      ...base,
      summary: 'x',
      commitments: [
        { kind: 'best-service' },
        { kind: 'soon' },
        { kind: 'duration', durationMs: 0 },
      ],
    });
    expect(r.ok ? [] : r.error.map((v) => [v.code, v.details?.path])).toEqual([
      ['malformed-command', ['commitments', 1, 'kind']],
      ['malformed-command', ['commitments', 2, 'durationMs']],
    ]);
    const h = parseTicketCommand({
      type: 'hand-off',
      ...base,
      to: { id: 'bob', level: 2 },
      situation: { cause: 'beyond-competence' },
      note: { diagnosis: 'x' },
    });
    expect(h.ok ? [] : h.error.map((v) => [v.code, v.details?.path])).toEqual([
      ['malformed-command', ['note', 'done']],
    ]);
  });

  test.prop([ticketCommandArbitrary()])('accepts every well-formed command', (command) => {
    expect(parseTicketCommand(command).ok).toBe(true);
  });

  test.prop([ticketHistoryArbitrary({ maxSteps: 15 })])(
    'a history sent as JSON parses back to commands that decide the same events',
    (history) => {
      let state = initialTicketState;
      const events: TicketEvent[] = [];
      for (const command of history.commands) {
        const parsed = parseTicketCommand(JSON.parse(JSON.stringify(command)));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        const decision = decideTicket(parsed.value, state);
        if (!decision.ok) throw new Error(JSON.stringify(decision.error));
        for (const e of decision.value) {
          events.push(e);
          state = evolveTicket(state, e);
        }
      }
      expect(events).toEqual(history.events);
    },
  );
});

describe('decideTicket on input from plain JavaScript', () => {
  test.prop([fc.anything()])('never throws and refuses anything that is not a command', (input) => {
    const r = decideTicket(input as never, initialTicketState);
    expect(r.ok).toBe(false);
  });

  test.prop([ticketCommandArbitrary(), fc.nat()])(
    'refuses a command with a field removed or broken, without throwing',
    (command, n) => {
      const keys = Object.keys(command).filter((k) => k !== 'type');
      const key = keys[n % keys.length] as string;
      const broken = { ...command, [key]: n % 2 === 0 ? undefined : { nonsense: true } };
      const r = decideTicket(broken as never, initialTicketState);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(['malformed-command', 'ticket-not-open', 'ticket-already-open']).toContain(
          r.error[0]?.code,
        );
    },
  );

  it('tells an unknown type from a malformed command', () => {
    const r1 = decideTicket({ type: 'escalate' } as never, initialTicketState);
    expect(r1.ok ? [] : r1.error.map((v) => v.code)).toEqual(['unknown-command']);
    const r2 = decideTicket({ ...openCommand(), at: new Date(Number.NaN) }, initialTicketState);
    expect(r2.ok ? [] : r2.error.map((v) => [v.code, v.details?.reason])).toEqual([
      ['malformed-command', 'at: expected a valid Date, got an invalid Date'],
    ]);
  });
});
