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
} from "./chunk-ZWGASVFR.js";
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
} from "./chunk-4K4PSNR5.js";
import {
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  ReadOnlyViolationError,
  describeGap,
  describeGaps,
  hidesScope,
  rulesAffectedBy,
  rulesAffectedByGap
} from "./chunk-EQYR6YSQ.js";
import "./chunk-N5JTSYX7.js";
import "./chunk-MFTJGUDJ.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-OA4DYJ3R.js";
import "./chunk-5QBVJ72F.js";
import "./chunk-E2XCQX3P.js";
import "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";
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
