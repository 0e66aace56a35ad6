import {
  explainCommand,
  loadCatalog,
  rulesCommand
} from "./chunk-BMIBNRDF.js";
import "./chunk-B3SSCLDR.js";
export {
  explainCommand,
  loadCatalog,
  rulesCommand
};
