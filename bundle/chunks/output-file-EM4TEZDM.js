import {
  writeOutputFile
} from "./chunk-VISZIEAE.js";
import "./chunk-EMSR244R.js";
import "./chunk-RM4BNA5F.js";
export {
  writeOutputFile
};
