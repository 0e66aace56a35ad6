#!/usr/bin/env node
import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
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
await import("./chunks/main-WA3WH232.js");
