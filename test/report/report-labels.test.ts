import { describe, expect, it } from 'vitest';
import { reportFieldKeys, reportFieldLabels } from '../../src/report/index.js';
import { reportFieldKeyOf } from '../../src/report/report-labels.js';

describe('reportFieldLabels', () => {
  it('labels every field in French and English, and nothing else', () => {
    expect(Object.keys(reportFieldLabels)).toEqual([...reportFieldKeys]);
    for (const key of reportFieldKeys) {
      expect(reportFieldLabels[key].fr.trim()).not.toBe('');
      expect(reportFieldLabels[key].en.trim()).not.toBe('');
    }
  });

  it('gives each field its own French label', () => {
    const french = reportFieldKeys.map((key) => reportFieldLabels[key].fr);
    expect(new Set(french).size).toBe(french.length);
  });

  // The seed's own words for the fields of §6.5.1 and §6.5.2.
  it.each([
    ['interventionNumber', 'Numéro d’intervention'],
    ['user', 'Coordonnées de l’utilisateur'],
    ['contractNumber', 'Numéro de contrat du client'],
    ['amount', 'Montant de l’intervention'],
    ['equipment', 'Matériel(s) concerné(s)'],
    ['incidentDescription', 'Descriptif de l’incident'],
    ['interventionNature', 'Nature de l’intervention à réaliser'],
    ['intervention.parts', 'Pièces fournies ou échangées'],
    ['intervention.timeSpentMinutes', 'Temps passé (minutes)'],
    ['intervention.startedAt', 'Heure de début'],
    ['intervention.endedAt', 'Heure de fin'],
    ['intervention.workDone', 'Descriptif de l’intervention'],
    ['intervention.followUp', 'Suite à donner'],
    ['intervention.technicianSignature', 'Signature du technicien'],
    ['intervention.userSignature', 'Signature de l’utilisateur'],
  ] as const)('%s is « %s »', (key, fr) => {
    expect(reportFieldLabels[key].fr).toBe(fr);
  });
});

describe('reportFieldKeyOf', () => {
  it.each([
    [['interventionNumber'], 'interventionNumber'],
    [['equipment', 3, 'identifier'], 'equipment.identifier'],
    [['intervention', 'parts', 0, 'kind'], 'intervention.parts.kind'],
    [['intervention', 'userSignature', 'role'], 'intervention.userSignature.role'],
    [[], undefined],
    [['colour'], undefined],
    [['__proto__'], undefined],
    [['constructor'], undefined],
    [['user', 'toString'], undefined],
  ] as const)('%j → %s', (path, key) => {
    expect(reportFieldKeyOf(path)).toBe(key);
  });
});
