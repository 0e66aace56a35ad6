import {
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
} from "./chunk-QXIJMYNV.js";
import "./chunk-CJDJFWRB.js";
import "./chunk-C665IBJJ.js";
import "./chunk-B3SSCLDR.js";
import "./chunk-BQVRSB7W.js";
import "./chunk-QQWMGWWF.js";
export {
  configSourceFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
};
