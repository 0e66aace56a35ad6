import {
  AUDIT_SERVICES,
  DEFAULT_JOB_WINDOW_DAYS,
  SNAPSHOT_MARKER,
  SNAPSHOT_SCHEMA,
  SNAPSHOT_VERSION,
  SnapshotError,
  collectAccountState,
  isSnapshot,
  loadSnapshot,
  locateInSnapshot,
  parseSnapshot,
  serializeSnapshot,
  snapshotToUnits
} from "./chunk-EQYUYW72.js";
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
} from "./chunk-3TKHCE7G.js";
import {
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  ReadOnlyViolationError,
  describeGap,
  describeGaps,
  hidesScope,
  rulesAffectedBy,
  rulesAffectedByGap
} from "./chunk-UQ3QPLOV.js";
import "./chunk-DO7PCZJ7.js";
import "./chunk-QRP45YQJ.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-SXKGC4UP.js";
import "./chunk-NJ44LUHS.js";
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
  isAllowedOperation,
  isSnapshot,
  loadSnapshot,
  locateInSnapshot,
  parseShard,
  parseSnapshot,
  readOnlyGuard,
  rulesAffectedBy,
  rulesAffectedByGap,
  selectShard,
  serializeSnapshot,
  snapshotToUnits
};
