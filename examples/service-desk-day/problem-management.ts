/**
 * Problem management (seed §4.4): every hour the desk looks for recurring incidents (same
 * equipment model and symptom within 4 hours); the service desk records each group as a
 * problem (§4.4.1) and links its tickets; level 2 looks for the cause and, once it has it
 * with a fix, declares a known error, which level 1 then finds in the known-error base.
 */

import type { ProblemState } from 'service-desk-rules/problem';
import {
  createKnownErrorBase,
  findRecurringIncidents,
  type IncidentSummary,
  incidentRef,
  knownErrorOf,
  type ProblemId,
  problemId,
} from 'service-desk-rules/problem';
import { addWorkingTime } from 'service-desk-rules/sla';
import type { Actor } from 'service-desk-rules/ticket';
import { incidentCatalog } from './call-generation.js';
import type { Desk, TicketRun } from './desk.js';
import { deskHours } from './desk-setup.js';

const HOUR = 3_600_000;

/** The recurrence rule of the desk: 5 incidents of one model and symptom within 4 hours. */
export const recurrenceRule = {
  key: (incident: IncidentSummary) =>
    incident.category === 'request' || incident.equipment === undefined
      ? undefined
      : `${incident.equipment} — ${incident.symptom ?? ''}`,
  window: { hours: 4 },
  threshold: 5,
} as const;

const WINDOW_MS = recurrenceRule.window.hours * HOUR;

/** A problem as the desk follows it. */
export interface ProblemRun {
  readonly id: ProblemId;
  readonly key: string;
  readonly incidentType: string;
  state: ProblemState;
}

function summaryOf(ticket: TicketRun): IncidentSummary {
  const { call } = ticket;
  return {
    id: incidentRef(ticket.id),
    at: ticket.state.status === 'new' ? call.arrivesAt : ticket.state.opening.at,
    equipment: `${call.equipment.make} ${call.equipment.model}`,
    category: call.incident.category,
    symptom: call.incident.symptom.fr,
  };
}

/**
 * Runs problem management at every hour in `instants`; returns the problems it follows.
 * `everyTicket` reviews every unlinked ticket each time (the slow reference of the window cut).
 */
export function startProblemManagement(
  desk: Desk,
  instants: readonly Date[],
  { everyTicket = false }: { readonly everyTicket?: boolean } = {},
): ProblemRun[] {
  const problems: ProblemRun[] = [];
  const recorder = desk.staff.level1[0] as Actor; // §4.4.1: the service desk records problems
  const investigator = desk.staff.level2[0] as Actor; // §4.4.2: level 2 looks for causes

  // Tickets opened before the previous review minus the window are left out: any window that
  // starts at one of them ends before that review, which already looked at it and found fewer
  // than the threshold still unlinked (or linked them all), so the proposals are the same as
  // over every ticket, at a cost that no longer grows with the days.
  let previousReview: number | undefined;
  let from = 0; // `desk.tickets` is in opening order
  const review = async () => {
    if (previousReview !== undefined && !everyTicket) {
      const cutoff = previousReview - WINDOW_MS;
      for (; from < desk.tickets.length; from++) {
        const state = desk.tickets[from]?.state;
        const opened = state === undefined || state.status === 'new' ? undefined : state.opening.at;
        if (opened === undefined || opened.getTime() >= cutoff) break;
      }
    }
    previousReview = desk.clock.now.getTime();
    // Tickets already linked to a problem (by a review, or fixed from a known error) are done.
    const candidates = new Map<string, TicketRun>();
    for (let k = from; k < desk.tickets.length; k++) {
      const t = desk.tickets[k] as TicketRun;
      if (t.state.status !== 'new' && t.state.problems.length === 0) candidates.set(t.id, t);
    }
    const proposals = findRecurringIncidents(
      [...candidates.values()].map(summaryOf),
      recurrenceRule,
    );
    for (const proposal of proposals) {
      const tickets = proposal.incidents.map((ref) => candidates.get(String(ref)) as TicketRun);
      const first = tickets[0] as TicketRun;
      let problem = problems.find(
        (p) =>
          p.key === proposal.key && (p.state.status === 'open' || p.state.status === 'known-error'),
      );
      if (problem === undefined) {
        const id = problemId(`PB-${String(problems.length + 1).padStart(3, '0')}`);
        const state = await desk.actOnProblem({
          type: 'record-problem',
          problemId: id,
          actor: recorder,
          title: first.call.incident.symptom.fr,
          symptom: first.call.incident.symptom.fr,
          equipment: `${first.call.equipment.make} ${first.call.equipment.model}`,
          category: first.call.incident.category,
          keywords: [...(first.call.incident.rootCause?.keywords ?? [])],
          incidents: [...proposal.incidents],
        });
        problem = { id, key: proposal.key, incidentType: first.call.incident.key, state };
        problems.push(problem);
        desk.problemIncidentType.set(id, problem.incidentType);
        desk.clock.spawn(() => investigate(desk, problem as ProblemRun, investigator));
      } else {
        problem.state = await desk.actOnProblem({
          type: 'link-incidents',
          problemId: problem.id,
          actor: recorder,
          incidents: [...proposal.incidents],
        });
      }
      for (const ticket of tickets) {
        await desk.act(ticket, recorder, { type: 'link-problem', problemId: problem.id });
      }
    }
  };

  desk.clock.spawn(async () => {
    for (const at of instants) {
      await desk.clock.until(at);
      await review();
    }
  });
  return problems;
}

/**
 * Level 2 investigates: when the incident has a cause to find, it records it with a fix and
 * declares the known error (§4.4.2); otherwise the problem stays open, cause unknown.
 */
async function investigate(desk: Desk, problem: ProblemRun, investigator: Actor): Promise<void> {
  const type = incidentCatalog.find((t) => t.key === problem.incidentType);
  const root = type?.rootCause;
  if (root === undefined) return;
  await desk.clock.until(
    addWorkingTime(deskHours, desk.clock.now, {
      minutes: Math.round(desk.random.between(60, 150)),
    }),
  );
  await desk.actOnProblem({
    type: 'record-cause',
    problemId: problem.id,
    actor: investigator,
    cause: root.cause.en,
  });
  await desk.actOnProblem({
    type: 'record-solution',
    problemId: problem.id,
    actor: investigator,
    kind: 'fix',
    description: root.fix.en,
  });
  problem.state = await desk.actOnProblem({
    type: 'declare-known-error',
    problemId: problem.id,
    actor: investigator,
  });
  // Publish it in the known-error base that level 1 searches.
  desk.knownErrors = createKnownErrorBase(
    [...desk.knownErrors.entries, knownErrorOf(problem.state)].filter((k) => k !== undefined),
  );
}

/** The review instants: every hour of every desk day, and its closing time. */
export function hourlyReviews(days: readonly { opens: Date; closes: Date }[]): Date[] {
  return days.flatMap((d) => {
    const out: Date[] = [];
    for (let t = d.opens.getTime() + HOUR; t <= d.closes.getTime(); t += HOUR)
      out.push(new Date(t));
    return out;
  });
}
