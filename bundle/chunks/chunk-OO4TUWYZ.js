import {
  defineRule
} from "./chunk-2I7KX7CV.js";
import {
  message,
  propertyName
} from "./chunk-OA4DYJ3R.js";
import {
  get,
  leaves
} from "./chunk-E2XCQX3P.js";
import {
  maxOf
} from "./chunk-CAGW7M4A.js";

// rules/support/value-predicates.ts
function isBoolean(leaf, expected) {
  return leaf.t === "scalar" && leaf.v !== null && String(leaf.v).trim().toLowerCase() === String(expected);
}
var isTrue = (leaf) => isBoolean(leaf, true);
var isFalse = (leaf) => isBoolean(leaf, false);
function numberOf(leaf) {
  if (leaf.t !== "scalar" || typeof leaf.v === "boolean" || leaf.v === null || leaf.v === "") return void 0;
  const n = Number(leaf.v);
  return Number.isFinite(n) ? n : void 0;
}
function isAbsent(leaf) {
  switch (leaf.t) {
    case "omitted":
      return true;
    case "scalar":
      return leaf.v === null || String(leaf.v).trim() === "";
    case "list":
      return leaf.items.length === 0;
    default:
      return false;
  }
}
function isSurelyAbsent(value) {
  const all = leaves(value);
  return all.length > 0 && all.every((l) => l.certain && isAbsent(l.value));
}
function itemsOf(value) {
  const length = maxOf(leaves(value).map((l) => l.value.t === "list" ? l.value.items.length : 0), 0);
  return Array.from({ length }, (_, i) => get(value, i));
}
function jointCertainty(...verdicts) {
  return verdicts.every((v) => v.certainty === "definite") ? "definite" : "possible";
}

// rules/support/fixes.ts
function addTags(tagsValue, entries, resource) {
  const description = `Add the tag${entries.length > 1 ? "s" : ""} ${entries.map((e) => e.Key).join(", ")} to ${resource.id}`;
  if (tagsValue.t === "omitted" || tagsValue.t === "list" && tagsValue.items.length === 0) {
    return { description, edits: [{ target: tagsValue, value: entries }] };
  }
  if (tagsValue.t !== "list") return void 0;
  const next = tagsValue.items.length;
  const appends = entries.map((entry, i) => ({ target: get(tagsValue, next + i), value: entry }));
  return { description, edits: appends.reverse() };
}

// rules/tg001-missing-required-tags.ts
var SYSTEM_TAG_PREFIX = "aws:";
var tg001_missing_required_tags_default = defineRule({
  id: "TG001",
  name: "missing-required-tags",
  severity: "low",
  appliesTo: [
    "NotebookInstance",
    "Domain",
    "UserProfile",
    "Model",
    "EndpointConfig",
    "Endpoint",
    "Pipeline",
    "Job",
    "TransformJob",
    "FeatureGroup",
    "InferenceExperiment",
    "AppImageConfig",
    "Image",
    "RedshiftCluster",
    "RedshiftParameterGroup",
    "RedshiftSubnetGroup",
    "RedshiftEventSubscription",
    "RedshiftSnapshot"
  ],
  fixable: true,
  tags: ["governance", "tagging", "sagemaker", "redshift"],
  presets: {
    recommended: { whenConfigured: "requiredTags" },
    reason: "Without `requiredTags` it only reports resources with no tags at all, which says little about security (103 findings on the corpus); once a team lists the tags it requires, a missing one is a policy violation worth gating on."
  },
  docs: {
    summary: "SageMaker or Redshift resource lacks the tags the configuration requires",
    description: "Reports a taggable SageMaker or Redshift resource (notebook instance, domain, user profile, model, endpoint configuration, endpoint, pipeline, job, transform job, feature group, inference experiment, Studio app image configuration or image, Redshift cluster, parameter group, subnet group, event subscription or cluster snapshot) that lacks a tag key listed in the configuration's `requiredTags`, naming every missing key in one finding. Keys are compared exactly (AWS tag keys are case-sensitive). With no `requiredTags` configured, it reports a resource that has no tags at all; keys starting with `aws:` (set by AWS itself) do not count. Resources whose type cannot carry tags (jobs declared in some Step Functions states, for example) are skipped. When some tags cannot be read (an `Fn::If` around `Tags`, an entry whose key is computed, a Terraform `tags = var.tags`), any key that is not visibly present may be among them, so nothing is reported: the rule never guesses. The fix adds the missing keys with `<value>` placeholders: a new `Tags` list when there is none, else entries appended to the existing list.",
    risk: "Untagged resources escape cost allocation, ownership and incident routing, and tag-based access control: IAM policies that limit who may use or change SageMaker resources through aws:ResourceTag / sagemaker:ResourceTag conditions (SM066) do not match them, so they are either unusable or, with broader fallback statements, unprotected.",
    guidance: [
      {
        title: "Tagging AWS resources",
        url: "https://docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html"
      },
      {
        title: "Best practices for tagging AWS resources",
        url: "https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html"
      },
      {
        title: "AWS Config rule required-tags",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/required-tags.html"
      }
    ],
    remediation: {
      cloudformation: "Tags:\n  - Key: <tag-key>\n    Value: <tag-value>",
      terraform: 'tags = {\n  "<tag-key>" = "<tag-value>"\n}',
      cli: "aws sagemaker add-tags --resource-arn <resource-arn> --tags Key=<tag-key>,Value=<tag-value>\naws redshift create-tags --resource-name <resource-arn> --tags Key=<tag-key>,Value=<tag-value>",
      console: "Console of the resource (SageMaker or Redshift) → the resource → Tags → Manage tags: add the required keys. Tag Editor (Resource Groups) tags many resources at once."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.6", "SageMaker.7", "Redshift.11", "Redshift.12", "Redshift.13", "Redshift.14", "Redshift.17"],
      "AWS Config": ["sagemaker-app-image-config-tagged", "sagemaker-image-tagged", "sagemaker-domain-tagged", "sagemaker-feature-group-tagged", "redshift-cluster-parameter-group-tagged", "required-tags"]
    },
    // TG001 checks every taggable kind; each Security Hub control asks only for the tags of one.
    controlScopes: {
      "SageMaker.6": ["AWS::SageMaker::AppImageConfig"],
      "SageMaker.7": ["AWS::SageMaker::Image"],
      "Redshift.11": ["AWS::Redshift::Cluster"],
      "Redshift.12": ["AWS::Redshift::EventSubscription"],
      "Redshift.13": ["Snapshot", "aws_redshift_cluster_snapshot"],
      // Terraform's name drops the 'cluster' of the API's and CloudFormation's.
      "Redshift.14": ["AWS::Redshift::ClusterSubnetGroup", "aws_redshift_subnet_group"],
      "Redshift.17": ["AWS::Redshift::ClusterParameterGroup"]
    },
    notes: [
      "Tags that CloudFormation applies from the stack (aws cloudformation deploy --tags, stack-level tags in CI) propagate to resources without appearing in the template, so this rule cannot see them. If you tag at stack level, suppress the rule for templates or check the deployed account instead.",
      "Redshift cluster snapshots (Security Hub Redshift.13) are judged in Terraform (`aws_redshift_cluster_snapshot`) and in the live audit; CloudFormation has no snapshot type, so the control cannot apply to templates. moto, which the live tests run against, implements DescribeClusterSnapshots and DescribeClusterSubnetGroups but not DescribeEventSubscriptions, ListAppImageConfigs or ListImages: those collectors are tested from the SDK's response shapes, and a call that fails is a coverage gap naming this rule.",
      "A resource whose tags are partly computed is not reported, even when a required key is not visibly set: tagging modules commonly pass all tags through one variable, and reporting every such resource would bury the real gaps. Enforce tags on the deployed account (live audit) to cover them."
    ]
  },
  check(resource, { options, report }) {
    const tags = resource.tags;
    if (!tags || tags.partial) return;
    const required = [...new Set(options.requiredTags.map((k) => k.trim()).filter(Boolean))];
    const missing = required.filter((key) => !tags.known.has(key));
    if (required.length ? missing.length === 0 : hasOwnTags(tags)) return;
    const tagsValue = get(resource.props, "Tags");
    const entries = missing.length ? missing.map((key) => ({ Key: key, Value: "<value>" })) : [{ Key: "<tag-key>", Value: "<tag-value>" }];
    const at = tagsValue.t === "omitted" && tags.written ? tags.written : tagsValue;
    report({ at, message: describe(missing), fix: addTags(tagsValue, entries, resource) });
  }
});
function hasOwnTags(tags) {
  return [...tags.known.keys()].some((key) => !key.startsWith(SYSTEM_TAG_PREFIX));
}
function describe(missing) {
  const consequence = "untagged resources escape cost allocation, ownership and tag-based access policies";
  if (missing.length === 0) {
    return `The resource has no tags: ${consequence}. Tag it, and set requiredTags in the configuration to enforce specific keys.`;
  }
  return message`${propertyName("Tags")} lack ${missing.join(", ")}, required by the configuration (requiredTags): ${consequence}. Add ${missing.length === 1 ? "it" : "them"}.`;
}

export {
  isBoolean,
  isTrue,
  isFalse,
  numberOf,
  isAbsent,
  isSurelyAbsent,
  itemsOf,
  jointCertainty,
  addTags,
  tg001_missing_required_tags_default
};
