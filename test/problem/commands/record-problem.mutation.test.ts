import { describe, expect, it } from 'vitest';
import { decideProblem, incidentRef, initialProblemState } from '../../../src/problem/index.js';
import { lifecycle } from '../problem-fixtures.js';

// record-problem (seed §4.4.1): a new problem has no incident linked yet, so none of the
// incidents it lists is « already linked »; without keywords, the event lists none.

describe('record-problem', () => {
  it('accepts any incident reference: a new problem has none linked yet', () => {
    const incidents = [incidentRef('Stryker was here'), incidentRef('INC-1')];
    const result = decideProblem({ ...lifecycle.record, incidents }, initialProblemState);
    expect(
      result.ok && result.value.map((e) => e.type === 'problem-recorded' && e.incidents),
    ).toEqual([incidents]);
  });

  it('without keywords records an empty list of keywords', () => {
    const { keywords: _, ...withoutKeywords } = lifecycle.record;
    const result = decideProblem(withoutKeywords, initialProblemState);
    expect(
      result.ok && result.value.map((e) => e.type === 'problem-recorded' && e.keywords),
    ).toEqual([[]]);
  });
});
