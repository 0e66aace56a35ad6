/**
 * Live account audit: collect what is deployed (read-only), save it as a
 * snapshot, and turn a snapshot into model resources for the rules.
 */
export { collectAccountState, DEFAULT_JOB_WINDOW_DAYS, type AuditProgress, type AuditScope, type CollectOptions } from './collect.js';
export { AuditSetupError, parseShard, selectShard, type Shard } from './accounts.js';
export { AUDIT_SERVICES, type AuditService, type CoverageGap, type GapReason } from '../../core/coverage.js';
export {
  COLLECTED_SERVICES,
  describeGap,
  describeGaps,
  hidesScope,
  GLOBAL_REGION,
  rulesAffectedBy,
  rulesAffectedByGap,
  type CollectedService,
  type RuleScope,
} from './coverage.js';
export { isAllowedOperation, readOnlyGuard, ReadOnlyViolationError } from './guard.js';
export { auditActions, auditCallerPolicy, auditReadPolicy, AUDIT_OPERATIONS } from './policy.js';
export {
  isSnapshot,
  parseSnapshot,
  serializeSnapshot,
  SnapshotError,
  SNAPSHOT_MARKER,
  SNAPSHOT_SCHEMA,
  SNAPSHOT_VERSION,
  type AccountState,
  type JobWindow,
  type RegionState,
  type Snapshot,
} from './snapshot.js';
export { loadSnapshot, snapshotToUnits, type SnapshotUnitOptions } from './units.js';
export { locateInSnapshot } from './snapshot-locations.js';
