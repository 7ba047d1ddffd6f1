import type { LocalizedText } from '../core/localized-text.js';
import type { Impact, Priority, Urgency } from '../qualification/levels.js';

/**
 * French and English labels of the impact levels; the French ones are the seed's own
 * words (§2.5.2.4).
 *
 * @see seed §2.5.2.1, §2.5.2.4
 * @example
 * ```ts
 * impactLabels.department.fr;
 * //=> 'Un service, un VIP'
 * ```
 */
export const impactLabels: { readonly [I in Impact]: LocalizedText } = {
  company: { fr: 'Toute l’entreprise', en: 'The whole company' },
  department: { fr: 'Un service, un VIP', en: 'A department, a VIP' },
  user: { fr: 'Un utilisateur', en: 'One user' },
};

/**
 * French and English labels of the urgency levels; the French ones are the seed's own
 * words (§2.5.2.2).
 *
 * @see seed §2.5.2.2, §2.5.2.4
 * @example
 * ```ts
 * urgencyLabels['can-wait'].fr;
 * //=> 'Peut vivre avec'
 * ```
 */
export const urgencyLabels: { readonly [U in Urgency]: LocalizedText } = {
  blocked: { fr: 'Bloqué', en: 'Blocked' },
  degraded: { fr: 'Ralenti', en: 'Slowed down' },
  'can-wait': { fr: 'Peut vivre avec', en: 'Can live with it' },
};

/**
 * French and English labels of the seed's four priorities (§2.5.2.3).
 *
 * @see seed §2.5.2.3
 * @example
 * ```ts
 * priorityLabels[1].en;
 * //=> 'Priority 1 (most urgent)'
 * ```
 */
export const priorityLabels: { readonly [P in Priority]: LocalizedText } = {
  1: { fr: 'Priorité 1 (la plus urgente)', en: 'Priority 1 (most urgent)' },
  2: { fr: 'Priorité 2', en: 'Priority 2' },
  3: { fr: 'Priorité 3', en: 'Priority 3' },
  4: { fr: 'Priorité 4 (la moins urgente)', en: 'Priority 4 (least urgent)' },
};

/**
 * French and English names of the SLA indicators of seed §2.5.2.4.
 *
 * @see seed §2.5.2.4
 * @example
 * ```ts
 * slaIndicatorLabels.maxDelay.fr;
 * //=> 'Délai maximum'
 * ```
 */
export const slaIndicatorLabels: {
  readonly detection: LocalizedText;
  readonly resolution: LocalizedText;
  readonly successRate: LocalizedText;
  readonly maxDelay: LocalizedText;
} = {
  detection: { fr: 'Temps de détection', en: 'Detection time' },
  resolution: { fr: 'Temps de résolution', en: 'Resolution time' },
  successRate: { fr: 'Taux de réussite', en: 'Success rate' },
  maxDelay: { fr: 'Délai maximum', en: 'Maximum delay' },
};
