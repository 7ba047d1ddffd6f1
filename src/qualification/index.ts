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
