/**
 * Qualifies the seed's example calls (§2.5.2.4) and prints their priority and SLA targets,
 * in French and English. Run with `npm start` (until the full service-desk simulation lands).
 */
import { impactLabels, priorityLabels, urgencyLabels } from '../src/i18n/index.js';
import { type Impact, impactOfCall, qualify, type Urgency } from '../src/qualification/index.js';
import type { WorkingDuration } from '../src/sla/index.js';

const calls: { what: string; impact: Impact; urgency: Urgency }[] = [
  { what: 'Blocking failure of the mail server', impact: 'company', urgency: 'blocked' },
  {
    what: 'A VIP cannot print',
    impact: impactOfCall({ scope: 'user', vip: true }),
    urgency: 'blocked',
  },
  {
    what: 'Accounting application slow for the department',
    impact: 'department',
    urgency: 'degraded',
  },
  { what: 'A user wants a Word table of contents', impact: 'user', urgency: 'can-wait' },
];

const show = (d: WorkingDuration) =>
  Object.entries(d)
    .map(([unit, n]) => `${n} ${unit}`)
    .join(' ');

for (const call of calls) {
  const { priority, targets } = qualify(call);
  console.log(`${call.what}`);
  console.log(
    `  ${impactLabels[call.impact].fr} × ${urgencyLabels[call.urgency].fr} → ${priorityLabels[priority].fr} / ${priorityLabels[priority].en}`,
  );
  console.log(
    `  detection ≤ ${show(targets.detection.within)} (${targets.detection.successRate * 100} %), resolution ≤ ${show(targets.resolution.within)} (${targets.resolution.successRate * 100} %), maximum delay ${show(targets.maxDelay)}`,
  );
}
