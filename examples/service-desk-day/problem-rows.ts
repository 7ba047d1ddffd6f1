/**
 * The problems of a run as the report shows them, in the report's language: the recorded
 * problem's status and incidents, its title and fix taken from the incident catalogue (the
 * desk records them in one language; the catalogue has both).
 */
import type { Locale } from 'service-desk-rules';
import { isRecordedProblem, problemStatusLabels } from 'service-desk-rules/problem';
import { incidentCatalog } from './call-generation.js';
import type { SimulationResult } from './simulation.js';

/** One problem line of the report. */
export interface ProblemRow {
  readonly id: string;
  readonly status: string;
  readonly incidents: number;
  readonly title: string;
  readonly equipment: string;
  /** The fix, once the problem is a known error or solved. */
  readonly fix?: string;
}

/** The recorded problems of `result`, in `lang`. */
export function problemRows(result: SimulationResult, lang: Locale): ProblemRow[] {
  return result.problems.flatMap(({ state }) => {
    if (!isRecordedProblem(state)) return [];
    const type = incidentCatalog.find(
      (t) => t.key === result.desk.problemIncidentType.get(state.id),
    );
    const recordedFix = state.solutions.find((x) => x.kind === 'fix')?.description;
    const fix =
      state.status === 'open' || recordedFix === undefined
        ? undefined
        : recordedFix === type?.rootCause?.fix.en
          ? type.rootCause.fix[lang]
          : recordedFix;
    return [
      {
        id: state.id,
        status: problemStatusLabels[state.status][lang],
        incidents: state.incidents.length,
        title: type?.symptom[lang] ?? state.title,
        equipment: state.equipment ?? '',
        ...(fix === undefined ? {} : { fix }),
      },
    ];
  });
}
