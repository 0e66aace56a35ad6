import {
  checkedInput,
  configInputFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
} from "./chunk-MEB5D7BR.js";
import "./chunk-PA4IPTCS.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-TCK6QKO3.js";
import "./chunk-RM4BNA5F.js";
export {
  checkedInput,
  configInputFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
};
