import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/index.js';
import {
  classifyHandoff,
  dispatchIntervention,
  type InterventionDraft,
  interventionRoutes,
  onSiteViolationCodes,
  onSiteViolationMessages,
  raiseOnSiteRequest,
} from '../../src/handling/index.js';

// Seed §4.3.4 and §5.1: a printer with an obvious hardware fault.
const printer = {
  userContact: 'Marie Dupont, 01 23 45 67 89, bât. B',
  equipment: 'HP LaserJet M404 n° CNB3K12345',
  diagnosis: 'Unité de fusion HS : erreur 50.4 à la mise sous tension',
} as const;

const covered = { onSite: true, interventionDelay: { hours: 4 } } as const;

describe('raiseOnSiteRequest (seed §4.3.4)', () => {
  it('raises the request with the contact, the equipment, the diagnosis and the contractual delay', () => {
    const r = raiseOnSiteRequest(printer, covered);
    expect(r).toEqual({
      ok: true,
      value: { ...printer, billed: false, interventionDelay: { hours: 4 } },
    });
    expect(r.ok && Object.isFrozen(r.value)).toBe(true);
  });

  it('puts no delay on the request when the contract sets none', () => {
    expect(raiseOnSiteRequest(printer, { onSite: true })).toEqual({
      ok: true,
      value: { ...printer, billed: false },
    });
  });

  it('trims the texts', () => {
    const r = raiseOnSiteRequest({ ...printer, equipment: '  PC-0042 \n' }, { onSite: true });
    expect(r.ok && r.value.equipment).toBe('PC-0042');
  });

  // [draft, every code refused, in order]
  it.each([
    [{}, ['missing-user-contact', 'missing-equipment-identification', 'missing-diagnosis']],
    [{ ...printer, userContact: undefined }, ['missing-user-contact']],
    [{ ...printer, equipment: '   ' }, ['missing-equipment-identification']],
    [{ ...printer, diagnosis: '' }, ['missing-diagnosis']],
    [{ equipment: 'PC-0042' }, ['missing-user-contact', 'missing-diagnosis']],
  ] as const)('lists every missing item at once: %j', (draft, codes) => {
    const r = raiseOnSiteRequest(draft as InterventionDraft, covered);
    expect(r).toEqual({
      ok: false,
      error: codes.map((code) => ({ code, message: onSiteViolationMessages[code] })),
    });
  });

  it('refuses on-site work the contract does not cover, along with what is missing', () => {
    const r = raiseOnSiteRequest({ ...printer, diagnosis: undefined }, { onSite: false });
    expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual([
      'missing-diagnosis',
      'on-site-not-covered',
    ]);
  });

  it('raises a billed, non-contractual request when the user accepted it (§6.5.1)', () => {
    const r = raiseOnSiteRequest(
      { ...printer, nonContractual: true },
      { onSite: false, interventionDelay: { hours: 4 } },
    );
    expect(r).toEqual({ ok: true, value: { ...printer, billed: true } });
  });

  it('has a fr/en message for every code', () => {
    expect(Object.keys(onSiteViolationMessages).sort()).toEqual([...onSiteViolationCodes].sort());
  });

  it.each([
    [null, covered, /Invalid intervention draft null/],
    [printer, null, /Invalid contract entitlement null/],
    [printer, {}, /Invalid contract entitlement an object: expected \{ onSite: boolean/],
    [
      { ...printer, warranty: { supplier: ' ' } },
      covered,
      /Invalid warranty .*naming the supplier/,
    ],
    [{ ...printer, warranty: 'HP' }, covered, /Invalid warranty "HP"/],
    [{ ...printer, warranty: null }, covered, /Invalid warranty null/],
    [5, covered, /Invalid intervention draft 5/],
    [printer, Object.assign(() => true, { onSite: true }), /Invalid contract entitlement/],
  ])('refuses malformed input %j / %j', (draft, entitlement, message) => {
    const call = raiseOnSiteRequest as (d: unknown, e: unknown) => unknown;
    expect(() => call(draft, entitlement)).toThrowError(TypeError);
    expect(() => call(draft, entitlement)).toThrowError(message);
  });

  it('refuses a malformed contractual delay as configuration', () => {
    const call = raiseOnSiteRequest as (d: unknown, e: unknown) => unknown;
    expect(() => call(printer, { onSite: true, interventionDelay: { weeks: 1 } })).toThrowError(
      ConfigurationError,
    );
    expect(() => call(printer, { onSite: true, interventionDelay: { weeks: 1 } })).toThrowError(
      /^interventionDelay: /,
    );
  });

  it('gives no delay at all, not an undefined one, when the contract sets none', () => {
    const r = raiseOnSiteRequest(printer, { onSite: true });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value)).not.toContain('interventionDelay');
  });
});

describe('dispatchIntervention (seed §1.2, §4.3.4)', () => {
  it('lists the three routes', () => {
    expect(interventionRoutes).toEqual(['on-site', 'third-party-supplier', 'transfer-to-level-2']);
  });

  it('sends a technician on site for a printer hardware fault with a precise diagnosis', () => {
    expect(dispatchIntervention(printer, covered)).toEqual({
      ok: true,
      value: {
        route: 'on-site',
        request: { ...printer, billed: false, interventionDelay: { hours: 4 } },
      },
    });
  });

  it('without a diagnosis, does not dispatch: transfers to level 2, who decides', () => {
    const r = dispatchIntervention({ ...printer, diagnosis: undefined }, covered);
    expect(r.ok && r.value.route).toBe('transfer-to-level-2');
    if (r.ok && r.value.route === 'transfer-to-level-2') {
      expect(r.value.situation).toEqual({ cause: 'beyond-competence' });
      expect(classifyHandoff(r.value.situation).kind).toBe('transfer');
      expect(r.value.reason.fr).toContain('transfère l’appel au niveau 2');
    }
  });

  it('without a diagnosis, transfers even when contact and equipment are missing (level 2 decides)', () => {
    const r = dispatchIntervention({}, { onSite: false });
    expect(r.ok && r.value.route).toBe('transfer-to-level-2');
  });

  it('calls the supplier when the equipment is under warranty, whatever the contract', () => {
    const draft = { ...printer, warranty: { supplier: ' HP France ' } };
    for (const entitlement of [covered, { onSite: false }]) {
      expect(dispatchIntervention(draft, entitlement)).toEqual({
        ok: true,
        value: {
          route: 'third-party-supplier',
          supplier: 'HP France',
          request: { ...printer, billed: false },
        },
      });
    }
  });

  it('refuses a warranty call without the contact and the equipment, listing both', () => {
    const r = dispatchIntervention(
      { diagnosis: printer.diagnosis, warranty: { supplier: 'HP' } },
      covered,
    );
    expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual([
      'missing-user-contact',
      'missing-equipment-identification',
    ]);
  });

  it('refuses on-site work that the contract does not cover, unless billed', () => {
    const refused = dispatchIntervention(printer, { onSite: false });
    expect(refused.ok ? [] : refused.error.map((v) => v.code)).toEqual(['on-site-not-covered']);
    const billed = dispatchIntervention({ ...printer, nonContractual: true }, { onSite: false });
    expect(billed.ok && billed.value.route === 'on-site' && billed.value.request.billed).toBe(true);
  });
});

const text = fc.option(fc.constantFrom('', '  ', 'x', 'PC-0042', 'Mme Durand'), { nil: undefined });
const draft = fc.record(
  {
    userContact: text,
    equipment: text,
    diagnosis: text,
    warranty: fc.constantFrom(undefined, { supplier: 'HP' }),
    nonContractual: fc.constantFrom(undefined, true, false),
  },
  { requiredKeys: [] },
);
const entitlement = fc.record({ onSite: fc.boolean() });
const blank = (s: string | undefined) => s === undefined || s.trim() === '';

test.prop([draft, entitlement])(
  'a request is raised exactly when nothing is missing, and every missing item is reported',
  (d, e) => {
    const r = raiseOnSiteRequest(d, e);
    const expected = [
      ...(blank(d.userContact) ? ['missing-user-contact'] : []),
      ...(blank(d.equipment) ? ['missing-equipment-identification'] : []),
      ...(blank(d.diagnosis) ? ['missing-diagnosis'] : []),
      ...(!e.onSite && d.nonContractual !== true ? ['on-site-not-covered'] : []),
    ];
    expect(r.ok ? [] : r.error.map((v) => v.code)).toEqual(expected);
    expect(r.ok).toBe(expected.length === 0);
  },
);

test.prop([draft, entitlement])('nobody is ever dispatched without a precise diagnosis', (d, e) => {
  const r = dispatchIntervention(d, e);
  if (blank(d.diagnosis))
    expect(r).toMatchObject({ ok: true, value: { route: 'transfer-to-level-2' } });
  if (r.ok && r.value.route !== 'transfer-to-level-2') {
    expect(r.value.request.diagnosis.trim()).not.toBe('');
    expect(r.value.request.userContact.trim()).not.toBe('');
    expect(r.value.request.equipment.trim()).not.toBe('');
  }
});
