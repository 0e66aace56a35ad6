import {
  defineRule,
  placeholdersWritten
} from "./chunk-2I7KX7CV.js";
import {
  RESOURCE_KINDS
} from "./chunk-5QBVJ72F.js";

// rules/sl001-fix-placeholder.ts
var IAM_KINDS = ["IamRole", "IamUser", "IamGroup", "IamPolicy"];
var FIX_PLACEHOLDERS = {
  "<kms-key-arn>": [
    { ruleId: "SM004", kinds: ["NotebookInstance"] },
    { ruleId: "SM011", kinds: ["Domain"] },
    { ruleId: "SM023", kinds: ["Job"] },
    { ruleId: "SM032", kinds: ["EndpointConfig"] },
    { ruleId: "SM041", kinds: ["TransformJob"] },
    { ruleId: "SM071", kinds: ["FeatureGroup"] },
    { ruleId: "SM072", kinds: ["InferenceExperiment"] },
    { ruleId: "RS002", kinds: ["RedshiftCluster"] },
    { ruleId: "RS006", kinds: ["RedshiftCluster"] },
    { ruleId: "RS008", kinds: ["RedshiftServerlessNamespace"] },
    { ruleId: "SM086", kinds: ["HyperPodCluster"] }
  ],
  "<subnet-id>": [
    { ruleId: "SM002", kinds: ["NotebookInstance"] },
    { ruleId: "SM020", kinds: ["Job"] },
    { ruleId: "SM030", kinds: ["Model"] },
    { ruleId: "SM050", kinds: ["VpcEndpoint"] },
    { ruleId: "SM080", kinds: ["EndpointConfig"] },
    { ruleId: "SM085", kinds: ["HyperPodCluster"] }
  ],
  "<security-group-id>": [
    { ruleId: "SM002", kinds: ["NotebookInstance"] },
    { ruleId: "SM010", kinds: ["Domain"] },
    { ruleId: "SM020", kinds: ["Job"] },
    { ruleId: "SM030", kinds: ["Model"] },
    { ruleId: "SM050", kinds: ["VpcEndpoint"] },
    { ruleId: "SM080", kinds: ["EndpointConfig"] },
    { ruleId: "SM085", kinds: ["HyperPodCluster"] },
    { ruleId: "SM092", kinds: ["Domain"] }
  ],
  "<execution-role-arn>": [{ ruleId: "SM092", kinds: ["Domain"] }],
  "<route-table-id>": [{ ruleId: "SM050", kinds: ["VpcEndpoint"] }],
  "<region>": [{ ruleId: "SM050", kinds: ["VpcEndpoint"] }],
  "<trusted-cidr>": [
    { ruleId: "SM007", kinds: ["SecurityGroup", "SecurityGroupIngress"] },
    { ruleId: "RS014", kinds: ["SecurityGroup", "SecurityGroupIngress"] }
  ],
  "<trusted-ipv6-cidr>": [
    { ruleId: "SM007", kinds: ["SecurityGroup", "SecurityGroupIngress"] },
    { ruleId: "RS014", kinds: ["SecurityGroup", "SecurityGroupIngress"] }
  ],
  "<log-bucket-name>": [{ ruleId: "RS005", kinds: ["RedshiftCluster"] }],
  "<account-id>": [
    { ruleId: "SM050", kinds: ["VpcEndpoint"] },
    { ruleId: "SM052", kinds: ["VpcEndpoint"] },
    { ruleId: "SM062", kinds: IAM_KINDS }
  ],
  "<allowed-cidr>": [
    { ruleId: "SM065", kinds: IAM_KINDS },
    { ruleId: "SM083", kinds: IAM_KINDS }
  ],
  "<bucket-name>": [{ ruleId: "SM060", kinds: IAM_KINDS }],
  "<organization-id>": [{ ruleId: "SM090", kinds: ["ModelPackageGroup"] }],
  "<vpc-endpoint-id>": [{ ruleId: "SM091", kinds: IAM_KINDS }],
  "<value>": [{ ruleId: "TG001", kinds: "*" }],
  "<tag-key>": [{ ruleId: "TG001", kinds: "*" }],
  "<tag-value>": [{ ruleId: "TG001", kinds: "*" }]
};
function rulesWriting(placeholder, kind) {
  const sources = FIX_PLACEHOLDERS[placeholder] ?? [];
  const forKind = sources.filter((s) => s.kinds === "*" || s.kinds.includes(kind));
  return [...new Set((forKind.length ? forKind : sources).map((s) => s.ruleId))];
}
function placeholdersIn(text) {
  return [...new Set(placeholdersWritten(text).filter((p) => p in FIX_PLACEHOLDERS))];
}
function stringsWithPlaceholders(value, out = []) {
  switch (value.t) {
    case "scalar":
      if (typeof value.v === "string" && placeholdersIn(value.v).length) out.push(value);
      break;
    case "map":
      for (const entry of value.entries.values()) stringsWithPlaceholders(entry, out);
      break;
    case "list":
      for (const item of value.items) stringsWithPlaceholders(item, out);
      break;
    case "oneOf":
      for (const option of value.options) stringsWithPlaceholders(option.value, out);
      break;
    case "unknown":
      if (value.fallback) stringsWithPlaceholders(value.fallback.value, out);
      break;
  }
  return out;
}
var DECLARING_KINDS = ["StateMachine", "Pipeline"];
var placesByGraph = /* @__PURE__ */ new WeakMap();
function placeholderPlaces(graph) {
  let places = placesByGraph.get(graph);
  if (!places) {
    places = graph.resources.filter((r) => !DECLARING_KINDS.includes(r.kind)).flatMap((r) => stringsWithPlaceholders(r.props)).flatMap((v) => v.loc.kind === "source" ? [v.loc] : []);
    placesByGraph.set(graph, places);
  }
  return places;
}
function declaredElsewhere(value, resource, graph) {
  const loc = value.loc;
  if (!DECLARING_KINDS.includes(resource.kind) || loc.kind !== "source") return false;
  return placeholderPlaces(graph).some((p) => p.file === loc.file && p.start.offset >= loc.start.offset && p.end.offset <= loc.end.offset);
}
var sl001_fix_placeholder_default = defineRule({
  id: "SL001",
  name: "fix-placeholder",
  severity: "critical",
  appliesTo: RESOURCE_KINDS,
  fixable: false,
  tags: ["correctness", "fix"],
  presets: {
    recommended: true,
    reason: "A placeholder left by `sagelint fix` is a deployment that fails or a value nobody chose: always a mistake."
  },
  docs: {
    summary: "A value that `sagelint fix` left to fill in is still a placeholder",
    description: "Reports every value of a resource that holds a placeholder written by a sagelint fix (`<kms-key-arn>`, `<subnet-id>`, `<security-group-id>`, `<account-id>`, …), wherever it stands: a property, a list item, part of a string such as an ARN, a parameter or variable default the property takes. Each placeholder is reported once, by the resource that holds it: one in a Step Functions task or SageMaker pipeline step is reported at that task or step, not again at the state machine or pipeline whose definition holds it. The message names the rule whose fix wrote the placeholder. A fix writes a placeholder only when the template has no value that fits (a KMS key, subnets and security groups other resources use, the account ID); `sagelint fix` lists the placeholders it leaves and exits 1 while any remain. The rule is critical so that a half-finished fix fails every `--fail-on` threshold.",
    risk: "A placeholder is not a value AWS accepts: the deployment fails, or, worse, a half-finished security fix is merged looking done. Until it is filled in, the finding the fix was meant to resolve is not resolved.",
    guidance: [
      {
        title: "CloudFormation: resource property values and intrinsic functions",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resources-section-structure.html"
      },
      {
        title: "AWS KMS: key identifiers (key ID, key ARN, alias)",
        url: "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id"
      }
    ],
    remediation: {
      cloudformation: "KmsKeyId: !GetAtt PlatformKey.Arn   # instead of <kms-key-arn>",
      terraform: 'kms_key_id = aws_kms_key.platform.arn   # instead of "<kms-key-arn>"',
      console: "Nothing to change in the account: placeholders exist only in templates. Replace each one with the real value (a resource of the template, a parameter, or an ID) before deploying."
    }
  },
  check(resource, { report, graph }) {
    const reportAt = (at, text) => {
      const found = placeholdersIn(text);
      const sources = [...new Set(found.flatMap((p) => rulesWriting(p, resource.kind)))];
      report({
        at,
        message: `${found.join(", ")} ${found.length === 1 ? "is a placeholder" : "are placeholders"} the ${sources.join("/")} fix left to fill in: AWS does not accept it, and the ${sources.join("/")} finding is not resolved until it holds a real value.`
      });
    };
    const holding = stringsWithPlaceholders(resource.props);
    for (const value of holding) if (!declaredElsewhere(value, resource, graph)) reportAt(value, value.v);
    const tagged = [...resource.tags?.known ?? []].map(([key, value]) => `${key}=${value ?? ""}`).join(" ");
    const inProps = holding.some((v) => placeholdersIn(v.v).some((p) => tagged.includes(p)));
    if (!inProps && placeholdersIn(tagged).length) reportAt(resource, tagged);
  }
});

export {
  placeholdersIn,
  sl001_fix_placeholder_default
};
