import {
  checkedInput,
  configInputFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
} from "./chunk-4CSTNXJU.js";
import "./chunk-I47XARTC.js";
import "./chunk-RKEFTAZU.js";
import "./chunk-EMSR244R.js";
import "./chunk-HCU2I2RT.js";
import "./chunk-2I7KX7CV.js";
import "./chunk-RM4BNA5F.js";
export {
  checkedInput,
  configInputFor,
  explainCommand,
  loadCatalog,
  loadCatalogFor,
  rulesCommand
};
