import {
  writeOutputFile
} from "./chunk-3T6M6VXE.js";
import "./chunk-B3SSCLDR.js";
export {
  writeOutputFile
};
