import * as fc from 'fast-check';
import type {
  CompletedInterventionReport,
  CreatedInterventionReport,
  InterventionDetails,
  InterventionReport,
  Signature,
} from '../../src/report/index.js';

/** A report as created, covered by the contract (seed §6.5.1). */
export const createdReport = {
  interventionNumber: 'INT-2026-0042',
  ticketId: 'T-981',
  user: {
    name: 'Claire Martin',
    phone: '+33 1 23 45 67 89',
    email: 'claire.martin@example.com',
    address: '3 rue des Lilas, 69003 Lyon, bureau 214',
  },
  coveredByContract: true,
  contractNumber: 'CT-2026-118',
  equipment: [
    { identifier: 'PRN-0042', description: 'HP LaserJet M404, 2e étage' },
    { identifier: 'PC-0815' },
  ],
  incidentDescription: 'L’imprimante signale un bourrage papier introuvable.',
  interventionNature: 'Intervention sur site',
} as const satisfies CreatedInterventionReport;

/** The same report once the intervention is finished and signed (seed §6.5.2). */
export const finishedReport = {
  ...createdReport,
  intervention: {
    parts: [
      { reference: 'RM2-5425', description: 'Capteur papier', quantity: 1, kind: 'exchanged' },
    ],
    timeSpentMinutes: 45,
    startedAt: '2026-03-02T09:30:00+01:00',
    endedAt: '2026-03-02T10:20:00+01:00',
    workDone: 'Capteur papier remplacé, page de test imprimée.',
    finished: true,
    technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
    userSignature: { name: 'Paul Durand', role: 'Responsable informatique' },
  },
} as const satisfies CompletedInterventionReport;

/** An intervention outside the contract, not finished: an amount, a follow-up. */
export const unfinishedReport = {
  interventionNumber: 'INT-2026-0043',
  user: { name: 'Marc Leroy', email: 'marc.leroy@example.org' },
  coveredByContract: false,
  amount: { minorUnits: 12050, currency: 'EUR' },
  equipment: [{ identifier: 'SRV-01' }],
  incidentDescription: 'Le serveur redémarre seul.',
  interventionNature: 'Diagnostic matériel',
  intervention: {
    parts: [],
    timeSpentMinutes: 30,
    startedAt: '2026-03-03T14:00:00Z',
    endedAt: '2026-03-03T14:30:00Z',
    workDone: 'Alimentation testée : défaillante.',
    // seed §6.5.2: signed by both even though the work goes on.
    technicianSignature: { name: 'Luc Bernard', role: 'Technicien' },
    userSignature: { name: 'Marc Leroy', role: 'Administrateur système' },
    finished: false,
    followUp: 'Alimentation commandée ; seconde visite à réception.',
  },
} as const satisfies CompletedInterventionReport;

/** A deep, mutable copy of a fixture, to break it in a test. */
export function copy<T>(value: T): Record<string, unknown> {
  return structuredClone(value) as Record<string, unknown>;
}

/** Sets (or with `undefined`, deletes) the value at a path in a plain JSON document. */
export function setAt(
  document: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  let node: Record<string | number, unknown> = document;
  for (const step of path.slice(0, -1)) {
    node = node[step] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return document;
}

const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: max }).filter((s) => /\S/.test(s));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys whose value is `undefined`, as the report's exact-optional types want. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Text that is surely personal: tagged so a test can search a whole document for it. */
export const personal = (tag: string) =>
  fc.string({ minLength: 0, maxLength: 12 }).map((s) => `PII-${tag}-${s}`);

const phone = fc
  .array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '.'), {
    minLength: 3,
    maxLength: 20,
  })
  .map((chars) => `+33 1${chars.join('')}9`);
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z]$/), fc.constantFrom('example.com', 'ex.org'))
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

const signature = (tag: string): fc.Arbitrary<Signature> =>
  fc.record({
    name: personal(tag),
    role: fc.constantFrom('Technicien', 'Directeur', 'Stagiaire', 'Comptable'),
  });

const MINUTE = 60_000;
const instant = fc.integer({
  min: Date.UTC(2000, 0, 1) / MINUTE,
  max: Date.UTC(2100, 0, 1) / MINUTE,
});
const iso = (minutes: number) => new Date(minutes * MINUTE).toISOString();

const record: fc.Arbitrary<InterventionDetails> = fc
  .tuple(instant, fc.integer({ min: 1, max: 600 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .chain(([start, span, share]) =>
    fc
      .record({
        parts: fc.array(
          fc.record({
            reference: text(20),
            description: optional(text(40)),
            quantity: fc.integer({ min: 1, max: 10_000 }),
            kind: fc.constantFrom('supplied' as const, 'exchanged' as const),
          }),
          { maxLength: 3 },
        ),
        workDone: text(80),
        finished: fc.boolean(),
        followUp: optional(text(40)),
        technicianSignature: signature('technician'),
        userSignature: signature('signatory'),
      })
      .map((r) => {
        const work = {
          ...r,
          parts: r.parts.map(defined),
          timeSpentMinutes: Math.floor(span * share),
          startedAt: iso(start),
          endedAt: iso(start + span),
        };
        // seed §6.5.2: both signatures on every intervention, finished or not.
        return r.finished
          ? defined({ ...work, finished: true as const })
          : defined({ ...work, finished: false as const, followUp: r.followUp ?? 'À suivre' });
      })
      .map((r) => r as InterventionDetails),
  );

/** Any valid report: created or completed, covered or not, finished or not. */
export const validReport: fc.Arbitrary<InterventionReport> = fc
  .record({
    interventionNumber: text(20),
    ticketId: optional(text(20)),
    user: fc
      .record({
        name: personal('name'),
        phone: optional(phone),
        email: optional(email),
        address: optional(personal('address')),
      })
      .map((u) =>
        defined(u.phone === undefined && u.email === undefined ? { ...u, phone: '0123456789' } : u),
      ),
    covered: fc.boolean(),
    contractNumber: text(20),
    amount: fc.record({
      minorUnits: fc.integer({ min: 0, max: 10_000_000 }),
      currency: fc.constantFrom('EUR', 'CHF', 'USD'),
    }),
    keepContract: fc.boolean(),
    equipment: fc.array(
      fc.record({ identifier: text(20), description: optional(text(40)) }).map(defined),
      { minLength: 1, maxLength: 3 },
    ),
    incidentDescription: text(80),
    interventionNature: text(30),
    intervention: optional(record),
  })
  .map(({ covered, contractNumber, amount, keepContract, ...rest }) => {
    const coverage = covered
      ? { coveredByContract: true as const, contractNumber }
      : keepContract
        ? { coveredByContract: false as const, contractNumber, amount }
        : { coveredByContract: false as const, amount };
    return defined({ ...rest, ...coverage }) as InterventionReport;
  });
