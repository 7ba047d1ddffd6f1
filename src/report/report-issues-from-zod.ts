import type * as z from 'zod';
import { fieldIssue, type ReportIssue } from './report-issue.js';
import { CURRENCY, NOT_BLANK, PHONE } from './report-schema.js';

const typeNames: Readonly<Record<string, { fr: string; en: string }>> = {
  string: { fr: 'un texte', en: 'a text' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'un booléen (true ou false)', en: 'a boolean (true or false)' },
  object: { fr: 'un objet', en: 'an object' },
  array: { fr: 'une liste', en: 'a list' },
};

const formatNames: Readonly<Record<string, { fr: string; en: string }>> = {
  email: { fr: 'une adresse électronique valide', en: 'a valid email address' },
  datetime: {
    fr: 'une date et heure ISO 8601 avec secondes et décalage horaire (2026-03-02T09:30:00+01:00)',
    en: 'an ISO 8601 date-time with seconds and a UTC offset (2026-03-02T09:30:00+01:00)',
  },
  [PHONE.source]: {
    fr: 'un numéro de téléphone (chiffres, espaces, + ( ) . -, au moins trois chiffres)',
    en: 'a phone number (digits, spaces, + ( ) . -, at least three digits)',
  },
  [CURRENCY.source]: {
    fr: 'un code de devise ISO 4217 de trois lettres majuscules (EUR)',
    en: 'an ISO 4217 currency code of three capital letters (EUR)',
  },
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Renders a value allowed by an enum for a message, JSON-quoted. */
function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ');
}

function isSignaturePath(path: readonly (string | number)[]): boolean {
  return (
    path.length === 2 &&
    path[0] === 'intervention' &&
    (path[1] === 'technicianSignature' || path[1] === 'userSignature')
  );
}

/**
 * Turns one zod issue into report issues with stable codes and our own French and English
 * messages (zod's locales are never used). An unknown-keys issue gives one issue per key.
 * `input` is the value found at the issue's path, to tell a missing field from a wrong type.
 */
export function reportIssuesFromZod(issue: z.core.$ZodIssue, input: unknown): ReportIssue[] {
  const path = issue.path.filter(
    (step): step is string | number => typeof step === 'string' || typeof step === 'number',
  );
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined) {
    // A missing signature is reported by the cross-field rules as `signature-missing`, its
    // stable code since signatures were first required; not twice.
    if (isSignaturePath(path)) return [];
    return [
      fieldIssue('required', path, {
        fr: (f) => `${f} est obligatoire.`,
        en: (f) => `${f} is required.`,
      }),
    ];
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int' && typeof input === 'number') {
        return [
          fieldIssue(
            'not-an-integer',
            path,
            {
              fr: (f) => `${f} doit être un nombre entier.`,
              en: (f) => `${f} must be a whole number.`,
            },
            { received: input },
          ),
        ];
      }
      const expected = typeNames[issue.expected] ?? { fr: issue.expected, en: issue.expected };
      return [
        fieldIssue(
          'wrong-type',
          path,
          {
            fr: (f) => `${f} doit être ${expected.fr}.`,
            en: (f) => `${f} must be ${expected.en}.`,
          },
          { expected: issue.expected, received: received(input) },
        ),
      ];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return [
          fieldIssue('blank-text', path, {
            fr: (f) => `${f} ne doit pas être vide.`,
            en: (f) => `${f} must not be blank.`,
          }),
        ];
      }
      if (issue.origin === 'array') {
        return [
          fieldIssue(
            'too-few-items',
            path,
            {
              fr: (f) => `${f} doit contenir au moins ${min} élément(s).`,
              en: (f) => `${f} must hold at least ${min} item(s).`,
            },
            { minimum: min },
          ),
        ];
      }
      return [
        fieldIssue(
          'too-small',
          path,
          {
            fr: (f) => `${f} doit valoir au moins ${min}.`,
            en: (f) => `${f} must be at least ${min}.`,
          },
          { minimum: min },
        ),
      ];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        return [
          fieldIssue(
            'text-too-long',
            path,
            {
              fr: (f) => `${f} dépasse ${max} caractères.`,
              en: (f) => `${f} is longer than ${max} characters.`,
            },
            { maximum: max },
          ),
        ];
      }
      if (issue.origin === 'array') {
        return [
          fieldIssue(
            'too-many-items',
            path,
            {
              fr: (f) => `${f} contient plus de ${max} éléments.`,
              en: (f) => `${f} holds more than ${max} items.`,
            },
            { maximum: max },
          ),
        ];
      }
      return [
        fieldIssue(
          'too-large',
          path,
          {
            fr: (f) => `${f} doit valoir au plus ${max}.`,
            en: (f) => `${f} must be at most ${max}.`,
          },
          { maximum: max },
        ),
      ];
    }
    case 'invalid_format': {
      const pattern = issue.format === 'regex' ? (issue.pattern ?? '') : '';
      const source = pattern.startsWith('/') ? pattern.slice(1, pattern.lastIndexOf('/')) : pattern;
      if (issue.format === 'regex' && source === NOT_BLANK.source) {
        return [
          fieldIssue('blank-text', path, {
            fr: (f) => `${f} ne doit pas être vide.`,
            en: (f) => `${f} must not be blank.`,
          }),
        ];
      }
      const format = formatNames[issue.format === 'regex' ? source : issue.format] ?? {
        fr: `au format ${issue.format}`,
        en: `in the ${issue.format} format`,
      };
      return [
        fieldIssue(
          'invalid-format',
          path,
          {
            fr: (f) => `${f} doit être ${format.fr}.`,
            en: (f) => `${f} must be ${format.en}.`,
          },
          { format: issue.format },
        ),
      ];
    }
    case 'invalid_value':
      return [
        fieldIssue(
          'invalid-option',
          path,
          {
            fr: (f) => `${f} doit valoir l’une des valeurs ${quoted(issue.values)}.`,
            en: (f) => `${f} must be one of ${quoted(issue.values)}.`,
          },
          { allowed: [...issue.values] },
        ),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        fieldIssue('unknown-field', [...path, key], {
          fr: (f) => `${f} n’existe pas dans un compte rendu d’intervention.`,
          en: (f) => `${f} does not exist in an intervention report.`,
        }),
      );
    default:
      return [
        fieldIssue('invalid-value', path, {
          fr: (f) => `${f} n’a pas une valeur valable.`,
          en: (f) => `${f} does not hold a valid value.`,
        }),
      ];
  }
}
