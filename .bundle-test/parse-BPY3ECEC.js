import {
  Output,
  StreamDecoder,
  eventToJson,
  openTrace,
  statsToJson
} from "./chunk-NJSNFNWR.js";
import "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import "./chunk-IMBRNHBK.js";
import {
  inputFlags
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/cli/parse.js
async function runParse(paths, opts, out, stdin) {
  const trace = await openTrace(paths, opts, stdin);
  const jsonOpts = { args: opts.args };
  if (opts.args && opts.decode)
    jsonOpts.decoder = new StreamDecoder(trace.os);
  if (opts.format === "json") {
    out.write('{"events":[');
    let first = true;
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        const wait = out.write((first ? "\n" : ",\n") + JSON.stringify(eventToJson(ev, jsonOpts)));
        if (wait)
          await wait;
        first = false;
      }
      if (out.isClosed)
        return 0;
    }
    out.write(`
],
"stats":${JSON.stringify(statsToJson(trace.stats()))}}
`);
  } else {
    for await (const batch of trace.batches) {
      for (const ev of batch) {
        const wait = out.write(JSON.stringify(eventToJson(ev, jsonOpts)) + "\n");
        if (wait)
          await wait;
      }
      if (out.isClosed)
        return 0;
    }
    out.write(JSON.stringify(statsToJson(trace.stats())) + "\n");
  }
  await out.end();
  return 0;
}
async function parseAction(files, raw) {
  const opts = { ...inputFlags(raw), format: raw.format, args: raw.args !== false, decode: raw.decode !== false };
  process.exitCode = await runParse(files, opts, new Output());
}
export {
  parseAction,
  runParse
};
