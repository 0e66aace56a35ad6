import {
  CSV_COLUMNS,
  csvField,
  csvReportText
} from "./chunk-NQAU235W.js";
import "./chunk-IFGQ4GK5.js";
import "./chunk-BHUSQXRU.js";
import "./chunk-IS4SSPBS.js";
import "./chunk-EMSR244R.js";
import "./chunk-RM4BNA5F.js";
export {
  CSV_COLUMNS,
  csvField,
  csvReportText
};
