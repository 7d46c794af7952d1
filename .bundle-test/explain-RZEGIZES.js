import {
  eventPasses,
  expandSyscalls,
  explainAction,
  explainOptions,
  explainTrace,
  failOnCode,
  hiddenProbeFailures,
  runExplain,
  storyPasses
} from "./chunk-2QV3PA32.js";
import "./chunk-6GLZII33.js";
import "./chunk-NJSNFNWR.js";
import "./chunk-MJVH4NUW.js";
import "./chunk-ASAXTFM3.js";
import "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import "./chunk-IMBRNHBK.js";
import "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";
export {
  eventPasses,
  expandSyscalls,
  explainAction,
  explainOptions,
  explainTrace,
  failOnCode,
  hiddenProbeFailures,
  runExplain,
  storyPasses
};
