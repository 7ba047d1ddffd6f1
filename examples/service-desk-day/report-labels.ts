/**
 * The report's words in French and English: the library's own labels where it has them
 * (priorities, SLA indicators, problem statuses), the example's below.
 */
import type { Locale, LocalizedText } from 'service-desk-rules';

export const reportLabels = {
  title: { fr: 'Simulation du centre de services', en: 'Service desk simulation' },
  seed: { fr: 'graine', en: 'seed' },
  day: { fr: 'jour', en: 'day' },
  days: { fr: 'jours', en: 'days' },
  technician: { fr: 'technicien de niveau 1', en: 'level-1 technician' },
  technicians: { fr: 'techniciens de niveau 1', en: 'level-1 technicians' },
  callsPerHour: { fr: 'appels/h', en: 'calls/h' },
  hours: {
    fr: 'Ouvert du lundi au vendredi, 08:00–18:00 (Europe/Paris) · politique',
    en: 'Open Monday to Friday, 08:00–18:00 (Europe/Paris) · policy',
  },
  seedRules: {
    fr: 'matrice, table des délais et budget du niveau 1 du document source',
    en: 'the seed’s matrix, SLA table and level-1 budget',
  },
  calls: { fr: 'Appels', en: 'Calls' },
  answered: { fr: 'répondus', en: 'answered' },
  abandoned: { fr: 'raccrochés', en: 'abandoned' },
  calledBack: { fr: 'rappels', en: 'called again' },
  tickets: { fr: 'Dossiers', en: 'Tickets' },
  closed: { fr: 'clos', en: 'closed' },
  open: { fr: 'ouverts', en: 'open' },
  deferred: { fr: 'traités en différé (§4.2)', en: 'deferred, user called back (§4.2)' },
  kpi: { fr: 'Indicateur', en: 'Indicator' },
  value: { fr: 'valeur', en: 'value' },
  target: { fr: 'objectif', en: 'target' },
  firstLevel: { fr: 'Résolution au 1er niveau (§1.1)', en: 'First-level resolution (§1.1)' },
  abandonRate: { fr: 'Appels raccrochés (§4.3.2)', en: 'Abandoned calls (§4.3.2)' },
  noTarget: { fr: 'pas d’objectif', en: 'no target' },
  meanToResolve: { fr: 'Temps moyen de résolution', en: 'Mean time to resolve' },
  medianToResolve: { fr: 'Temps médian de résolution', en: 'Median time to resolve' },
  p90ToResolve: { fr: '90e centile de résolution', en: '90th percentile to resolve' },
  slaTitle: {
    fr: 'Respect des délais par priorité (§2.5.2.4)',
    en: 'SLA compliance per priority (§2.5.2.4)',
  },
  priority: { fr: 'Priorité', en: 'Priority' },
  handoffs: { fr: 'Passages au niveau 2 (§4.3.3)', en: 'Hand-offs to level 2 (§4.3.3)' },
  transfer: { fr: 'transfert', en: 'transfer' },
  transfers: { fr: 'transferts', en: 'transfers' },
  escalation: { fr: 'escalade', en: 'escalation' },
  escalations: { fr: 'escalades', en: 'escalations' },
  onSite: { fr: 'Interventions sur site (§4.3.4)', en: 'On-site interventions (§4.3.4)' },
  fieldVisits: { fr: 'par les techniciens', en: 'by field technicians' },
  supplierVisits: { fr: 'par le fournisseur (garantie)', en: 'by the warranty supplier' },
  loan: { fr: 'prêt', en: 'loan' },
  loans: { fr: 'prêts', en: 'loans' },
  replacement: { fr: 'remplacement', en: 'replacement' },
  replacements: { fr: 'remplacements', en: 'replacements' },
  report: {
    fr: 'compte rendu d’intervention vérifié (§6.5)',
    en: 'intervention report checked (§6.5)',
  },
  reports: {
    fr: 'comptes rendus d’intervention vérifiés (§6.5)',
    en: 'intervention reports checked (§6.5)',
  },
  problems: { fr: 'Problèmes et erreurs connues (§4.4)', en: 'Problems and known errors (§4.4)' },
  noProblem: { fr: 'aucun incident récurrent', en: 'no recurring incident' },
  incident: { fr: 'incident', en: 'incident' },
  incidents: { fr: 'incidents', en: 'incidents' },
  fix: { fr: 'solution', en: 'fix' },
  knownErrorFix: {
    fr: 'appel résolu au niveau 1 grâce à la base des erreurs connues',
    en: 'call solved at level 1 from the known-error base',
  },
  knownErrorFixes: {
    fr: 'appels résolus au niveau 1 grâce à la base des erreurs connues',
    en: 'calls solved at level 1 from the known-error base',
  },
  unqualified: { fr: 'non qualifiés', en: 'not yet qualified' },
  backlog: { fr: 'En cours à la fin', en: 'Backlog at the end' },
  chartSla: { fr: 'Respect des délais par priorité', en: 'SLA compliance per priority' },
  slaLegend: {
    fr: 'D : détection · R : résolution · au-dessus de la barre : la part des dossiers dans le délai ; dessous, n : le nombre de dossiers mesurés · trait noir : le taux de réussite exigé',
    en: 'D: detection · R: resolution · above each bar: the share of tickets within the target; under it, n: how many tickets were measured · black tick: the required success rate',
  },
  axisPriority: { fr: 'Priorité', en: 'Priority' },
  axisWithinTarget: { fr: 'Dossiers dans le délai (%)', en: 'Tickets within target (%)' },
  axisHour: { fr: 'Heure (Europe/Paris)', en: 'Hour (Europe/Paris)' },
  axisHourEnd: { fr: 'Fin de l’heure (Europe/Paris)', en: 'End of the hour (Europe/Paris)' },
  axisDay: { fr: 'Jour', en: 'Day' },
  axisCalls: { fr: 'Appels', en: 'Calls' },
  axisOpenTickets: { fr: 'Dossiers ouverts', en: 'Open tickets' },
  call: { fr: 'appel', en: 'call' },
  callsWord: { fr: 'appels', en: 'calls' },
  ticket: { fr: 'dossier', en: 'ticket' },
  ticketsWord: { fr: 'dossiers', en: 'tickets' },
  openOne: { fr: 'ouvert', en: 'open' },
  simulated: { fr: 'Simulé', en: 'Simulated' },
  in: { fr: 'en', en: 'in' },
  chartCalls: { fr: 'Appels par heure', en: 'Calls per hour' },
  chartBacklog: { fr: 'Dossiers en cours', en: 'Open tickets' },
  queueTitle: { fr: 'File d’attente téléphonique (§4.3.2)', en: 'Telephone queue (§4.3.2)' },
  speedOfAnswer: { fr: 'Délai de réponse', en: 'Speed of answer' },
  asa: { fr: 'ASA (moyenne)', en: 'ASA (mean)' },
  p90: { fr: '90e centile', en: '90th percentile' },
  serviceLevel: { fr: 'Niveau de service', en: 'Service level' },
  answeredWithin: { fr: 'répondus en', en: 'answered within' },
  outOf: { fr: 'sur', en: 'of' },
  shortAbandonsApart: {
    fr: 'raccrochés courts à part',
    en: 'short abandons set apart',
  },
  abandonment: { fr: 'Raccrochés', en: 'Abandonment' },
  shortAbandons: { fr: 'courts (moins de', en: 'short (under' },
  calledAgainTitle: { fr: 'Rappels', en: 'Called again' },
  callsWithin: {
    fr: 'd’un appelant déjà venu dans l’heure',
    en: 'from a caller seen within the hour',
  },
  afterHangingUp: { fr: 'après avoir raccroché', en: 'after hanging up' },
  peakQueue: { fr: 'File la plus longue', en: 'Peak queue' },
  caller: { fr: 'appelant en attente', en: 'caller waiting' },
  callers: { fr: 'appelants en attente', en: 'callers waiting' },
  at: { fr: 'à', en: 'at' },
  openMisses: {
    fr: 'Délais déjà dépassés sur des dossiers encore ouverts',
    en: 'SLA misses on tickets still open',
  },
  atRiskTitle: {
    fr: 'Dossiers les plus urgents à la fin',
    en: 'Most urgent open tickets at the end',
  },
  atRiskOf: { fr: 'sur', en: 'of' },
  noneAtRisk: {
    fr: 'aucun dossier ouvert avec un délai en cours',
    en: 'no open ticket with a running clock',
  },
  clock: { fr: 'Délai', en: 'Clock' },
  due: { fr: 'Échéance', en: 'Due' },
  overdueOrLeft: { fr: 'Dépassé / reste', en: 'Overdue / left' },
  overdue: { fr: 'dépassé de', en: 'overdue by' },
  left: { fr: 'reste', en: 'left' },
  paused: { fr: 'suspendu', en: 'paused' },
  staffingTitle: {
    fr: 'Effectif : prévision d’Erlang A pour la journée simulée',
    en: 'Staffing: Erlang A’s prediction for the simulated day',
  },
  staffingInputs: { fr: 'Entrées mesurées', en: 'Measured inputs' },
  handleTime: { fr: 'durée de traitement', en: 'handle time' },
  patience: { fr: 'patience', en: 'patience' },
  patienceEstimated: {
    fr: 'estimée sur la simulation : attente totale ÷ raccrochés',
    en: 'estimated from the run: total wait ÷ abandons',
  },
  patienceConfigured: {
    fr: 'celle configurée : personne n’a raccroché',
    en: 'the configured one: nobody hung up',
  },
  flatDay: {
    fr: 'le modèle voit un débit constant ; aux heures de pointe la simulation reçoit 1,5 fois la moyenne',
    en: 'the model sees a steady rate; at rush hours the simulation takes 1.5 times the mean',
  },
  techniciansHead: { fr: 'Techniciens', en: 'Technicians' },
  thisRun: { fr: '(cette simulation)', en: '(this run)' },
  measured: { fr: 'mesuré', en: 'measured' },
  answeredIn20: { fr: 'Répondus en 20 s', en: 'Answered in 20 s' },
  asaHead: { fr: 'ASA', en: 'ASA' },
  abandonedHead: { fr: 'Raccrochés', en: 'Abandoned' },
  occupancy: { fr: 'Occupation', en: 'Occupancy' },
  ofAllCalls: {
    fr: 'parts de tous les appels offerts, comme Erlang A les définit',
    en: 'shares of all calls offered, as Erlang A defines them',
  },
  budgetTitle: {
    fr: 'Budget du niveau 1, et si… (§4.3.2)',
    en: 'Level-1 budget what-if (§4.3.2)',
  },
  budgetCalibrated: {
    fr: 'réponse exponentielle calée sur la simulation : à 10 min, le niveau 1 résout',
    en: 'exponential response fitted to the run: at 10 min level 1 resolves',
  },
  budgetHead: { fr: 'Budget', en: 'Budget' },
  handleTimeHead: { fr: 'Durée d’un appel', en: 'Handle time' },
  level1Resolves: { fr: 'Résolus au niveau 1', en: 'Level 1 resolves' },
  toLevel2: { fr: 'Vers le niveau 2 /h', en: 'To level 2 /h' },
} satisfies Record<string, LocalizedText>;

/** A label in `lang`. */
export function say(key: keyof typeof reportLabels, lang: Locale): string {
  return reportLabels[key][lang];
}

/** The label for `n` things: singular for 1 (and for 0 and fractions below 2 in French). */
export function noun(
  n: number,
  one: keyof typeof reportLabels,
  many: keyof typeof reportLabels,
  lang: Locale,
): string {
  return say((lang === 'fr' ? Math.abs(n) < 2 : n === 1) ? one : many, lang);
}

/** `n` and the label, singular for 1 (and 0 in French). */
export function count(
  n: number,
  one: keyof typeof reportLabels,
  many: keyof typeof reportLabels,
  lang: Locale,
): string {
  return `${formatCount(n, lang)} ${noun(n, one, many, lang)}`;
}

/** A whole number with the `lang` grouping: `12,345` / `12 345` (narrow no-break space). */
export function formatCount(n: number, lang: Locale): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

/** A percentage with one decimal, written the `lang` way (`79.8 %`, `79,8 %`). */
export function percent(rate: number | null, lang: Locale): string {
  if (rate === null) return '—';
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${lang === 'fr' ? text.replace('.', ',') : text} %`;
}

/**
 * French typography on a text written with ordinary spaces (`lang` `'fr'`; other languages
 * unchanged): a no-break space before « : » and « % » and inside « », a narrow no-break
 * space before « ; », « ! » and « ? ». Each space is replaced, never added, so widths hold.
 */
export function typeset(text: string, lang: Locale): string {
  if (lang !== 'fr') return text;
  return text
    .replace(/ ([:%»])/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ ([;!?])/g, '\u202f$1');
}

/** `: ` in English, ` : ` in French (made no-break by {@link typeset}). */
export function colon(lang: Locale): string {
  return lang === 'fr' ? ' : ' : ': ';
}

/** A target rate as a whole percentage (`99 %`). */
export function wholePercent(rate: number): string {
  return `${Math.round(rate * 100)} %`;
}

/** A duration for people: `42 s`, `6 min 55 s`, `1 h 39 min`, `2 j 3 h` / `2 d 3 h`. */
export function duration(ms: number | null, lang: Locale): string {
  if (ms === null) return '—';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return s % 60 === 0 || min >= 10 ? `${min} min` : `${min} min ${s % 60} s`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 === 0 ? `${h} h` : `${h} h ${String(min % 60).padStart(2, '0')}`;
  return `${Math.floor(h / 24)} ${lang === 'fr' ? 'j' : 'd'} ${h % 24} h`;
}
