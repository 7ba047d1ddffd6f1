import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type InterventionReport, isCompletedInterventionReport } from '../../src/report/index.js';
import { anythingOdd } from '../odd-values.js';
import { revokedProxy, throwingGetter, trappedProxy } from '../ticket/hostile-values.js';
import { createdReport, finishedReport } from './report-fixtures.js';

// Issue 10 item 2: the report's type guard never throws; it answers false.
describe('isCompletedInterventionReport never throws (issue 10)', () => {
  it('tells a completed report from a created one (seed §6.5.2)', () => {
    expect(isCompletedInterventionReport(finishedReport as InterventionReport)).toBe(true);
    expect(isCompletedInterventionReport(createdReport as InterventionReport)).toBe(false);
  });

  it('answers false for what is not a readable report', () => {
    const getter = { ...finishedReport };
    throwingGetter(getter, 'intervention');
    for (const value of [
      null,
      undefined,
      'report',
      1n,
      { intervention: null },
      { intervention: 'finished' },
      revokedProxy(),
      trappedProxy({ ...finishedReport }),
      getter,
    ]) {
      expect(isCompletedInterventionReport(value as InterventionReport)).toBe(false);
    }
  });

  it('answers false for a function, even one carrying an intervention part', () => {
    const fn = Object.assign(() => finishedReport, { intervention: finishedReport.intervention });
    expect(isCompletedInterventionReport(fn as unknown as InterventionReport)).toBe(false);
  });

  test.prop([anythingOdd()])('answers a boolean for any value', (value) => {
    expect(typeof isCompletedInterventionReport(value as InterventionReport)).toBe('boolean');
  });
});
