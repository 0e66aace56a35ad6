import {
  escapeUntrusted
} from "./chunk-B3SSCLDR.js";

// src/cli/exit-codes.ts
var EXIT = { clean: 0, findings: 1, error: 2 };

// src/cli/rules-command.ts
async function loadCatalog() {
  return (await import("./rules-2JOVT75D.js")).ALL_RULES;
}
var rulesCommand = {
  command: "rules",
  describe: "List every rule with its severity and what it checks",
  builder: (y) => y.option("format", { choices: ["table", "json"], default: "table", describe: "Output format" }),
  handler: async (args) => {
    const rules = await loadCatalog();
    if (args.format === "json") {
      const { rulesAsJson } = await import("./rule-catalog-NEAFF6XB.js");
      process.stdout.write(`${JSON.stringify(rulesAsJson(rules), null, 2)}
`);
      return;
    }
    const { rulesTable } = await import("./rule-catalog-NEAFF6XB.js");
    process.stdout.write(rulesTable(rules));
  }
};
var explainCommand = {
  command: "explain <id>",
  describe: "Show a rule's documentation: what it checks, why, and how to fix it",
  builder: (y) => y.positional("id", { type: "string", describe: "Rule ID, e.g. SM001" }),
  handler: async (args) => {
    const rules = await loadCatalog();
    const rule = rules.find((r) => r.id.toLowerCase() === args.id.toLowerCase() || r.name === args.id);
    if (!rule) {
      process.stderr.write(`sagelint: no rule ${escapeUntrusted(args.id)}; run 'sagelint rules' for the list
`);
      process.exitCode = EXIT.error;
      return;
    }
    const { ruleDocPage } = await import("./rule-catalog-NEAFF6XB.js");
    process.stdout.write(ruleDocPage(rule));
  }
};

export {
  EXIT,
  loadCatalog,
  rulesCommand,
  explainCommand
};
