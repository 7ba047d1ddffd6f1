import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { UserCommitment } from '../../src/handling/index.js';
import {
  type TicketHistory,
  ticketCommandArbitrary,
  ticketHistoryArbitrary,
} from '../../src/testing/index.js';
import {
  ticketActorArbitrary,
  ticketTestTechnicians,
  userCommitmentArbitrary,
} from '../../src/testing/ticket-arbitraries.js';
import {
  type Actor,
  closureCheck,
  decideTicket,
  interventionId,
  replayTicket,
  type TicketState,
} from '../../src/ticket/index.js';
import { fieldsOf } from './ticket-stage-view.js';

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
    const opener = fieldsOf(h.state).opening?.by;
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
    const last = fieldsOf(h.state).solutions.at(-1);
    if (last?.swap !== 'loan' || h.state.status === 'closed') return;
    const opener = fieldsOf(h.state).opening?.by;
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

test.prop([history])(
  'every hand-off on record carries a note with a diagnosis and what was done (§4.3.1)',
  (h) => {
    const handedOff = h.events.filter((e) => e.type === 'ticket-handed-off');
    expect(handedOff.length).toBe(fieldsOf(h.state).handoffs.length);
    for (const record of [...handedOff, ...fieldsOf(h.state).handoffs]) {
      expect(record.note?.diagnosis.trim()).toBeTruthy();
      expect(record.note?.done.trim()).toBeTruthy();
    }
  },
);

/* A promise as seed §2.4 allows it on this ticket, said by `actor` (an independent oracle). */
function allowedOn(state: TicketState, actor: Actor, c: UserCommitment): boolean {
  const entitlement = fieldsOf(state).opening?.contract.entitlement;
  if (c.kind === 'best-service') return true;
  if (entitlement === undefined) return false;
  if (c.kind === 'contractual-delay') {
    return (
      entitlement.interventionDelay !== undefined &&
      JSON.stringify(entitlement.interventionDelay) === JSON.stringify(c.within)
    );
  }
  if (c.kind === 'duration') return false;
  return fieldsOf(state).interventions.some(
    (i) =>
      i.mode === 'on-site' &&
      i.startedBy.id === actor.id &&
      i.report === undefined &&
      i.plannedFor?.getTime() === c.at.getTime(),
  );
}

const promiseOrPlanned = fc.oneof(
  userCommitmentArbitrary(),
  fc.nat().map((n) => ({ plannedIndex: n })),
);
const speaker = fc.oneof(ticketActorArbitrary(), fc.constant('planner' as const));

/* The history, then, when `plan` and the handler may, an on-site visit planned two hours ahead. */
function withPlannedVisit(h: TicketHistory, plan: boolean): TicketState {
  const handler = fieldsOf(h.state).handler;
  if (!plan || handler === undefined || h.state.updatedAt === undefined) return h.state;
  const at = h.state.updatedAt;
  const decision = decideTicket(
    {
      type: 'dispatch-on-site',
      at,
      actor: handler,
      interventionId: interventionId('I-planned'),
      performer: ticketTestTechnicians[1] as Actor,
      request: { diagnosis: 'Power supply dead', plannedFor: new Date(at.getTime() + 7_200_000) },
    },
    h.state,
  );
  return decision.ok ? replayTicket(decision.value, h.state) : h.state;
}

/**
 * Informs the user of `picks` on the history (with a visit planned when `plan`), checks the
 * decision is exactly what §2.4 allows and, once accepted, that the promises are recorded as
 * made; answers whether a planned arrival was among them.
 */
function promiseCase(
  h0: TicketHistory,
  plan: boolean,
  who: Actor | 'planner',
  picks: readonly (UserCommitment | { plannedIndex: number })[],
): boolean {
  const h = { ...h0, state: withPlannedVisit(h0, plan) };
  // 'planner': whoever planned a visit not yet reported, so that kept promises are tried too.
  const pending = fieldsOf(h.state).interventions.find(
    (i) => i.plannedFor !== undefined && i.report === undefined,
  );
  const actor =
    who !== 'planner' ? who : (pending?.startedBy ?? (ticketTestTechnicians[0] as Actor));
  const planned = fieldsOf(h.state).interventions.flatMap((i) =>
    i.plannedFor === undefined ? [] : [i.plannedFor],
  );
  const commitments: UserCommitment[] = picks.map((p) =>
    'kind' in p
      ? p
      : planned.length === 0
        ? { kind: 'best-service' }
        : { kind: 'arrival-time', at: planned[p.plannedIndex % planned.length] as Date },
  );
  const at = h.state.updatedAt ?? new Date(0);
  const decision = decideTicket(
    { type: 'inform-user', at, actor, summary: 'Update', commitments },
    h.state,
  );
  const open = h.state.status !== 'new' && h.state.status !== 'closed';
  expect(decision.ok).toBe(open && commitments.every((c) => allowedOn(h.state, actor, c)));
  if (!decision.ok) return false;
  const state = replayTicket(decision.value, h.state);
  expect(
    fieldsOf(state)
      .commitments.slice(fieldsOf(h.state).commitments.length)
      .map((r) => r.commitment),
  ).toEqual(commitments);
  return commitments.some((c) => c.kind === 'arrival-time');
}

test.prop([history, fc.boolean(), speaker, fc.array(promiseOrPlanned, { maxLength: 3 })])(
  'a promise to the user is accepted exactly as §2.4 allows, and then recorded as made',
  (h0, plan, who, picks) => {
    promiseCase(h0, plan, who, picks);
  },
);

// The random draws above reach a planner promising the arrival only in some runs (about two in
// three): the check that the property is not vacuous draws its own histories, from a fixed seed.
test('a planned arrival is promised by its planner on some history (the property is not vacuous)', () => {
  const histories = fc.sample(history, { numRuns: 100, seed: 20_261_130 });
  const kept = histories.filter((h) => promiseCase(h, true, 'planner', [{ plannedIndex: 0 }]));
  expect(kept.length).toBeGreaterThan(0);
});
