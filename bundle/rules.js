import {
  PLUGIN_API_VERSION
} from "./chunks/chunk-XUEFSXDF.js";
import "./chunks/chunk-CJDJFWRB.js";
import "./chunks/chunk-C665IBJJ.js";
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
} from "./chunks/chunk-UEMR54TN.js";
import "./chunks/chunk-BQVRSB7W.js";
import {
  FIX_KINDS,
  REGION_VARIABLE,
  SEVERITIES,
  defineRule,
  isResource,
  lowerSeverity,
  regionName
} from "./chunks/chunk-QQWMGWWF.js";
import {
  REGION,
  SCOPE,
  joinText,
  literal,
  message,
  propertyName
} from "./chunks/chunk-SXKGC4UP.js";
import {
  GATE_KINDS,
  RESOURCE_KINDS,
  SAGEMAKER_KINDS,
  instanceName,
  prop,
  propertyPathOf
} from "./chunks/chunk-NJ44LUHS.js";
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
} from "./chunks/chunk-ZAROGFVC.js";
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
