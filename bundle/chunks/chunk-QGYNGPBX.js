import {
  COMPLIANCE_FRAMEWORKS,
  isComplianceFramework
} from "./chunk-IS4SSPBS.js";
import {
  PRESET_NAMES
} from "./chunk-RKEFTAZU.js";

// src/report/registry.ts
var runTimestamp = (options) => options.asff?.timestamp ?? (/* @__PURE__ */ new Date()).toISOString();
var REPORTERS = {
  text: {
    extensions: [".txt"],
    inferred: false,
    render: async (result, rules, options) => {
      const { renderText } = await import("./text-JGHZOCN6.js");
      const threshold = options.failOn === "none" ? "critical" : options.failOn;
      return [renderText(result, rules, { color: options.color, quiet: options.quiet, compact: options.compact, threshold })];
    }
  },
  json: {
    extensions: [".json"],
    inferred: true,
    render: async (result, rules) => (await import("./json-FZZYSQXO.js")).jsonReportText(result, rules)
  },
  sarif: {
    extensions: [".sarif"],
    inferred: true,
    render: async (result, rules, options) => (await import("./sarif-E6OMMKJO.js")).sarifReportText(result, rules, { category: options.category })
  },
  markdown: {
    extensions: [".md"],
    inferred: true,
    render: async (result, rules) => [(await import("./markdown-2GSGPKGP.js")).renderMarkdown(result, rules)]
  },
  github: {
    extensions: [".github.txt"],
    inferred: false,
    render: async (result) => [(await import("./github-IK6OHOOJ.js")).renderGithubAnnotations(result)]
  },
  html: {
    extensions: [".html", ".htm"],
    inferred: true,
    render: async (result, rules, options) => (await import("./html-HTNOFWLB.js")).htmlReportText(result, rules, { coverage: options.coverage })
  },
  csv: {
    extensions: [".csv"],
    inferred: true,
    render: async (result, rules) => (await import("./csv-V2QMF74K.js")).csvReportText(result, rules)
  },
  asff: {
    extensions: [".asff.json"],
    inferred: true,
    refusal: async (result, options) => (await import("./asff-RLR5KCRZ.js")).asffMissingTarget(result, options.asff ?? {}),
    render: async (result, rules, options) => (await import("./asff-RLR5KCRZ.js")).asffReportText(result, rules, options.asff ?? { timestamp: runTimestamp(options) })
  },
  ocsf: {
    extensions: [".ocsf.json"],
    inferred: true,
    render: async (result, rules, options) => (await import("./ocsf-7EGCYZMA.js")).ocsfReportText(result, rules, { timestamp: runTimestamp(options) })
  }
};
var OUTPUT_FORMATS = Object.keys(REPORTERS);
function isOutputFormat(name) {
  return Object.hasOwn(REPORTERS, name);
}
function reportFileName(format) {
  return `sagelint${REPORTERS[format].extensions[0]}`;
}
function formatOfFile(file, formats) {
  const name = file?.toLowerCase() ?? "";
  let best;
  for (const format of formats) {
    const reporter = REPORTERS[format];
    if (!reporter.inferred) continue;
    for (const extension of reporter.extensions) {
      if (name.endsWith(extension) && extension.length > (best?.length ?? 0)) best = { format, length: extension.length };
    }
  }
  return best?.format;
}
async function renderedText(format, result, rules, options) {
  return [...await REPORTERS[format].render(result, rules, options)].join("");
}

// src/cli/options.ts
function listArgument(values) {
  return values.flatMap((value) => String(value).split(/[\s,]+/)).filter((value) => value !== "");
}
function parseFormats(values) {
  const formats = listArgument([values].flat());
  for (const format of formats) {
    if (!isOutputFormat(format)) throw new Error(`--format: unknown format ${JSON.stringify(format)}; choose from ${OUTPUT_FORMATS.join(", ")}`);
  }
  return [...new Set(formats)];
}
var FAIL_ON = ["critical", "high", "medium", "low", "none"];
var SUMMARY_OPTION = { type: "string", describe: "Also append a Markdown summary of the same findings to this file (e.g. $GITHUB_STEP_SUMMARY)" };
function inputOptions(y) {
  return y.option("max-file-size", { type: "number", default: 5, describe: "Refuse input files larger than this many MB" }).option("inline-suppressions", { type: "boolean", default: true, describe: "Honour suppressions written in templates (--no-inline-suppressions to ignore them)" }).option("var-file", { type: "string", array: true, describe: "Terraform variable files to apply" }).option("parameters", {
    type: "string",
    array: true,
    describe: "CloudFormation parameter files to apply to every template: CLI JSON, CodePipeline template configuration or samconfig.toml (repeatable; later files win)"
  }).option("jobs", {
    alias: "j",
    type: "number",
    describe: "Threads that load and check files, this one included (1: no worker threads)",
    defaultDescription: "available cores; 1 under 4 MB of input",
    coerce: (jobs) => {
      if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number of at least 1, not ${jobs}`);
      return jobs;
    }
  });
}
function ruleOptions(y, { configFrom, appliesFixes = false }) {
  const run = appliesFixes ? "apply the fixes of" : "run";
  return y.option("preset", {
    choices: PRESET_NAMES,
    describe: "Rule preset: recommended (the default), strict (every rule) or security-hub; replaces the config's extends (see docs/presets.md)"
  }).option("rules", { type: "string", array: true, describe: `Only ${run} these rules (IDs, comma or space separated)` }).option("skip-rules", { type: "string", array: true, describe: `Do not ${run} these rules (IDs, comma or space separated)` }).option("config", { alias: "c", type: "string", describe: `Config file (default: .sagelint.yml found upward from ${configFrom})` });
}
function reportOptions(y) {
  return y.option("format", {
    alias: "f",
    type: "string",
    coerce: parseFormats,
    describe: `Output format: ${OUTPUT_FORMATS.join(", ")}; several, comma-separated, with --output-dir (default: from the --output extension; else github annotations under GitHub Actions, else text)`
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
  }).option("summary", SUMMARY_OPTION).option("fail-on", { choices: FAIL_ON, describe: "Lowest severity that fails the run, exit 1 (default: low, or failOn in the config)" }).option("compliance", {
    type: "string",
    describe: `Run every rule mapped to this framework's controls (--preset narrows them) and add a table of every control (PASSED, FAILED, UNKNOWN, NOT_APPLICABLE) to the text, Markdown, HTML and JSON reports: ${Object.keys(COMPLIANCE_FRAMEWORKS).join(", ")}`,
    coerce: (framework) => {
      if (!isComplianceFramework(framework)) throw new Error(`--compliance: unknown framework ${JSON.stringify(framework)}; choose from ${Object.keys(COMPLIANCE_FRAMEWORKS).join(", ")}`);
      return framework;
    }
  }).option("category", { type: "string", describe: "SARIF automationDetails.id (GitHub code scanning category)" }).option("color", { type: "boolean", default: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR, describe: "Color text output (--no-color to turn off)" }).option("quiet", { alias: "q", type: "boolean", default: false, describe: "Leave out findings below --fail-on (they are still counted)" }).option("compact", { type: "boolean", default: false, describe: "Text: one line per finding (file:line:col severity rule resource message)" });
}

export {
  REPORTERS,
  OUTPUT_FORMATS,
  reportFileName,
  formatOfFile,
  renderedText,
  listArgument,
  FAIL_ON,
  SUMMARY_OPTION,
  inputOptions,
  ruleOptions,
  reportOptions
};
