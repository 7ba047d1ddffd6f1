/**
 * The languages every label and rule message exists in, French first as in the seed.
 *
 * @example
 * ```ts
 * locales;
 * //=> ['fr', 'en']
 * ```
 */
export const locales = ['fr', 'en'] as const;

/**
 * A language the library speaks: `'fr'` or `'en'`.
 */
export type Locale = (typeof locales)[number];

/**
 * A text given in every {@link Locale}.
 */
export type LocalizedText = { readonly [L in Locale]: string };
