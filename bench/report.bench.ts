import { parseInterventionReport } from '../src/report/index.js';
import { finishedReport } from '../test/report/report-fixtures.js';
import { type BenchRow, formatOps, formatRatio, measure } from './harness.js';

/**
 * Parsing a completed intervention report (seed §6.5) from JSON text, every field and
 * cross-field rule checked, against `JSON.parse` of the same text alone, in the same run.
 */
export function runReportBench(): { rows: BenchRow[]; summary: string[] } {
  const text = JSON.stringify(finishedReport);
  const check = parseInterventionReport(JSON.parse(text));
  if (!check.ok) throw new Error('bench: the sample report does not parse');
  const baseline = measure(() => JSON.parse(text));
  const ours = measure(() => parseInterventionReport(JSON.parse(text)));
  return {
    rows: [
      { group: 'report', name: 'JSON.parse (baseline)', opsPerSecond: baseline },
      { group: 'report', name: 'JSON.parse + parseInterventionReport', opsPerSecond: ours },
    ],
    summary: [
      `report parsing: ${formatOps(ours)} reports, ${formatRatio(baseline / ours)} the cost of JSON.parse alone`,
    ],
  };
}
