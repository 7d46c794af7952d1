import {
  overview,
  sanitize
} from "./chunk-ASAXTFM3.js";

// dist/src/render/call.js
function callText(ev, decoded, format) {
  switch (ev.type) {
    case "syscall":
      return syscallText(ev, decoded, format);
    case "signal":
      return ev.stopped ? `--- stopped by ${ev.signal} ---` : `--- ${ev.signal}${ev.info !== void 0 ? ` {${ev.info}}` : ""} ---`;
    case "exit":
      if (ev.supersededBy !== void 0)
        return `+++ superseded by execve in pid ${String(ev.supersededBy)} +++`;
      if (ev.signal)
        return `+++ killed by ${ev.signal}${ev.core ? " (core dumped)" : ""} +++`;
      return `+++ exited with ${String(ev.code ?? "?")} +++`;
    case "attach":
    case "detach":
    case "tracer":
      return ev.message;
    case "output":
      return ev.text;
    case "summary":
      return ev.text;
    case "unparsed":
      return ev.text;
  }
}
function syscallText(ev, d, format) {
  const rebuild = format !== void 0 && format !== "strace" && d !== void 0;
  const args = rebuild ? d.args.map(argText).join(", ") : ev.args;
  const head = `${ev.syscall}(${args}`;
  if (ev.status === "unfinished")
    return `${head} <unfinished ...>`;
  if (ev.status === "detached")
    return `${head} <detached ...>`;
  const r = ev.ret;
  if (!r)
    return `${head})`;
  return `${head}) = ${rebuild ? retText(ev, d) : r.text}`;
}
function retText(ev, d) {
  const r = ev.ret;
  const name = d.errno?.name ?? r.errno;
  if (name || r.errnoNumber !== void 0) {
    const msg = d.errno?.message ?? r.message;
    return `-1 ${name ?? `errno ${String(r.errnoNumber)}`}${msg ? ` (${msg})` : ""}`;
  }
  if (r.value === null)
    return "?";
  if (r.hex)
    return `0x${r.value.toString(16)}`;
  return String(r.value);
}
var DECIMAL = /* @__PURE__ */ new Set(["fd", "dirfd", "size", "socklen", "pid", "protocol"]);
function argText(a) {
  if (a.endpoint)
    return sockaddrText(a.endpoint, a.text);
  if (a.string !== void 0 && a.kind === "path")
    return JSON.stringify(a.string);
  if (a.kind === "dirfd" && a.int !== void 0 && a.named?.[0]?.name === "AT_FDCWD")
    return "AT_FDCWD";
  if (a.named && a.named.length > 0 && a.named.every((n) => n.name))
    return a.named.map((n) => n.name).join("|");
  if (a.int !== void 0 && DECIMAL.has(a.kind) && !/^0x[0-9a-fA-F]{7,}$/.test(a.text))
    return String(a.int);
  return a.text;
}
function sockaddrText(ep, raw) {
  if (ep.inferred && ep.family === "AF_UNIX" && (typeof ep.path !== "string" || ep.path === ""))
    return `${raw} /* sockaddr_un, path not shown */`;
  if (ep.inferred && (ep.family === "AF_INET" || ep.family === "AF_INET6") && ep.address === "")
    return `${raw} /* ${ep.family === "AF_INET" ? "sockaddr_in" : "sockaddr_in6"}, address not shown */`;
  if (ep.family === "AF_UNIX" && typeof ep.path === "string") {
    return `{sa_family=AF_UNIX, sun_path=${ep.abstract ? "@" : ""}${JSON.stringify(ep.path)}}`;
  }
  if (ep.family === "AF_INET" && typeof ep.address === "string") {
    return `{sa_family=AF_INET, sin_port=htons(${String(ep.port)}), sin_addr=inet_addr("${ep.address}")}`;
  }
  if (ep.family === "AF_INET6" && typeof ep.address === "string") {
    return `{sa_family=AF_INET6, sin6_port=htons(${String(ep.port)}), sin6_addr=inet_pton(AF_INET6, "${ep.address}")}`;
  }
  if (ep.inferred)
    return `${raw} /* ${ep.family} sockaddr */`;
  return raw;
}

// dist/src/render/color.js
var wrap = (open, close) => (s) => `\x1B[${String(open)}m${s}\x1B[${String(close)}m`;
var ANSI = {
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39)
};
var id = (s) => s;
var PLAIN = { dim: id, bold: id, red: id, yellow: id, cyan: id, green: id };
function palette(color) {
  return color ? ANSI : PLAIN;
}

// dist/src/render/text.js
var DEFAULT_CALL_WIDTH = 120;
function whoText(ev, format) {
  if (ev.pid !== void 0 && ev.tid !== void 0 && ev.tid !== ev.pid) {
    return `${String(ev.pid)}/${format === "dtruss" ? `0x${ev.tid.toString(16)}` : String(ev.tid)}`;
  }
  const id2 = ev.pid ?? ev.tid;
  return id2 === void 0 ? "" : String(id2);
}
function timeText(ev) {
  if (ev.timeText !== void 0)
    return ev.timeText;
  if (ev.relative !== void 0)
    return `+${ev.relative.toFixed(6)}`;
  return "";
}
function cutCall(s, width) {
  if (s.length <= width)
    return s;
  const i = s.lastIndexOf(") = ");
  if (i > 0) {
    const tail = s.slice(i);
    const room = width - tail.length - 1;
    if (room >= 24)
      return s.slice(0, room) + "\u2026" + tail;
  }
  return s.slice(0, Math.max(1, width - 1)) + "\u2026";
}
function failed(ev) {
  return ev.type === "syscall" && !!(ev.ret?.errno || ev.ret?.errnoNumber !== void 0);
}
function groupSummary(story) {
  const counts = /* @__PURE__ */ new Map();
  for (const it of story.items) {
    const k = it.event.type === "syscall" ? it.event.syscall : it.event.type;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const parts = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, n]) => n > 1 ? `${k} \xD7${String(n)}` : k);
  const more = counts.size > 4 ? ", \u2026" : "";
  return `[${String(story.items.length)} calls: ${parts.join(", ")}${more}]`;
}
function storyCall(story, format) {
  if (story.items.length > 1)
    return groupSummary(story);
  const it = story.items[0];
  let s = callText(it.event, it.decoded, format);
  if (it.event.type === "syscall" && it.event.duration !== void 0)
    s += ` <${it.event.duration.toFixed(6)}>`;
  return s;
}
function renderStoryLine(story, opts = {}) {
  const p = palette(opts.color);
  const first = story.items[0].event;
  const who = whoText(first, opts.format);
  const time = timeText(first);
  const call = sanitize(cutCall(storyCall(story, opts.format), opts.callWidth ?? DEFAULT_CALL_WIDTH));
  const lead = [who && p.dim(who.padEnd(5)), time && p.dim(time)].filter(Boolean).join(" ");
  const bad = story.items.length === 1 && failed(first);
  const callPart = story.items.length > 1 ? p.dim(call) : bad ? p.red(call) : call;
  const sentence = sanitize(story.sentence);
  return `${lead ? `${lead} ` : ""}${callPart}  ${p.dim("\u2192")} ${bad ? p.yellow(sentence) : sentence}`;
}
var SEVERITY_LABEL = { error: "ERROR", warning: "WARNING", info: "INFO" };
function sevColor(p, s) {
  return s === "error" ? p.red : s === "warning" ? p.yellow : p.cyan;
}
function renderOverviewText(input, opts = {}) {
  const text = overview(input);
  if (!text)
    return "";
  const p = palette(opts.color);
  const lines = wrapText(sanitize(text), 96);
  return `${p.bold("In short:")} ${lines[0]}
${lines.slice(1).map((l) => `          ${l}
`).join("")}
`;
}
function renderFindingsText(findings, opts = {}) {
  const p = palette(opts.color);
  if (findings.length === 0)
    return `${p.bold("Findings:")} none
`;
  const out = [p.bold(`Findings (${String(findings.length)}):`)];
  for (const f of findings) {
    const inFiles = findingFiles(f);
    const where = [
      f.pid !== void 0 ? `pid ${String(f.pid)}` : "",
      f.lines.length ? `line${f.lines.length > 1 ? "s" : ""} ${linesText(f.lines)}${inFiles ? ` in ${sanitize(inFiles)}` : ""}` : ""
    ].filter(Boolean).join(", ");
    out.push(`  ${sevColor(p, f.severity)(SEVERITY_LABEL[f.severity].padEnd(7))} ${p.bold(sanitize(f.title))} ${p.dim(`[${f.id}${where ? `; ${where}` : ""}]`)}`);
    for (const l of wrapText(sanitize(f.explanation), 96))
      out.push(`          ${l}`);
    if (f.hint)
      for (const [i, l] of wrapText(sanitize(f.hint), 90).entries())
        out.push(`          ${i === 0 ? p.green("Hint:") + " " : "      "}${l}`);
  }
  return out.join("\n") + "\n";
}
function findingFiles(f) {
  const files = f.files ?? (f.file !== void 0 ? [f.file] : []);
  return files.length ? files.map((x) => x.split(/[\\/]/).pop() || x).join(", ") : void 0;
}
function linesText(lines, max = 8) {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
      j++;
    ranges.push(j > i ? `${String(sorted[i])}-${String(sorted[j])}` : String(sorted[i]));
    i = j + 1;
  }
  if (ranges.length <= max)
    return ranges.join(", ");
  return `${ranges.slice(0, max).join(", ")} \u2026 (+${String(ranges.length - max)} more)`;
}
function wrapText(s, width) {
  const out = [];
  for (const para of s.split("\n")) {
    let line = "";
    for (const w of para.split(" ")) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else
        line = line ? `${line} ${w}` : w;
    }
    out.push(line);
  }
  return out;
}
function renderHeaderText(input, opts = {}) {
  const p = palette(opts.color);
  const names = input.files.map((f) => sanitize(f));
  const files = names.length === 0 ? "stdin" : names.length <= 3 ? names.join(", ") : `${names[0]} \u2026 ${names.at(-1)} (${String(names.length)} files)`;
  return p.bold(`tracex: ${files} (${input.format}, ${input.os} numbering)`) + "\n";
}
function count(n, noun) {
  return `${String(n)} ${noun}${n === 1 ? "" : "s"}`;
}
function renderStatsLine(stats, opts = {}) {
  const p = palette(opts.color);
  const unparsed = stats.unparsed ? p.yellow(`${String(stats.unparsed)} unparsed`) : "0 unparsed";
  const stopped = stats.interrupted ? p.yellow(" \u2014 stopped by Ctrl-C: only the lines read so far") : "";
  return p.dim(`${count(stats.lines, "line")}, ${count(stats.events, "event")}, `) + unparsed + p.dim(` (${stats.format}, ${stats.os})`) + stopped + "\n";
}

export {
  callText,
  palette,
  whoText,
  timeText,
  storyCall,
  renderStoryLine,
  renderOverviewText,
  renderFindingsText,
  findingFiles,
  linesText,
  renderHeaderText,
  renderStatsLine
};
