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
 *
 * @example
 * ```ts
 * const locale: Locale = 'fr';
 * locale;
 * //=> 'fr'
 * ```
 */
export type Locale = (typeof locales)[number];

/**
 * A text given in every {@link Locale}.
 *
 * @example
 * ```ts
 * const blocked: LocalizedText = { fr: 'Bloqué', en: 'Blocked' };
 * blocked.fr;
 * //=> 'Bloqué'
 * ```
 */
export type LocalizedText = { readonly [L in Locale]: string };
