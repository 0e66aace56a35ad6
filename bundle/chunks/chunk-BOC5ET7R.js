
// src/model/fix-data.ts
function asFixData(value, from, into) {
  const data = value.t === "list" ? listData(value.items, from, into) : fixData(value, from, into);
  return Array.isArray(data) && data.length === 0 ? void 0 : data;
}
function listData(items, from, into) {
  const out = [];
  for (const item of items) {
    const data = fixData(item, from, into);
    if (data === void 0) return void 0;
    out.push(data);
  }
  return out;
}
function fixData(value, from, into) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" && value.v !== "" && !/<[a-z0-9-]+>/.test(value.v) ? value.v : void 0;
    case "ref": {
      if (from.source === "cloudformation") return value.attribute ? { "Fn::GetAtt": [value.target, value.attribute] } : { Ref: value.target };
      if (from.source !== "terraform") return void 0;
      const module = modulePrefix(into.id);
      if (modulePrefix(from.id) !== module || !value.target.startsWith(module)) return void 0;
      const address = value.target.slice(module.length);
      return value.attribute ? { "Fn::GetAtt": [address, value.attribute] } : { Ref: address };
    }
    case "unknown": {
      const name = from.source === "cloudformation" ? /^\$\{([A-Za-z0-9:]+)\}$/.exec(value.placeholder ?? "")?.[1] : void 0;
      return name ? { Ref: name } : void 0;
    }
    default:
      return void 0;
  }
}
function modulePrefix(address) {
  const parts = address.split(".");
  return parts.length > 2 ? `${parts.slice(0, -2).join(".")}.` : "";
}

export {
  asFixData,
  modulePrefix
};
