import {
  explainCommand,
  loadCatalog,
  rulesCommand
} from "./chunk-MTRX4ICL.js";
import "./chunk-B3SSCLDR.js";
export {
  explainCommand,
  loadCatalog,
  rulesCommand
};
