import {
  CSV_COLUMNS,
  csvField,
  csvReportText
} from "./chunk-3QK5MUM5.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-RZA6EPJV.js";
import "./chunk-B3SSCLDR.js";
export {
  CSV_COLUMNS,
  csvField,
  csvReportText
};
