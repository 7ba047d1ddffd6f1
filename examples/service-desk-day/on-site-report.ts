/**
 * The intervention report (« compte rendu d'intervention », seed §6.5) that whoever goes on
 * site fills in: the part known at creation (number, user, contract, equipment, incident,
 * nature) and the part filled during the intervention (parts, time spent, start and end, what
 * was done, finished or what follows, both signatures). It goes through
 * `parseCompletedInterventionReport` like any document a product would receive; the ticket
 * keeps its number as the reference of its report summary.
 */

import type { CompletedInterventionReport, Part } from 'service-desk-rules/report';
import { parseCompletedInterventionReport } from 'service-desk-rules/report';
import type { Actor, InterventionId } from 'service-desk-rules/ticket';
import type { TicketRun } from './desk.js';

/** What the technician did, to write down. */
export interface OnSiteWork {
  readonly interventionId: InterventionId;
  readonly performer: Actor;
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly nature: string;
  readonly workDone: string;
  readonly parts: readonly Part[];
  /** `undefined` when finished; otherwise what follows (a loan: the repair). */
  readonly followUp?: string;
}

/** Fills in and checks the report; a report the library refuses is a bug of the desk. */
export function writeOnSiteReport(
  ticket: TicketRun,
  work: OnSiteWork,
): CompletedInterventionReport {
  const { call } = ticket;
  const minutes = Math.round((work.endedAt.getTime() - work.startedAt.getTime()) / 60_000);
  const technicianSignature = {
    name: work.performer.id,
    role: work.performer.level === 3 ? 'Supplier engineer' : 'Field technician',
  };
  const userSignature = { name: call.caller.name, role: call.caller.vip ? 'Director' : 'Employee' };
  const document = {
    interventionNumber: work.interventionId,
    ticketId: ticket.id,
    user: { name: call.caller.name, phone: call.caller.contact.replace('poste ', '+33 1 44 55 ') },
    coveredByContract: true,
    contractNumber: call.contract.id,
    equipment: [
      {
        identifier: call.equipment.assetId ?? '',
        description: `${call.equipment.make} ${call.equipment.model}`,
      },
    ],
    incidentDescription: call.incident.symptom.fr,
    interventionNature: work.nature,
    intervention: {
      parts: work.parts,
      timeSpentMinutes: minutes,
      startedAt: work.startedAt.toISOString(),
      endedAt: work.endedAt.toISOString(),
      workDone: work.workDone,
      ...(work.followUp === undefined
        ? { finished: true, technicianSignature, userSignature }
        : { finished: false, followUp: work.followUp, technicianSignature, userSignature }),
    },
  };
  const parsed = parseCompletedInterventionReport(document);
  if (!parsed.ok) {
    const why = parsed.error.map((i) => `${i.path.join('.')}: ${i.message.en}`).join('; ');
    throw new Error(`The desk wrote an invalid report for ${work.interventionId}: ${why}`);
  }
  return parsed.value;
}
