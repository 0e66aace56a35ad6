import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  appendAll
} from "./chunk-BQ67YQKQ.js";

// src/core/apply-edits.ts
function applyTextEdits(text, edits) {
  const ordered = [...edits].sort(lastFirst);
  let out = text;
  let limit = Infinity;
  for (const edit of ordered) {
    if (edit.end.offset > limit) continue;
    out = out.slice(0, edit.start.offset) + edit.text + out.slice(edit.end.offset);
    limit = edit.start.offset;
  }
  return out;
}
var lastFirst = (a, b) => b.start.offset - a.start.offset || b.end.offset - a.end.offset;
function editsAsApplied(edits) {
  const out = [];
  for (const file of new Set(edits.map((e) => e.file))) {
    const kept = [];
    let limit = Infinity;
    for (const edit of edits.filter((e) => e.file === file).sort(lastFirst)) {
      if (edit.end.offset > limit) continue;
      const last = kept.at(-1);
      if (last && last.start.offset === last.end.offset && edit.start.offset === edit.end.offset && last.start.offset === edit.start.offset) last.text = edit.text + last.text;
      else kept.push({ ...edit });
      limit = edit.start.offset;
    }
    appendAll(out, kept.reverse());
  }
  return out;
}
function joinInsertions(edits) {
  const out = [];
  for (const edit of edits) {
    const same = out.find((o) => o.file === edit.file && o.start.offset === o.end.offset && edit.start.offset === edit.end.offset && o.start.offset === edit.start.offset);
    if (same) same.text += edit.text;
    else out.push({ ...edit });
  }
  return out;
}
function compatibleFixes(candidates) {
  const accepted = [];
  const deferred = [];
  const taken = [];
  for (const candidate of candidates) {
    const edits = candidate.fix.edits;
    if (edits.some((edit) => taken.some((other) => touches(edit, other)))) {
      deferred.push(candidate);
      continue;
    }
    accepted.push(candidate);
    appendAll(taken, edits);
  }
  return { accepted, deferred };
}
function touches(a, b) {
  return a.file === b.file && a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}

// src/model/resource-types.ts
var CLOUDFORMATION_KINDS = {
  "AWS::SageMaker::NotebookInstance": "NotebookInstance",
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": "NotebookLifecycleConfig",
  "AWS::SageMaker::Domain": "Domain",
  "AWS::SageMaker::UserProfile": "UserProfile",
  "AWS::SageMaker::Model": "Model",
  "AWS::SageMaker::EndpointConfig": "EndpointConfig",
  "AWS::SageMaker::Endpoint": "Endpoint",
  "AWS::SageMaker::Pipeline": "Pipeline",
  "AWS::SageMaker::FeatureGroup": "FeatureGroup",
  "AWS::SageMaker::InferenceExperiment": "InferenceExperiment",
  "AWS::SageMaker::Cluster": "HyperPodCluster",
  "AWS::SageMaker::Space": "Space",
  "AWS::SageMaker::StudioLifecycleConfig": "StudioLifecycleConfig",
  "AWS::SageMaker::Workforce": "Workforce",
  "AWS::SageMaker::AppImageConfig": "AppImageConfig",
  "AWS::SageMaker::Image": "Image",
  "AWS::SageMaker::ModelPackageGroup": "ModelPackageGroup",
  "AWS::StepFunctions::StateMachine": "StateMachine",
  "AWS::Serverless::StateMachine": "StateMachine",
  "AWS::EC2::SecurityGroup": "SecurityGroup",
  "AWS::EC2::SecurityGroupIngress": "SecurityGroupIngress",
  "AWS::EC2::VPC": "Vpc",
  "AWS::EC2::Subnet": "Subnet",
  "AWS::EC2::VPCEndpoint": "VpcEndpoint",
  "AWS::Redshift::Cluster": "RedshiftCluster",
  "AWS::Redshift::ClusterParameterGroup": "RedshiftParameterGroup",
  "AWS::Redshift::ClusterSubnetGroup": "RedshiftSubnetGroup",
  "AWS::Redshift::EventSubscription": "RedshiftEventSubscription",
  "AWS::RedshiftServerless::Namespace": "RedshiftServerlessNamespace",
  "AWS::RedshiftServerless::Workgroup": "RedshiftServerlessWorkgroup",
  "AWS::IAM::Role": "IamRole",
  "AWS::IAM::User": "IamUser",
  "AWS::IAM::Group": "IamGroup",
  "AWS::IAM::Policy": "IamPolicy",
  "AWS::IAM::ManagedPolicy": "IamPolicy",
  "AWS::IAM::RolePolicy": "IamPolicy",
  "AWS::IAM::UserPolicy": "IamPolicy",
  "AWS::IAM::GroupPolicy": "IamPolicy",
  "AWS::EC2::RouteTable": "RouteTable",
  "AWS::EC2::Route": "Route",
  "AWS::Route53::HostedZone": "HostedZone",
  "AWS::Route53::RecordSet": "RecordSet"
};
var NAME_PROPERTIES = {
  "AWS::SageMaker::NotebookInstance": "NotebookInstanceName",
  "AWS::SageMaker::NotebookInstanceLifecycleConfig": "NotebookInstanceLifecycleConfigName",
  "AWS::SageMaker::Domain": "DomainName",
  "AWS::SageMaker::UserProfile": "UserProfileName",
  "AWS::SageMaker::Model": "ModelName",
  "AWS::SageMaker::EndpointConfig": "EndpointConfigName",
  "AWS::SageMaker::Endpoint": "EndpointName",
  "AWS::SageMaker::Pipeline": "PipelineName",
  "AWS::SageMaker::FeatureGroup": "FeatureGroupName",
  "AWS::SageMaker::InferenceExperiment": "Name",
  "AWS::SageMaker::Cluster": "ClusterName",
  "AWS::SageMaker::Space": "SpaceName",
  "AWS::SageMaker::StudioLifecycleConfig": "StudioLifecycleConfigName",
  "AWS::SageMaker::Workforce": "WorkforceName",
  "AWS::SageMaker::AppImageConfig": "AppImageConfigName",
  "AWS::SageMaker::Image": "ImageName",
  "AWS::SageMaker::ModelPackageGroup": "ModelPackageGroupName",
  "AWS::IAM::Role": "RoleName",
  "AWS::IAM::User": "UserName",
  "AWS::IAM::Group": "GroupName",
  "AWS::IAM::ManagedPolicy": "ManagedPolicyName",
  "AWS::Redshift::Cluster": "ClusterIdentifier",
  "AWS::Redshift::ClusterParameterGroup": "ParameterGroupName",
  "AWS::RedshiftServerless::Namespace": "NamespaceName",
  "AWS::RedshiftServerless::Workgroup": "WorkgroupName"
};
var TAGGABLE_TYPES = /* @__PURE__ */ new Set([
  "Snapshot",
  "AWS::SageMaker::NotebookInstance",
  "AWS::SageMaker::Domain",
  "AWS::SageMaker::UserProfile",
  "AWS::SageMaker::Model",
  "AWS::SageMaker::EndpointConfig",
  "AWS::SageMaker::Endpoint",
  "AWS::SageMaker::Pipeline",
  "AWS::SageMaker::FeatureGroup",
  "AWS::SageMaker::InferenceExperiment",
  "AWS::SageMaker::AppImageConfig",
  "AWS::SageMaker::Image",
  "AWS::SageMaker::ProcessingJob",
  "AWS::SageMaker::DataQualityJobDefinition",
  "AWS::SageMaker::ModelQualityJobDefinition",
  "AWS::SageMaker::ModelBiasJobDefinition",
  "AWS::SageMaker::ModelExplainabilityJobDefinition",
  "AWS::SageMaker::MonitoringSchedule",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::Redshift::Cluster",
  "AWS::Redshift::ClusterParameterGroup",
  "AWS::Redshift::ClusterSubnetGroup",
  "AWS::Redshift::EventSubscription",
  "AWS::RedshiftServerless::Namespace",
  "AWS::RedshiftServerless::Workgroup",
  "AWS::IAM::Role",
  "AWS::IAM::User",
  "AWS::IAM::ManagedPolicy"
]);

export {
  applyTextEdits,
  editsAsApplied,
  joinInsertions,
  compatibleFixes,
  CLOUDFORMATION_KINDS,
  NAME_PROPERTIES,
  TAGGABLE_TYPES
};
