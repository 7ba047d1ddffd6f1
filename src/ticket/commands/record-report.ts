import type { LocalizedText } from '../../core/localized-text.js';
import type { Infer } from '../../core/schema.js';
import { defineTicketCommand } from '../ticket-command-definition.js';
import {
  commandSchema,
  interventionIdSchema,
  reportSummarySchema,
} from '../ticket-command-parts.js';
import { emit, findIntervention } from '../ticket-guards.js';

import { refusalsOf } from '../ticket-shared-violations.js';

const schema = commandSchema('record-report', {
  interventionId: interventionIdSchema,
  report: reportSummarySchema,
});

/**
 * Records the report of an intervention, by the person who did it (seed §6.2).
 *
 * @see seed §6.2, §6.4
 * @example
 * ```ts
 * const r: RecordInterventionReport = { type: 'record-report', at: new Date(0), actor: { id: technicianId('alice'), level: 1 }, interventionId: interventionId('I-1'), report: { summary: 'Done', outcome: 'finished' } };
 * r.report.outcome;
 * //=> 'finished'
 * ```
 */
export type RecordInterventionReport = Infer<typeof schema>;

const messages = {
  'not-the-performer': {
    fr: "C'est la personne qui réalise l'intervention qui en fait le compte rendu.",
    en: 'The report is written by the person who did the intervention.',
  },
  'report-already-recorded': {
    fr: 'Le compte rendu de cette intervention est déjà enregistré.',
    en: 'The report of this intervention is already recorded.',
  },
} as const satisfies { readonly [code: string]: LocalizedText };

const refuse = refusalsOf(messages);

/** The `record-report` command: its schema, its own refusals, its decision (seed §6.2, §6.4). */
export const recordReportCommand = defineTicketCommand({
  type: 'record-report',
  schema,
  seed: '§6.2, §6.4',
  violations: messages,
  decide: (c, state) => {
    const intervention = findIntervention(state, c.interventionId);
    if (intervention === undefined) {
      return refuse('unknown-intervention', { interventionId: c.interventionId });
    }
    if (intervention.performer.id !== c.actor.id) {
      return refuse('not-the-performer', { performer: intervention.performer.id });
    }
    if (intervention.report !== undefined) {
      return refuse('report-already-recorded', { interventionId: c.interventionId });
    }
    return emit({
      type: 'intervention-reported',
      at: c.at,
      by: c.actor,
      interventionId: c.interventionId,
      report: c.report,
    });
  },
});
