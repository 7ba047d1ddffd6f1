import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { LocalizedText } from '../core/localized-text.js';
import { err, ok, type Result } from '../core/result.js';
import type { RuleViolation } from '../core/rule-violation.js';
import { assertWorkingDuration, type WorkingDuration } from '../sla/working-duration.js';

/**
 * What the user's contract entitles them to in terms of intervention, known once the user is
 * identified (seed §2.2, « la nature de la prestation que vous êtes tenu de lui offrir ») and
 * the call qualified (§4.3.4, « le technicien sait ce à quoi peut prétendre l'utilisateur »).
 *
 * @see seed §2.2, §4.3.4
 * @example
 * ```ts
 * const gold: ContractEntitlement = { onSite: true, interventionDelay: { hours: 4 } };
 * gold.interventionDelay;
 * //=> { hours: 4 }
 * ```
 */
export interface ContractEntitlement {
  /** Whether the contract covers interventions at the user's site. */
  readonly onSite: boolean;
  /** The contractual intervention delay, when the contract sets one (§4.3.4, « le cas échéant »). */
  readonly interventionDelay?: WorkingDuration | undefined;
}

/**
 * What level 1 knows when it considers sending someone: the parts of an intervention request
 * (seed §4.3.4) and whether the equipment is under a third-party supplier's warranty (§1.2).
 * Every field may still be missing; {@link raiseOnSiteRequest} and
 * {@link dispatchIntervention} say what is lacking.
 *
 * @see seed §1.2, §4.3.4
 * @example
 * ```ts
 * const draft: InterventionDraft = {
 *   userContact: 'Marie Dupont, 01 23 45 67 89, bât. B 2e étage',
 *   equipment: 'HP LaserJet M404, n° de série CNB3K12345',
 *   diagnosis: 'Fuser unit fault: error 50.4 at power-on, remote reset failed',
 * };
 * dispatchIntervention(draft, { onSite: true }).ok;
 * //=> true
 * ```
 */
export interface InterventionDraft {
  /** The user's contact details (« les coordonnées de l'utilisateur »). */
  readonly userContact?: string | undefined;
  /** The identification of the equipment concerned (« l'identification de l'équipement »). */
  readonly equipment?: string | undefined;
  /** A precise diagnosis of the problem (« un diagnostic précis »). */
  readonly diagnosis?: string | undefined;
  /** Set when the equipment is under a supplier's warranty: the supplier intervenes (§1.2). */
  readonly warranty?: { readonly supplier: string } | undefined;
  /**
   * `true` when the contract does not cover on-site work but the user has accepted a billed,
   * non-contractual intervention (its amount goes on the report, seed §6.5.1).
   */
  readonly nonContractual?: boolean | undefined;
}

/**
 * An intervention request that can be sent: every part of seed §4.3.4 is there. Frozen.
 *
 * @see seed §4.3.4
 * @example
 * ```ts
 * const r = raiseOnSiteRequest(
 *   { userContact: 'M. Martin, poste 4412', equipment: 'PC-0042', diagnosis: 'Dead power supply: no LED, no fan' },
 *   { onSite: true, interventionDelay: { hours: 4 } },
 * );
 * r.ok && r.value;
 * //=> { userContact: 'M. Martin, poste 4412', equipment: 'PC-0042', diagnosis: 'Dead power supply: no LED, no fan', billed: false, interventionDelay: { hours: 4 } }
 * ```
 */
export interface OnSiteRequest {
  /** The user's contact details. */
  readonly userContact: string;
  /** The identification of the equipment. */
  readonly equipment: string;
  /** The precise diagnosis, so that nobody is sent « dans l'inconnu ». */
  readonly diagnosis: string;
  /**
   * `true` for a non-contractual intervention billed to the user (its amount goes on the
   * report, seed §6.5.1); `false` when the contract or the warranty covers it.
   */
  readonly billed: boolean;
  /** The contractual intervention delay, when the contract sets one (on-site route only). */
  readonly interventionDelay?: WorkingDuration;
}

/**
 * The stable codes of the refusals of {@link raiseOnSiteRequest} and
 * {@link dispatchIntervention}.
 *
 * @see seed §4.3.4
 * @example
 * ```ts
 * onSiteViolationCodes;
 * //=> ['missing-user-contact', 'missing-equipment-identification', 'missing-diagnosis', 'on-site-not-covered']
 * ```
 */
export const onSiteViolationCodes = [
  'missing-user-contact',
  'missing-equipment-identification',
  'missing-diagnosis',
  'on-site-not-covered',
] as const;

/**
 * One of {@link onSiteViolationCodes}.
 */
export type OnSiteViolationCode = (typeof onSiteViolationCodes)[number];

/**
 * The French and English messages of every on-site violation code.
 *
 * @see seed §4.3.4
 * @example
 * ```ts
 * onSiteViolationMessages['missing-diagnosis'].en;
 * //=> 'A precise diagnosis is required before sending a technician: nobody is sent into the unknown.'
 * ```
 */
export const onSiteViolationMessages: { readonly [C in OnSiteViolationCode]: LocalizedText } = {
  'missing-user-contact': {
    fr: 'La demande d’intervention doit porter les coordonnées de l’utilisateur.',
    en: 'The intervention request must carry the user’s contact details.',
  },
  'missing-equipment-identification': {
    fr: 'La demande d’intervention doit identifier l’équipement concerné.',
    en: 'The intervention request must identify the equipment concerned.',
  },
  'missing-diagnosis': {
    fr: 'Un diagnostic précis est nécessaire avant d’envoyer un technicien : on ne l’envoie pas dans l’inconnu.',
    en: 'A precise diagnosis is required before sending a technician: nobody is sent into the unknown.',
  },
  'on-site-not-covered': {
    fr: 'Le contrat de l’utilisateur ne couvre pas l’intervention sur site ; seule une intervention non contractuelle, facturée, est possible.',
    en: 'The user’s contract does not cover on-site intervention; only a billed, non-contractual one is possible.',
  },
};

function violation(code: OnSiteViolationCode): RuleViolation<OnSiteViolationCode> {
  return { code, message: onSiteViolationMessages[code] };
}

function filled(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function assertDraft(draft: unknown, entitlement: unknown): void {
  if (typeof draft !== 'object' || draft === null) {
    throw inputError(
      `Invalid intervention draft ${describeValue(draft)}: expected { userContact?, equipment?, diagnosis?, warranty?, nonContractual? }.`,
    );
  }
  if (
    typeof entitlement !== 'object' ||
    entitlement === null ||
    typeof (entitlement as { onSite?: unknown }).onSite !== 'boolean'
  ) {
    throw inputError(
      `Invalid contract entitlement ${describeValue(entitlement)}: expected { onSite: boolean, interventionDelay? }.`,
    );
  }
  const delay = (entitlement as ContractEntitlement).interventionDelay;
  if (delay !== undefined) assertWorkingDuration(delay, ['interventionDelay']);
  const warranty: unknown = (draft as InterventionDraft).warranty;
  if (
    warranty !== undefined &&
    filled((warranty as { supplier?: unknown })?.supplier) === undefined
  ) {
    throw inputError(
      `Invalid warranty ${describeValue(warranty)}: expected { supplier } naming the supplier.`,
    );
  }
}

function buildRequest(
  draft: InterventionDraft,
  entitlement: ContractEntitlement,
  route: 'on-site' | 'warranty',
): Result<OnSiteRequest, RuleViolation<OnSiteViolationCode>[]> {
  const userContact = filled(draft.userContact);
  const equipment = filled(draft.equipment);
  const diagnosis = filled(draft.diagnosis);
  const covered = route === 'warranty' || entitlement.onSite;
  const violations: RuleViolation<OnSiteViolationCode>[] = [];
  if (userContact === undefined) violations.push(violation('missing-user-contact'));
  if (equipment === undefined) violations.push(violation('missing-equipment-identification'));
  if (diagnosis === undefined) violations.push(violation('missing-diagnosis'));
  if (!covered && draft.nonContractual !== true) violations.push(violation('on-site-not-covered'));
  if (
    violations.length > 0 ||
    userContact === undefined ||
    equipment === undefined ||
    diagnosis === undefined
  ) {
    return err(violations);
  }
  const delay = route === 'on-site' && covered ? entitlement.interventionDelay : undefined;
  return ok(
    Object.freeze({
      userContact,
      equipment,
      diagnosis,
      billed: !covered,
      ...(delay === undefined ? {} : { interventionDelay: delay }),
    }),
  );
}

/**
 * Raises an on-site intervention request (seed §4.3.4): only with the user's contact details,
 * the equipment's identification and a precise diagnosis « pour ne pas envoyer le technicien
 * dans l'inconnu », and only when the contract covers on-site work or the user accepted a
 * billed, non-contractual intervention. Every missing item is listed at once; nothing is
 * half-built. Texts are trimmed; a blank text counts as missing. The contractual delay, when
 * the contract sets one, goes on the request (« le cas échéant on indiquera le délai »).
 *
 * This checks the request only; to decide between on-site, the warranty supplier and a
 * transfer to level 2, use {@link dispatchIntervention}.
 *
 * @see seed §4.3.4 « Déclencher une intervention », §2.2
 * @throws TypeError when the draft or the entitlement is malformed (plain JavaScript).
 * @example
 * ```ts
 * const r = raiseOnSiteRequest({ equipment: 'PC-0042' }, { onSite: true });
 * r.ok ? [] : r.error.map((v) => v.code);
 * //=> ['missing-user-contact', 'missing-diagnosis']
 * ```
 */
export function raiseOnSiteRequest(
  draft: InterventionDraft,
  entitlement: ContractEntitlement,
): Result<OnSiteRequest, RuleViolation<OnSiteViolationCode>[]> {
  return guardInput('raiseOnSiteRequest', () => {
    assertDraft(draft, entitlement);
    return buildRequest(draft, entitlement, 'on-site');
  });
}

/**
 * Where a call goes when level 1 cannot fix it remotely, from {@link dispatchIntervention}:
 *
 * - `'on-site'`: a technician goes to the user's site with the request;
 * - `'third-party-supplier'`: the equipment is under warranty, its supplier intervenes;
 * - `'transfer-to-level-2'`: level 1 cannot make a precise diagnosis, so it does not dispatch
 *   anyone: it transfers the call to level 2, who decides whether to send someone.
 *
 * @see seed §1.2, §4.3.4
 * @example
 * ```ts
 * interventionRoutes;
 * //=> ['on-site', 'third-party-supplier', 'transfer-to-level-2']
 * ```
 */
export const interventionRoutes = [
  'on-site',
  'third-party-supplier',
  'transfer-to-level-2',
] as const;

/**
 * One of {@link interventionRoutes}.
 */
export type InterventionRoute = (typeof interventionRoutes)[number];

/**
 * The decision of {@link dispatchIntervention}. A transfer to level 2 carries the hand-off
 * situation to pass to `classifyHandoff` (beyond level 1's competence: a transfer) and the
 * fr/en reason.
 *
 * @see seed §1.2, §4.3.4
 * @example
 * ```ts
 * const d = dispatchIntervention({ userContact: 'M. Martin', equipment: 'PC-0042' }, { onSite: true });
 * d.ok && d.value.route;
 * //=> 'transfer-to-level-2'
 * ```
 */
export type InterventionDispatch =
  | { readonly route: 'on-site'; readonly request: OnSiteRequest }
  | {
      readonly route: 'third-party-supplier';
      readonly supplier: string;
      readonly request: OnSiteRequest;
    }
  | {
      readonly route: 'transfer-to-level-2';
      readonly situation: { readonly cause: 'beyond-competence' };
      readonly reason: LocalizedText;
    };

const noDiagnosisReason: LocalizedText = {
  fr: 'Le niveau 1 ne peut pas établir de diagnostic précis : il ne déclenche pas l’intervention, il transfère l’appel au niveau 2, qui décidera.',
  en: 'Level 1 cannot make a precise diagnosis: it does not dispatch the intervention, it transfers the call to level 2, who decides.',
};

/**
 * Decides what level 1 does with a fault it cannot fix remotely (seed §1.2, §4.3.4):
 *
 * 1. without a precise diagnosis, level 1 does not dispatch: it transfers the call to level 2,
 *    who decides (« il ne déclenchera pas l'intervention, il la transférera au niveau 2 »);
 * 2. equipment under a supplier's warranty: the third-party supplier intervenes (§1.2);
 * 3. otherwise an on-site intervention, if the contract covers it or the user accepted a
 *    billed one.
 *
 * Refused, listing every missing item at once, when the request for the supplier or the
 * technician lacks the user's contact or the equipment's identification, or when on-site work
 * is not covered and not accepted as billed.
 *
 * @see seed §1.2, §4.3.4, §2.2
 * @throws TypeError when the draft or the entitlement is malformed (plain JavaScript).
 * @example
 * ```ts
 * const printer = {
 *   userContact: 'Marie Dupont, 01 23 45 67 89',
 *   equipment: 'HP LaserJet M404 CNB3K12345',
 *   diagnosis: 'Fuser unit fault, error 50.4',
 * };
 * const onSite = dispatchIntervention(printer, { onSite: true });
 * onSite.ok && onSite.value.route;
 * //=> 'on-site'
 * const warranty = dispatchIntervention({ ...printer, warranty: { supplier: 'HP' } }, { onSite: true });
 * warranty.ok && warranty.value.route;
 * //=> 'third-party-supplier'
 * ```
 */
export function dispatchIntervention(
  draft: InterventionDraft,
  entitlement: ContractEntitlement,
): Result<InterventionDispatch, RuleViolation<OnSiteViolationCode>[]> {
  return guardInput('dispatchIntervention', () => {
    assertDraft(draft, entitlement);
    if (filled(draft.diagnosis) === undefined) {
      return ok({
        route: 'transfer-to-level-2',
        situation: { cause: 'beyond-competence' },
        reason: noDiagnosisReason,
      });
    }
    const supplier = filled(draft.warranty?.supplier);
    if (supplier !== undefined) {
      const request = buildRequest(draft, entitlement, 'warranty');
      return request.ok
        ? ok({ route: 'third-party-supplier', supplier, request: request.value })
        : request;
    }
    const request = buildRequest(draft, entitlement, 'on-site');
    return request.ok ? ok({ route: 'on-site', request: request.value }) : request;
  });
}
