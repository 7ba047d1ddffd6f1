import { ConfigurationError } from '../core/configuration-error.js';
import { describeValue } from '../core/describe-value.js';
import { guardInput, inputError } from '../core/input-guard.js';
import { plainConfiguration } from '../core/plain-configuration.js';
import type { ChangeRef, IncidentRef, ProblemId } from './problem-ids.js';
import type { Problem, ProblemState } from './problem-state.js';
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
 */
export type KnownErrorStatus = (typeof knownErrorStatuses)[number];

/**
 * A workaround or fix as kept in the known-error base: `description` is what level 1 (and,
 * through the FAQ, users) apply; `internalNote` is never published.
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
 * `internalNotes`. Each field of the state is read once; the entry holds copies of its lists.
 *
 * @see seed §4.4.2
 * @throws TypeError when `state` is not a problem state (not an object, an unknown status, a
 * known-error stage without its cause, a field of the wrong kind: a cause without its
 * description, solutions or keywords that are not lists of texts…) or cannot be read as plain
 * data (a getter or a Proxy trap that throws); the message describes the bad value with
 * `describeValue`.
 * @example
 * ```ts
 * knownErrorOf(initialProblemState);
 * //=> undefined
 * (() => { try { return knownErrorOf(null as never); } catch (e) { return e.message; } })();
 * //=> 'knownErrorOf: state must be a problem state (initialProblemState or a Problem), got null.'
 * ```
 */
export function knownErrorOf(state: ProblemState): KnownError | undefined {
  return guardInput('knownErrorOf', () => {
    if (typeof state !== 'object' || state === null) {
      throw inputError(
        `knownErrorOf: state must be a problem state (initialProblemState or a Problem), got ${describeValue(state)}.`,
      );
    }
    const fields = state as Partial<Record<keyof Problem, unknown>>;
    const status = fields.status;
    if (status === 'unrecorded' || status === 'open') return undefined;
    if (!(knownErrorStatuses as readonly unknown[]).includes(status)) {
      throw inputError(
        `knownErrorOf: state.status must be "unrecorded", "open" or one of ${knownErrorStatuses.map((s) => `"${s}"`).join(', ')}, got ${describeValue(status)}.`,
      );
    }
    const cause = fields.cause;
    // DESIGN: a known error (and beyond) always has its cause; the decider never makes one without.
    if (cause === undefined) {
      throw inputError(
        `knownErrorOf: state.cause must be given from the "known-error" stage on, got undefined (status ${describeValue(status)}).`,
      );
    }
    const { id, title, symptom, equipment, category, description, change } = fields;
    const text = (name: string, value: unknown, optional = false): string | undefined => {
      if (typeof value === 'string' || (optional && value === undefined)) return value;
      throw inputError(
        `knownErrorOf: state.${name} must be a text${optional ? ' when given' : ''}, got ${describeValue(value)}.`,
      );
    };
    const causeText =
      typeof cause === 'object' && cause !== null
        ? (cause as { description?: unknown }).description
        : undefined;
    const internalNotes: string[] = [];
    const internalDescription = text('description', description, true);
    if (internalDescription !== undefined) internalNotes.push(internalDescription);
    const solutions = textList('solutions', fields.solutions, (value, i) => {
      if (typeof value !== 'object' || value === null) {
        throw inputError(
          `knownErrorOf: state.solutions[${i}] must be a solution { kind, description }, got ${describeValue(value)}.`,
        );
      }
      const { kind, description: solutionText, internalNote } = value as Record<string, unknown>;
      if (!(solutionKinds as readonly unknown[]).includes(kind)) {
        throw inputError(
          `knownErrorOf: state.solutions[${i}].kind must be one of ${solutionKinds.map((k) => `"${k}"`).join(', ')}, got ${describeValue(kind)}.`,
        );
      }
      const note = text(`solutions[${i}].internalNote`, internalNote, true);
      if (note !== undefined) internalNotes.push(note);
      return {
        kind: kind as SolutionKind,
        description: text(`solutions[${i}].description`, solutionText) as string,
        ...optional('internalNote', note),
      };
    });
    return {
      id: text('id', id) as ProblemId,
      status: status as KnownErrorStatus,
      title: text('title', title) as string,
      ...optional('symptom', text('symptom', symptom, true)),
      ...optional('equipment', text('equipment', equipment, true)),
      ...optional('category', text('category', category, true)),
      keywords: textList(
        'keywords',
        fields.keywords,
        (k, i) => text(`keywords[${i}]`, k) as string,
      ),
      cause: text('cause.description', causeText) as string,
      solutions,
      incidents: textList(
        'incidents',
        fields.incidents,
        (k, i) => text(`incidents[${i}]`, k) as IncidentRef,
      ),
      ...optional('change', text('change', change, true) as ChangeRef | undefined),
      internalNotes,
    };
  });
}

/** A list field of a problem state, read once into a copy, each item through `item`. */
function textList<T>(
  name: string,
  value: unknown,
  item: (value: unknown, index: number) => T,
): T[] {
  if (!Array.isArray(value)) {
    throw inputError(`knownErrorOf: state.${name} must be a list, got ${describeValue(value)}.`);
  }
  return Array.from(value as unknown[], item);
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

/** The entries, indexed, and for each term of their public texts the entries holding it. */
interface BaseIndex {
  readonly entries: readonly IndexedEntry[];
  /** For each term of the public texts, the positions of the entries holding it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** For each term of the equipment fields, the positions of the entries holding it. */
  readonly equipmentPostings: ReadonlyMap<string, readonly number[]>;
  /** For each keyword (its terms joined by a space), the positions of the entries having it. */
  readonly keywordPostings: ReadonlyMap<string, readonly number[]>;
}

function post(postings: Map<string, number[]>, keys: Iterable<string>, position: number): void {
  for (const key of keys) {
    const list = postings.get(key);
    if (list === undefined) postings.set(key, [position]);
    else list.push(position);
  }
}

const indexes = new WeakMap<KnownErrorBase, BaseIndex>();

function indexBase(entries: readonly KnownError[]): BaseIndex {
  const indexed = entries.map(indexEntry);
  const postings = new Map<string, number[]>();
  const equipmentPostings = new Map<string, number[]>();
  const keywordPostings = new Map<string, number[]>();
  indexed.forEach(({ text, equipment, keywords }, position) => {
    post(postings, text, position);
    post(equipmentPostings, equipment, position);
    post(keywordPostings, keywords, position);
  });
  return { entries: indexed, postings, equipmentPostings, keywordPostings };
}

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

function deepFreeze<T>(value: T): T {
  // Stryker disable next-line LogicalOperator: the entry is a fresh copy (plainConfiguration) holding no frozen nor shared object, and a primitive or null is frozen already: either || freezes the same values
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function checkEntry(value: unknown, index: number): KnownError {
  // `field` is a key of the entry, or the path below it as keys and indexes
  // (['solutions', 0, 'kind']), which the message writes `solutions[0].kind`.
  const fail = (
    field: string | readonly (string | number)[],
    expected: string,
    input: unknown,
  ): never => {
    const at = typeof field === 'string' ? [field] : field;
    const text = at
      .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`))
      .join('');
    throw new ConfigurationError(
      `Known-error base: entries[${index}].${text} ${expected}, got ${describeValue(input)}.`,
      { path: [index, ...at], input },
    );
  };
  if (typeof value !== 'object' || value === null) {
    throw new ConfigurationError(
      `Known-error base: entries[${index}] must be a known error, got ${describeValue(value)}.`,
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
      fail(['solutions', i, 'kind'], `must be one of ${solutionKinds.join(', ')}`, solution.kind);
    }
    if (!isText(solution.description)) {
      fail(['solutions', i, 'description'], 'must be a non-empty text', solution.description);
    }
    if (solution.internalNote !== undefined && typeof solution.internalNote !== 'string') {
      fail(['solutions', i, 'internalNote'], 'must be a text when given', solution.internalNote);
    }
  });
  if (!Array.isArray(e.incidents) || !e.incidents.every(isText)) {
    fail('incidents', 'must be a list of incident references', e.incidents);
  }
  if (e.change !== undefined && !isText(e.change)) {
    fail('change', 'must be a change reference when given', e.change);
  }
  if (!Array.isArray(e.internalNotes) || !e.internalNotes.every((n) => typeof n === 'string')) {
    fail('internalNotes', 'must be a list of texts', e.internalNotes);
  }
  return value as KnownError;
}

/** The caller's entries as a list, read once; a value that cannot be iterated is refused. */
function readEntries(knownErrors: unknown): unknown[] {
  try {
    if (
      typeof knownErrors === 'object' &&
      // Stryker disable next-line ConditionalExpression: null throws inside the try when its [Symbol.iterator] is read, and is refused below the same
      knownErrors !== null &&
      typeof (knownErrors as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
    ) {
      return Array.from(knownErrors as Iterable<unknown>);
    }
  } catch {
    // Refused below, as anything else that is not a list.
  }
  throw new ConfigurationError(
    `Known-error base: expected a list (or any iterable) of known errors, got ${describeValue(knownErrors)}.`,
    { path: [], input: knownErrors },
  );
}

/**
 * Builds the known-error base (the seed's CMDB role, §4.4.2) from known errors, checked and
 * indexed for {@link searchKnownErrors}.
 *
 * @see seed §4.4.2 « Cette base de données sera à la disposition des techniciens Service Desk »
 * Each entry is read once into a plain copy (the base keeps the copies, frozen, never the
 * caller's objects).
 *
 * @throws ConfigurationError when an entry is malformed, lacks its cause or a workaround or
 * fix, or shares its id with another; when the list cannot be iterated; and when an entry is
 * not plain data (a BigInt, a cycle, a getter, a Proxy that throws, an object of a class…),
 * with the `path` of the offending value.
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
  for (const value of readEntries(knownErrors)) {
    const entry = checkEntry(plainConfiguration(value, [index]), index);
    if (ids.has(entry.id)) {
      throw new ConfigurationError(
        `Known-error base: entries[${index}].id ${describeValue(entry.id)} is already used by another entry; ids are unique.`,
        { path: [index, 'id'], input: entry.id },
      );
    }
    ids.add(entry.id);
    entries.push(deepFreeze(entry));
    index++;
  }
  const base: KnownErrorBase = Object.freeze({ entries: Object.freeze(entries) });
  indexes.set(base, indexBase(entries));
  return base;
}

/**
 * What level 1 knows of the incident in front of them; every criterion is optional and
 * they add up.
 */
export interface KnownErrorQuery {
  readonly symptom?: string;
  readonly equipment?: string;
  readonly keywords?: readonly string[];
}

/**
 * One result of {@link searchKnownErrors}: the known error, its score, and what matched —
 * the query's symptom terms found, how the equipment matched, the query keywords found.
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
 * Cost: linear in the length of the query's texts, each read on its first
 * 100,000 characters (`maxSearchedLength`), plus one set look-up per query term and entry.
 *
 * @throws TypeError when `base` is not an object, `query` or `options` not an object,
 * `symptom` or `equipment` not a text, `keywords` not a list of texts, `limit` not an
 * integer ≥ 0, or when an argument cannot be read as plain data (a getter or a Proxy trap
 * that throws); each argument is read once, and the message describes the bad value with
 * `describeValue`.
 * @throws ConfigurationError when `base` was not built by {@link createKnownErrorBase} and
 * its `entries` would not build one (the same checks).
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
  const read = guardInput('searchKnownErrors', () => readSearch(base, query, options));
  return searchIndexed(read.indexed, read.query, read.limit);
}

interface ReadQuery {
  readonly symptom: string;
  readonly equipment: string;
  readonly keywords: readonly string[];
}

/** The search's arguments, each read once and checked; the base indexed. */
function readSearch(
  base: unknown,
  query: unknown,
  options: unknown,
): { indexed: BaseIndex; query: ReadQuery; limit: number | undefined } {
  if (typeof options !== 'object' || options === null) {
    throw inputError(
      `searchKnownErrors: options must be { limit? }, got ${describeValue(options)}.`,
    );
  }
  const limit: unknown = (options as { limit?: unknown }).limit;
  if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0)) {
    throw inputError(
      `searchKnownErrors: limit must be an integer ≥ 0, got ${describeValue(limit)}.`,
    );
  }
  if (typeof base !== 'object' || base === null) {
    throw inputError(
      `searchKnownErrors: base must be a known-error base (from createKnownErrorBase), got ${describeValue(base)}.`,
    );
  }
  let indexed = indexes.get(base as KnownErrorBase);
  if (indexed === undefined) {
    // A base built by hand: check it as createKnownErrorBase would, then index it once.
    let entries: unknown;
    try {
      entries = (base as KnownErrorBase).entries;
    } catch /* Stryker disable next-line BlockStatement: entries is undefined already when reading it throws */ {
      entries = undefined;
    }
    const checked = createKnownErrorBase(entries as Iterable<KnownError>);
    indexed = indexes.get(checked) as BaseIndex;
    indexes.set(base as KnownErrorBase, indexed);
  }
  if (typeof query !== 'object' || query === null) {
    throw inputError(
      `searchKnownErrors: query must be { symptom?, equipment?, keywords? }, got ${describeValue(query)}.`,
    );
  }
  const {
    symptom = '',
    equipment = '',
    keywords = [],
  } = query as { symptom?: unknown; equipment?: unknown; keywords?: unknown };
  if (typeof symptom !== 'string' || typeof equipment !== 'string') {
    throw inputError(
      `searchKnownErrors: symptom and equipment must be texts when given, got ${describeValue(symptom)} and ${describeValue(equipment)}.`,
    );
  }
  const list = Array.isArray(keywords) ? Array.from(keywords as unknown[]) : undefined;
  if (list === undefined || !list.every((k) => typeof k === 'string')) {
    throw inputError(
      `searchKnownErrors: keywords must be a list of texts when given, got ${describeValue(keywords)}.`,
    );
  }
  return {
    indexed,
    query: { symptom, equipment, keywords: list as string[] },
    limit: limit as number | undefined,
  };
}

function searchIndexed(
  indexed: BaseIndex,
  { symptom, equipment: queryEquipment, keywords: queryKeywords }: ReadQuery,
  limit: number | undefined,
): KnownErrorMatch[] {
  const symptomTerms = searchTerms(symptom);
  const equipmentTerms = searchTerms(queryEquipment);
  const keywords = queryKeywords
    .map((k) => ({ keyword: k, terms: searchTerms(k) }))
    .filter((k) => k.terms.length > 0);
  // Each query term is looked up once in the postings: the cost is linear in the query and
  // in the matches, never in (query terms × entries).
  const count = indexed.entries.length;
  const found: string[][] = Array.from({ length: count }, () => []);
  for (const term of symptomTerms) {
    // Stryker disable next-line ArrayDeclaration,OptionalChaining: a position that is not a number reads undefined in found, where ?.push does nothing; a real position is one of 0 … count - 1, where found holds an array
    for (const position of indexed.postings.get(term) ?? []) found[position]?.push(term);
  }
  // Stryker disable next-line ArrayDeclaration: an empty array reads undefined, which ?? 0 reads as 0
  const equipmentHits = new Array<number>(count).fill(0);
  for (const term of equipmentTerms) {
    // Stryker disable next-line ArrayDeclaration: a position that is not a number only touches named fields of the arrays, never read by position
    for (const position of indexed.equipmentPostings.get(term) ?? []) {
      equipmentHits[position] = (equipmentHits[position] ?? 0) + 1;
    }
  }
  // Stryker disable next-line ArrayDeclaration: an empty array reads undefined, which ?? 0 reads as 0
  const keywordScores = new Array<number>(count).fill(0);
  const foundKeywords: string[][] = Array.from({ length: count }, () => []);
  // Stryker disable next-line ArrayDeclaration: an empty array reads undefined, and a position is counted (?? 0) before its count is compared
  const termHits = new Array<number>(count).fill(0);
  for (const { keyword, terms } of keywords) {
    // Stryker disable next-line ArrayDeclaration: a position that is not a number only touches named fields of the arrays, never read by position
    const exact = new Set(indexed.keywordPostings.get(terms.join(' ')) ?? []);
    const touched = new Set<number>(exact);
    for (const term of terms) {
      // Stryker disable next-line ArrayDeclaration: a position that is not a number only touches named fields of the arrays, never read by position
      for (const position of indexed.postings.get(term) ?? []) {
        termHits[position] = (termHits[position] ?? 0) + 1;
        touched.add(position);
      }
    }
    for (const position of touched) {
      // Same rule as before: 2 for one of the entry's keywords, else 1 when every term is in its text.
      const score = exact.has(position) ? 2 : termHits[position] === terms.length ? 1 : 0;
      if (score === 0) continue;
      keywordScores[position] = (keywordScores[position] ?? 0) + score;
      // Stryker disable next-line OptionalChaining: a position comes from this base's postings, so it is always one of 0 … count - 1
      foundKeywords[position]?.push(keyword);
    }
    for (const position of touched) termHits[position] = 0;
  }
  const matches: KnownErrorMatch[] = [];
  indexed.entries.forEach(({ entry }, position) => {
    // Stryker disable next-line ArrayDeclaration: found holds an array at every position (Array.from over count)
    const foundTerms = found[position] ?? [];
    const hits = equipmentHits[position] ?? 0;
    const equipmentMatch = hits === 0 ? 'none' : hits === equipmentTerms.length ? 'all' : 'some';
    const score =
      foundTerms.length +
      (equipmentMatch === 'all' ? 3 : equipmentMatch === 'some' ? 1 : 0) +
      (keywordScores[position] ?? 0);
    if (score > 0) {
      matches.push({
        knownError: entry,
        score,
        matched: {
          symptomTerms: foundTerms,
          equipment: equipmentMatch,
          // Stryker disable next-line ArrayDeclaration: foundKeywords holds an array at every position (Array.from over count)
          keywords: foundKeywords[position] ?? [],
        },
      });
    }
  });
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      (a.knownError.id < b.knownError.id ? -1 : a.knownError.id > b.knownError.id ? 1 : 0),
  );
  return limit === undefined ? matches : matches.slice(0, limit);
}
