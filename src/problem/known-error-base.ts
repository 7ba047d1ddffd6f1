import { ConfigurationError } from '../core/configuration-error.js';
import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import { isRecordedProblem, type ProblemState } from './problem-state.js';
import { type SolutionKind, solutionKinds } from './problem-status.js';
import { searchTerms } from './search-text.js';

/**
 * The stages at which a problem is a known error: it stays in the base once resolved or
 * closed, as the record of a cause and its workaround.
 *
 * @example
 * ```ts
 * knownErrorStatuses;
 * //=> ['known-error', 'resolved', 'closed']
 * ```
 */
export const knownErrorStatuses = ['known-error', 'resolved', 'closed'] as const;

/**
 * A stage of {@link knownErrorStatuses}.
 *
 * @example
 * ```ts
 * const status: KnownErrorStatus = 'resolved';
 * status;
 * //=> 'resolved'
 * ```
 */
export type KnownErrorStatus = (typeof knownErrorStatuses)[number];

/**
 * A workaround or fix as kept in the known-error base: `description` is what level 1 (and,
 * through the FAQ, users) apply; `internalNote` is never published.
 *
 * @example
 * ```ts
 * const solution: KnownErrorSolution = { kind: 'workaround', description: 'Redémarrer le spouleur.' };
 * solution.kind;
 * //=> 'workaround'
 * ```
 */
export interface KnownErrorSolution {
  readonly kind: SolutionKind;
  readonly description: string;
  readonly internalNote?: string;
}

/**
 * An entry of the known-error base (the seed's CMDB role, §4.4.2): a problem whose cause is
 * known and for which a workaround or fix exists. Public fields (`title`, `symptom`,
 * `equipment`, `category`, `keywords`, the solutions' descriptions) may be published in a
 * FAQ; `cause`, `incidents`, `change`, `internalNotes` and the solutions' internal notes stay
 * internal. Get one from a problem with {@link knownErrorOf}, or build it from another tool's
 * records.
 *
 * @see seed §4.4.2 « Quand la cause est identifiée le problème devient une erreur connue, qui
 * doit être enregistrée dans la base de données »
 * @example
 * ```ts
 * const entry: KnownError = {
 *   id: problemId('PB-1'),
 *   status: 'known-error',
 *   title: 'Imprimante du 2e étage hors ligne',
 *   equipment: 'Imprimante HP LaserJet',
 *   keywords: ['impression'],
 *   cause: 'Pilote 4.2 incompatible',
 *   solutions: [{ kind: 'workaround', description: 'Imprimer vers la file de secours.' }],
 *   incidents: [incidentRef('INC-1')],
 *   internalNotes: [],
 * };
 * entry.solutions[0]?.kind;
 * //=> 'workaround'
 * ```
 */
export interface KnownError {
  readonly id: ProblemId;
  readonly status: KnownErrorStatus;
  readonly title: string;
  readonly symptom?: string;
  readonly equipment?: string;
  readonly category?: string;
  readonly keywords: readonly string[];
  readonly cause: string;
  readonly solutions: readonly KnownErrorSolution[];
  readonly incidents: readonly IncidentRef[];
  readonly change?: ChangeRef;
  readonly internalNotes: readonly string[];
}

function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}

/**
 * The known-error entry of a problem, or `undefined` while it is not (yet) a known error.
 * The problem's internal description and the solutions' internal notes become the entry's
 * `internalNotes`.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * knownErrorOf(initialProblemState);
 * //=> undefined
 * ```
 */
export function knownErrorOf(state: ProblemState): KnownError | undefined {
  if (!isRecordedProblem(state) || state.status === 'open' || state.cause === undefined) {
    return undefined;
  }
  const internalNotes: string[] = [];
  if (state.description !== undefined) internalNotes.push(state.description);
  for (const solution of state.solutions) {
    if (solution.internalNote !== undefined) internalNotes.push(solution.internalNote);
  }
  return {
    id: state.id,
    status: state.status,
    title: state.title,
    ...optional('symptom', state.symptom),
    ...optional('equipment', state.equipment),
    ...optional('category', state.category),
    keywords: state.keywords,
    cause: state.cause.description,
    solutions: state.solutions.map((s) => ({
      kind: s.kind,
      description: s.description,
      ...optional('internalNote', s.internalNote),
    })),
    incidents: state.incidents,
    ...optional('change', state.change),
    internalNotes,
  };
}

/**
 * A searchable set of known errors, built by {@link createKnownErrorBase}. `entries` keeps
 * the order they were given in.
 *
 * @example
 * ```ts
 * createKnownErrorBase([]).entries;
 * //=> []
 * ```
 */
export interface KnownErrorBase {
  readonly entries: readonly KnownError[];
}

interface IndexedEntry {
  readonly entry: KnownError;
  /** Terms of the public text: title, symptom, equipment, category, keywords. */
  readonly text: ReadonlySet<string>;
  readonly equipment: ReadonlySet<string>;
  /** Each keyword's terms joined by a space. */
  readonly keywords: ReadonlySet<string>;
}

const indexes = new WeakMap<KnownErrorBase, readonly IndexedEntry[]>();

function indexEntry(entry: KnownError): IndexedEntry {
  const publicText = [
    entry.title,
    entry.symptom ?? '',
    entry.equipment ?? '',
    entry.category ?? '',
    ...entry.keywords,
  ].join(' ');
  return {
    entry,
    text: new Set(searchTerms(publicText)),
    equipment: new Set(searchTerms(entry.equipment ?? '')),
    keywords: new Set(entry.keywords.map((k) => searchTerms(k).join(' '))),
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkEntry(value: unknown, index: number): KnownError {
  const fail = (field: string, expected: string, input: unknown): never => {
    throw new ConfigurationError(
      `Known-error base: entries[${index}].${field} ${expected}, got ${JSON.stringify(input)}.`,
      { path: [index, field], input },
    );
  };
  if (typeof value !== 'object' || value === null) {
    throw new ConfigurationError(
      `Known-error base: entries[${index}] must be a known error, got ${JSON.stringify(value)}.`,
      { path: [index], input: value },
    );
  }
  const e = value as Record<string, unknown>;
  if (!isText(e.id)) fail('id', 'must be a non-empty problem id', e.id);
  if (!(knownErrorStatuses as readonly unknown[]).includes(e.status)) {
    fail('status', `must be one of ${knownErrorStatuses.join(', ')}`, e.status);
  }
  if (!isText(e.title)) fail('title', 'must be a non-empty text', e.title);
  for (const field of ['symptom', 'equipment', 'category'] as const) {
    if (e[field] !== undefined && !isText(e[field])) {
      fail(field, 'must be a non-empty text when given', e[field]);
    }
  }
  if (!Array.isArray(e.keywords) || !e.keywords.every(isText)) {
    fail('keywords', 'must be a list of non-empty texts', e.keywords);
  }
  // seed §4.4.2: a known error has a known cause and a workaround or fix.
  if (!isText(e.cause)) fail('cause', 'must be the known cause (a known error has one)', e.cause);
  if (!Array.isArray(e.solutions) || e.solutions.length === 0) {
    fail(
      'solutions',
      'must list at least one workaround or fix (a known error has one)',
      e.solutions,
    );
  }
  (e.solutions as unknown[]).forEach((s, i) => {
    const solution = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    if (!(solutionKinds as readonly unknown[]).includes(solution.kind)) {
      fail(`solutions[${i}].kind`, `must be one of ${solutionKinds.join(', ')}`, solution.kind);
    }
    if (!isText(solution.description)) {
      fail(`solutions[${i}].description`, 'must be a non-empty text', solution.description);
    }
  });
  if (!Array.isArray(e.incidents))
    fail('incidents', 'must be a list of incident references', e.incidents);
  if (!Array.isArray(e.internalNotes))
    fail('internalNotes', 'must be a list of texts', e.internalNotes);
  return value as KnownError;
}

/**
 * Builds the known-error base (the seed's CMDB role, §4.4.2) from known errors, checked and
 * indexed for {@link searchKnownErrors}.
 *
 * @see seed §4.4.2 « Cette base de données sera à la disposition des techniciens Service Desk »
 * @throws ConfigurationError when an entry is malformed, lacks its cause or a workaround or
 * fix, or shares its id with another.
 * @example
 * ```ts
 * const base = createKnownErrorBase([
 *   {
 *     id: problemId('PB-1'),
 *     status: 'known-error',
 *     title: 'Écran noir au démarrage',
 *     keywords: [],
 *     cause: 'Câble HDMI défectueux',
 *     solutions: [{ kind: 'workaround', description: 'Brancher l’écran en VGA.' }],
 *     incidents: [],
 *     internalNotes: [],
 *   },
 * ]);
 * base.entries.length;
 * //=> 1
 * ```
 */
export function createKnownErrorBase(knownErrors: Iterable<KnownError>): KnownErrorBase {
  const entries: KnownError[] = [];
  const ids = new Set<string>();
  let index = 0;
  for (const value of knownErrors) {
    const entry = checkEntry(value, index);
    if (ids.has(entry.id)) {
      throw new ConfigurationError(
        `Known-error base: entries[${index}].id ${JSON.stringify(entry.id)} is already used by another entry; ids are unique.`,
        { path: [index, 'id'], input: entry.id },
      );
    }
    ids.add(entry.id);
    entries.push(entry);
    index++;
  }
  const base: KnownErrorBase = Object.freeze({ entries: Object.freeze(entries) });
  indexes.set(base, entries.map(indexEntry));
  return base;
}

/**
 * What level 1 knows of the incident in front of them; every criterion is optional and
 * they add up.
 *
 * @example
 * ```ts
 * const query: KnownErrorQuery = { symptom: "l'imprimante n'imprime plus", equipment: 'imprimante' };
 * query.equipment;
 * //=> 'imprimante'
 * ```
 */
export interface KnownErrorQuery {
  readonly symptom?: string;
  readonly equipment?: string;
  readonly keywords?: readonly string[];
}

/**
 * One result of {@link searchKnownErrors}: the known error, its score, and what matched —
 * the query's symptom terms found, how the equipment matched, the query keywords found.
 *
 * @example
 * ```ts
 * const match: KnownErrorMatch['matched'] = { symptomTerms: ['ecran'], equipment: 'none', keywords: [] };
 * match.equipment;
 * //=> 'none'
 * ```
 */
export interface KnownErrorMatch {
  readonly knownError: KnownError;
  readonly score: number;
  readonly matched: {
    readonly symptomTerms: readonly string[];
    readonly equipment: 'all' | 'some' | 'none';
    readonly keywords: readonly string[];
  };
}

/**
 * Searches the known-error base so that level 1 can apply a known workaround (seed §4.4.2,
 * « améliorer l'efficacité du support »). Texts are compared accent- and case-insensitively
 * (« écran » finds « Ecran »), ignoring common French and English words and a final plural
 * `s`.
 *
 * Scoring (integers, higher first): each term of `symptom` found in an entry's public text
 * (title, symptom, equipment, category, keywords) scores 1; `equipment` scores 3 when every
 * one of its terms is in the entry's equipment, 1 when only some are; each of `keywords`
 * scores 2 when it is one of the entry's keywords, 1 when all its terms appear in the public
 * text. Entries scoring 0 are left out; ties are ordered by id. `limit` keeps the best ones.
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * const base = createKnownErrorBase([
 *   {
 *     id: problemId('PB-1'),
 *     status: 'known-error',
 *     title: 'Écran noir au démarrage',
 *     equipment: 'Écran Dell P2419H',
 *     keywords: ['affichage'],
 *     cause: 'Câble HDMI défectueux',
 *     solutions: [{ kind: 'workaround', description: 'Brancher l’écran en VGA.' }],
 *     incidents: [],
 *     internalNotes: [],
 *   },
 * ]);
 * searchKnownErrors(base, { symptom: 'ecran NOIR', equipment: 'écran' }).map((m) => [m.knownError.id, m.score]);
 * //=> [['PB-1', 5]]
 * ```
 */
export function searchKnownErrors(
  base: KnownErrorBase,
  query: KnownErrorQuery,
  options: { readonly limit?: number } = {},
): KnownErrorMatch[] {
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new TypeError(`searchKnownErrors: limit must be an integer ≥ 0, got ${String(limit)}.`);
  }
  let indexed = indexes.get(base);
  if (indexed === undefined) {
    // A base built by hand: check it as createKnownErrorBase would, then index it once.
    const checked = createKnownErrorBase(base.entries);
    indexed = indexes.get(checked) as readonly IndexedEntry[];
    indexes.set(base, indexed);
  }
  const symptomTerms = searchTerms(query.symptom ?? '');
  const equipmentTerms = searchTerms(query.equipment ?? '');
  const keywords = (query.keywords ?? [])
    .map((k) => ({ keyword: k, terms: searchTerms(k) }))
    .filter((k) => k.terms.length > 0);
  const matches: KnownErrorMatch[] = [];
  for (const { entry, text, equipment, keywords: entryKeywords } of indexed) {
    let score = 0;
    const foundTerms = symptomTerms.filter((t) => text.has(t));
    score += foundTerms.length;
    const equipmentHits = equipmentTerms.filter((t) => equipment.has(t)).length;
    const equipmentMatch =
      equipmentHits === 0 ? 'none' : equipmentHits === equipmentTerms.length ? 'all' : 'some';
    score += equipmentMatch === 'all' ? 3 : equipmentMatch === 'some' ? 1 : 0;
    const foundKeywords: string[] = [];
    for (const { keyword, terms } of keywords) {
      if (entryKeywords.has(terms.join(' '))) {
        score += 2;
        foundKeywords.push(keyword);
      } else if (terms.every((t) => text.has(t))) {
        score += 1;
        foundKeywords.push(keyword);
      }
    }
    if (score > 0) {
      matches.push({
        knownError: entry,
        score,
        matched: { symptomTerms: foundTerms, equipment: equipmentMatch, keywords: foundKeywords },
      });
    }
  }
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      (a.knownError.id < b.knownError.id ? -1 : a.knownError.id > b.knownError.id ? 1 : 0),
  );
  return limit === undefined ? matches : matches.slice(0, limit);
}
