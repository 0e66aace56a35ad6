import {
  AWS_DEFAULTS,
  get,
  pathOf,
  withDefault
} from "./chunk-E2XCQX3P.js";

// src/model/resource.ts
var RESOURCE_KINDS = [
  "NotebookInstance",
  "NotebookLifecycleConfig",
  "Domain",
  "UserProfile",
  "Model",
  "EndpointConfig",
  "Endpoint",
  "Job",
  "TransformJob",
  "Pipeline",
  "FeatureGroup",
  "InferenceExperiment",
  "HyperPodCluster",
  "Space",
  "StudioLifecycleConfig",
  "Workforce",
  "AppImageConfig",
  "Image",
  "ModelPackageGroup",
  "StateMachine",
  "SecurityGroup",
  "SecurityGroupIngress",
  "Vpc",
  "Subnet",
  "VpcEndpoint",
  "RedshiftCluster",
  "RedshiftParameterGroup",
  "RedshiftSubnetGroup",
  "RedshiftEventSubscription",
  "RedshiftSnapshot",
  "RedshiftServerlessNamespace",
  "RedshiftServerlessWorkgroup",
  "IamRole",
  "IamUser",
  "IamGroup",
  "IamPolicy",
  "RouteTable",
  "Route",
  "HostedZone",
  "RecordSet"
];
var GATE_KINDS = ["SagelintConfig", "SagelintBaseline"];
var SAGEMAKER_KINDS = [
  "NotebookInstance",
  "NotebookLifecycleConfig",
  "Domain",
  "UserProfile",
  "Model",
  "EndpointConfig",
  "Endpoint",
  "Job",
  "TransformJob",
  "Pipeline",
  "FeatureGroup",
  "InferenceExperiment",
  "HyperPodCluster",
  "Space",
  "StudioLifecycleConfig",
  "Workforce",
  "AppImageConfig",
  "Image",
  "ModelPackageGroup"
];
function instanceName(resource) {
  return resource.root ? `${resource.root} → ${resource.id}` : resource.id;
}
function prop(resource, ...path) {
  const value = get(resource.props, ...path);
  return withDefault(value, AWS_DEFAULTS[resource.kind]?.[path.join(".")]);
}
function propertyPathOf(resource, value) {
  const base = pathOf(resource.props);
  const path = pathOf(value);
  return base.every((segment, i) => path[i] === segment) ? path.slice(base.length) : path;
}

export {
  RESOURCE_KINDS,
  GATE_KINDS,
  SAGEMAKER_KINDS,
  instanceName,
  prop,
  propertyPathOf
};
