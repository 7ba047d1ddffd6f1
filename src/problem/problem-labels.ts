import type { LocalizedText } from '../core/localized-text.js';
import type { ProblemStatus, SolutionKind } from './problem-status.js';

/**
 * French and English labels of a problem's stages; the French ones follow the seed's words
 * (« problème », « erreur connue », §4.4).
 *
 * @see seed §4.4
 * @example
 * ```ts
 * problemStatusLabels['known-error'].fr;
 * //=> 'Erreur connue'
 * ```
 */
export const problemStatusLabels: { readonly [S in ProblemStatus]: LocalizedText } = {
  open: { fr: 'Problème (cause recherchée)', en: 'Problem (cause under investigation)' },
  'known-error': { fr: 'Erreur connue', en: 'Known error' },
  resolved: { fr: 'Résolu par un changement', en: 'Resolved by a change' },
  closed: { fr: 'Clos', en: 'Closed' },
};

/**
 * French and English labels of the two kinds of solution (seed §4.4.2, « une solution de
 * contournement provisoire ou permanente »).
 *
 * @see seed §4.4.2
 * @example
 * ```ts
 * solutionKindLabels.workaround.fr;
 * //=> 'Solution de contournement provisoire'
 * ```
 */
export const solutionKindLabels: { readonly [K in SolutionKind]: LocalizedText } = {
  workaround: { fr: 'Solution de contournement provisoire', en: 'Temporary workaround' },
  fix: { fr: 'Solution permanente', en: 'Permanent fix' },
};
