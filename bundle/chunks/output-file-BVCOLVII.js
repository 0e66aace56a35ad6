import {
  writeOutputFile
} from "./chunk-WOM36RHP.js";
export {
  writeOutputFile
};
