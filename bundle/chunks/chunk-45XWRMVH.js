import {
  ruleDocsUri
} from "./chunk-BHUSQXRU.js";

// src/report/rule-help.ts
function ruleHelp(rule) {
  const outline = helpOutline(rule);
  return { text: renderText(outline), markdown: renderMarkdown(outline) };
}
function helpOutline(rule) {
  const { docs } = rule;
  const { remediation } = docs;
  const paragraph = (text) => ({ kind: "paragraph", text });
  const code = (language, text) => text ? [{ kind: "code", language, text: text.replace(/\n+$/, "") }] : [];
  const labelled = (label, blocks) => blocks.length ? [paragraph(`${label}:`), ...blocks] : [];
  const sections = [
    { blocks: [paragraph(docs.summary), paragraph(docs.description)] },
    // A plugin's or rules file's rule may leave out the risk.
    ...docs.risk ? [{ heading: "Risk", blocks: [paragraph(docs.risk)] }] : [],
    {
      heading: "Remediation",
      blocks: [
        ...labelled("CloudFormation", code("yaml", remediation.cloudformation)),
        ...labelled("Terraform", code("hcl", remediation.terraform)),
        ...labelled("sagelint config", code("yaml", remediation.config)),
        ...labelled("AWS CLI", code("sh", remediation.cli)),
        ...labelled("Console", remediation.console ? [paragraph(remediation.console)] : []),
        ...remediation.recreate ? [paragraph(`The resource must be recreated: ${remediation.recreate}`)] : []
      ]
    },
    { heading: "References", blocks: [{ kind: "list", items: [...docs.guidance.map((g) => ({ text: g.title, url: g.url })), ...ruleDocsUri(rule) ? [{ text: `${rule.id} documentation`, url: ruleDocsUri(rule) }] : []] }] }
  ];
  const aliases = Object.entries(docs.alsoKnownAs ?? {}).filter(([, ids]) => ids.length > 0);
  if (aliases.length) {
    sections.push({ heading: "Also known as", blocks: [{ kind: "list", items: aliases.map(([tool, ids]) => ({ text: `${tool}: ${ids.join(", ")}` })) }] });
  }
  if (docs.notes?.length) {
    sections.push({ heading: "Notes", blocks: [{ kind: "list", items: docs.notes.map((text) => ({ text })) }] });
  }
  return sections.filter((section) => section.blocks.length > 0);
}
function renderMarkdown(outline) {
  const block = (b) => {
    switch (b.kind) {
      case "paragraph":
        return b.text;
      case "code": {
        const fence = "`".repeat(Math.max(3, longestBacktickRun(b.text) + 1));
        return `${fence}${b.language}
${b.text}
${fence}`;
      }
      case "list":
        return b.items.map((item) => `- ${item.url ? `[${item.text}](${item.url})` : item.text}`).join("\n");
    }
  };
  return outline.map((section) => [...section.heading ? [`## ${section.heading}`] : [], ...section.blocks.map(block)].join("\n\n")).join("\n\n");
}
function renderText(outline) {
  const block = (b) => {
    switch (b.kind) {
      case "paragraph":
        return b.text;
      case "code":
        return b.text.split("\n").map((line) => `    ${line}`).join("\n");
      case "list":
        return b.items.map((item) => `- ${item.text}${item.url ? `: ${item.url}` : ""}`).join("\n");
    }
  };
  return outline.map((section) => [...section.heading ? [`${section.heading.toUpperCase()}`] : [], ...section.blocks.map(block)].join("\n\n")).join("\n\n");
}
function longestBacktickRun(text) {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}

export {
  ruleHelp
};
