import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput } from '../core/input-guard.js';
import type { RuleViolation } from '../core/rule-violation.js';
import type {
  CompletedInterventionReport,
  InterventionReport,
  Signature,
} from './intervention-report.js';

/**
 * Who may sign a report for the customer, so that the signature binds the customer's
 * company. The seed states the rule, not the list: « Toutes les personnes ne sont pas
 * habilitées à signer un document » — each organisation (or each contract) sets its own,
 * so there is no default policy. Build one with {@link defineSignatoryPolicy}.
 *
 * @see seed §6.5.2 « Une signature non habilitée n'engage pas la société de cette dernière »
 * @example
 * ```ts
 * const policy: SignatoryPolicy = defineSignatoryPolicy({ roles: ['Responsable informatique'] });
 * policy.roles;
 * //=> ['Responsable informatique']
 * ```
 */
export interface SignatoryPolicy {
  /** The roles (« fonctions ») whose holders may sign, as given. */
  readonly roles: readonly string[];
  /**
   * Whether a signatory may sign this report for the customer: true when their role is one
   * of `roles` (compared without case, accents or extra spaces) or the `mayBind` predicate
   * of the spec says so.
   */
  readonly authorises: (signatory: Signature, report: CompletedInterventionReport) => boolean;
}

/**
 * What {@link defineSignatoryPolicy} takes: the roles that may sign, a predicate, or both
 * (a signatory is authorised when either allows them). The predicate receives the report,
 * so that it may look up the customer's own list by `contractNumber`.
 *
 * @example
 * ```ts
 * const spec: SignatoryPolicySpec = {
 *   mayBind: (signatory) => signatory.role.toLowerCase().startsWith('direct'),
 * };
 * typeof spec.mayBind;
 * //=> 'function'
 * ```
 */
export interface SignatoryPolicySpec {
  /** Roles whose holders may sign for the customer. */
  readonly roles?: readonly string[];
  /** Decides for any signatory; it must be pure (the same answer for the same arguments). */
  readonly mayBind?: (signatory: Signature, report: CompletedInterventionReport) => boolean;
}

/**
 * A role or name in a comparable form: no accents, lower case, single spaces.
 *
 * @example
 * ```ts
 * normaliseRole('  Responsable   Informatique ');
 * //=> 'responsable informatique'
 * normaliseRole('Secrétaire Générale');
 * //=> 'secretaire generale'
 * ```
 */
export function normaliseRole(role: string): string {
  return guardInput(
    'normaliseRole',
    () => {
      return role.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
    },
    'ConfigurationError',
  );
}

/**
 * Builds a {@link SignatoryPolicy} from the roles that may sign for the customer and/or a
 * predicate.
 *
 * @see seed §6.5.2
 * @throws ConfigurationError when neither `roles` nor `mayBind` is given, when `roles` is
 * empty or holds a blank or non-string role, or when `mayBind` is not a function.
 * @example
 * ```ts
 * const policy = defineSignatoryPolicy({ roles: ['Directeur', 'Responsable informatique'] });
 * const report = {
 *   interventionNumber: 'INT-1',
 *   user: { name: 'Claire Martin', phone: '0123456789' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-1',
 *   equipment: [{ identifier: 'PC-7' }],
 *   incidentDescription: 'Will not boot.',
 *   interventionNature: 'On-site repair',
 *   intervention: {
 *     parts: [],
 *     timeSpentMinutes: 20,
 *     startedAt: '2026-03-02T09:00:00Z',
 *     endedAt: '2026-03-02T09:30:00Z',
 *     workDone: 'Power supply replaced.',
 *     finished: true,
 *     technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
 *     userSignature: { name: 'Paul Durand', role: 'responsable  informatique' },
 *   },
 * } as const;
 * policy.authorises(report.intervention.userSignature, report);
 * //=> true
 * ```
 */
export function defineSignatoryPolicy(spec: SignatoryPolicySpec): SignatoryPolicy {
  return guardInput(
    'defineSignatoryPolicy',
    () => {
      const { roles, mayBind } = spec;
      if (roles === undefined && mayBind === undefined) {
        throw new ConfigurationError(
          'Signatory policy: give the roles that may sign for the customer (roles), a predicate (mayBind), or both.',
          { input: spec },
        );
      }
      if (mayBind !== undefined && typeof mayBind !== 'function') {
        throw new ConfigurationError(
          `Signatory policy: mayBind must be a function (signatory, report) => boolean, got ${typeof mayBind}.`,
          { path: ['mayBind'], input: mayBind },
        );
      }
      if (roles !== undefined && (!Array.isArray(roles) || (roles.length === 0 && !mayBind))) {
        throw new ConfigurationError(
          'Signatory policy: roles must be a non-empty list of role names (« fonctions »).',
          { path: ['roles'], input: roles },
        );
      }
      const given = [...(roles ?? [])];
      given.forEach((role: unknown, i) => {
        if (typeof role !== 'string' || normaliseRole(role) === '') {
          throw new ConfigurationError(
            `Signatory policy: roles[${i}] must be a non-blank role name, got ${describeValue(role)}.`,
            { path: ['roles', i], input: role },
          );
        }
      });
      const allowed = new Set(given.map(normaliseRole));
      return Object.freeze({
        roles: Object.freeze(given),
        authorises: (signatory: Signature, report: CompletedInterventionReport) =>
          allowed.has(normaliseRole(signatory.role)) ||
          (mayBind !== undefined && mayBind(signatory, report) === true),
      });
    },
    'ConfigurationError',
  );
}

/**
 * Whether the customer is bound by a report's user signature (seed §6.5.2): bound when the
 * signatory is authorised by the policy; not bound, with the reason as a violation, when the
 * report carries no user signature (`user-signature-missing`) or when the signatory is not
 * authorised (`signatory-not-authorised`: « une signature non habilitée n'engage pas la
 * société »). Not binding is a fact about a valid report, not a parse failure.
 */
export type SignatureBinding =
  | { readonly binding: true; readonly signatory: Signature }
  | {
      readonly binding: false;
      readonly signatory?: Signature;
      readonly violation: RuleViolation<'user-signature-missing' | 'signatory-not-authorised'>;
    };

/**
 * Tells whether the user's signature on a report binds the customer under a
 * {@link SignatoryPolicy}: an intern who signs does not engage the company.
 *
 * @see seed §6.5.2 « Une signature non habilitée n'engage pas la société de cette dernière »
 * @example
 * ```ts
 * const policy = defineSignatoryPolicy({ roles: ['Directeur'] });
 * const report = {
 *   interventionNumber: 'INT-1',
 *   user: { name: 'Claire Martin', phone: '0123456789' },
 *   coveredByContract: true,
 *   contractNumber: 'CT-1',
 *   equipment: [{ identifier: 'PC-7' }],
 *   incidentDescription: 'Will not boot.',
 *   interventionNature: 'On-site repair',
 *   intervention: {
 *     parts: [],
 *     timeSpentMinutes: 20,
 *     startedAt: '2026-03-02T09:00:00Z',
 *     endedAt: '2026-03-02T09:30:00Z',
 *     workDone: 'Power supply replaced.',
 *     finished: true,
 *     technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
 *     userSignature: { name: 'Léa Petit', role: 'Stagiaire' },
 *   },
 * } as const;
 * const binding = signatureBinding(report, policy);
 * binding.binding ? 'binding' : binding.violation.code;
 * //=> 'signatory-not-authorised'
 * ```
 */
export function signatureBinding(
  report: InterventionReport,
  policy: SignatoryPolicy,
): SignatureBinding {
  return guardInput(
    'signatureBinding',
    () => {
      const signatory = report.intervention?.userSignature;
      if (report.intervention === undefined || signatory === undefined) {
        return {
          binding: false,
          violation: {
            code: 'user-signature-missing',
            message: {
              fr: 'Le compte rendu ne porte pas la signature de l’utilisateur : il n’engage pas le client.',
              en: 'The report carries no user signature: it does not bind the customer.',
            },
          },
        };
      }
      if (policy.authorises(signatory, report as CompletedInterventionReport)) {
        return { binding: true, signatory };
      }
      return {
        binding: false,
        signatory,
        violation: {
          code: 'signatory-not-authorised',
          message: {
            fr: `${signatory.name} (${signatory.role}) n’est pas habilité(e) à signer pour le client : cette signature n’engage pas la société.`,
            en: `${signatory.name} (${signatory.role}) is not authorised to sign for the customer: this signature does not bind the company.`,
          },
          details: { role: signatory.role },
        },
      };
    },
    'ConfigurationError',
  );
}
