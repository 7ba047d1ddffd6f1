/**
 * What the desk's people do, step by step, each rule from the seed:
 *
 * - callers wait in the queue and some hang up (« raccrochés », §4.3.2), then call again;
 * - level 1 answers, opens and qualifies the call (§2.5), handles it within its time budget,
 *   which follows the queue (§4.3.2), or hands it off — transfer or escalation (§4.3.3) — and
 *   sends someone on site for hardware faults it can diagnose (§4.3.4); it always leaves a
 *   report of what it did (§4.3.1, §6.4);
 * - a call that can wait is deferred to a level-1 colleague who calls the user back (§4.2);
 * - level 2 acknowledges the hand-off to the opener (§6.1), solves, or sends someone on site;
 * - field technicians and warranty suppliers intervene on site and report; a loan keeps the
 *   call open until the repaired unit comes back, a replacement closes it (§5.1);
 * - the level-1 technician who opened the call closes it (§5.2).
 */

import type { HandoffSituation } from 'service-desk-rules/handling';
import {
  adviseHandOff,
  type Level1TimeBudget,
  level1TimeBudget,
} from 'service-desk-rules/handling';
import { incidentRef, searchKnownErrors } from 'service-desk-rules/problem';
import { impactOfCall } from 'service-desk-rules/qualification';
import type { Part } from 'service-desk-rules/report';
import { addWorkingTime, isOpen, nextOpening } from 'service-desk-rules/sla';
import type { Actor, InterventionId, ProblemId } from 'service-desk-rules/ticket';
import { callAgain, type GeneratedCall } from './call-generation.js';
import type { Desk, FieldJob, TicketJob, TicketRun } from './desk.js';
import { deskHours, deskPolicy } from './desk-setup.js';
import { type OnSiteWork, writeOnSiteReport } from './on-site-report.js';

const MINUTE = 60_000;

/** Waits `ms` of the desk's working time (level 2 and the field do not work at night). */
async function work(desk: Desk, ms: number): Promise<void> {
  await desk.clock.until(
    addWorkingTime(deskHours, desk.clock.now, { seconds: Math.round(ms / 1000) }),
  );
}

/** Waits `ms` of elapsed time (a call in progress goes on after closing time). */
async function spend(desk: Desk, ms: number): Promise<void> {
  await desk.clock.until(desk.clock.now.getTime() + Math.round(ms));
}

/** A caller in the queue: answered by the first free technician, or hangs up (§4.3.2). */
export async function callerProcess(desk: Desk, call: GeneratedCall, closes: Date): Promise<void> {
  await desk.clock.until(call.arrivesAt);
  const waiting = { call };
  desk.calls.push(waiting);
  await spend(desk, call.patienceMs);
  if (!desk.calls.remove(waiting)) return; // answered meanwhile
  await desk.recordCall('call-abandoned', call);
  // « Ces utilisateurs vont rappeler ultérieurement » — if the desk is still open.
  const again = call.callsBackAfterMs;
  if (again !== undefined && desk.clock.now.getTime() + again < closes.getTime()) {
    desk.tally.callbacks++;
    const retry = callAgain(
      call,
      desk.nextCallId(),
      new Date(desk.clock.now.getTime() + again),
      desk.random,
    );
    desk.clock.spawn(() => callerProcess(desk, retry, closes));
  }
}

/** A level-1 technician: takes the calls of the queue, one at a time. */
export async function level1Agent(desk: Desk, agent: Actor): Promise<void> {
  for (;;) {
    const { call } = await desk.calls.take();
    const answeredAt = desk.clock.now.getTime();
    // The budget for this call follows the queue at the moment it is answered (§4.3.2).
    const budget = level1TimeBudget(
      { callsWaiting: desk.calls.length, agentsOnDuty: desk.staff.level1.length },
      deskPolicy.level1Budget,
    );
    await desk.recordCall('call-answered', call);
    await handleCall(desk, agent, call, budget);
    await spend(desk, 0.5 * MINUTE); // wrap-up before the next call
    desk.level1Work.calls++;
    desk.level1Work.busyMs += desk.clock.now.getTime() - answeredAt;
  }
}

/** One call, from the answer to the moment level 1 is free again (seed §4.3). */
async function handleCall(desk: Desk, agent: Actor, call: GeneratedCall, budget: Level1TimeBudget) {
  const ticket = await openAndQualify(desk, agent, call);
  const known = knownErrorFor(desk, call);
  const { kind } = call.incident.handling;
  // A call that can wait, while others wait in the queue, is deferred: a colleague calls back
  // (§4.1, §4.2). Everything else is taken in charge directly by the technician who qualified it.
  if (
    known === undefined &&
    call.urgency === 'can-wait' &&
    (kind === 'level-1' || kind === 'procedure') &&
    desk.calls.length > 0
  ) {
    await defer(desk, ticket, agent);
    return;
  }
  await desk.act(ticket, agent, { type: 'take-in-charge', mode: 'direct' });
  if (known !== undefined) await applyKnownError(desk, ticket, agent, known);
  else if (kind === 'level-1' || kind === 'procedure')
    await workWithinBudget(desk, ticket, agent, budget);
  else if (kind === 'specialist') await diagnoseAndTransfer(desk, ticket, agent);
  else await diagnoseHardware(desk, ticket, agent);
}

/** Opens the ticket (§2.2), identifies the problem, qualifies: impact × urgency (§2.5). */
async function openAndQualify(desk: Desk, agent: Actor, call: GeneratedCall): Promise<TicketRun> {
  const ticket = desk.newTicket(call, agent);
  await desk.act(ticket, agent, {
    type: 'open',
    ticketId: ticket.id,
    caller: call.caller.vip
      ? call.caller
      : { name: call.caller.name, contact: call.caller.contact },
    contract: call.contract,
    equipment: call.equipment,
    environment: {
      network: 'LAN',
      operatingSystem: call.equipment.kind === 'pc' ? 'Windows 11' : 'firmware',
      software: call.equipment.kind === 'pc' ? ['Office 2021', 'VPN client 5.2'] : [],
    },
    description: call.incident.symptom.fr,
  });
  await spend(desk, call.qualifyMs);
  // A VIP counts as a department (§2.5.2.1); the matrix of the pinned policy gives the priority.
  const impact = impactOfCall({ scope: call.scope, vip: call.caller.vip });
  await desk.act(ticket, agent, { type: 'qualify', impact, urgency: call.urgency });
  return ticket;
}

/** Deferred handling: the call goes to the call-back colleague, who will call the user (§4.2). */
async function defer(desk: Desk, ticket: TicketRun, agent: Actor) {
  const colleague = desk.callBack.leastLoaded();
  await desk.act(ticket, agent, { type: 'take-in-charge', mode: 'deferred', assignee: colleague });
  await desk.act(ticket, agent, {
    type: 'inform-user',
    summary: 'A technician will call you back',
  });
  desk.tally.deferred++;
  desk.callBack.assign(colleague, { ticket });
}

/** The known-error base gives the fix: level 1 applies it at once (§4.4.2, « améliorer l'efficacité »). */
async function applyKnownError(
  desk: Desk,
  ticket: TicketRun,
  agent: Actor,
  known: { id: ProblemId; fix: string },
) {
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, agent, {
    type: 'start-intervention',
    interventionId: I,
    nature: `Apply the fix of known error ${known.id}`,
  });
  // Both records point at each other: the ticket names the problem, the problem the incident
  // (unless the hourly review already linked this call while it was being qualified).
  const linked = ticket.state.status !== 'new' && ticket.state.problems.includes(known.id);
  if (!linked) {
    await desk.act(ticket, agent, { type: 'link-problem', problemId: known.id });
    await desk.actOnProblem({
      type: 'link-incidents',
      problemId: known.id,
      actor: agent,
      incidents: [incidentRef(ticket.id)],
    });
  }
  await spend(desk, desk.random.between(2, 5) * MINUTE);
  await solveOnTheCall(desk, ticket, agent, I, known.fix);
  desk.tally.knownErrorFixes++;
}

/**
 * Level 1 works on the call within its time budget (§2.5.1, §4.3.2): it hands off as soon as
 * it sees the work will not fit, or near the limit when still far from the solution — both
 * escalations —, and when the task or the procedure fails (§4.3.3).
 */
async function workWithinBudget(
  desk: Desk,
  ticket: TicketRun,
  agent: Actor,
  budget: Level1TimeBudget,
) {
  const { call } = ticket;
  const procedure = call.incident.handling.kind === 'procedure';
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, agent, {
    type: 'start-intervention',
    interventionId: I,
    nature: procedure ? 'Troubleshooting procedure' : 'Guide the user',
  });
  const startedAt = desk.clock.now.getTime();
  // « Il est préférable de s'apercevoir rapidement qu'on ne pourra traiter un problème ».
  const first = adviseHandOff({ spentMs: 0, estimatedRemainingMs: call.estimateMs }, budget);
  if (first.action === 'hand-off') {
    await handOff(desk, ticket, agent, I, first.situation, 'Longer than the level-1 time budget');
    return;
  }
  if (call.effortMs > budget.interventionMs) {
    // The estimate was short: near the limit, still far from the solution.
    await desk.clock.until(startedAt + budget.nearLimitMs);
    const spentMs = budget.nearLimitMs;
    const advice = adviseHandOff(
      { spentMs, estimatedRemainingMs: call.effortMs - spentMs },
      budget,
    );
    if (advice.action === 'hand-off') {
      await handOff(
        desk,
        ticket,
        agent,
        I,
        advice.situation,
        'Near the time limit, far from the solution',
      );
      return;
    }
  }
  await desk.clock.until(startedAt + call.effortMs);
  if (!call.level1Succeeds) {
    const situation: HandoffSituation = procedure
      ? { cause: 'procedure-exhausted' }
      : { cause: 'level-1-task-failed' };
    await handOff(desk, ticket, agent, I, situation, 'Not solved at level 1');
    return;
  }
  await solveOnTheCall(
    desk,
    ticket,
    agent,
    I,
    procedure ? 'Procedure applied, service restored' : 'User guided step by step',
  );
}

/** Beyond level 1: it writes its diagnosis down and transfers to a specialist (§4.3.1, §4.3.3). */
async function diagnoseAndTransfer(desk: Desk, ticket: TicketRun, agent: Actor) {
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, agent, {
    type: 'start-intervention',
    interventionId: I,
    nature: 'Diagnosis',
  });
  await spend(desk, desk.random.between(1, 3) * MINUTE);
  await handOff(
    desk,
    ticket,
    agent,
    I,
    { cause: 'beyond-competence' },
    'Beyond level 1: diagnosis written down for the specialist',
  );
}

/**
 * A hardware fault (§4.3.4): with a precise diagnosis level 1 sends someone on site; without
 * one it does not send anyone, it transfers to level 2, who decides.
 */
async function diagnoseHardware(desk: Desk, ticket: TicketRun, agent: Actor) {
  const { call } = ticket;
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, agent, {
    type: 'start-intervention',
    interventionId: I,
    nature: 'Remote diagnosis',
  });
  await spend(desk, desk.random.between(2, 4) * MINUTE);
  if (!call.diagnosable) {
    await handOff(
      desk,
      ticket,
      agent,
      I,
      { cause: 'beyond-competence' },
      'Hardware fault, no precise diagnosis',
    );
    return;
  }
  await desk.act(ticket, agent, {
    type: 'record-report',
    interventionId: I,
    report: { summary: `Diagnosis: ${call.incident.symptom.en}`, outcome: 'follow-up' },
  });
  await sendOnSite(desk, ticket, agent, false);
  await desk.act(ticket, agent, { type: 'inform-user', summary: 'A technician will come on site' });
}

/** The known error whose fix really solves this call, if the base finds one. */
function knownErrorFor(
  desk: Desk,
  call: GeneratedCall,
): { id: ProblemId; fix: string } | undefined {
  const [best] = searchKnownErrors(
    desk.knownErrors,
    {
      symptom: call.incident.symptom.fr,
      equipment: `${call.equipment.make} ${call.equipment.model}`,
    },
    { limit: 1 },
  );
  if (best === undefined || best.matched.equipment !== 'all') return undefined;
  // Only a known error about this very incident solves it (the simulation knows the truth).
  if (desk.problemIncidentType.get(best.knownError.id) !== call.incident.key) return undefined;
  const fix =
    best.knownError.solutions.find((s) => s.kind === 'fix') ?? best.knownError.solutions[0];
  return fix === undefined ? undefined : { id: best.knownError.id, fix: fix.description };
}

/** Solved while the user is on the line: solution, report, and the opener closes (§6.1). */
/** Applies a definitive fix (§5.1): the call may now be closed by its opener. */
async function applyDefinitiveFix(
  desk: Desk,
  ticket: TicketRun,
  actor: Actor,
  I: InterventionId,
  description: string,
) {
  await desk.act(ticket, actor, {
    type: 'apply-solution',
    interventionId: I,
    solution: { kind: 'fix', nature: 'definitive', description },
  });
}

/** A definitive fix and the short report of the remote intervention behind it (§6.2, §6.4). */
async function fixAndReport(
  desk: Desk,
  ticket: TicketRun,
  actor: Actor,
  I: InterventionId,
  description: string,
) {
  await applyDefinitiveFix(desk, ticket, actor, I, description);
  await desk.act(ticket, actor, {
    type: 'record-report',
    interventionId: I,
    report: { summary: description, outcome: 'finished' },
  });
}

async function solveOnTheCall(
  desk: Desk,
  ticket: TicketRun,
  agent: Actor,
  I: InterventionId,
  description: string,
) {
  await fixAndReport(desk, ticket, agent, I, description);
  await desk.act(ticket, agent, { type: 'close' });
}

/**
 * Level 1 reports what it did, then hands the call to the least loaded specialist with a note of
 * its diagnosis and of what it did (§4.3.1).
 */
async function handOff(
  desk: Desk,
  ticket: TicketRun,
  agent: Actor,
  I: InterventionId,
  situation: HandoffSituation,
  summary: string,
) {
  await desk.act(ticket, agent, {
    type: 'record-report',
    interventionId: I,
    report: { summary, outcome: 'follow-up' },
  });
  const specialist = desk.level2.leastLoaded();
  // « Toujours laisser une trace de son diagnostic et de ce qu'il a fait » (§4.3.1).
  await desk.act(ticket, agent, {
    type: 'hand-off',
    to: specialist,
    situation,
    note: { diagnosis: ticket.call.incident.symptom.en, done: `${I}: ${summary}` },
  });
  await desk.act(ticket, agent, {
    type: 'inform-user',
    summary: 'A specialist will call you back',
  });
  desk.level2.assign(specialist, { ticket });
}

/** The call-back technician calls the user back on a deferred call, at level 1 (§4.2). */
export async function callBackWork(
  desk: Desk,
  technician: Actor,
  { ticket }: TicketJob,
): Promise<void> {
  if (!isOpen(deskHours, desk.clock.now))
    await desk.clock.until(nextOpening(deskHours, desk.clock.now));
  await desk.act(ticket, technician, { type: 'acknowledge' });
  // « C'est l'utilisateur qui sera rappelé »: the call-back the deferred handling owes (§4.2).
  await desk.act(ticket, technician, {
    type: 'inform-user',
    summary: 'Calling you back about your call',
  });
  const call = ticket.call;
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, technician, {
    type: 'start-intervention',
    interventionId: I,
    nature: 'Call the user back',
  });
  await work(desk, call.effortMs);
  if (!call.level1Succeeds) {
    const situation: HandoffSituation =
      call.incident.handling.kind === 'procedure'
        ? { cause: 'procedure-exhausted' }
        : { cause: 'level-1-task-failed' };
    await handOff(desk, ticket, technician, I, situation, 'Not solved at level 1');
    return;
  }
  const description = 'Solved on the call back';
  await fixAndReport(desk, ticket, technician, I, description);
  desk.clock.spawn(() => openerCloses(desk, ticket));
}

/** A level-2 specialist works through the calls handed to them. */
export async function level2Work(
  desk: Desk,
  specialist: Actor,
  { ticket }: TicketJob,
): Promise<void> {
  if (!isOpen(deskHours, desk.clock.now))
    await desk.clock.until(nextOpening(deskHours, desk.clock.now));
  await desk.act(ticket, specialist, { type: 'acknowledge' });
  const call = ticket.call;
  const I = desk.nextIntervention(ticket);
  if (call.incident.handling.kind === 'hardware') {
    await desk.act(ticket, specialist, {
      type: 'start-intervention',
      interventionId: I,
      nature: 'Hardware diagnosis',
    });
    await work(desk, desk.random.between(10, 25) * MINUTE);
    await desk.act(ticket, specialist, {
      type: 'record-report',
      interventionId: I,
      report: { summary: `Diagnosis: ${call.incident.symptom.en}`, outcome: 'follow-up' },
    });
    await sendOnSite(desk, ticket, specialist, false);
    return;
  }
  await desk.act(ticket, specialist, {
    type: 'start-intervention',
    interventionId: I,
    nature: 'Specialist repair',
  });
  const effort =
    call.incident.handling.kind === 'specialist'
      ? call.effortMs
      : desk.random.between(10, 40) * MINUTE;
  await work(desk, effort);
  const description = `Solved by level 2: ${call.incident.symptom.en}`;
  await fixAndReport(desk, ticket, specialist, I, description);
  desk.clock.spawn(() => openerCloses(desk, ticket));
}

/**
 * The ticket's handler sends someone on site: the warranty supplier when the equipment is
 * under warranty (§1.2), a field technician otherwise (§4.3.4).
 */
async function sendOnSite(desk: Desk, ticket: TicketRun, handler: Actor, returnAfterLoan: boolean) {
  const call = ticket.call;
  const supplier =
    call.underWarranty && !returnAfterLoan
      ? desk.staff.suppliers.get(call.equipment.make)
      : undefined;
  const performer = supplier ?? desk.field.leastLoaded();
  const I = desk.nextIntervention(ticket);
  await desk.act(ticket, handler, {
    type: 'dispatch-on-site',
    interventionId: I,
    performer,
    request: {
      diagnosis: returnAfterLoan
        ? 'Bring back the repaired unit and take the loan back'
        : `${call.incident.symptom.en} (${call.equipment.make} ${call.equipment.model})`,
      ...(supplier === undefined ? {} : { warranty: { supplier: call.equipment.make } }),
    },
  });
  if (supplier === undefined) {
    desk.tally.onSite++;
    desk.field.assign(performer, { ticket, interventionId: I, returnAfterLoan });
  } else {
    desk.tally.suppliers++;
    // The call waits for a third party: the resolution clock pauses (the policy's default).
    await desk.act(ticket, handler, { type: 'pause', reason: 'waiting-for-third-party' });
    desk.clock.spawn(() => supplierWork(desk, ticket, supplier, I));
  }
}

/** A field technician goes on site (travel and repair in working time) and reports (§6.5). */
export async function fieldWork(desk: Desk, technician: Actor, job: FieldJob): Promise<void> {
  const { ticket, interventionId: I } = job;
  const call = ticket.call;
  const startedAt = desk.clock.now;
  await work(desk, job.returnAfterLoan ? desk.random.between(30, 60) * MINUTE : call.effortMs);
  const onSite = { interventionId: I, performer: technician, startedAt, endedAt: desk.clock.now };
  if (job.returnAfterLoan || call.incident.key === 'pc-no-power') {
    const description = job.returnAfterLoan
      ? 'Repaired unit reinstalled, loan taken back'
      : 'Power supply replaced';
    const parts: Part[] = job.returnAfterLoan
      ? []
      : [{ reference: 'PSU-90W', description: 'Power supply', quantity: 1, kind: 'exchanged' }];
    await applyDefinitiveFix(desk, ticket, technician, I, description);
    await report(desk, ticket, technician, {
      ...onSite,
      nature: job.returnAfterLoan ? 'Return after repair' : 'On-site repair',
      workDone: description,
      parts,
    });
    desk.clock.spawn(() => openerCloses(desk, ticket));
    return;
  }
  // A swap: the contract says whether it is a loan or a replacement (§5.1).
  const state = await desk.act(ticket, technician, {
    type: 'apply-solution',
    interventionId: I,
    solution: { kind: 'equipment-swap', description: `${call.equipment.model} swapped` },
  });
  const last = state.status === 'new' ? undefined : state.solutions[state.solutions.length - 1];
  const parts: Part[] = [
    {
      reference: call.equipment.model,
      description: `${call.equipment.make} ${call.equipment.model}`,
      quantity: 1,
      kind: 'supplied',
    },
  ];
  if (last?.swap === 'loan') {
    desk.tally.loans++;
    await report(desk, ticket, technician, {
      ...onSite,
      nature: 'Equipment swap',
      workDone: 'Loan unit installed',
      parts,
      followUp: 'The faulty unit goes to repair; the loan is taken back on its return',
    });
    desk.clock.spawn(async () => {
      await work(desk, desk.random.between(3, 8) * 60 * MINUTE);
      const handler = 'handler' in ticket.state ? ticket.state.handler : undefined;
      if (handler === undefined) throw new Error(`${ticket.id} has no handler`);
      await sendOnSite(desk, ticket, handler, true);
    });
    return;
  }
  desk.tally.replacements++;
  await report(desk, ticket, technician, {
    ...onSite,
    nature: 'Equipment swap',
    workDone: 'Unit replaced for good',
    parts,
  });
  desk.clock.spawn(() => openerCloses(desk, ticket));
}

/** Writes the §6.5 report, checked by the report module, and records its summary on the ticket. */
async function report(
  desk: Desk,
  ticket: TicketRun,
  performer: Actor,
  work: OnSiteWork,
): Promise<void> {
  const document = writeOnSiteReport(ticket, work);
  desk.reports.push(document);
  await desk.act(ticket, performer, {
    type: 'record-report',
    interventionId: work.interventionId,
    report: {
      reference: document.interventionNumber,
      summary: work.workDone,
      outcome: work.followUp === undefined ? 'finished' : 'follow-up',
    },
  });
}

/** The warranty supplier intervenes (level 3), in a few working hours, and reports (§6.5). */
async function supplierWork(
  desk: Desk,
  ticket: TicketRun,
  supplier: Actor,
  I: InterventionId,
): Promise<void> {
  const startedAt = desk.clock.now;
  await work(desk, desk.random.between(2, 6) * 60 * MINUTE);
  const description = 'Part replaced under warranty';
  await applyDefinitiveFix(desk, ticket, supplier, I, description);
  const parts: Part[] = [
    {
      reference: `${ticket.call.equipment.make}-FRU`,
      description: 'Field-replaceable unit',
      quantity: 1,
      kind: 'exchanged',
    },
  ];
  await report(desk, ticket, supplier, {
    interventionId: I,
    performer: supplier,
    startedAt,
    endedAt: desk.clock.now,
    nature: 'Warranty repair',
    workDone: description,
    parts,
  });
  desk.clock.spawn(() => openerCloses(desk, ticket));
}

/** The opener calls the user back to confirm, then closes the call (§5.2). */
async function openerCloses(desk: Desk, ticket: TicketRun): Promise<void> {
  await work(desk, desk.random.between(5, 20) * MINUTE);
  await desk.act(ticket, ticket.opener, {
    type: 'inform-user',
    summary: 'Solution confirmed with the user',
  });
  await desk.act(ticket, ticket.opener, { type: 'close' });
}
