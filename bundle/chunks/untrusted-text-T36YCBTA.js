import {
  escapeUntrusted,
  inertJson
} from "./chunk-BSUHQOLV.js";
export {
  escapeUntrusted,
  inertJson
};
