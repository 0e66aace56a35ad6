import {
  writeOutputFile
} from "./chunk-LUZQY4GM.js";
import "./chunk-BSUHQOLV.js";
export {
  writeOutputFile
};
