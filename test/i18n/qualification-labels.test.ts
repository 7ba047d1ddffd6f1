import { describe, expect, it } from 'vitest';
import {
  impactLabels,
  locales,
  priorityLabels,
  slaIndicatorLabels,
  urgencyLabels,
} from '../../src/i18n/index.js';
import { impacts, priorities, urgencies } from '../../src/qualification/index.js';

describe('qualification labels', () => {
  it("uses the seed's own French words (§2.5.2.4)", () => {
    expect(impacts.map((i) => impactLabels[i].fr)).toEqual([
      'Toute l’entreprise',
      'Un service, un VIP',
      'Un utilisateur',
    ]);
    expect(urgencies.map((u) => urgencyLabels[u].fr)).toEqual([
      'Bloqué',
      'Ralenti',
      'Peut vivre avec',
    ]);
    expect(slaIndicatorLabels.detection.fr).toBe('Temps de détection');
    expect(slaIndicatorLabels.resolution.fr).toBe('Temps de résolution');
    expect(slaIndicatorLabels.successRate.fr).toBe('Taux de réussite');
  });

  it('has a non-empty label in every locale for every level, and no extra keys', () => {
    const tables = [
      [impactLabels, impacts],
      [urgencyLabels, urgencies],
      [priorityLabels, priorities],
    ] as const;
    for (const [labels, levels] of tables) {
      expect(Object.keys(labels).sort()).toEqual(levels.map(String).sort());
      for (const text of Object.values(labels)) {
        expect(Object.keys(text).sort()).toEqual([...locales].sort());
        for (const l of locales) expect(text[l].length).toBeGreaterThan(0);
      }
    }
  });
});
