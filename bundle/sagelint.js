#!/usr/bin/env node
import {
  FAIL_ON,
  SUMMARY_OPTION,
  formatOfFile,
  inputOptions,
  listArgument,
  renderedText,
  reportOptions,
  ruleOptions
} from "./chunks/chunk-RNZMXSAQ.js";
import {
  EXIT,
  explainCommand,
  rulesCommand
} from "./chunks/chunk-QXIJMYNV.js";
import {
  toolVersion
} from "./chunks/chunk-PQ3N5OJI.js";
import "./chunks/chunk-RZA6EPJV.js";
import "./chunks/chunk-CJDJFWRB.js";
import "./chunks/chunk-C665IBJJ.js";
import {
  escapeUntrusted,
  escapeUntrustedLines
} from "./chunks/chunk-B3SSCLDR.js";
import "./chunks/chunk-BQVRSB7W.js";
import {
  FIX_KINDS
} from "./chunks/chunk-QQWMGWWF.js";

// src/cli/main.ts
import yargs from "yargs";
import { hideBin } from "yargs/helpers";

// src/cli/help-cache.ts
function withoutHelpCache(cli) {
  const internals = cli.getInternalMethods?.();
  const usage = internals?.getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {
  };
  return cli;
}

// src/cli/audit-command.ts
var accountOptions = (y) => y.option("profile", { type: "string", describe: "AWS profile (default: the SDK default credential chain)" }).option("regions", { type: "string", array: true, coerce: listArgument, describe: "Regions to audit (space- or comma-separated), or 'all' (default: every region enabled for the account)" }).option("accounts", { type: "string", array: true, coerce: listArgument, describe: "Member account IDs to audit through --role-name (space- or comma-separated)" }).option("org", { type: "boolean", default: false, describe: "Audit every active account of the organization through --role-name" }).option("role-name", { type: "string", describe: "Read-only role assumed in each member account" }).option("external-id", { type: "string", describe: "External ID for AssumeRole" }).option("shard", { type: "string", describe: "This run's part of the accounts, i/n (for CI matrices)" }).option("jobs-since", { type: "string", describe: "Audit jobs created since this date (YYYY-MM-DD) or this many days (default 30), plus running ones" }).option("all-jobs", { type: "boolean", default: false, describe: "Audit every job, whatever its age" }).option("save-snapshot", { type: "string", describe: "Write the collected state here; `sagelint scan FILE` re-runs the rules offline" }).option("source-root", {
  type: "string",
  describe: "Report findings on resources CloudFormation created at their logical ID in the stack templates under this folder (see docs/audit.md)"
}).option("allow-gaps", {
  type: "boolean",
  default: false,
  describe: "Accept an incomplete audit: no exit 2 when an account, region or service could not be read (the reports still say INCOMPLETE)"
}).option("fail-on-gaps", { type: "boolean", default: false, describe: "Exit 2 on any coverage gap, even one resource or an operation the endpoint lacks" }).option("endpoint-url", { type: "string", describe: "One endpoint for every AWS service (a local AWS API); default: AWS, AWS_ENDPOINT_URL or the profile's endpoint_url" }).option("security-hub", {
  type: "boolean",
  default: false,
  describe: "Send the findings (as ASFF) to each account's Security Hub in their region with BatchImportFindings, the one write sagelint makes; exit 2 unless every finding is imported"
});
var auditOptions = (y) => reportOptions(ruleOptions(accountOptions(y), { configFrom: "--source-root, else from the working directory" }));
var auditCommand = {
  command: "audit",
  describe: "Audit live AWS accounts (read-only API calls; --security-hub also imports the findings) with the same rules",
  builder: auditOptions,
  handler: async (args) => {
    const { runAudit } = await import("./chunks/run-audit-KUSDLBOD.js");
    process.exitCode = await runAudit(args);
  }
};

// src/cli/fix-command.ts
function fixKinds(values) {
  const kinds = listArgument(typeof values === "string" ? [values] : values);
  const unknown = kinds.filter((k) => !FIX_KINDS.includes(k));
  if (unknown.length) throw new Error(`--include: unknown kind of fix ${unknown.map((k) => `'${k}'`).join(", ")} (choose from ${FIX_KINDS.join(", ")})`);
  return kinds;
}
var fixOptions = (y) => ruleOptions(inputOptions(y).positional("paths", { type: "string", array: true, default: ["."], describe: "Files or folders to fix" }), {
  configFrom: "the scan root",
  appliesFixes: true
}).option("dry-run", { type: "boolean", default: false, describe: "Print a unified diff, and the kind of each fix, instead of writing files" }).option("include", {
  type: "string",
  coerce: fixKinds,
  describe: "Also apply fixes of these kinds (comma-separated): replaces (the resource is replaced), capacity (changes instance counts and cost). Safe fixes always apply"
});
var fixCommand = {
  command: "fix [paths..]",
  describe: "Apply the fixes sagelint offers to CloudFormation and Terraform files",
  builder: fixOptions,
  handler: async (args) => {
    const { runFix } = await import("./chunks/run-fix-Y6UX7Z3R.js");
    process.exitCode = await runFix(args);
  }
};

// src/cli/lsp-command.ts
var lspOptions = (y) => y.option("stdio", { type: "boolean", default: true, describe: "Speak LSP over stdin and stdout (the only transport)" }).option("max-file-size", { type: "number", default: 5, describe: "Refuse files larger than this many MB, as scan does" });
var lspCommand = {
  command: "lsp",
  describe: "Run the language server (LSP over stdin/stdout): diagnostics and quick fixes as you edit",
  builder: lspOptions,
  handler: async (args) => {
    const { startLanguageServer } = await import("./chunks/server-MCHAYYHZ.js");
    startLanguageServer({ maxFileSizeMb: args["max-file-size"] });
  }
};

// src/cli/merge-command.ts
import { appendFile, readFile, writeFile } from "node:fs/promises";
var MERGE_FORMATS = ["json", "sarif", "text", "markdown"];
var mergeOptions = (y) => y.positional("files", { type: "string", array: true, demandOption: true, describe: "Reports to merge, all JSON or all SARIF" }).option("output", { alias: "o", type: "string", describe: "Write the merged report here instead of stdout" }).option("format", {
  alias: "f",
  choices: MERGE_FORMATS,
  describe: "Output format (default: from the --output extension, else that of the inputs); text and markdown need JSON inputs"
}).option("summary", SUMMARY_OPTION).option("fail-on", { choices: FAIL_ON, default: "none", describe: "Lowest severity of a merged finding that fails the run, exit 1" }).option("allow-gaps", { type: "boolean", default: false, describe: "Exit 0 or 1 even when an input is an incomplete audit (default: exit 2)" });
var mergeCommand = {
  command: "merge <files..>",
  describe: "Combine JSON reports, or SARIF reports, into one (e.g. the shards of an audit); findings in several are kept once",
  builder: mergeOptions,
  handler: async (args) => {
    process.exitCode = await runMerge(args);
  }
};
async function runMerge(args) {
  const { classifyReport, jsonReportToScanResult, mergeJsonReports, mergeSarifLogs, MergeError, sarifHasFailingResults, sarifIsIncomplete } = await import("./chunks/merge-BGEX4WRR.js");
  const { writeOutputFile } = await import("./chunks/output-file-6BT6FOPA.js");
  const { escapeUntrusted: escapeUntrusted2, inertJson } = await import("./chunks/untrusted-text-G2W6O33J.js");
  try {
    const inputs = [];
    for (const file of args.files) {
      let data;
      try {
        data = JSON.parse(await readFile(file, "utf8"));
      } catch (err) {
        throw new MergeError(`${file}: cannot read: ${err.message}`);
      }
      inputs.push(classifyReport(file, data));
    }
    const kinds = new Set(inputs.map((i) => i.kind));
    if (kinds.size !== 1) throw new MergeError("merge JSON reports with JSON reports, and SARIF with SARIF");
    const inputKind = inputs[0].kind;
    const format = args.format ?? formatOfFile(args.output, MERGE_FORMATS) ?? inputKind;
    if (format !== inputKind && inputKind === "sarif") throw new MergeError(`a ${format} report is made from JSON reports: merge SARIF into SARIF`);
    if (format === "sarif" && inputKind === "json") throw new MergeError("a SARIF report is made from SARIF reports: merge JSON into JSON, text or markdown");
    if (args.summary && inputKind === "sarif") throw new MergeError("--summary is made from JSON reports");
    let text;
    let failing;
    let incomplete;
    if (inputKind === "json") {
      const merged = mergeJsonReports(inputs.map((i) => i.kind === "json" ? i.report : void 0).filter((r) => r !== void 0));
      const result = jsonReportToScanResult(merged);
      const { exitCode } = await import("./chunks/run-scan-U5QJ2RZ3.js");
      failing = exitCode(result, args["fail-on"]) === EXIT.findings;
      incomplete = merged.incomplete === true;
      const human = (as) => renderHuman(as, result, merged.rules, args);
      text = format === "json" ? `${inertJson(JSON.stringify(merged, null, 2))}
` : await human(format);
      const summary = args.summary;
      if (summary && !await writeOutputFile(summary, async () => appendFile(summary, `${await human("markdown")}
`))) {
        return EXIT.error;
      }
    } else {
      const merged = mergeSarifLogs(inputs.map((i) => i.kind === "sarif" ? i.log : void 0).filter((l) => l !== void 0));
      failing = args["fail-on"] !== "none" && sarifHasFailingResults(merged, args["fail-on"]);
      incomplete = sarifIsIncomplete(merged);
      text = `${inertJson(JSON.stringify(merged, null, 2))}
`;
    }
    const output = args.output;
    if (!output) process.stdout.write(text);
    else if (!await writeOutputFile(output, () => writeFile(output, text))) return EXIT.error;
    if (incomplete && !args["allow-gaps"]) {
      process.stderr.write("sagelint: a merged report is an incomplete audit (see its INCOMPLETE line and coverage notes); --allow-gaps accepts that\n");
      return EXIT.error;
    }
    return failing ? EXIT.findings : EXIT.clean;
  } catch (err) {
    if (!(err instanceof MergeError)) throw err;
    process.stderr.write(`sagelint: ${escapeUntrusted2(err.message)}
`);
    return EXIT.error;
  }
}
async function renderHuman(format, result, reported, args) {
  const { loadCatalog } = await import("./chunks/rules-command-4XG7QLA5.js");
  const { reportedRuleMeta } = await import("./chunks/merge-BGEX4WRR.js");
  const own = new Map((await loadCatalog()).map((rule) => [rule.id, rule]));
  const rules = reported.map((rule) => !rule.origin && own.get(rule.id) || reportedRuleMeta(rule));
  const color = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && !args.output;
  return renderedText(format, result, rules, { failOn: args["fail-on"], color, quiet: false });
}

// src/cli/scan-command.ts
var scanOptions = (y) => reportOptions(ruleOptions(inputOptions(y).positional("paths", { type: "string", array: true, default: ["."], describe: "Files or folders to scan" }), { configFrom: "the scan root" })).option("changed-since", { type: "string", describe: "Report only findings introduced since the merge base of this git ref and HEAD (for pull requests)" }).option("baseline", { type: "string", describe: "Fail only on findings not in this baseline (see `sagelint baseline`)" }).option("config-from-ref", { type: "string", describe: "Read the config from this git ref (the base branch), not the working tree (trusted mode for pull requests)" }).option("baseline-from-ref", { type: "string", describe: "Read the baseline (--baseline, default .sagelint-baseline.json) from this git ref, not the working tree" });
var scanCommand = {
  command: "scan [paths..]",
  describe: "Check templates, Terraform and snapshots under the given paths",
  builder: scanOptions,
  handler: async (args) => {
    const { runScan } = await import("./chunks/run-scan-U5QJ2RZ3.js");
    process.exitCode = await runScan(args);
  }
};
var baselineOptions = (y) => ruleOptions(inputOptions(y).positional("paths", { type: "string", array: true, default: ["."], describe: "Files or folders to scan" }), { configFrom: "the scan root" }).option(
  "output",
  { alias: "o", type: "string", default: ".sagelint-baseline.json", describe: "Baseline file to write" }
);
var baselineCommand = {
  command: "baseline [paths..]",
  describe: "Record the current findings so later scans fail only on new ones",
  builder: baselineOptions,
  handler: async (args) => {
    const { runBaseline } = await import("./chunks/run-scan-U5QJ2RZ3.js");
    process.exitCode = await runBaseline(args);
  }
};

// src/cli/main.ts
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
try {
  const cli = yargs(hideBin(process.argv)).scriptName("sagelint").usage("$0 <command> [options]\n\nSecurity linter and auditor for Amazon SageMaker deployments.").command(scanCommand).command(auditCommand).command(fixCommand).command(mergeCommand).command(baselineCommand).command(rulesCommand).command(explainCommand).command(lspCommand).demandCommand(1, "Name a command: scan, audit, fix, baseline, merge, rules, explain or lsp.").strict().version(toolVersion()).alias("h", "help").alias("v", "version").wrap(Math.min(100, process.stdout.columns || 100)).epilogue(
    "Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage, config, input or output error.\nDocs: https://github.com/sagelint/sagelint"
  ).fail((message, error) => {
    if (error && error.name !== "YError" && error !== message) throw error;
    process.stderr.write(`sagelint: ${escapeUntrusted(message)}
Run 'sagelint --help' for usage.
`);
    process.exit(EXIT.error);
  });
  await withoutHelpCache(cli).parseAsync();
} catch (error) {
  const { message, stack } = error ?? {};
  const detail = process.env.SAGELINT_DEBUG && stack ? escapeUntrustedLines(stack) : escapeUntrusted(message ?? "");
  process.stderr.write(`sagelint: internal error: ${detail}
Please report it with the input that caused it (set SAGELINT_DEBUG=1 for details).
`);
  process.exitCode = EXIT.error;
}
