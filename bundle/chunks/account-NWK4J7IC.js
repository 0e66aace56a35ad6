import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
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
} from "./chunk-3UQOP6OF.js";
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
} from "./chunk-EMYYFV7Y.js";
import {
  COLLECTED_SERVICES,
  GLOBAL_REGION,
  ReadOnlyViolationError,
  describeGap,
  describeGaps,
  hidesScope,
  rulesAffectedBy,
  rulesAffectedByGap
} from "./chunk-WTSP5OFI.js";
import "./chunk-2GZ73IPK.js";
import "./chunk-BX2AETPU.js";
import "./chunk-DLXY7BR3.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-6MMAA2BP.js";
import "./chunk-33FXOCEP.js";
import "./chunk-BQ67YQKQ.js";
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
