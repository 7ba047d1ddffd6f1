import type { LocalizedText } from '../../core/localized-text.js';
import { err } from '../../core/result.js';
import type { Infer } from '../../core/schema.js';
import {
  type ContractEntitlement,
  dispatchIntervention,
} from '../../handling/on-site-intervention.js';
import {
  actorSchema,
  commandSchema,
  interventionIdSchema,
  onSiteDispatchSchema,
} from '../ticket-command-parts.js';
import { emit, findIntervention, handlerGuard } from '../ticket-guards.js';

const coveredOnSite: ContractEntitlement = Object.freeze({ onSite: true });

import { defineTicketCommand } from '../ticket-command-definition.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('dispatch-on-site', {
  interventionId: interventionIdSchema,
  performer: actorSchema,
  request: onSiteDispatchSchema,
});

/**
 * Sends a technician, or the warranty supplier, on site (seed §1.2, §4.3.4) as a numbered
 * intervention that `performer` will report on. Checked by `dispatchIntervention`: without a
 * precise diagnosis nobody is sent (level 1 transfers the call to level 2, who decides).
 *
 * @see seed §4.3.4
 * @example
 * ```ts
 * const d: DispatchOnSite = {
 *   type: 'dispatch-on-site', at: new Date(0), actor: { id: technicianId('alice'), level: 1 },
 *   interventionId: interventionId('I-2'), performer: { id: technicianId('tom'), level: 1 },
 *   request: { diagnosis: 'Power supply dead' },
 * };
 * d.request.diagnosis;
 * //=> 'Power supply dead'
 * ```
 */
export type DispatchOnSite = Infer<typeof schema>;

const messages = {
  'on-site-diagnosis-required': {
    fr: "Sans diagnostic précis, on ne déclenche pas d'intervention : l'appel est transféré au niveau 2, qui décide.",
    en: 'Without a precise diagnosis no one is sent on site: the call is transferred to level 2, which decides.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `dispatch-on-site` command: its schema, its own refusals, its decision (seed §1.2, §4.3.4). */
export const dispatchOnSiteCommand = defineTicketCommand({
  type: 'dispatch-on-site',
  schema,
  seed: '§1.2, §4.3.4',
  violations: messages,
  decide: (c, state) => {
    const guard = handlerGuard(state, c.actor);
    if (guard !== undefined) return guard;
    if (findIntervention(state, c.interventionId) !== undefined) {
      return refuse('intervention-id-taken', { interventionId: c.interventionId });
    }
    const { opening } = state;
    const dispatch = dispatchIntervention(
      {
        userContact: opening.caller.contact,
        equipment: opening.equipment.assetId,
        diagnosis: c.request.diagnosis,
        warranty: c.request.warranty,
        nonContractual: c.request.nonContractual,
      },
      opening.contract.entitlement ?? coveredOnSite,
    );
    if (!dispatch.ok) return err(dispatch.error);
    const decision = dispatch.value;
    if (decision.route === 'transfer-to-level-2') {
      return refuse('on-site-diagnosis-required', { situation: decision.situation });
    }
    return emit({
      type: 'intervention-started',
      at: c.at,
      by: c.actor,
      interventionId: c.interventionId,
      performer: c.performer,
      mode: 'on-site',
      route: decision.route,
      request: decision.request,
      ...(decision.route === 'third-party-supplier' ? { supplier: decision.supplier } : {}),
      ...(c.request.plannedFor === undefined ? {} : { plannedFor: c.request.plannedFor }),
    });
  },
});
