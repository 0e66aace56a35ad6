import {
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
} from "./chunk-EAZZCMZO.js";
import "./chunk-XG5UDHWO.js";
import "./chunk-B36SQNEU.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-M2XUS5AP.js";
export {
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
};
