// fieldIssue and ruleIssue: how an issue names its field and when it carries details.
import { describe, expect, it } from 'vitest';
import { fieldIssue, ruleIssue } from '../../src/report/report-issue.js';

const invalid = {
  fr: (f: string) => `${f} n’a pas une valeur valable.`,
  en: (f: string) => `${f} does not hold a valid value.`,
};

describe('fieldIssue', () => {
  it('names a field of the report by its label, the document at the root', () => {
    expect(fieldIssue('invalid-value', ['intervention', 'endedAt'], invalid).message).toEqual({
      fr: 'Le champ « Heure de fin » n’a pas une valeur valable.',
      en: 'The field “End time” does not hold a valid value.',
    });
    expect(fieldIssue('invalid-value', [], invalid).message).toEqual({
      fr: 'Le document n’a pas une valeur valable.',
      en: 'The document does not hold a valid value.',
    });
  });

  it('names an unknown key by its last step, cut at 80 characters', () => {
    expect(fieldIssue('unknown-field', ['user', 'nickname'], invalid).message).toEqual({
      fr: 'Le champ « nickname » n’a pas une valeur valable.',
      en: 'The field “nickname” does not hold a valid value.',
    });
    const long = 'k'.repeat(100);
    expect(fieldIssue('unknown-field', ['user', long], invalid).message).toEqual({
      fr: `Le champ « ${'k'.repeat(80)} » n’a pas une valeur valable.`,
      en: `The field “${'k'.repeat(80)}” does not hold a valid value.`,
    });
    expect(fieldIssue('invalid-value', ['colours', 3], invalid).message.en).toBe(
      'The field “3” does not hold a valid value.',
    );
  });

  it('carries details only when given', () => {
    expect(Object.keys(fieldIssue('required', ['user'], invalid))).toEqual([
      'code',
      'path',
      'message',
    ]);
    expect(
      fieldIssue('too-small', ['amount', 'minorUnits'], invalid, { minimum: 0 }),
    ).toStrictEqual({
      code: 'too-small',
      path: ['amount', 'minorUnits'],
      message: {
        fr: 'Le champ « Montant en centimes (sous-unité de la devise) » n’a pas une valeur valable.',
        en: 'The field “Amount in minor units (cents)” does not hold a valid value.',
      },
      details: { minimum: 0 },
    });
  });
});

describe('ruleIssue', () => {
  const message = { fr: 'Montant manquant.', en: 'Amount missing.' };

  it('carries its fixed message, and details only when given', () => {
    expect(Object.keys(ruleIssue('amount-missing', ['amount'], message))).toEqual([
      'code',
      'path',
      'message',
    ]);
    expect(ruleIssue('amount-missing', ['amount'], message, { minorUnits: 0 })).toStrictEqual({
      code: 'amount-missing',
      path: ['amount'],
      message,
      details: { minorUnits: 0 },
    });
  });
});
