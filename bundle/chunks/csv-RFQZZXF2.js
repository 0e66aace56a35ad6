import {
  CSV_COLUMNS,
  csvField,
  csvReportText
} from "./chunk-FTRF2ESH.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-TAZCZXQ6.js";
import "./chunk-B3SSCLDR.js";
export {
  CSV_COLUMNS,
  csvField,
  csvReportText
};
