import {
  PLUGIN_API_VERSION
} from "./chunks/chunk-77UL2PHA.js";
import "./chunks/chunk-I47XARTC.js";
import "./chunks/chunk-RKEFTAZU.js";
import {
  addTags,
  isAbsent,
  isBoolean,
  isFalse,
  isSurelyAbsent,
  isTrue,
  itemsOf,
  jointCertainty,
  numberOf
} from "./chunks/chunk-OO4TUWYZ.js";
import "./chunks/chunk-HCU2I2RT.js";
import {
  FIX_KINDS,
  REGION_VARIABLE,
  SEVERITIES,
  defineRule,
  isResource,
  lowerSeverity,
  regionName
} from "./chunks/chunk-2I7KX7CV.js";
import {
  REGION,
  SCOPE,
  joinText,
  literal,
  message,
  propertyName
} from "./chunks/chunk-OA4DYJ3R.js";
import {
  GATE_KINDS,
  RESOURCE_KINDS,
  SAGEMAKER_KINDS,
  instanceName,
  prop,
  propertyPathOf
} from "./chunks/chunk-5QBVJ72F.js";
import {
  AWS_DEFAULTS,
  displayConcrete,
  get,
  isFullyKnown,
  judge,
  leaves,
  pathOf,
  scalar,
  stringOf,
  toPlain,
  withDefault
} from "./chunks/chunk-E2XCQX3P.js";
import "./chunks/chunk-CAGW7M4A.js";
import "./chunks/chunk-RM4BNA5F.js";
export {
  AWS_DEFAULTS,
  FIX_KINDS,
  GATE_KINDS,
  PLUGIN_API_VERSION,
  REGION,
  REGION_VARIABLE,
  RESOURCE_KINDS,
  SAGEMAKER_KINDS,
  SCOPE,
  SEVERITIES,
  addTags,
  defineRule,
  displayConcrete,
  get,
  instanceName,
  isAbsent,
  isBoolean,
  isFalse,
  isFullyKnown,
  isResource,
  isSurelyAbsent,
  isTrue,
  itemsOf,
  joinText,
  jointCertainty,
  judge,
  leaves,
  literal,
  lowerSeverity,
  message,
  numberOf,
  pathOf,
  prop,
  propertyName,
  propertyPathOf,
  regionName,
  scalar,
  stringOf,
  toPlain,
  withDefault
};
