import {
  explainCommand,
  loadCatalog,
  rulesCommand
} from "./chunk-KTOIWA5G.js";
export {
  explainCommand,
  loadCatalog,
  rulesCommand
};
