import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import type { KnownError, KnownErrorBase } from './known-error-base.js';
import type { ProblemId } from './problem-ids.js';
import { type SolutionKind, solutionKinds } from './problem-status.js';

/**
 * A known error as published to users (seed §4.4.2, « à travers des FAQ »): only public
 * fields. No incident, change, internal note or actor; the cause only when asked for.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const entry: FaqEntry = {
 *   id: problemId('PB-1'),
 *   question: 'Écran noir au démarrage',
 *   keywords: [],
 *   answers: [{ kind: 'workaround', text: 'Brancher l’écran en VGA.' }],
 * };
 * entry.answers[0]?.text;
 * //=> 'Brancher l’écran en VGA.'
 * ```
 */
export interface FaqEntry {
  readonly id: ProblemId;
  /** The known error's title. */
  readonly question: string;
  readonly symptom?: string;
  readonly equipment?: string;
  readonly category?: string;
  readonly keywords: readonly string[];
  /** The workarounds and fixes, in the order they were recorded. */
  readonly answers: readonly { readonly kind: SolutionKind; readonly text: string }[];
  /** Present only with `{ includeCause: true }`. */
  readonly cause?: string;
}

/**
 * Publishes known errors as FAQ entries for users (seed §4.4.2: the base « pourra aussi
 * être à la disposition des utilisateurs … à travers des FAQ »), in the base's order.
 * Internal fields never leave: incidents, the change, internal notes (the entry's and each
 * solution's). The cause, often technical, is left out unless `includeCause` is `true`.
 * Each entry's fields are read once.
 *
 * @see seed §4.4.2
 * @throws TypeError when `knownErrors` is neither a list nor a base with a list of
 * `entries`, `options` is not an object, or an entry is not a known error (not an object, a
 * `title`, `id` or text field that is not a text, `keywords` or `solutions` that are not
 * lists, a solution without its kind or description), or cannot be read as plain data (a
 * getter or a Proxy trap that throws); the message names the entry and describes the bad
 * value with `describeValue`.
 * @example
 * ```ts
 * const [faq] = toFaqEntries([
 *   {
 *     id: problemId('PB-1'),
 *     status: 'known-error',
 *     title: 'Écran noir au démarrage',
 *     keywords: [],
 *     cause: 'Câble HDMI défectueux',
 *     solutions: [{ kind: 'workaround', description: 'Brancher l’écran en VGA.', internalNote: 'Stock VGA: 12' }],
 *     incidents: [incidentRef('INC-9')],
 *     internalNotes: ['Fournisseur relancé'],
 *   },
 * ]);
 * faq;
 * //=> {
 * //   id: 'PB-1',
 * //   question: 'Écran noir au démarrage',
 * //   keywords: [],
 * //   answers: [{ kind: 'workaround', text: 'Brancher l’écran en VGA.' }],
 * // }
 * ```
 */
export function toFaqEntries(
  knownErrors: KnownErrorBase | readonly KnownError[],
  options: { readonly includeCause?: boolean } = {},
): FaqEntry[] {
  return guardInput('toFaqEntries', () => {
    if (typeof options !== 'object' || options === null) {
      throw inputError(
        `toFaqEntries: options must be { includeCause? }, got ${describeValue(options)}.`,
      );
    }
    const includeCause = (options as { includeCause?: unknown }).includeCause === true;
    let entries: unknown = knownErrors;
    if (typeof knownErrors === 'object' && knownErrors !== null && !Array.isArray(knownErrors)) {
      entries = (knownErrors as KnownErrorBase).entries;
    }
    if (!Array.isArray(entries)) {
      throw inputError(
        `toFaqEntries: expected a list of known errors or a known-error base, got ${describeValue(knownErrors)}.`,
      );
    }
    return Array.from(entries as unknown[], (e, i) => faqEntry(e, i, includeCause));
  });
}

/** One known error as a FAQ entry, each field read once and checked. */
function faqEntry(value: unknown, index: number, includeCause: boolean): FaqEntry {
  const fail = (field: string, expected: string, input: unknown): never => {
    throw inputError(
      `toFaqEntries: entries[${index}]${field} must be ${expected}, got ${describeValue(input)}.`,
    );
  };
  if (typeof value !== 'object' || value === null) {
    return fail('', 'a known error { id, title, keywords, solutions, … }', value);
  }
  const { id, title, symptom, equipment, category, keywords, solutions, cause } = value as Record<
    string,
    unknown
  >;
  if (typeof id !== 'string') fail('.id', 'a problem id', id);
  if (typeof title !== 'string') fail('.title', 'a text', title);
  const entry: { -readonly [K in keyof FaqEntry]: FaqEntry[K] } = {
    id: id as ProblemId,
    question: title as string,
    keywords: Array.isArray(keywords)
      ? Array.from(keywords as unknown[], (k, i) =>
          typeof k === 'string' ? k : fail(`.keywords[${i}]`, 'a text', k),
        )
      : fail('.keywords', 'a list of texts', keywords),
    answers: Array.isArray(solutions)
      ? Array.from(solutions as unknown[], (s, i) => answer(s, `.solutions[${i}]`, fail))
      : fail('.solutions', 'a list of solutions', solutions),
  };
  const texts = { symptom, equipment, category } as const;
  for (const field of ['symptom', 'equipment', 'category'] as const) {
    const text = texts[field];
    if (text === undefined) continue;
    if (typeof text !== 'string') fail(`.${field}`, 'a text when given', text);
    entry[field] = text as string;
  }
  if (includeCause) {
    if (typeof cause !== 'string') fail('.cause', 'a text', cause);
    entry.cause = cause as string;
  }
  return entry;
}

function answer(
  value: unknown,
  field: string,
  fail: (field: string, expected: string, input: unknown) => never,
): FaqEntry['answers'][number] {
  if (typeof value !== 'object' || value === null) {
    return fail(field, 'a solution { kind, description }', value);
  }
  const { kind, description } = value as Record<string, unknown>;
  if (!(solutionKinds as readonly unknown[]).includes(kind)) {
    fail(`${field}.kind`, `one of ${solutionKinds.map((k) => `"${k}"`).join(', ')}`, kind);
  }
  if (typeof description !== 'string') fail(`${field}.description`, 'a text', description);
  return { kind: kind as SolutionKind, text: description as string };
}
