import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  get,
  pathOf,
  scalar,
  stringOf
} from "./chunk-BQ67YQKQ.js";

// src/model/job-shapes.ts
var TRAINING_LAYOUT = {
  RoleArn: ["RoleArn"],
  VpcConfig: ["VpcConfig"],
  EnableNetworkIsolation: ["EnableNetworkIsolation"],
  EnableInterContainerTrafficEncryption: ["EnableInterContainerTrafficEncryption"],
  ResourceConfig: ["ResourceConfig"],
  OutputDataConfig: ["OutputDataConfig"]
};
function clusterLayout(clusterConfig, outputConfig, root = []) {
  return {
    RoleArn: [...root, "RoleArn"],
    VpcConfig: [...root, "NetworkConfig", "VpcConfig"],
    EnableNetworkIsolation: [...root, "NetworkConfig", "EnableNetworkIsolation"],
    EnableInterContainerTrafficEncryption: [...root, "NetworkConfig", "EnableInterContainerTrafficEncryption"],
    ResourceConfig: [...root, ...clusterConfig, "ClusterConfig"],
    OutputDataConfig: [...root, outputConfig]
  };
}
var PROCESSING_LAYOUT = clusterLayout(["ProcessingResources"], "ProcessingOutputConfig");
function monitoringDefinitionLayout(outputConfig) {
  return clusterLayout(["JobResources"], outputConfig);
}
var MONITORING_SCHEDULE_LAYOUT = clusterLayout(["MonitoringResources"], "MonitoringOutputConfig", ["MonitoringScheduleConfig", "MonitoringJobDefinition"]);
function canonicalJob(native, jobType, layout, typeLoc) {
  const path = pathOf(native);
  const loc = { ...native.loc, path };
  const entries = new Map(native.t === "map" ? native.entries : []);
  const keyLocs = new Map(native.t === "map" ? native.keyLocs : []);
  entries.set("JobType", scalar(jobType, typeLoc));
  for (const [canonical, nativePath] of Object.entries(layout)) {
    entries.set(canonical, get(native, ...nativePath));
    if (nativePath.length !== 1 || nativePath[0] !== canonical) keyLocs.delete(canonical);
  }
  return { t: "map", loc, entries, keyLocs };
}
var MONITORING_DEFINITIONS = {
  DataQuality: { jobType: "data-quality", layout: monitoringDefinitionLayout("DataQualityJobOutputConfig") },
  ModelQuality: { jobType: "model-quality", layout: monitoringDefinitionLayout("ModelQualityJobOutputConfig") },
  ModelBias: { jobType: "model-bias", layout: monitoringDefinitionLayout("ModelBiasJobOutputConfig") },
  ModelExplainability: { jobType: "model-explainability", layout: monitoringDefinitionLayout("ModelExplainabilityJobOutputConfig") }
};
var MONITORING_TYPES = Object.keys(MONITORING_DEFINITIONS);
function isMonitoringType(value) {
  return value !== void 0 && Object.hasOwn(MONITORING_DEFINITIONS, value);
}
function monitoringScheduleJob(schedule, typeLoc) {
  if (get(schedule, "MonitoringScheduleConfig", "MonitoringJobDefinition").t === "omitted") return void 0;
  const monitoringType = stringOf(get(schedule, "MonitoringScheduleConfig", "MonitoringType"));
  const { jobType } = MONITORING_DEFINITIONS[isMonitoringType(monitoringType) ? monitoringType : "DataQuality"];
  return canonicalJob(schedule, jobType, MONITORING_SCHEDULE_LAYOUT, typeLoc);
}
function resourcesOfRequest(request, args, site) {
  const make = (kind, id, props, aliases = []) => ({
    ...site.parent,
    kind,
    id,
    type: request,
    loc: site.loc,
    props,
    // Tags of embedded requests are not read: TG001 judges the declaring resource.
    tags: void 0,
    aliases,
    label: site.parent.label ? `${site.label} (${site.parent.label})` : site.label
  });
  switch (request) {
    case "CreateTrainingJob":
      return [make("Job", site.id, canonicalJob(args, "training", TRAINING_LAYOUT, site.loc))];
    case "CreateProcessingJob":
      return [make("Job", site.id, canonicalJob(args, "processing", PROCESSING_LAYOUT, site.loc))];
    case "CreateHyperParameterTuningJob":
      return trainingDefinitions(args).map(
        ({ definition, suffix }) => make("Job", suffix ? `${site.id}/${suffix}` : site.id, canonicalJob(definition, "tuning", TRAINING_LAYOUT, site.loc))
      );
    case "CreateTransformJob":
      return [make("TransformJob", site.id, args)];
    case "CreateModel": {
      const name = stringOf(get(args, "ModelName"));
      return [make("Model", site.id, args, name ? [name] : [])];
    }
    case "CreateEndpointConfig": {
      const name = stringOf(get(args, "EndpointConfigName"));
      return [make("EndpointConfig", site.id, args, name ? [name] : [])];
    }
    case "CreateEndpoint": {
      const name = stringOf(get(args, "EndpointName"));
      return [make("Endpoint", site.id, args, name ? [name] : [])];
    }
  }
}
function trainingDefinitions(args) {
  const list = get(args, "TrainingJobDefinitions");
  if (list.t === "list" && list.items.length > 0) {
    return list.items.map((definition, i) => ({ definition, suffix: stringOf(get(definition, "DefinitionName")) ?? `#${i + 1}` }));
  }
  return [{ definition: get(args, "TrainingJobDefinition") }];
}

export {
  TRAINING_LAYOUT,
  PROCESSING_LAYOUT,
  canonicalJob,
  MONITORING_DEFINITIONS,
  MONITORING_TYPES,
  isMonitoringType,
  monitoringScheduleJob,
  resourcesOfRequest,
  trainingDefinitions
};
