import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/core/configuration-error.js';
import {
  type CompletedInterventionReport,
  defineSignatoryPolicy,
  type InterventionReport,
  isCompletedInterventionReport,
  parseInterventionReport,
  type SignatoryPolicySpec,
  type Signature,
  signatureBinding,
} from '../../src/report/index.js';
import { normaliseRole } from '../../src/report/signatory-policy.js';
import { createdReport, finishedReport, unfinishedReport, validReport } from './report-fixtures.js';

const itManagers = defineSignatoryPolicy({ roles: ['Responsable informatique', 'Directeur'] });

function signedBy(userSignature: Signature): CompletedInterventionReport {
  return { ...finishedReport, intervention: { ...finishedReport.intervention, userSignature } };
}

describe('signatureBinding (§6.5.2: « Une signature non habilitée n’engage pas la société »)', () => {
  it('an intern signs: the report is valid, and the signature does not bind the customer', () => {
    const report = signedBy({ name: 'Léa Petit', role: 'Stagiaire' });
    expect(parseInterventionReport(report).ok).toBe(true);
    expect(signatureBinding(report, itManagers)).toEqual({
      binding: false,
      signatory: { name: 'Léa Petit', role: 'Stagiaire' },
      violation: {
        code: 'signatory-not-authorised',
        message: {
          fr: 'Léa Petit (Stagiaire) n’est pas habilité(e) à signer pour le client : cette signature n’engage pas la société.',
          en: 'Léa Petit (Stagiaire) is not authorised to sign for the customer: this signature does not bind the company.',
        },
        details: { role: 'Stagiaire' },
      },
    });
  });

  it('the IT manager signs: binding', () => {
    expect(signatureBinding(finishedReport, itManagers)).toEqual({
      binding: true,
      signatory: { name: 'Paul Durand', role: 'Responsable informatique' },
    });
  });

  it.each([
    ['responsable informatique', true],
    ['  RESPONSABLE   Informatique ', true],
    ['Directeur', true],
    ['directeur', true],
    ['Dírecteur', true],
    ['Directrice', false],
    ['Directeur adjoint', false],
    ['Stagiaire', false],
    ['Comptable', false],
  ])('role %j binds: %s', (role, binding) => {
    expect(signatureBinding(signedBy({ name: 'X', role }), itManagers).binding).toBe(binding);
  });

  it('a report as created: no user signature, not binding', () => {
    const result = signatureBinding(createdReport, itManagers);
    expect(result.binding).toBe(false);
    expect(result.binding ? undefined : result.violation.code).toBe('user-signature-missing');
    expect(result.signatory).toBeUndefined();
  });

  it('an unfinished report is signed too (§6.5.2), and its signatory is judged as any other', () => {
    const result = signatureBinding(unfinishedReport, itManagers);
    expect(result.signatory).toEqual({ name: 'Marc Leroy', role: 'Administrateur système' });
    expect(result.binding ? undefined : result.violation.code).toBe('signatory-not-authorised');
    const admins = defineSignatoryPolicy({ roles: ['Administrateur système'] });
    expect(signatureBinding(unfinishedReport, admins).binding).toBe(true);
  });

  it('a predicate decides per contract (each customer its own list)', () => {
    const authorised: Record<string, readonly string[]> = { 'CT-2026-118': ['Paul Durand'] };
    const perContract = defineSignatoryPolicy({
      mayBind: (signatory, report) =>
        (authorised[report.contractNumber ?? ''] ?? []).includes(signatory.name),
    });
    expect(signatureBinding(finishedReport, perContract).binding).toBe(true);
    const other = {
      ...signedBy({ name: 'Paul Durand', role: 'Directeur' }),
      contractNumber: 'CT-9',
    };
    expect(signatureBinding(other, perContract).binding).toBe(false);
  });

  it('roles and a predicate: either one authorises', () => {
    const policy = defineSignatoryPolicy({
      roles: ['Directeur'],
      mayBind: (signatory) => signatory.name === 'Léa Petit',
    });
    expect(
      signatureBinding(signedBy({ name: 'Léa Petit', role: 'Stagiaire' }), policy).binding,
    ).toBe(true);
    expect(signatureBinding(signedBy({ name: 'Jo', role: 'Directeur' }), policy).binding).toBe(
      true,
    );
    expect(signatureBinding(signedBy({ name: 'Jo', role: 'Stagiaire' }), policy).binding).toBe(
      false,
    );
  });

  it('only a predicate answering true authorises', () => {
    const policy = defineSignatoryPolicy({ mayBind: () => 'yes' as unknown as boolean });
    expect(signatureBinding(finishedReport, policy).binding).toBe(false);
  });

  test.prop([validReport])(
    'binding exactly when a user signature exists and its role is listed',
    (report) => {
      const policy = defineSignatoryPolicy({ roles: ['Directeur'] });
      const signature = isCompletedInterventionReport(report)
        ? report.intervention.userSignature
        : undefined;
      const result = signatureBinding(report, policy);
      expect(result.binding).toBe(signature?.role === 'Directeur');
      expect(result.signatory).toEqual(signature);
    },
  );
});

describe('defineSignatoryPolicy', () => {
  it('keeps the roles as given, frozen', () => {
    expect(itManagers.roles).toEqual(['Responsable informatique', 'Directeur']);
    expect(Object.isFrozen(itManagers.roles)).toBe(true);
    expect(Object.isFrozen(itManagers)).toBe(true);
  });

  it.each([
    ['nothing', {}],
    ['no role and no predicate', { roles: [] }],
    ['a blank role', { roles: ['Directeur', '  '] }],
    ['a role that is not a string', { roles: [42] }],
    ['roles that are not a list', { roles: 'Directeur' }],
    ['a predicate that is not a function', { mayBind: true }],
  ])('throws a ConfigurationError for %s', (_, spec) => {
    expect(() => defineSignatoryPolicy(spec as never)).toThrow(ConfigurationError);
  });

  it('names the offending role', () => {
    expect(() => defineSignatoryPolicy({ roles: ['Directeur', ''] })).toThrow(
      'Signatory policy: roles[1] must be a non-blank role name, got "".',
    );
  });
});

describe('normaliseRole', () => {
  it.each([
    ['Responsable informatique', 'responsable informatique'],
    ['  Secrétaire   Générale\t', 'secretaire generale'],
    ['DIRECTEUR', 'directeur'],
    ['Chef\u00a0de projet', 'chef de projet'],
  ])('%j → %j', (role, normalised) => {
    expect(normaliseRole(role)).toBe(normalised);
  });

  test.prop([fc.string()])('is idempotent', (role) => {
    expect(normaliseRole(normaliseRole(role))).toBe(normaliseRole(role));
  });
});

describe('defineSignatoryPolicy and signatureBinding: what they carry (issue 10 item 7)', () => {
  const refusal = (spec: unknown): unknown => {
    try {
      defineSignatoryPolicy(spec as SignatoryPolicySpec);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  const emptyRoles: string[] = [];
  const nothing = {};
  it.each([
    ['nothing', nothing, [], nothing],
    ['a predicate that is not a function', { mayBind: true }, ['mayBind'], true],
    ['roles that are not a list', { roles: 'Directeur' }, ['roles'], 'Directeur'],
    ['an empty list of roles', { roles: emptyRoles }, ['roles'], emptyRoles],
    ['a role that is not a text', { roles: ['Directeur', 42] }, ['roles', 1], 42],
    ['a blank role', { roles: ['  '] }, ['roles', 0], '  '],
  ])('%s: a ConfigurationError at the offending part, with its value', (_, spec, path, input) => {
    const error = refusal(spec);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).path).toEqual(path);
    expect((error as ConfigurationError).input).toBe(input);
  });

  it('names a role that is not a text', () => {
    expect(refusal({ roles: ['Directeur', 42] })).toMatchObject({
      message: 'Signatory policy: roles[1] must be a non-blank role name, got 42.',
    });
  });

  it('a policy with a predicate only lists no role', () => {
    const policy = defineSignatoryPolicy({ mayBind: () => false });
    expect(policy.roles).toEqual([]);
  });

  it('an intervention without a user signature (a report from before it was required) binds nobody', () => {
    const { userSignature: _omitted, ...unsigned } = finishedReport.intervention;
    const report = { ...finishedReport, intervention: unsigned } as unknown as InterventionReport;
    expect(signatureBinding(report, itManagers)).toStrictEqual({
      binding: false,
      violation: {
        code: 'user-signature-missing',
        message: {
          fr: 'Le compte rendu ne porte pas la signature de l’utilisateur : il n’engage pas le client.',
          en: 'The report carries no user signature: it does not bind the customer.',
        },
      },
    });
  });
});
