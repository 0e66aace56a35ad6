import {
  CSV_COLUMNS,
  csvField,
  csvReportText
} from "./chunk-XWNN7PAV.js";
import "./chunk-FZCBQZ7J.js";
import "./chunk-PQ3N5OJI.js";
import "./chunk-CCXHTN5D.js";
import "./chunk-B3SSCLDR.js";
export {
  CSV_COLUMNS,
  csvField,
  csvReportText
};
