import { describe, expect, it } from 'vitest';
import {
  problemStatuses,
  problemStatusLabels,
  solutionKindLabels,
  solutionKinds,
} from '../../src/problem/index.js';

describe('problem labels', () => {
  it('names every status in French and English, in the seed words', () => {
    expect(Object.keys(problemStatusLabels)).toEqual([...problemStatuses]);
    expect(problemStatusLabels).toEqual({
      open: { fr: 'Problème (cause recherchée)', en: 'Problem (cause under investigation)' },
      'known-error': { fr: 'Erreur connue', en: 'Known error' },
      resolved: { fr: 'Résolu par un changement', en: 'Resolved by a change' },
      closed: { fr: 'Clos', en: 'Closed' },
    });
  });

  it('names both kinds of solution as §4.4.2 does', () => {
    expect(Object.keys(solutionKindLabels)).toEqual([...solutionKinds]);
    expect(solutionKindLabels.workaround.fr).toBe('Solution de contournement provisoire');
    expect(solutionKindLabels.fix.fr).toBe('Solution permanente');
  });
});
