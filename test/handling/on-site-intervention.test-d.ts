import { expectTypeOf, test } from 'vitest';
import type { Result, RuleViolation } from '../../src/core/index.js';
import {
  allowedCommitments,
  checkUserCommitment,
  dispatchIntervention,
  handlingModeOf,
  type OnSiteRequest,
  type OnSiteViolationCode,
  raiseOnSiteRequest,
  type UserCommitment,
} from '../../src/handling/index.js';

test('results are typed with their violation codes', () => {
  expectTypeOf(raiseOnSiteRequest({}, { onSite: true })).toEqualTypeOf<
    Result<OnSiteRequest, RuleViolation<OnSiteViolationCode>[]>
  >();
  const d = dispatchIntervention({}, { onSite: true });
  if (d.ok) {
    if (d.value.route === 'third-party-supplier')
      expectTypeOf(d.value.supplier).toEqualTypeOf<string>();
    if (d.value.route === 'transfer-to-level-2') {
      expectTypeOf(d.value.situation).toEqualTypeOf<{ readonly cause: 'beyond-competence' }>();
      // @ts-expect-error a transfer to level 2 raises no request
      d.value.request;
    }
  }
  expectTypeOf(allowedCommitments({ entitlement: { onSite: true } })).toEqualTypeOf<
    readonly UserCommitment[]
  >();
});

test('misuse does not compile', () => {
  // @ts-expect-error the contract entitlement is required: it sets what can be promised (§2.2)
  raiseOnSiteRequest({ equipment: 'PC-0042' });
  // @ts-expect-error a warranty names its supplier
  dispatchIntervention({ warranty: true }, { onSite: true });
  // @ts-expect-error the entitlement is needed to know what may be said
  allowedCommitments({ speakerPlan: { durationMs: 1 } });
  // @ts-expect-error an arrival time is a Date, not a text
  checkUserCommitment({ kind: 'arrival-time', at: 'soon' }, { entitlement: { onSite: true } });
  // @ts-expect-error nothing but the four commitment kinds can be promised
  checkUserCommitment({ kind: 'free-coffee' }, { entitlement: { onSite: true } });
});

test('technician ids of one brand cannot be mixed with another', () => {
  type TechId = string & { readonly __brand: 'TechId' };
  type UserId = string & { readonly __brand: 'UserId' };
  const tech = 'ana' as TechId;
  const user = 'marie' as UserId;
  expectTypeOf(handlingModeOf<TechId>({ qualifiedBy: tech, takenBy: tech })).toEqualTypeOf<
    'direct' | 'deferred'
  >();
  // @ts-expect-error a user id is not a technician id
  handlingModeOf<TechId>({ qualifiedBy: tech, takenBy: user });
});
