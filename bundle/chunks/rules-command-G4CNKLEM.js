import {
  configFileFor,
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
} from "./chunk-G33L3KGT.js";
import "./chunk-EDMUZQSU.js";
import "./chunk-B36SQNEU.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-M2XUS5AP.js";
export {
  configFileFor,
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
};
