import type { KnownError, KnownErrorBase } from './known-error-base.js';
import type { ProblemId } from './problem-ids.js';
import type { SolutionKind } from './problem-status.js';

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

function isKnownErrorList(
  value: KnownErrorBase | readonly KnownError[],
): value is readonly KnownError[] {
  return Array.isArray(value);
}

/**
 * Publishes known errors as FAQ entries for users (seed §4.4.2: the base « pourra aussi
 * être à la disposition des utilisateurs … à travers des FAQ »), in the base's order.
 * Internal fields never leave: incidents, the change, internal notes (the entry's and each
 * solution's). The cause, often technical, is left out unless `includeCause` is `true`.
 *
 * @see seed §4.4.2
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
  const entries: readonly KnownError[] = isKnownErrorList(knownErrors)
    ? knownErrors
    : knownErrors.entries;
  return entries.map((e) => {
    const entry: {
      -readonly [K in keyof FaqEntry]: FaqEntry[K];
    } = {
      id: e.id,
      question: e.title,
      keywords: [...e.keywords],
      answers: e.solutions.map((s) => ({ kind: s.kind, text: s.description })),
    };
    if (e.symptom !== undefined) entry.symptom = e.symptom;
    if (e.equipment !== undefined) entry.equipment = e.equipment;
    if (e.category !== undefined) entry.category = e.category;
    if (options.includeCause === true) entry.cause = e.cause;
    return entry;
  });
}
