import {
  explainOptions,
  explainTrace,
  failOnCode,
  renderMarkdown
} from "./chunk-2QV3PA32.js";
import {
  linesText
} from "./chunk-6GLZII33.js";
import {
  Output,
  openTrace
} from "./chunk-NJSNFNWR.js";
import "./chunk-MJVH4NUW.js";
import {
  overview,
  sanitize
} from "./chunk-ASAXTFM3.js";
import "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import "./chunk-IMBRNHBK.js";
import {
  requireInput
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/cli/annotate.js
var key = (file, line) => `${file ?? ""}\0${String(line)}`;
function renderInline(records, comments, findings, brief = "") {
  const out = [];
  let file;
  for (const r of records) {
    if (r.file !== file && r.file !== void 0) {
      file = r.file;
      if (records.some((x) => x.file !== r.file))
        out.push(`# ==> ${sanitize(r.file)} <==`);
    }
    out.push(sanitize(r.text, { keepTabs: true }));
    for (const c of comments.get(key(r.file, r.line)) ?? [])
      out.push(`# ${sanitize(c)}`);
  }
  out.push("#");
  if (brief)
    out.push(`# In short: ${sanitize(brief)}`, "#");
  out.push(`# tracex findings (${String(findings.length)}):`);
  for (const f of findings) {
    out.push(`# ${f.severity.toUpperCase()} ${sanitize(f.title)} [${f.id}${f.lines.length ? `; line ${linesText(f.lines)}` : ""}]`);
    out.push(`#   ${sanitize(f.explanation)}`);
    if (f.hint)
      out.push(`#   Hint: ${sanitize(f.hint)}`);
  }
  return out.join("\n") + "\n";
}
async function runAnnotate(paths, opts, out, stdin) {
  const records = [];
  const readOpts = { ...opts };
  if (opts.inline) {
    readOpts.onRecord = (r) => {
      const x = { text: r.text, line: r.line };
      if (r.file !== void 0)
        x.file = r.file;
      records.push(x);
    };
  }
  const trace = await openTrace(paths, readOpts, stdin);
  const stories = [];
  const rest = await explainTrace(trace, opts, !opts.inline && opts.fold, (s) => {
    stories.push(s);
  });
  if (opts.inline) {
    const comments = /* @__PURE__ */ new Map();
    for (const s of stories)
      for (const it of s.items) {
        const ev = it.event;
        if (ev.type !== "syscall" && ev.type !== "signal" && ev.type !== "exit")
          continue;
        const k = key(ev.file, Math.max(...ev.lines));
        const list = comments.get(k) ?? [];
        list.push(it.explanation);
        comments.set(k, list);
      }
    out.write(renderInline(records, comments, rest.findings, overview(rest)));
  } else {
    const { hiddenProbes: _hidden, ...fields } = rest;
    const report = { ...fields, stories };
    out.write(renderMarkdown(report));
  }
  await out.end();
  return failOnCode(rest.findings, opts.failOn);
}
async function annotateAction(files, raw) {
  requireInput(files);
  const opts = { ...explainOptions(raw, { isTTY: false, env: process.env }), inline: raw.inline === true };
  process.exitCode = await runAnnotate(files, opts, new Output());
}
export {
  annotateAction,
  renderInline,
  runAnnotate
};
