import {
  propertyPathOf
} from "./chunk-5QBVJ72F.js";

// src/core/dialect.ts
var CANONICAL_DIALECT = {
  propertyName: (_resource, path) => path.join("."),
  literal: (value) => typeof value === "string" ? value : JSON.stringify(value),
  resourceType: (canonicalType) => canonicalType,
  proposedId: (canonicalId) => canonicalId,
  region: "${AWS::Region}",
  scope: "the template",
  canReference: (from, to) => from.loc.kind === "source" && to.loc.kind === "source" && from.loc.file === to.loc.file
};
var LIVE_DIALECT = { ...CANONICAL_DIALECT, scope: "the snapshot", canReference: () => false };
function propertyName(property, options = {}) {
  return { part: "property", property, ...options };
}
function literal(value) {
  return { part: "literal", value };
}
var REGION = { part: "region" };
var SCOPE = { part: "scope" };
function message(strings, ...values) {
  const parts = [];
  strings.forEach((text, i) => {
    parts.push(text);
    if (i < values.length) appendPart(parts, values[i]);
  });
  return { parts };
}
function joinText(texts, separator) {
  const parts = [];
  texts.forEach((text, i) => {
    if (i > 0) parts.push(separator);
    appendPart(parts, text);
  });
  return { parts };
}
function appendPart(parts, value) {
  if (typeof value === "object" && "parts" in value) parts.push(...value.parts);
  else if (typeof value === "object") parts.push(value);
  else parts.push(String(value));
}
function renderText(text, dialect, resource) {
  if (typeof text === "string") return text;
  return text.parts.map((part) => typeof part === "string" ? part : renderPart(part, dialect, resource)).join("");
}
function renderPart(part, dialect, resource) {
  switch (part.part) {
    case "literal":
      return dialect.literal(part.value);
    case "region":
      return dialect.region;
    case "scope":
      return dialect.scope;
    case "property": {
      const owner = part.of ?? resource;
      const name = dialect.propertyName(owner, pathOfProperty(part.property, owner));
      if (part.below === void 0) return name;
      const enclosing = dialect.propertyName(owner, pathOfProperty(part.below, owner));
      return name.startsWith(`${enclosing}.`) ? name.slice(enclosing.length + 1) : name;
    }
  }
}
function pathOfProperty(property, owner) {
  if (typeof property === "string") return property.split(".");
  return Array.isArray(property) ? property : propertyPathOf(owner, property);
}

export {
  CANONICAL_DIALECT,
  LIVE_DIALECT,
  propertyName,
  literal,
  REGION,
  SCOPE,
  message,
  joinText,
  renderText
};
