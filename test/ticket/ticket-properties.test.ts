import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { ticketCommandArbitrary, ticketHistoryArbitrary } from '../../src/testing/index.js';
import { closureCheck, decideTicket, replayTicket } from '../../src/ticket/index.js';

const history = ticketHistoryArbitrary({ maxSteps: 30 });

test.prop([history])('replaying the same events always gives the same state', (h) => {
  expect(replayTicket(h.events)).toEqual(h.state);
  expect(replayTicket(h.events)).toEqual(replayTicket([...h.events]));
});

test.prop([history])(
  'no closed ticket without a definitive solution, its level-1 opener and every report',
  (h) => {
    if (h.state.status !== 'closed') return;
    const last = h.state.solutions.at(-1);
    expect(last?.nature).toBe('definitive');
    expect(last?.swap).not.toBe('loan');
    expect(h.state.closed?.by).toEqual(h.state.opening?.by);
    expect(h.state.closed?.by.level).toBe(1);
    expect(h.state.interventions.filter((i) => i.report === undefined)).toEqual([]);
  },
);

test.prop([history, ticketCommandArbitrary()], { numRuns: 300 })(
  'a refused command emits nothing and leaves the state as it was, and no command throws',
  (h, command) => {
    const before = structuredClone(h.state);
    const decision = decideTicket(command, h.state);
    expect(h.state).toEqual(before);
    if (!decision.ok) {
      expect(decision.error.length).toBeGreaterThan(0);
      for (const v of decision.error) {
        expect(v.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(v.message.fr.length).toBeGreaterThan(0);
        expect(v.message.en.length).toBeGreaterThan(0);
      }
    } else {
      expect(decision.value.length).toBeGreaterThan(0);
    }
  },
);

test.prop([history])(
  'a close is accepted exactly when closureCheck finds nothing, and then by the opener only',
  (h) => {
    const opener = h.state.opening?.by;
    if (opener === undefined) return;
    const at = h.state.updatedAt ?? new Date(0);
    const reasons = closureCheck(h.state, opener).map((v) => v.code);
    const decision = decideTicket({ type: 'close', at, actor: opener }, h.state);
    expect(decision.ok ? [] : decision.error.map((v) => v.code)).toEqual(reasons);
  },
);

test.prop([history])(
  'a loan never closes a ticket: the last solution being a loan always blocks closure',
  (h) => {
    const last = h.state.solutions.at(-1);
    if (last?.swap !== 'loan' || h.state.status === 'closed') return;
    const opener = h.state.opening?.by;
    if (opener === undefined) return;
    expect(closureCheck(h.state, opener).map((v) => v.code)).toContain('no-definitive-solution');
  },
);

test.prop([history, ticketCommandArbitrary(), fc.nat(), fc.nat(), fc.anything()], { numRuns: 300 })(
  'a command with any field replaced by anything is decided without throwing, never half-applied',
  (h, command, i, j, junk) => {
    const c = structuredClone(command) as unknown as Record<string, unknown>;
    const keys = Object.keys(c).filter((k) => k !== 'type');
    const key = keys[i % keys.length] as string;
    const inner = c[key];
    if (typeof inner === 'object' && inner !== null && !(inner instanceof Date) && j % 2 === 0) {
      const innerKeys = Object.keys(inner);
      const innerKey = innerKeys[j % Math.max(1, innerKeys.length)] ?? 'x';
      (inner as Record<string, unknown>)[innerKey] = junk;
    } else {
      c[key] = junk;
    }
    const before = structuredClone(h.state);
    const decision = decideTicket(c as never, h.state);
    expect(h.state).toEqual(before);
    if (decision.ok) expect(decision.value.length).toBeGreaterThan(0);
  },
);
