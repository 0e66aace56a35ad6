
// src/model/value.ts
function scalar(v, loc) {
  return { t: "scalar", v, loc };
}
function pathOf(value) {
  if (value.t === "omitted") return value.path;
  return value.loc.path;
}
function get(value, ...keys) {
  let current = value;
  for (const key of keys) current = step(current, key);
  return current;
}
var soughtPaths = /* @__PURE__ */ new WeakMap();
function pathSought(value) {
  return soughtPaths.get(value) ?? pathOf(value);
}
function sought(value, path) {
  soughtPaths.set(value, path);
  return value;
}
function copied(from, to) {
  const path = soughtPaths.get(from);
  return path ? sought(to, path) : to;
}
function step(value, key) {
  switch (value.t) {
    case "map": {
      const found = typeof key === "string" ? value.entries.get(key) : void 0;
      return found ?? omittedUnder(value, key);
    }
    case "list": {
      const found = typeof key === "number" ? value.items[key] : void 0;
      return found ?? omittedUnder(value, key);
    }
    case "oneOf":
      return sought(
        {
          t: "oneOf",
          loc: value.loc,
          options: value.options.map((o) => ({ via: o.via, value: step(o.value, key) }))
        },
        [...pathSought(value), key]
      );
    case "unknown":
      return sought(
        {
          t: "unknown",
          loc: value.loc,
          reason: value.reason,
          fallback: value.fallback && { via: value.fallback.via, value: step(value.fallback.value, key) }
        },
        [...pathSought(value), key]
      );
    case "omitted":
      return { t: "omitted", loc: value.loc, anchor: value.anchor, path: [...value.path, key] };
    case "ref":
      return sought({ t: "unknown", loc: value.loc, reason: `${value.text} is resolved at deploy time` }, [...pathSought(value), key]);
    case "scalar":
      return sought({ t: "unknown", loc: value.loc, reason: `expected an object at ${value.loc.path.join(".")}` }, [...pathSought(value), key]);
  }
}
function omittedUnder(parent, key) {
  return { t: "omitted", loc: parent.loc, anchor: parent, path: [...pathOf(parent), key] };
}
function withDefault(value, fallback) {
  if (fallback === void 0) return value;
  switch (value.t) {
    case "omitted":
      return value.fallback ? value : { ...value, fallback: scalar(fallback, value.loc) };
    case "oneOf":
      return copied(value, { ...value, options: value.options.map((o) => ({ ...o, value: withDefault(o.value, fallback) })) });
    case "unknown":
      return value.fallback ? copied(value, { ...value, fallback: { ...value.fallback, value: withDefault(value.fallback.value, fallback) } }) : value;
    default:
      return value;
  }
}
function leaves(value) {
  const out = [];
  collect(value, [], true, out);
  return out;
}
function collect(value, via, certain, out) {
  switch (value.t) {
    case "oneOf":
      for (const o of value.options) collect(o.value, [...via, o.via], false, out);
      return;
    case "unknown":
      if (value.fallback) collect(value.fallback.value, [...via, value.fallback.via], false, out);
      return;
    case "omitted":
      if (value.fallback && value.fallback.t !== "omitted") {
        const inner = [];
        collect(value.fallback, via, certain, inner);
        for (const l of inner) out.push({ ...l, defaulted: true });
      } else {
        out.push({ value, via, certain, defaulted: false });
      }
      return;
    default:
      out.push({ value, via, certain, defaulted: false });
  }
}
function isFullyKnown(value) {
  if (value.t === "unknown") return false;
  if (value.t === "oneOf") return value.options.every((o) => isFullyKnown(o.value));
  return true;
}
function judge(value, isBad) {
  const all = leaves(value);
  const bad = all.filter((l) => isBad(l.value));
  if (bad.length === 0) return void 0;
  const certain = bad.length === all.length && isFullyKnown(value);
  return { certainty: certain ? "definite" : "possible", bad, because: describeLeaves(bad, certain) };
}
function describeLeaves(bad, certain) {
  const first = bad[0];
  if (bad.length === 1 && first.via.length === 0) {
    if (first.defaulted) return `is omitted and defaults to ${displayConcrete(first.value)}`;
    return first.value.t === "omitted" ? "is omitted" : `is ${displayConcrete(first.value)}`;
  }
  const how = bad.map((l) => l.via.length ? `${describeLeaf(l)} when ${l.via.join(" and ")}` : describeLeaf(l));
  return `${certain ? "is" : "can be"} ${how.join(", or ")}`;
}
function describeLeaf(leaf) {
  const shown = displayConcrete(leaf.value);
  return leaf.defaulted ? `omitted (defaulting to ${shown})` : shown;
}
function displayConcrete(value) {
  switch (value.t) {
    case "scalar":
      return typeof value.v === "string" ? `'${value.v}'` : String(value.v);
    case "ref":
      return value.text;
    case "omitted":
      return "omitted";
    case "list":
      return `[${value.items.map(displayConcrete).join(", ")}]`;
    case "map":
      return "{…}";
    case "oneOf":
      return value.options.map((o) => displayConcrete(o.value)).join(" | ");
    case "unknown":
      return `unknown (${value.reason})`;
  }
}
function toPlain(value) {
  switch (value.t) {
    case "scalar":
      return value.v;
    case "list": {
      const items = value.items.map(toPlain);
      return items.some((i) => i === void 0) ? void 0 : items;
    }
    case "map": {
      const out = {};
      for (const [k, v] of value.entries) {
        const p = toPlain(v);
        if (p === void 0) return void 0;
        out[k] = p;
      }
      return out;
    }
    default:
      return void 0;
  }
}
function stringOf(value) {
  return value.t === "scalar" && typeof value.v === "string" ? value.v : void 0;
}

// src/model/defaults.ts
var AWS_DEFAULTS = {
  NotebookInstance: {
    DirectInternetAccess: "Enabled",
    RootAccess: "Enabled",
    "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion": "1"
  },
  Domain: {
    AppNetworkAccessType: "PublicInternetOnly"
  },
  Model: {
    EnableNetworkIsolation: false
  },
  EndpointConfig: {
    EnableNetworkIsolation: false
  },
  Job: {
    EnableNetworkIsolation: false,
    EnableInterContainerTrafficEncryption: false
  },
  // Redshift changed these for clusters created or restored since 10 January 2025
  // (CreateCluster API reference; AWS Security Blog "Amazon Redshift enhances security
  // by changing default behavior in 2025"): private, encrypted, and attached to
  // default.redshift-2.0, whose require_ssl is true.
  RedshiftCluster: {
    PubliclyAccessible: false,
    Encrypted: true,
    EnhancedVpcRouting: false,
    ClusterParameterGroupName: "default.redshift-2.0",
    // CreateCluster API reference: allowVersionUpgrade defaults to true, automatedSnapshotRetentionPeriod to 1 day.
    AllowVersionUpgrade: true,
    AutomatedSnapshotRetentionPeriod: 1,
    Port: 5439,
    MultiAZ: false,
    // CreateCluster and CreateNamespace: the first database is named dev when no name is given.
    DBName: "dev"
  },
  RedshiftServerlessNamespace: {
    DbName: "dev"
  },
  // CreateWorkgroup API reference: publiclyAccessible and enhancedVpcRouting default to false.
  RedshiftServerlessWorkgroup: {
    PubliclyAccessible: false,
    EnhancedVpcRouting: false
  },
  VpcEndpoint: {
    PrivateDnsEnabled: false,
    VpcEndpointType: "Gateway"
  }
};

export {
  scalar,
  pathOf,
  get,
  pathSought,
  withDefault,
  leaves,
  isFullyKnown,
  judge,
  displayConcrete,
  toPlain,
  stringOf,
  AWS_DEFAULTS
};
