import { createRequire as __sagelintCreateRequire } from 'node:module';
const require = __sagelintCreateRequire(import.meta.url);
import {
  escapeUntrusted,
  escapeUntrustedLines,
  inertHtml,
  inertJson
} from "./chunk-EMSR244R.js";
import "./chunk-RM4BNA5F.js";
export {
  escapeUntrusted,
  escapeUntrustedLines,
  inertHtml,
  inertJson
};
