import {
  PLUGIN_API_VERSION
} from "./chunks/chunk-5K32DG3G.js";
import "./chunks/chunk-XG5UDHWO.js";
import "./chunks/chunk-B36SQNEU.js";
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
} from "./chunks/chunk-GTQKVYX7.js";
import "./chunks/chunk-BQVRSB7W.js";
import {
  FIX_KINDS,
  SEVERITIES,
  defineRule,
  isResource,
  lowerSeverity
} from "./chunks/chunk-M2XUS5AP.js";
import {
  GATE_KINDS,
  RESOURCE_KINDS,
  SAGEMAKER_KINDS,
  instanceName,
  prop,
  propertyPathOf
} from "./chunks/chunk-C6JUEGJX.js";
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
  RESOURCE_KINDS,
  SAGEMAKER_KINDS,
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
  jointCertainty,
  judge,
  leaves,
  lowerSeverity,
  numberOf,
  pathOf,
  prop,
  propertyPathOf,
  scalar,
  stringOf,
  toPlain,
  withDefault
};
