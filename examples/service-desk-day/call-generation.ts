/**
 * The calls of a day: when they arrive (a Poisson process that follows the day's rush hours),
 * who calls, on what equipment, with which incident, and everything the desk will learn while
 * handling it (drawn upfront so that a seed always gives the same day).
 */
import type { LocalizedText } from 'service-desk-rules';
import type { CallScope, Urgency } from 'service-desk-rules/qualification';
import type { Contract, Equipment } from 'service-desk-rules/ticket';
import type { DeskDay } from './desk-setup.js';
import type { Random } from './prng.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How the desk can deal with an incident of a type (seed §4.3). */
export type IncidentHandling =
  /** Level 1 solves it in `minutes`, unless it fails a level-1 task (`failure`): escalation. */
  | {
      readonly kind: 'level-1';
      readonly minutes: readonly [number, number];
      readonly failure: number;
    }
  /** Level 1 follows a troubleshooting procedure; unsolved at its end: transfer. */
  | {
      readonly kind: 'procedure';
      readonly minutes: readonly [number, number];
      readonly success: number;
    }
  /** Beyond level 1: level 1 documents its diagnosis and transfers to level 2. */
  | { readonly kind: 'specialist'; readonly level2Minutes: readonly [number, number] }
  /** A hardware fault: someone must go on site (seed §4.3.4). */
  | { readonly kind: 'hardware'; readonly diagnosable: number };

/** A kind of incident the desk meets. */
export interface IncidentType {
  readonly key: string;
  readonly symptom: LocalizedText;
  /** Requests (« simples demandes », seed §1) are not faults: they never make a problem. */
  readonly category: 'request' | 'software' | 'hardware' | 'network';
  readonly scopes: readonly (readonly [CallScope, number])[];
  readonly urgencies: readonly (readonly [Urgency, number])[];
  readonly equipment: readonly Omit<Equipment, 'assetId'>[];
  readonly handling: IncidentHandling;
  /** How often it happens, relative to the others. */
  readonly weight: number;
  /** For the incidents that share a hidden cause: what level 2 finds (seed §4.4). */
  readonly rootCause?: {
    /** What level 2 finds, in both languages for the report (the desk records the English). */
    readonly cause: LocalizedText;
    readonly fix: LocalizedText;
    readonly keywords: readonly string[];
  };
}

const latitude = { kind: 'pc', make: 'Dell', model: 'Latitude 7440' } as const;
const thinkpad = { kind: 'pc', make: 'Lenovo', model: 'ThinkPad T14' } as const;
const elitebook = { kind: 'pc', make: 'HP', model: 'EliteBook 840' } as const;
const laserjet = { kind: 'peripheral', make: 'HP', model: 'LaserJet M404' } as const;
const screen = { kind: 'peripheral', make: 'Dell', model: 'P2422H' } as const;
const dock = { kind: 'peripheral', make: 'Dell', model: 'WD19 dock' } as const;
const probook = { kind: 'pc', make: 'HP', model: 'ProBook 450' } as const;
const optiplex = { kind: 'pc', make: 'Dell', model: 'OptiPlex 7010' } as const;
const thinkcentre = { kind: 'pc', make: 'Lenovo', model: 'ThinkCentre M70' } as const;
const pcs = [latitude, thinkpad, elitebook, probook, optiplex, thinkcentre];

/** The incidents of the simulated desk, with their relative frequencies. */
export const incidentCatalog: readonly IncidentType[] = [
  {
    key: 'password-expired',
    symptom: { fr: 'Mot de passe expiré', en: 'Password expired' },
    category: 'request',
    scopes: [['user', 1]],
    urgencies: [['blocked', 1]],
    equipment: pcs,
    handling: { kind: 'level-1', minutes: [2, 5], failure: 0 },
    weight: 22,
  },
  {
    key: 'teams-meeting',
    symptom: { fr: 'Comment planifier une réunion Teams', en: 'How to plan a Teams meeting' },
    category: 'request',
    scopes: [['user', 1]],
    urgencies: [['can-wait', 1]],
    equipment: pcs,
    handling: { kind: 'level-1', minutes: [3, 8], failure: 0.05 },
    weight: 14,
  },
  {
    key: 'word-toc',
    symptom: { fr: 'Table des matières Word impossible', en: 'Word table of contents fails' },
    category: 'request',
    scopes: [['user', 1]],
    urgencies: [
      ['can-wait', 3],
      ['degraded', 1],
    ],
    equipment: pcs,
    handling: { kind: 'level-1', minutes: [4, 14], failure: 0.15 },
    weight: 12,
  },
  {
    key: 'outlook-slow',
    symptom: { fr: 'Outlook très lent', en: 'Outlook very slow' },
    category: 'software',
    scopes: [
      ['user', 5],
      ['department', 1],
    ],
    urgencies: [['degraded', 1]],
    equipment: pcs,
    handling: { kind: 'procedure', minutes: [4, 9], success: 0.8 },
    weight: 8,
  },
  {
    key: 'network-share',
    symptom: { fr: 'Lecteur réseau inaccessible', en: 'Network drive unreachable' },
    category: 'network',
    scopes: [
      ['user', 3],
      ['department', 2],
    ],
    urgencies: [
      ['blocked', 1],
      ['degraded', 2],
    ],
    equipment: pcs,
    handling: { kind: 'procedure', minutes: [3, 8], success: 0.85 },
    weight: 7,
  },
  {
    key: 'erp-error',
    symptom: { fr: 'Erreur dans le progiciel de gestion', en: 'ERP application error' },
    category: 'software',
    scopes: [
      ['user', 2],
      ['department', 2],
      ['company', 1],
    ],
    urgencies: [
      ['blocked', 1],
      ['degraded', 2],
    ],
    equipment: pcs,
    handling: { kind: 'specialist', level2Minutes: [15, 70] },
    weight: 4,
  },
  {
    key: 'mail-server-down',
    symptom: { fr: 'Messagerie indisponible', en: 'Mail server down' },
    category: 'network',
    scopes: [['company', 1]],
    urgencies: [['blocked', 1]],
    equipment: pcs,
    handling: { kind: 'specialist', level2Minutes: [3, 8] },
    weight: 0.6,
  },
  {
    key: 'vpn-refused',
    symptom: {
      fr: 'Connexion VPN refusée (client 5.2)',
      en: 'VPN connection refused (client 5.2)',
    },
    category: 'network',
    scopes: [
      ['user', 4],
      ['department', 1],
    ],
    urgencies: [['blocked', 1]],
    equipment: [latitude],
    handling: { kind: 'specialist', level2Minutes: [20, 50] },
    weight: 6,
    rootCause: {
      cause: {
        fr: 'Le client VPN 5.2 refuse la chaîne de certificats de la nouvelle passerelle',
        en: 'VPN client 5.2 rejects the certificate chain of the new gateway',
      },
      fix: {
        fr: 'Importer le certificat intermédiaire avec l’outil du centre de services (3 min)',
        en: 'Import the intermediate certificate with the desk tool (3 min)',
      },
      keywords: ['vpn', 'certificat', 'certificate'],
    },
  },
  {
    key: 'dock-no-display',
    symptom: { fr: 'Écran noir sur la station d’accueil', en: 'No display through the dock' },
    category: 'hardware',
    scopes: [['user', 1]],
    urgencies: [['degraded', 1]],
    equipment: [dock],
    handling: { kind: 'procedure', minutes: [5, 10], success: 0.25 },
    weight: 5,
    rootCause: {
      cause: {
        fr: 'Le micrologiciel 01.00.14 de la station perd le lien DisplayPort après la veille',
        en: 'Dock firmware 01.00.14 loses the DisplayPort link after sleep',
      },
      fix: {
        fr: 'Mettre à jour à distance le micrologiciel de la station en 01.00.20',
        en: 'Update the dock firmware remotely to 01.00.20',
      },
      keywords: ['dock', 'firmware', 'écran'],
    },
  },
  {
    key: 'pc-no-power',
    symptom: { fr: 'Le PC ne démarre plus', en: 'PC does not power on' },
    category: 'hardware',
    scopes: [
      ['user', 5],
      ['department', 1],
    ],
    urgencies: [['blocked', 1]],
    equipment: pcs,
    handling: { kind: 'hardware', diagnosable: 0.85 },
    weight: 3,
  },
  {
    key: 'printer-dead',
    symptom: { fr: 'Imprimante hors service', en: 'Printer out of order' },
    category: 'hardware',
    scopes: [
      ['user', 1],
      ['department', 2],
    ],
    urgencies: [
      ['degraded', 2],
      ['blocked', 1],
    ],
    equipment: [laserjet],
    handling: { kind: 'hardware', diagnosable: 0.9 },
    weight: 3,
  },
  {
    key: 'screen-flicker',
    symptom: { fr: 'Écran qui scintille', en: 'Flickering screen' },
    category: 'hardware',
    scopes: [['user', 1]],
    urgencies: [
      ['can-wait', 1],
      ['degraded', 1],
    ],
    equipment: [screen],
    handling: { kind: 'hardware', diagnosable: 0.9 },
    weight: 2,
  },
];

/** The two contracts of the desk's customers: a loan or a replacement on swaps (seed §5.1). */
export const contracts: readonly Contract[] = [
  { id: 'C-GOLD-17', equipmentSwap: 'replacement', entitlement: { onSite: true } },
  { id: 'C-STD-04', equipmentSwap: 'loan', entitlement: { onSite: true } },
];

/** One call, and what the desk will find out while handling it. */
export interface GeneratedCall {
  readonly callId: string;
  /** Who calls: the first call's id, kept when the caller calls again (seed §4.3.2). */
  readonly callerId: string;
  readonly arrivesAt: Date;
  /** How long the caller waits in the queue before hanging up (seed §4.3.2). */
  readonly patienceMs: number;
  readonly incident: IncidentType;
  readonly caller: { readonly name: string; readonly contact: string; readonly vip: boolean };
  readonly scope: CallScope;
  readonly urgency: Urgency;
  readonly contract: Contract;
  readonly equipment: Equipment;
  /** Time to identify the problem and qualify the call (seed §2.3, §2.5). */
  readonly qualifyMs: number;
  /** The work the incident really needs at its handling level. */
  readonly effortMs: number;
  /** The level-1 technician's estimate of that work, when first looking at it. */
  readonly estimateMs: number;
  /** Whether level 1's attempt (the task or the procedure) succeeds. */
  readonly level1Succeeds: boolean;
  /** For hardware faults: whether level 1 can make a precise diagnosis (seed §4.3.4). */
  readonly diagnosable: boolean;
  readonly underWarranty: boolean;
  /** For abandoned calls: whether and when the caller tries again (seed §4.3.2). */
  readonly callsBackAfterMs: number | undefined;
}

/** The rush hours of a desk's day (08:00–18:00): relative call rate of each hour. */
export const hourlyProfile = [0.7, 1.5, 1.5, 1.2, 0.7, 0.6, 1.2, 1.3, 0.8, 0.5];

const surnames = [
  'Martin',
  'Bernard',
  'Durand',
  'Petit',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'Roux',
];

const range = (random: Random, [lo, hi]: readonly [number, number]) =>
  random.between(lo, hi) * MINUTE;

function drawCall(random: Random, callId: string, arrivesAt: Date): GeneratedCall {
  const incident = random.weighted(incidentCatalog.map((t) => [t, t.weight] as const));
  const model = random.pick(incident.equipment);
  const h = incident.handling;
  const effortMs =
    h.kind === 'level-1' || h.kind === 'procedure'
      ? range(random, h.minutes)
      : h.kind === 'specialist'
        ? range(random, h.level2Minutes)
        : random.between(40, 120) * MINUTE;
  const vip = random.chance(0.05);
  const scope = random.weighted(incident.scopes);
  // A company-wide outage is obvious at once; otherwise identifying takes longer (§2.3).
  const [quickest, slowest] = scope === 'company' ? [0.3, 0.8] : [0.4, 1.6];
  const name = `${random.pick(['M.', 'Mme'])} ${random.pick(surnames)}`;
  return {
    callId,
    callerId: callId,
    arrivesAt,
    patienceMs: Math.max(20_000, random.exponential(6 * MINUTE)),
    incident,
    caller: { name, contact: `poste ${random.integer(2000, 4999)}`, vip },
    scope,
    urgency: random.weighted(incident.urgencies),
    contract: random.pick(contracts),
    equipment: {
      ...model,
      assetId: `${model.kind === 'pc' ? 'PC' : 'PER'}-${random.integer(1000, 9999)}`,
    },
    qualifyMs: random.between(quickest, slowest) * MINUTE,
    effortMs,
    estimateMs: effortMs * random.between(0.7, 1.3),
    level1Succeeds:
      h.kind === 'level-1'
        ? !random.chance(h.failure)
        : h.kind === 'procedure'
          ? random.chance(h.success)
          : false,
    diagnosable: h.kind === 'hardware' ? random.chance(h.diagnosable) : false,
    underWarranty: random.chance(0.3),
    callsBackAfterMs: random.chance(0.6) ? random.between(10, 40) * MINUTE : undefined,
  };
}

/** The calls of one day of the desk, in arrival order. */
export function generateCalls(
  random: Random,
  day: DeskDay,
  ratePerHour: number,
  nextCallId: () => string,
): GeneratedCall[] {
  const calls: GeneratedCall[] = [];
  const mean = hourlyProfile.reduce((a, b) => a + b, 0) / hourlyProfile.length;
  for (const [hour, weight] of hourlyProfile.entries()) {
    const start = day.opens.getTime() + hour * HOUR;
    const rate = (ratePerHour * weight) / mean; // calls per hour in this hour
    let t = start + random.exponential(HOUR / rate);
    while (t < start + HOUR) {
      calls.push(drawCall(random, nextCallId(), new Date(Math.round(t))));
      t += random.exponential(HOUR / rate);
    }
  }
  return calls;
}

/** A caller who hung up calls again: the same incident, a new call (seed §4.3.2). */
export function callAgain(
  call: GeneratedCall,
  callId: string,
  at: Date,
  random: Random,
): GeneratedCall {
  return {
    ...call,
    callId,
    arrivesAt: at,
    patienceMs: Math.max(20_000, random.exponential(4 * MINUTE)),
    callsBackAfterMs: undefined,
  };
}
