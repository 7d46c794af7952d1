import {
  browseAction,
  loadTui,
  runBrowse
} from "./chunk-U2RAHJVT.js";
import "./chunk-IMBRNHBK.js";
import "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";
export {
  browseAction,
  loadTui,
  runBrowse
};
