import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ticketHistoryArbitrary } from '../../../src/testing/index.js';
import {
  decideTicket,
  evolveTicket,
  initialTicketState,
  parseTicketCommand,
  replayTicket,
  type TicketCommand,
  type TicketState,
} from '../../../src/ticket/index.js';
import { maxLabelLength } from '../../../src/ticket/ticket-command-parts.js';
import {
  evolveTicketIndicators,
  initialTicketIndicators,
  type TicketIndicatorProjection,
} from '../../../src/ticket/ticket-indicator-projection.js';
import { alice, bob, carol, handoffNote, openCommand, run, t } from '../ticket-fixtures.js';
import { fieldsOf } from '../ticket-stage-view.js';

// Issue 11 item 3: an incident's category (given at qualification) and the assignment group
// holding the call (seed §4.4: « groupe bureautique, groupe réseau, groupe poste de travail »).

const qualify = (category?: unknown, at = t(2)) =>
  ({
    type: 'qualify',
    at,
    actor: alice,
    impact: 'user',
    urgency: 'blocked',
    ...(category === undefined ? {} : { category }),
  }) as TicketCommand;

const takeDirect = (group?: unknown) =>
  ({
    type: 'take-in-charge',
    at: t(3),
    actor: alice,
    mode: 'direct',
    ...(group === undefined ? {} : { group }),
  }) as TicketCommand;

const handOff = (group?: unknown) =>
  ({
    type: 'hand-off',
    at: t(5),
    actor: alice,
    to: bob,
    situation: { cause: 'beyond-competence' },
    note: handoffNote,
    ...(group === undefined ? {} : { group }),
  }) as TicketCommand;

function malformed(command: TicketCommand, state: TicketState) {
  const r = decideTicket(command, state);
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('category on qualify', () => {
  it('is carried on the event and kept in the qualification', () => {
    const { state, events } = run([openCommand(), qualify('réseau')]);
    expect(events.at(-1)).toMatchObject({ type: 'ticket-qualified', category: 'réseau' });
    expect(fieldsOf(state).qualification?.category).toBe('réseau');
  });

  it('is optional: without it the event and the state carry none (backward compatible)', () => {
    const { state, events } = run([openCommand(), qualify()]);
    expect(events.at(-1)).not.toHaveProperty('category');
    expect(fieldsOf(state).qualification).not.toHaveProperty('category');
  });

  it('a requalification changes it, and one without a category keeps it', () => {
    const { state } = run([
      openCommand(),
      qualify('réseau'),
      qualify('bureautique', t(3)),
      qualify(undefined, t(4)),
    ]);
    expect(fieldsOf(state).qualification?.category).toBe('bureautique');
  });

  it.each<[string, unknown, RegExp]>([
    ['a number', 42, /expected a string, got 42/],
    ['a blank text', '   ', /expected a non-empty text/],
    ['a BigInt', 1n, /expected a string, got 1n/],
    [
      'a text over the cap',
      'x'.repeat(maxLabelLength + 1),
      /expected at most 100 characters, got "x{40}"… \(101 characters\)/,
    ],
  ])('refuses %s as malformed, with fr and en messages', (_, category, reason) => {
    const state = run([openCommand()]).state;
    const [v, ...rest] = malformed(qualify(category), state);
    expect(rest).toEqual([]);
    expect(v?.code).toBe('malformed-command');
    expect(v?.message.fr).toMatch(/mal formée/);
    expect(v?.message.en).toMatch(/Malformed command/);
    expect(v?.details).toMatchObject({ path: ['category'] });
    expect(String(v?.details?.reason)).toMatch(reason);
  });

  it('is trimmed from JSON, and accepted at exactly the cap', () => {
    const parsed = parseTicketCommand({
      type: 'qualify',
      at: '2026-03-02T09:00:00Z',
      actor: { id: 'alice', level: 1 },
      impact: 'user',
      urgency: 'blocked',
      category: '  réseau ',
    });
    expect(parsed.ok && parsed.value.type === 'qualify' && parsed.value.category).toBe('réseau');
    const state = run([openCommand()]).state;
    expect(decideTicket(qualify('x'.repeat(maxLabelLength)), state).ok).toBe(true);
  });
});

describe('assignment group on take-in-charge and hand-off', () => {
  it('a direct taking in charge names the group, a hand-off moves the call to another', () => {
    const opened = run([openCommand(), qualify(), takeDirect('poste de travail')]);
    expect(opened.events.at(-1)).toMatchObject({ group: 'poste de travail' });
    expect(fieldsOf(opened.state).group).toBe('poste de travail');
    const handed = run([handOff('réseau')], undefined, opened.state);
    expect(handed.events.at(-1)).toMatchObject({ type: 'ticket-handed-off', group: 'réseau' });
    expect(fieldsOf(handed.state).group).toBe('réseau');
  });

  it('a deferred taking in charge gives the call to a group (§4.2, §4.4)', () => {
    const { state, events } = run([
      openCommand(),
      qualify(),
      {
        type: 'take-in-charge',
        at: t(3),
        actor: alice,
        mode: 'deferred',
        assignee: carol,
        group: 'bureautique',
      },
    ]);
    expect(events.at(-1)).toEqual({
      type: 'ticket-taken-in-charge',
      at: t(3),
      by: alice,
      mode: 'deferred',
      handler: carol,
      group: 'bureautique',
    });
    expect(fieldsOf(state).group).toBe('bureautique');
  });

  it('is optional: an assignment naming none leaves no known group', () => {
    const opened = run([openCommand(), qualify(), takeDirect('bureautique')]);
    const handed = run([handOff()], undefined, opened.state);
    expect(handed.events.at(-1)).not.toHaveProperty('group');
    expect(fieldsOf(handed.state).group).toBeUndefined();
    expect(fieldsOf(run([openCommand(), qualify(), takeDirect()]).state).group).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['a number', 7],
    ['an empty text', ''],
    ['an object', { name: 'réseau' }],
    ['a text over the cap', 'g'.repeat(maxLabelLength + 1)],
  ])('refuses %s as malformed, on both commands', (_, group) => {
    const qualified = run([openCommand(), qualify()]).state;
    const [v] = malformed(takeDirect(group), qualified);
    expect(v?.code).toBe('malformed-command');
    expect(v?.details).toMatchObject({ path: ['group'] });
    const handled = run([takeDirect()], undefined, qualified).state;
    const [w] = malformed(handOff(group), handled);
    expect(w?.code).toBe('malformed-command');
    expect(w?.details).toMatchObject({ path: ['group'] });
  });

  test.prop([ticketHistoryArbitrary({ maxSteps: 30 })], { numRuns: 60 })(
    "the state's group and category, and the indicator projection's, follow the last assignment and the last category given",
    (h) => {
      let state: TicketState = initialTicketState;
      let projection: TicketIndicatorProjection = initialTicketIndicators;
      let group: string | undefined;
      let category: string | undefined;
      for (const event of h.events) {
        state = evolveTicket(state, event);
        projection = evolveTicketIndicators(projection, event);
        if (event.type === 'ticket-taken-in-charge' || event.type === 'ticket-handed-off')
          group = event.group;
        if (event.type === 'ticket-qualified' && event.category !== undefined)
          category = event.category;
        const f = fieldsOf(state);
        if (state.status !== 'opened' && state.status !== 'new')
          expect(f.qualification?.category).toBe(category);
        if (f.handler !== undefined) expect(f.group).toBe(group);
        expect(projection.group).toBe(group);
        expect(projection.category).toBe(category);
      }
      expect(replayTicket(h.events)).toEqual(state);
    },
  );
});
