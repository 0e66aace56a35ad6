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
