import {
  DEFAULT_JOB_WINDOW_DAYS,
  SNAPSHOT_MARKER,
  SNAPSHOT_SCHEMA,
  SNAPSHOT_VERSION,
  SnapshotError,
  collectAccountState,
  indexStackTemplates,
  isSnapshot,
  loadSnapshot,
  locateInSnapshot,
  parseSnapshot,
  relocateFindings,
  serializeSnapshot,
  snapshotToUnits,
  templateLocations
} from "./chunk-4K6ZGQZN.js";
import {
  AUDIT_OPERATIONS,
  AuditSetupError,
  auditActions,
  auditCallerPolicy,
  auditReadPolicy,
  isAllowedOperation,
  parseShard,
  readOnlyGuard,
  selectShard
} from "./chunk-XD6YCD6Q.js";
import {
  AUDIT_SERVICES,
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  ReadOnlyViolationError,
  describeGap,
  describeGaps,
  hidesScope,
  rulesAffectedBy,
  rulesAffectedByGap
} from "./chunk-4AJW2O4V.js";
import "./chunk-DO7PCZJ7.js";
import "./chunk-V7WJTKWN.js";
import "./chunk-GFLMZUAD.js";
import "./chunk-QI3ZGK6M.js";
import "./chunk-HSTADTVA.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-C6JUEGJX.js";
import "./chunk-23EWYKRM.js";
import "./chunk-ZAROGFVC.js";
export {
  AUDIT_OPERATIONS,
  AUDIT_SERVICES,
  AuditSetupError,
  COLLECTED_SERVICES,
  DEFAULT_JOB_WINDOW_DAYS,
  GLOBAL_REGION,
  ReadOnlyViolationError,
  SNAPSHOT_MARKER,
  SNAPSHOT_SCHEMA,
  SNAPSHOT_VERSION,
  SnapshotError,
  auditActions,
  auditCallerPolicy,
  auditReadPolicy,
  collectAccountState,
  describeGap,
  describeGaps,
  hidesScope,
  indexStackTemplates,
  isAllowedOperation,
  isSnapshot,
  loadSnapshot,
  locateInSnapshot,
  parseShard,
  parseSnapshot,
  readOnlyGuard,
  relocateFindings,
  rulesAffectedBy,
  rulesAffectedByGap,
  selectShard,
  serializeSnapshot,
  snapshotToUnits,
  templateLocations
};
