import {
  COMPLIANCE_FRAMEWORKS,
  isComplianceFramework
} from "./chunk-MF34MBFI.js";
import {
  PRESET_NAMES
} from "./chunk-B36SQNEU.js";

// src/cli/scan-command.ts
var OUTPUT_FORMATS = ["text", "json", "sarif", "markdown", "github", "html", "csv", "asff", "ocsf"];
var REPORT_FILE_NAMES = {
  text: "sagelint.txt",
  json: "sagelint.json",
  sarif: "sagelint.sarif",
  markdown: "sagelint.md",
  github: "sagelint.github.txt",
  html: "sagelint.html",
  csv: "sagelint.csv",
  asff: "sagelint.asff.json",
  ocsf: "sagelint.ocsf.json"
};
function parseFormats(values) {
  const formats = listArgument([values].flat());
  for (const format of formats) {
    if (!OUTPUT_FORMATS.includes(format)) throw new Error(`--format: unknown format ${JSON.stringify(format)}; choose from ${OUTPUT_FORMATS.join(", ")}`);
  }
  return [...new Set(formats)];
}
function reportOptions(y, defaultFormat) {
  return y.option("format", {
    alias: "f",
    type: "string",
    coerce: parseFormats,
    describe: `Output format: ${OUTPUT_FORMATS.join(", ")}; several, comma-separated, with --output-dir (default: ${defaultFormat})`
  }).option("output", { alias: "o", type: "string", describe: "Write the report to this file instead of stdout" }).option("output-dir", { type: "string", describe: "Write one report per --format into this folder (created if missing), each named sagelint.<ext>" }).conflicts("output", "output-dir").option("asff-account", {
    type: "string",
    describe: "ASFF: the AWS account ID (12 digits) to file findings in templates under (audit findings keep their own)",
    coerce: (account) => {
      if (!/^\d{12}$/.test(account)) throw new Error(`--asff-account must be a 12-digit AWS account ID, not ${JSON.stringify(account)}`);
      return account;
    }
  }).option("asff-region", { type: "string", describe: "ASFF: the region to file findings in templates under", defaultDescription: "AWS_REGION, else AWS_DEFAULT_REGION" }).option("asff-scope", {
    type: "string",
    describe: "ASFF: the repository findings in templates belong to, part of their Id so that two repositories do not overwrite each other's findings",
    defaultDescription: "host/owner/repo of GITHUB_REPOSITORY or the origin remote, else the folder name",
    coerce: (scope) => {
      if (!scope.trim() || scope.length > 256 || /[\u0000-\u001f\u007f]/.test(scope)) throw new Error(`--asff-scope must be one line of 1 to 256 printable characters, not ${JSON.stringify(scope)}`);
      return scope.trim();
    }
  }).check((args) => {
    const { format = [], "output-dir": dir } = args;
    if (format.length > 1 && !dir) return "several --format values need --output-dir";
    if (format.length === 0 && dir) return "--output-dir needs --format (e.g. --format sarif,html,json)";
    return true;
  });
}
var FAIL_ON = ["critical", "high", "medium", "low", "none"];
function inputOptions(y) {
  return y.option("max-file-size", { type: "number", default: 5, describe: "Refuse input files larger than this many MB" }).option("inline-suppressions", { type: "boolean", default: true, describe: "Honour suppressions written in templates (--no-inline-suppressions to ignore them)" }).option("var-file", { type: "string", array: true, describe: "Terraform variable files to apply" }).option("parameters", {
    type: "string",
    array: true,
    describe: "CloudFormation parameter files to apply to every template: CLI JSON, CodePipeline template configuration or samconfig.toml (repeatable; later files win)"
  }).option("jobs", {
    alias: "j",
    type: "number",
    describe: "Threads that load and check files, this one included (1: no worker threads)",
    defaultDescription: "available cores",
    coerce: (jobs) => {
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of at least 1, not ${jobs}`);
      return jobs;
    }
  });
}
function listArgument(values) {
  return values.flatMap((value) => String(value).split(/[\s,]+/)).filter((value) => value !== "");
}
var PRESET_OPTION = {
  choices: PRESET_NAMES,
  describe: "Rule preset: recommended (the default), strict (every rule) or security-hub; replaces the config's extends (see docs/presets.md)"
};
var SUMMARY_OPTION = { type: "string", describe: "Also append a Markdown summary of the same findings to this file (e.g. $GITHUB_STEP_SUMMARY)" };
var QUIET_OPTION = { alias: "q", type: "boolean", default: false, describe: "Leave out findings below --fail-on (they are still counted)" };
var COMPACT_OPTION = { type: "boolean", default: false, describe: "Text: one line per finding (file:line:col severity rule resource message)" };
var COMPLIANCE_OPTION = {
  type: "string",
  describe: `Run every rule mapped to this framework's controls (--preset narrows them) and add a table of every control (PASSED, FAILED, UNKNOWN, NOT_APPLICABLE) to the text, Markdown, HTML and JSON reports: ${Object.keys(COMPLIANCE_FRAMEWORKS).join(", ")}`,
  coerce: (framework) => {
    if (!isComplianceFramework(framework)) throw new Error(`--compliance: unknown framework ${JSON.stringify(framework)}; choose from ${Object.keys(COMPLIANCE_FRAMEWORKS).join(", ")}`);
    return framework;
  }
};
var scanCommand = {
  command: "scan [paths..]",
  describe: "Check templates, Terraform and snapshots under the given paths",
  builder: (y) => reportOptions(
    inputOptions(y).positional("paths", { type: "string", array: true, default: ["."], describe: "Files or folders to scan" }),
    "from the --output extension; else github annotations under GitHub Actions, else text"
  ).option("summary", SUMMARY_OPTION).option("fail-on", { choices: FAIL_ON, describe: "Lowest severity that fails the run (default: low, or failOn in the config)" }).option("preset", PRESET_OPTION).option("rules", { type: "string", array: true, describe: "Run only these rules (IDs, comma or space separated)" }).option("skip-rules", { type: "string", array: true, describe: "Do not run these rules" }).option("compliance", COMPLIANCE_OPTION).option("config", { alias: "c", type: "string", describe: "Config file (default: .sagelint.yml found upward from the scan root)" }).option("color", { type: "boolean", default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: "Color text output (--no-color to turn off)" }).option("quiet", QUIET_OPTION).option("compact", COMPACT_OPTION).option("category", { type: "string", describe: "SARIF automationDetails.id (GitHub code scanning category)" }).option("changed-since", { type: "string", describe: "Report only findings introduced since the merge base of this git ref and HEAD (for pull requests)" }).option("baseline", { type: "string", describe: "Fail only on findings not in this baseline (see `sagelint baseline`)" }).option("config-from-ref", { type: "string", describe: "Read the config from this git ref (the base branch), not the working tree (trusted mode for pull requests)" }).option("baseline-from-ref", { type: "string", describe: "Read the baseline (--baseline, default .sagelint-baseline.json) from this git ref, not the working tree" }),
  handler: async (args) => {
    const { runScan } = await import("./run-scan-B4PO5NYD.js");
    process.exitCode = await runScan(args);
  }
};
var baselineCommand = {
  command: "baseline [paths..]",
  describe: "Record the current findings so later scans fail only on new ones",
  builder: (y) => inputOptions(y).positional("paths", { type: "string", array: true, default: ["."], describe: "Files or folders to scan" }).option("output", { alias: "o", type: "string", default: ".sagelint-baseline.json", describe: "Baseline file to write" }).option("preset", PRESET_OPTION).option("rules", { type: "string", array: true, describe: "Run only these rules" }).option("skip-rules", { type: "string", array: true, describe: "Do not run these rules" }).option("config", { alias: "c", type: "string", describe: "Config file" }),
  handler: async (args) => {
    const { runBaseline } = await import("./run-scan-B4PO5NYD.js");
    process.exitCode = await runBaseline(args);
  }
};

export {
  REPORT_FILE_NAMES,
  reportOptions,
  inputOptions,
  listArgument,
  PRESET_OPTION,
  SUMMARY_OPTION,
  QUIET_OPTION,
  COMPACT_OPTION,
  COMPLIANCE_OPTION,
  scanCommand,
  baselineCommand
};
