/**
 * The staffing module, `service-desk-rules/staffing` (seed §4.3.2): queueing models (Erlang C,
 * Erlang A), the technicians a target needs, and the level-1 budget as a what-if. Pure: no zod,
 * no date-fns, no ts-pattern. The guide is [docs/staffing.md](../../docs/staffing.md).
 *
 * @group Rules
 * @module service-desk-rules/staffing
 */
export {
  type AbandonmentTarget,
  type AgentsNeededInput,
  agentsNeeded,
  type ServiceLevelTarget,
  type SpeedOfAnswerTarget,
  type Staffing,
  type StaffingTarget,
} from './agents-needed.js';
export { type ErlangAFigures, type ErlangAInput, erlangA } from './erlang-a.js';
export { type ErlangCFigures, type ErlangCInput, erlangC } from './erlang-c.js';
export {
  type ExponentialBudgetResponseSpec,
  exponentialBudgetResponse,
  type Level1BudgetResponse,
} from './level1-budget-response.js';
export {
  type Level1BudgetRow,
  type Level1BudgetWhatIfInput,
  level1BudgetWhatIf,
} from './level1-budget-what-if.js';
export type { QueueFigures } from './queue-figures.js';
export type { StaffingDuration } from './staffing-duration.js';
export { maxAgents } from './staffing-input.js';
