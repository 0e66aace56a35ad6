import {
  explainCommand,
  loadCatalog,
  rulesCommand
} from "./chunk-3YLT6W7D.js";
import "./chunk-B3SSCLDR.js";
export {
  explainCommand,
  loadCatalog,
  rulesCommand
};
