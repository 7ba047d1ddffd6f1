/**
 * Handling a call (seed §1, §2.4, §4): support levels, the level-1 time budget, transfer
 * versus escalation, on-site intervention, what a technician may promise. Import from
 * `service-desk-rules/handling`; the guide is [docs/handling.md](../../docs/handling.md).
 *
 * @group Rules
 * @module service-desk-rules/handling
 */
export {
  type CallHandover,
  type HandlingMode,
  handlingModeOf,
  handlingModes,
  userIsCalledBack,
} from './handling-mode.js';
export {
  classifyHandoff,
  defaultHandoffPolicy,
  type HandoffCause,
  type HandoffClassification,
  type HandoffKind,
  type HandoffPolicy,
  type HandoffRationale,
  type HandoffRationaleCode,
  type HandoffSituation,
  handoffCauses,
  handoffKinds,
  handoffRationaleCodes,
  handoffRationaleMessages,
  type TimeShortageNotice,
  timeShortageNotices,
} from './handoff.js';
export {
  adviseHandOff,
  defaultLevel1TimeBudgetPolicy,
  defineLevel1TimeBudgetPolicy,
  type Level1Advice,
  type Level1AdviceReason,
  type Level1BudgetAdjustment,
  type Level1Progress,
  type Level1TimeBudget,
  type Level1TimeBudgetPolicy,
  type Level1TimeBudgetPolicySpec,
  level1AdviceMessages,
  level1AdviceReasons,
  level1TimeBudget,
  type QueueSnapshot,
} from './level1-time-budget.js';
export {
  type ContractEntitlement,
  dispatchIntervention,
  type InterventionDispatch,
  type InterventionDraft,
  type InterventionRoute,
  interventionRoutes,
  type OnSiteRequest,
  type OnSiteViolationCode,
  onSiteViolationCodes,
  onSiteViolationMessages,
  raiseOnSiteRequest,
} from './on-site-intervention.js';
export {
  canHandOff,
  defaultSupportLevelPolicy,
  isSupportLevel,
  type SupportLevel,
  type SupportLevelPolicy,
  supportLevels,
} from './support-level.js';
export {
  allowedCommitments,
  type CommitmentContext,
  type CommitmentViolationCode,
  checkUserCommitment,
  commitmentViolationCodes,
  commitmentViolationMessages,
  type SpeakerPlan,
  type UserCommitment,
  type UserCommitmentKind,
  userCommitmentKinds,
} from './user-commitments.js';
