const PLAIN_ASCII = /^[ -~\t\n\r]*$/;
const LIGATURES = /[œæ]/g;

/**
 * Folds a text for comparison: Unicode-decomposed, diacritics removed, lower-cased (with
 * « œ » and « æ » spelt out), apostrophes and punctuation turned into spaces, whitespace
 * collapsed. « Écran » and « ecran » fold to the same text; so do « Imprimante » and
 * « imprimante ».
 *
 * @example
 * ```ts
 * foldText("  L'Écran  NOIR ! ");
 * //=> 'l ecran noir'
 * ```
 */
export function foldText(text: string): string {
  // Stryker disable next-line BlockStatement: only a speed-up; the general path folds plain ASCII the same (nothing to decompose, no mark or ligature, and once lower-cased [^\p{L}\p{N}] is [^a-z0-9])
  if (PLAIN_ASCII.test(text)) {
    // Fast path: nothing to decompose.
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(LIGATURES, (l) => (l === 'œ' ? 'oe' : 'ae'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Words too common in French and English incident texts to tell two of them apart; they are
 * ignored by the search.
 *
 * @example
 * ```ts
 * searchStopWords.has('le');
 * //=> true
 * ```
 */
export const searchStopWords: ReadonlySet<string> = new Set([
  // fr
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'en',
  'est',
  'et',
  'il',
  'j',
  'je',
  'l',
  'la',
  'le',
  'les',
  'leur',
  'ma',
  'mais',
  'me',
  'mon',
  'n',
  'ne',
  'ni',
  'on',
  'ou',
  'par',
  'pas',
  'plus',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  't',
  'ta',
  'te',
  'un',
  'une',
  'y',
  // en
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'can',
  'for',
  'from',
  'in',
  'is',
  'it',
  'my',
  'no',
  'not',
  'of',
  'on',
  'or',
  'the',
  'to',
  'when',
  'with',
]);

/**
 * Reduces a folded word to a simple stem so that singular and plural meet: a final `s` is
 * dropped from words of more than three letters (« imprimantes » → « imprimante »), and
 * `eaux` becomes `eau` (« réseaux » → « reseau » once folded).
 *
 * @example
 * ```ts
 * stemWord('imprimantes');
 * //=> 'imprimante'
 * stemWord('reseaux');
 * //=> 'reseau'
 * ```
 */
export function stemWord(word: string): string {
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The distinct search terms of a text: folded ({@link foldText}), split into words, stop
 * words dropped, stemmed ({@link stemWord}), in order of first appearance. Linear in the
 * text's length; only its first {@link maxSearchedLength} characters are read.
 *
 * @example
 * ```ts
 * searchTerms("L'imprimante n'imprime pas les PDF");
 * //=> ['imprimante', 'imprime', 'pdf']
 * ```
 */
export function searchTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of foldText(searchedPart(text)).split(' ')) {
    if (word.length === 0 || searchStopWords.has(word)) continue;
    terms.add(stemWord(word));
  }
  return [...terms];
}

/**
 * The longest text the search reads, in characters (about 100 KB of plain text): a text
 * longer than that is searched on its first 100,000 characters, cut at the last space
 * before them, so that the cost of a search stays linear in its input and bounded.
 *
 * @example
 * ```ts
 * searchTerms(`${'écran '.repeat(20_000)}clavier`);
 * //=> ['ecran']
 * ```
 */
export const maxSearchedLength = 100_000;

function searchedPart(text: string): string {
  if (text.length <= maxSearchedLength) return text;
  const cut = text.lastIndexOf(' ', maxSearchedLength);
  return text.slice(0, cut > 0 ? cut : maxSearchedLength);
}
