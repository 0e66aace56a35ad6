import {
  explainCommand,
  loadCatalog,
  rulesCommand
} from "./chunk-KTJHBANR.js";
export {
  explainCommand,
  loadCatalog,
  rulesCommand
};
