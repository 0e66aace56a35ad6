#!/usr/bin/env node
import "./chunks/chunk-RM4BNA5F.js";

// src/cli/compile-cache.ts
import nodeModule from "node:module";
function enableCompileCacheQuietly(api = nodeModule) {
  try {
    api.enableCompileCache?.();
  } catch {
  }
}

// src/cli/start.ts
enableCompileCacheQuietly();
await import("./chunks/main-TWEX62JZ.js");
