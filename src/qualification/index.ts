/**
 * Qualifying a call (seed §2.5): impact, urgency, the priority matrix (the seed's or an
 * organisation's own) and `priorityOf`. Import from `service-desk-rules/qualification`; the
 * guide is [Qualifying a call](../../docs/qualification.md).
 *
 * @group Rules
 * @module service-desk-rules/qualification
 */
export { type CallScope, impactOfCall } from './impact-of-call.js';
export {
  type Impact,
  impacts,
  type Priority,
  type PriorityLevel,
  priorities,
  type Urgency,
  urgencies,
} from './levels.js';
export {
  defaultPriorityMatrix,
  definePriorityMatrix,
  type PriorityCells,
  type PriorityMatrix,
  type PriorityMatrixSpec,
} from './priority-matrix.js';
export { priorityOf } from './priority-of.js';
