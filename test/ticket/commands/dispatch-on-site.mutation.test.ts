// Tests written for the survivors of `npm run mutation -- ticket` in
// src/ticket/commands/dispatch-on-site.ts (the list: docs/mutation-testing.md, « ticket »): the
// `intervention-started` event of an on-site dispatch carries `supplier` and `plannedFor` only
// when they exist, never as keys holding `undefined` (seed §4.3.4).
import { describe, expect, it } from 'vitest';
import { decideTicket, type TicketEvent } from '../../../src/ticket/index.js';
import { alice, handledByAlice, I1, run, t, tom, vendor } from '../ticket-fixtures.js';

const inProgress = () => run(handledByAlice).state;

function dispatched(performer: typeof tom, request: Record<string, unknown>): TicketEvent {
  const r = decideTicket(
    {
      type: 'dispatch-on-site',
      at: t(6),
      actor: alice,
      interventionId: I1,
      performer,
      request: { diagnosis: 'Dead power supply: no LED, no fan', ...request } as never,
    },
    inProgress(),
  );
  if (!r.ok) throw new Error(`refused: ${r.error.map((v) => v.code).join(', ')}`);
  expect(r.value).toHaveLength(1);
  return r.value[0] as TicketEvent;
}

describe('dispatch-on-site (mutation survivors)', () => {
  it('a technician of the desk sent on site, without a date: no supplier key, no plannedFor key', () => {
    const e = dispatched(tom, {});
    expect(e).toMatchObject({ type: 'intervention-started', mode: 'on-site', route: 'on-site' });
    expect(Object.hasOwn(e, 'supplier')).toBe(false);
    expect(Object.hasOwn(e, 'plannedFor')).toBe(false);
  });

  it('a warranty sends the supplier: the event names it', () => {
    const e = dispatched(vendor, { warranty: { supplier: 'HP' } });
    expect(e).toMatchObject({ route: 'third-party-supplier', supplier: 'HP' });
    expect(Object.hasOwn(e, 'plannedFor')).toBe(false);
  });

  it('a visit planned for a date carries it', () => {
    const e = dispatched(tom, { plannedFor: t(120) });
    expect(e).toMatchObject({ route: 'on-site', plannedFor: t(120) });
    expect(Object.hasOwn(e, 'supplier')).toBe(false);
  });
});
