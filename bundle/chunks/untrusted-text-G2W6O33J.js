import {
  escapeUntrusted,
  escapeUntrustedLines,
  inertHtml,
  inertJson
} from "./chunk-B3SSCLDR.js";
export {
  escapeUntrusted,
  escapeUntrustedLines,
  inertHtml,
  inertJson
};
