import {
  changeRef,
  decideProblem,
  evolveProblem,
  incidentRef,
  initialProblemState,
  type ProblemActor,
  type ProblemCommand,
  type ProblemEvent,
  type ProblemPolicy,
  type ProblemState,
  problemId,
} from '../../src/problem/index.js';

/** The seed's cast: level 1 records (§4.4.1), level 2 or a level-1 specialist group investigates (§4.4.2). */
export const leo: ProblemActor = { id: 'n1-leo', level: 1 };
export const nina: ProblemActor = { id: 'n1-nina', level: 1, group: 'réseau' };
export const ana: ProblemActor = { id: 'n2-ana', level: 2 };
export const vendor: ProblemActor = { id: 'n3-hp', level: 3 };

export const PB = problemId('PB-1');
export const INC = (n: number) => incidentRef(`INC-${n}`);

/** 2026-03-02 09:00 UTC plus `minutes`. */
export const at = (minutes: number) => new Date(Date.UTC(2026, 2, 2, 9, minutes));

/** Applies commands in order; throws (naming the codes) at the first refusal. */
export function run(
  commands: readonly ProblemCommand[],
  policy?: ProblemPolicy,
): { state: ProblemState; events: ProblemEvent[] } {
  let state: ProblemState = initialProblemState;
  const events: ProblemEvent[] = [];
  for (const command of commands) {
    const result = decideProblem(command, state, policy);
    if (!result.ok) {
      throw new Error(`${command.type} refused: ${result.error.map((v) => v.code).join(', ')}`);
    }
    for (const event of result.value) {
      state = evolveProblem(state, event);
      events.push(event);
    }
  }
  return { state, events };
}

/** The seed's path: recorded by level 1, cause and workaround by level 2, known error, resolved by a change, closed. */
export const lifecycle = {
  record: {
    type: 'record-problem',
    problemId: PB,
    at: at(0),
    actor: leo,
    title: 'Imprimante du 2e étage hors ligne',
    symptom: "L'imprimante n'imprime plus, file bloquée",
    equipment: 'Imprimante HP LaserJet 4000',
    category: 'Impression',
    keywords: ['impression', 'spouleur'],
    description: 'Trois appels depuis lundi, même étage.',
    incidents: [INC(1), INC(2)],
  },
  link: { type: 'link-incidents', problemId: PB, at: at(10), actor: leo, incidents: [INC(3)] },
  cause: {
    type: 'record-cause',
    problemId: PB,
    at: at(60),
    actor: ana,
    cause: 'Pilote 4.2 incompatible avec la mise à jour de sécurité',
  },
  workaround: {
    type: 'record-solution',
    problemId: PB,
    at: at(65),
    actor: ana,
    kind: 'workaround',
    description: 'Imprimer vers la file « etage2-secours ».',
    internalNote: 'File de secours sur le serveur PRN-02',
  },
  declare: { type: 'declare-known-error', problemId: PB, at: at(70), actor: ana },
  resolve: {
    type: 'resolve-problem',
    problemId: PB,
    at: at(600),
    actor: ana,
    change: changeRef('CHG-77'),
  },
  close: { type: 'close-problem', problemId: PB, at: at(700), actor: ana },
} as const satisfies Record<string, ProblemCommand>;

/** The seed's whole path, in order: each step of {@link lifecycle}. */
export const lifecyclePath: readonly ProblemCommand[] = [
  lifecycle.record,
  lifecycle.link,
  lifecycle.cause,
  lifecycle.workaround,
  lifecycle.declare,
  lifecycle.resolve,
  lifecycle.close,
];
