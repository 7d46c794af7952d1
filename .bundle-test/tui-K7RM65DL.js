import {
  Analyzer,
  callFailed,
  errnoMeaning,
  explainEvent
} from "./chunk-MJVH4NUW.js";
import {
  argViews,
  endpointText,
  lookupSyscall,
  overview,
  sanitize,
  wellKnown
} from "./chunk-ASAXTFM3.js";
import {
  decodeCall
} from "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/tui/index.js
import { jsx as _jsx5 } from "react/jsx-runtime";
import { render } from "ink";

// dist/src/tui/components/App.js
import { jsx as _jsx4, jsxs as _jsxs3 } from "react/jsx-runtime";
import { Box as Box4, Text as Text4, useApp, useStdout } from "ink";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";

// dist/src/tui/adapter.js
function decodeShown(ev, os, socketFamily) {
  try {
    return decodeCall(ev, os, socketFamily ? { socketFamily: () => socketFamily } : {});
  } catch {
    return void 0;
  }
}

// dist/src/tui/text.js
function fit(text, width) {
  if (width <= 0)
    return "";
  const keep = width * 2 + 8;
  if (text.length > keep)
    return fit(text.slice(0, keep), width);
  const s = sanitize(text);
  if (s.length <= width)
    return s;
  const cps = Array.from(s);
  if (cps.length <= width)
    return s;
  return cps.slice(0, Math.max(0, width - 1)).join("") + "\u2026";
}
function padStart(text, width) {
  return text.length >= width ? text : " ".repeat(width - text.length) + text;
}
function timeText(ev) {
  if (ev.timeText)
    return ev.timeText;
  if (ev.relative !== void 0)
    return `+${ev.relative.toFixed(6)}`;
  return "";
}
function eventParts(ev) {
  switch (ev.type) {
    case "syscall": {
      let call = `${ev.syscall}(${ev.args}`;
      let result = "";
      if (ev.status === "unfinished")
        result = "<unfinished ...>";
      else if (ev.status === "detached")
        result = "<detached ...>";
      else {
        call += ")";
        result = ev.ret ? `= ${ev.ret.text}` : "";
      }
      if (ev.status === "orphan-resumed")
        call = `<... ${call}`;
      return { call, result };
    }
    case "signal":
      return { call: ev.stopped ? `--- stopped by ${ev.signal} ---` : `--- ${ev.signal} ${ev.info ? `{${ev.info}}` : ""} ---`, result: "" };
    case "exit":
      if (ev.supersededBy !== void 0)
        return { call: `+++ superseded by execve in pid ${ev.supersededBy} +++`, result: "" };
      if (ev.signal)
        return { call: `+++ killed by ${ev.signal}${ev.core ? " (core dumped)" : ""} +++`, result: "" };
      return { call: `+++ exited with ${ev.code ?? "?"} +++`, result: "" };
    case "attach":
    case "detach":
    case "tracer":
      return { call: `${ev.source ? ev.source + ": " : ""}${ev.message}`, result: "" };
    case "output":
      return { call: ev.text, result: "" };
    case "summary":
      return { call: ev.text, result: "" };
    case "unparsed":
      return { call: ev.text, result: `(unparsed: ${ev.reason})` };
  }
}
function fitCall(parts, width) {
  const result = sanitize(parts.result);
  if (!result)
    return fit(parts.call, width);
  const room = width - result.length - 1;
  if (room < 12)
    return fit(`${parts.call} ${parts.result}`, width);
  return `${fit(parts.call, room)} ${result}`;
}

// dist/src/tui/detail.js
function flow(lines, width) {
  const out = [];
  for (const l of lines) {
    if (!l.wrap || l.text.length <= width || width < 20) {
      out.push(l);
      continue;
    }
    if (l.wrap === "hard") {
      const gutter = l.text.indexOf("\u2502 ");
      const lead = gutter >= 0 && gutter < width / 2 ? " ".repeat(gutter) + "\u2502 " : "";
      let rest = l.text;
      let first = true;
      while (rest.length) {
        const room = first ? width : width - lead.length;
        out.push({ ...l, text: (first ? "" : lead) + rest.slice(0, room) });
        rest = rest.slice(room);
        first = false;
      }
      continue;
    }
    const indent = /^ */.exec(l.text)[0];
    const words = l.text.slice(indent.length).split(/ +/);
    let cur = indent;
    for (const w of words) {
      if (cur.trim() && cur.length + 1 + w.length > width) {
        out.push({ ...l, text: cur });
        cur = indent + "  " + w;
      } else
        cur = cur.trim() ? `${cur} ${w}` : cur + w;
    }
    if (cur.trim())
      out.push({ ...l, text: cur });
  }
  return out;
}
function namedText(list) {
  if (!list?.some((n2) => n2.name))
    return "";
  return list.map((n2) => n2.name ?? `??? (${n2.value})`).join("|");
}
function sentenceOf(store, idx, decoded) {
  const ev = store.events[idx];
  if (!ev)
    return "";
  const analyzed = store.analysisOf(idx);
  const d = decoded ?? (ev.type === "syscall" ? decodeShown(ev, store.info.os, analyzed?.socket?.family) : void 0);
  try {
    return explainEvent({ ...analyzed ?? {}, event: ev, ...d ? { decoded: d } : {} }, { wellKnown });
  } catch {
    return "";
  }
}
function historyLine(store, i, current, width) {
  const ev = store.events[i];
  const head = `${i === current ? ">" : " "} ${padStart(String(ev.line), 7)}  `;
  const line = { text: head + fitCall(eventParts(ev), width - head.length) };
  if (i === current)
    line.bold = true;
  if (ev.type === "syscall" && ev.ret?.errno)
    line.color = "red";
  return line;
}
function objectLines(store, o, current, width, maxHistory) {
  const out = [];
  const who = o.pid !== void 0 ? ` of pid ${o.pid}` : "";
  const fd = o.fd !== void 0 ? `fd ${o.fd}${who}: ` : "";
  out.push({ text: `${fd}${o.kind}${o.socketId ? ` ${o.socketId}` : ""} ${store.objectLabel(o)}`, color: "cyan" });
  const life = [];
  if (o.opened !== void 0)
    life.push(`opened at line ${store.events[o.opened].line}`);
  else
    life.push(`opened before the trace shows (${o.entry.origin})`);
  if (o.closed !== void 0)
    life.push(`closed at line ${store.events[o.closed].line}`);
  else
    life.push(store.analysisDone ? "never closed in the trace" : "still open");
  out.push({ text: `  ${life.join(", ")}; ${o.events.length} event${o.events.length === 1 ? "" : "s"}`, dim: true });
  const at = o.events.indexOf(current);
  let from = 0;
  if (o.events.length > maxHistory)
    from = Math.max(0, Math.min((at < 0 ? 0 : at) - (maxHistory >> 1), o.events.length - maxHistory));
  const to = Math.min(o.events.length, from + maxHistory);
  if (from > 0)
    out.push({ text: `    \u2026 ${from} earlier`, dim: true });
  for (let k = from; k < to; k++)
    out.push(historyLine(store, o.events[k], current, width));
  if (to < o.events.length)
    out.push({ text: `    \u2026 ${o.events.length - to} later`, dim: true });
  return out;
}
function findingsOf(store, idx) {
  const ev = store.events[idx];
  return (store.result?.findings ?? []).filter((f) => f.events?.some((s) => store.indexOfSeq(s) === idx) || f.lines.some((l) => ev.lines.includes(l) || l === ev.line));
}
function pointeeWords(text) {
  if (text.startsWith("["))
    return "array (the tracer shows its contents)";
  if (text.startsWith("{"))
    return "struct (the tracer shows its fields)";
  if (text.startsWith('"'))
    return "string";
  return "pointer";
}
function detailLines(store, idx, width) {
  const ev = store.events[idx];
  if (!ev)
    return [{ text: "No event selected.", dim: true }];
  const out = [];
  const os = store.info.os;
  const head = [`event ${idx + 1}`, `line ${ev.line}`];
  if (ev.file)
    head.push(ev.file);
  if (ev.pid !== void 0)
    head.push(`pid ${ev.pid}`);
  if (ev.tid !== void 0)
    head.push(`tid ${ev.tid}`);
  if (ev.comm)
    head.push(ev.comm);
  if (ev.timeText)
    head.push(ev.timeText);
  if (ev.type === "syscall" && ev.duration !== void 0)
    head.push(`took ${ev.duration.toFixed(6)}s`);
  if (ev.type === "syscall" && ev.status !== "complete")
    head.push(ev.status);
  out.push({ text: head.join(" \xB7 "), bold: true });
  for (const l of ev.lines.length ? ev.lines : [ev.line]) {
    const raw = store.lineText(l, ev.file);
    out.push({ text: `${padStart(String(l), 7)} \u2502 ${sanitize(raw ?? "(line text not kept)")}`, color: "gray", wrap: "hard" });
  }
  for (const s of (ev.type === "syscall" ? ev.stack : void 0) ?? [])
    out.push({ text: `        \u2502 ${s}`, dim: true });
  const analyzed = store.analysisOf(idx);
  const decoded = ev.type === "syscall" ? decodeShown(ev, os, analyzed?.socket?.family) : void 0;
  const sentence = sentenceOf(store, idx, decoded);
  if (sentence) {
    out.push({ text: "" });
    out.push({ text: sentence, color: "green", wrap: true });
  }
  if (ev.type === "syscall") {
    const entry = lookupSyscall(ev.syscall);
    const views = argViews(ev, decoded, entry, os);
    if (views.length) {
      out.push({ text: "" });
      out.push({ text: "Arguments", bold: true });
      const roleW = Math.min(12, Math.max(...views.map((v) => v.role.length)));
      views.forEach((v, i) => {
        const d = decoded?.args[i];
        const meaning = [];
        if (d?.kind && d.kind !== "unknown")
          meaning.push(d.kind === "pointer" ? pointeeWords(v.text) : d.kind);
        const names = decoded ? namedText(d?.named) : v.names.join("|");
        if (names && names !== v.text)
          meaning.push(names);
        if (v.endpoint?.inferred) {
          const st = typeof v.endpoint.struct === "string" ? ` ${v.endpoint.struct}` : "";
          meaning.push(`${v.endpoint.family}${st} (the tracer shows only a pointer: the address itself is not in the trace)`);
        } else if (v.endpoint) {
          const w = wellKnown(v.endpoint);
          meaning.push(`${endpointText(v.endpoint)}${w ? ` (${w.service})` : ""}`);
        }
        if (v.fdInfo && v.fdInfo.type === "path")
          meaning.push(v.fdInfo.path);
        if (v.atCwd)
          meaning.push("relative to the current directory");
        if (v.str !== void 0 && !v.endpoint)
          meaning.push(JSON.stringify(v.str.length > 80 ? v.str.slice(0, 80) + "\u2026" : v.str));
        const text = `  ${v.role.padEnd(roleW)}  ${v.text}`;
        out.push({ text: meaning.length ? `${text}  \u2192 ${meaning.join(", ")}` : text });
      });
    }
    if (ev.ret) {
      out.push({ text: "" });
      const errno = ev.ret.errno;
      if (errno) {
        const msg = decoded?.errno?.message ?? ev.ret.message;
        out.push({ text: `Result ${ev.ret.text}`, color: "red", bold: true });
        const ctxs = [entry?.errctx, entry?.family].filter((x) => !!x);
        const fam = analyzed?.socket?.family;
        if (entry?.errctx && fam)
          ctxs.unshift(`${entry.errctx}:${fam === "AF_UNIX" ? "unix" : "inet"}`);
        const here = errnoMeaning(errno, ctxs);
        out.push({ text: `  ${errno}${msg ? `: ${msg}` : ""}`, color: "red" });
        if (here)
          out.push({ text: `  Here: ${here}`, wrap: true });
      } else {
        out.push({ text: `Result ${ev.ret.text}`, bold: true });
      }
    }
  }
  const objs = store.objectsOf(idx);
  if (objs.length) {
    out.push({ text: "" });
    out.push({ text: "Touches", bold: true });
    for (const o of objs)
      out.push(...objectLines(store, o, idx, width, 9));
  } else if (idx >= store.analyzed) {
    out.push({ text: "" });
    out.push({ text: `(analysis has reached event ${store.analyzed} of ${store.events.length}: fd and socket details follow)`, dim: true });
  }
  const child = analyzed?.child;
  if (child)
    out.push({ text: `Created ${child.isThread ? "thread" : "process"} ${child.pid}`, color: "cyan" });
  const findings = findingsOf(store, idx);
  if (findings.length) {
    out.push({ text: "" });
    out.push({ text: "Findings citing this event", bold: true });
    for (const f of findings) {
      out.push({ text: `\u25CF ${f.title}`, color: f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "blue" });
      out.push({ text: `  ${f.explanation}`, wrap: true });
      if (f.hint)
        out.push({ text: `  Hint: ${f.hint}`, dim: true, wrap: true });
    }
  }
  return out;
}

// dist/src/tui/filter.js
function hasFilters(f) {
  return !!(f.failed || f.pids || f.syscall || f.family || f.only);
}
function filterLabel(f) {
  const parts = [];
  if (f.failed)
    parts.push("failed");
  if (f.pids)
    parts.push(f.pidLabel ?? `pid ${f.pids.join(",")}`);
  if (f.syscall)
    parts.push(`call ${f.syscall}`);
  if (f.family)
    parts.push(`class ${f.family}`);
  if (f.only)
    parts.push(f.only.label);
  return parts.join(" \xB7 ");
}
function isFailed(ev) {
  if (ev.type === "syscall")
    return callFailed(ev);
  if (ev.type === "exit")
    return !!ev.signal || ev.code !== void 0 && ev.code !== 0;
  return ev.type === "unparsed";
}
var familyCache = /* @__PURE__ */ new Map();
function familyOf(syscall) {
  let f = familyCache.get(syscall);
  if (f === void 0) {
    f = lookupSyscall(syscall)?.family ?? "other";
    familyCache.set(syscall, f);
  }
  return f;
}
function matchesFilters(ev, f) {
  if (f.failed && !isFailed(ev))
    return false;
  if (f.pids && (ev.pid === void 0 || !f.pids.includes(ev.pid)))
    return false;
  if (f.syscall && (ev.type !== "syscall" || ev.syscall !== f.syscall))
    return false;
  if (f.family && (ev.type !== "syscall" || familyOf(ev.syscall) !== f.family))
    return false;
  return true;
}
function filterRange(events, f, from, to) {
  const out = [];
  if (f.only) {
    for (const i of f.only.events)
      if (i >= from && i < to && matchesFilters(events[i], f))
        out.push(i);
    return out;
  }
  for (let i = from; i < to; i++)
    if (matchesFilters(events[i], f))
      out.push(i);
  return out;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function parseQuery(text) {
  const t = text.trim();
  if (!t)
    return void 0;
  const m = /^(call|syscall|errno|pid|fd):\s*(.+)$/i.exec(t);
  if (m) {
    const key = m[1].toLowerCase();
    const v = m[2].trim();
    if (key === "call" || key === "syscall")
      return { kind: "call", name: v };
    if (key === "errno")
      return { kind: "errno", name: v.toUpperCase() };
    if (key === "pid" && /^\d+$/.test(v))
      return { kind: "pid", pid: Number(v) };
    if (key === "fd" && /^\d+$/.test(v))
      return { kind: "fd", re: new RegExp(`(?:^|[\\[ ])${v}(?:[,<\\])]|$)`) };
  }
  return { kind: "text", re: new RegExp(escapeRe(t), /[A-Z]/.test(t) ? "" : "i") };
}
function matchesQuery(ev, q) {
  switch (q.kind) {
    case "call":
      return ev.type === "syscall" && ev.syscall === q.name;
    case "errno":
      return ev.type === "syscall" && ev.ret?.errno === q.name;
    case "pid":
      return ev.pid === q.pid;
    case "fd":
      return ev.type === "syscall" && (q.re.test(ev.args) || ev.ret?.decoration !== void 0 && ev.ret.value !== null && q.re.test(String(ev.ret.value)));
    case "text": {
      const re = q.re;
      switch (ev.type) {
        case "syscall":
          return re.test(ev.syscall) || re.test(ev.args) || ev.ret !== void 0 && re.test(ev.ret.text);
        case "signal":
          return re.test(ev.signal) || ev.info !== void 0 && re.test(ev.info);
        case "exit":
          return re.test(`exited ${ev.code ?? ""} ${ev.signal ?? ""}`);
        case "attach":
        case "detach":
        case "tracer":
          return re.test(ev.message);
        case "output":
        case "summary":
        case "unparsed":
          return re.test(ev.text);
      }
    }
  }
}

// dist/src/tui/keys.js
var Command;
(function(Command2) {
  Command2["Up"] = "up";
  Command2["Down"] = "down";
  Command2["PageUp"] = "page-up";
  Command2["PageDown"] = "page-down";
  Command2["First"] = "first";
  Command2["Last"] = "last";
  Command2["Open"] = "open";
  Command2["Back"] = "back";
  Command2["Quit"] = "quit";
  Command2["NextView"] = "next-view";
  Command2["PrevView"] = "prev-view";
  Command2["Search"] = "search";
  Command2["SearchNext"] = "search-next";
  Command2["SearchPrev"] = "search-prev";
  Command2["FailedOnly"] = "failed-only";
  Command2["FilterProcess"] = "filter-process";
  Command2["FilterSyscall"] = "filter-syscall";
  Command2["ClearFilters"] = "clear-filters";
  Command2["Help"] = "help";
  Command2["ExplainRows"] = "explain-rows";
})(Command || (Command = {}));
var DEFAULT_BINDINGS = [
  { command: Command.Up, chars: ["k"], named: ["up"], label: "\u2191 k", description: "previous row" },
  { command: Command.Down, chars: ["j"], named: ["down"], label: "\u2193 j", description: "next row" },
  { command: Command.PageUp, named: ["pageUp"], label: "PgUp", description: "one screen up" },
  { command: Command.PageDown, chars: [" "], named: ["pageDown"], label: "PgDn space", description: "one screen down" },
  { command: Command.First, chars: ["g"], named: ["home"], label: "g Home", description: "first row" },
  { command: Command.Last, chars: ["G"], named: ["end"], label: "G End", description: "last row" },
  { command: Command.Open, named: ["return"], label: "Enter", description: "open: event details, a finding's events, a process's or socket's events" },
  { command: Command.Back, named: ["escape"], label: "Esc", description: "go back (close details, help, search)" },
  { command: Command.Quit, chars: ["q"], label: "q", description: "go back; quit from the event list" },
  { command: Command.NextView, named: ["tab"], label: "Tab", description: "next view: events, findings, processes, sockets/fds" },
  { command: Command.PrevView, named: ["shiftTab"], label: "Shift-Tab", description: "previous view" },
  { command: Command.Search, chars: ["/"], label: "/", description: "search: syscall, path, address, errno or any text (call: errno: pid: fd: narrow it)" },
  { command: Command.SearchNext, chars: ["n"], label: "n", description: "next match" },
  { command: Command.SearchPrev, chars: ["N"], label: "N", description: "previous match" },
  { command: Command.FailedOnly, chars: ["f"], label: "f", description: "toggle failed calls only" },
  { command: Command.FilterProcess, chars: ["p"], label: "p", description: "filter by the selected event's process (again: clear it)" },
  { command: Command.FilterSyscall, chars: ["s"], label: "s", description: "filter by the selected syscall; again: by its class (file, network, ...); again: clear" },
  { command: Command.ClearFilters, chars: ["c"], label: "c", description: "clear all filters" },
  { command: Command.ExplainRows, chars: ["e"], label: "e", description: "event list: plain-language sentences instead of the raw calls (again: raw)" },
  { command: Command.Help, chars: ["?"], label: "?", description: "this help" }
];
function namedOf(key) {
  if (key.upArrow)
    return "up";
  if (key.downArrow)
    return "down";
  if (key.pageUp)
    return "pageUp";
  if (key.pageDown)
    return "pageDown";
  if (key.home)
    return "home";
  if (key.end)
    return "end";
  if (key.return)
    return "return";
  if (key.escape)
    return "escape";
  if (key.tab)
    return key.shift ? "shiftTab" : "tab";
  return void 0;
}
function commandFor(input, key, bindings = DEFAULT_BINDINGS) {
  const named = namedOf(key);
  if (!named && (key.ctrl || key.meta))
    return void 0;
  for (const b of bindings) {
    if (named ? b.named?.includes(named) : b.chars?.includes(input))
      return b.command;
  }
  return void 0;
}
function commandsFor(input, key, bindings = DEFAULT_BINDINGS) {
  const one = commandFor(input, key, bindings);
  if (one || namedOf(key) || input.length <= 1)
    return one ? [one] : [];
  const out = [];
  for (const ch of input) {
    const k = { ...key, shift: ch !== ch.toLowerCase(), tab: ch === "	", return: ch === "\r" || ch === "\n" };
    const c = commandFor(ch, k, bindings);
    if (c)
      out.push(c);
  }
  return out;
}
var HINT = [Command.Help, Command.Search, Command.FailedOnly, Command.ExplainRows, Command.NextView, Command.Quit];
function labelOf(command2, bindings = DEFAULT_BINDINGS) {
  return bindings.find((b) => b.command === command2)?.label ?? "";
}

// dist/src/tui/state.js
var VIEWS = ["events", "findings", "processes", "sockets"];
var VIEW_TITLES = { events: "Events", findings: "Findings", processes: "Processes", sockets: "Sockets/fds" };
function initialState(total = 0, height = 20) {
  return {
    view: "events",
    focus: "list",
    overlay: "none",
    total,
    analyzed: 0,
    analysisDone: false,
    readDone: false,
    filters: {},
    rows: null,
    cursor: 0,
    top: 0,
    follow: false,
    height: Math.max(1, height),
    explain: false,
    detailScroll: 0,
    detailMax: 0,
    side: { findings: { cursor: 0, top: 0 }, processes: { cursor: 0, top: 0 }, sockets: { cursor: 0, top: 0 } },
    search: { draft: "" },
    quit: false
  };
}
function rowCount(s) {
  return s.rows ? s.rows.length : s.total;
}
function eventAt(s, row) {
  if (row < 0 || row >= rowCount(s))
    return void 0;
  return s.rows ? s.rows[row] : row;
}
function selectedEvent(s) {
  return eventAt(s, s.cursor);
}
function rowOfEvent(s, idx) {
  if (!s.rows)
    return Math.min(Math.max(idx, 0), s.total);
  let lo = 0;
  let hi = s.rows.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (s.rows[mid] < idx)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function clamp(n2, lo, hi) {
  return Math.max(lo, Math.min(hi, n2));
}
function moveTo(pos, cursor, len, height) {
  const c = len === 0 ? 0 : clamp(cursor, 0, len - 1);
  let top = pos.top;
  if (c < top)
    top = c;
  if (c >= top + height)
    top = c - height + 1;
  top = clamp(top, 0, Math.max(0, len - height));
  return { cursor: c, top };
}
function withCursor(s, cursor) {
  const p = moveTo(s, cursor, rowCount(s), s.height);
  return { ...s, cursor: p.cursor, top: p.top, detailScroll: p.cursor === s.cursor ? s.detailScroll : 0 };
}
function applyFilters(s, filters, env, message) {
  const keep = selectedEvent(s);
  const rows = hasFilters(filters) ? filterRange(env.events, filters, 0, s.total) : null;
  const next = { ...s, filters, rows, follow: false, top: 0, cursor: 0 };
  if (message !== void 0)
    next.message = message;
  else
    delete next.message;
  let row = keep === void 0 ? 0 : rowOfEvent(next, keep);
  if (row >= rowCount(next))
    row = rowCount(next) - 1;
  const out = withCursor(next, row);
  return { ...out, top: clamp(out.cursor - (out.height >> 1), 0, Math.max(0, rowCount(out) - out.height)) };
}
function sideMove(s, view, cursor, env) {
  const len = env.listLength(view);
  return { ...s, side: { ...s.side, [view]: moveTo(s.side[view], cursor, len, s.height) } };
}
function searchStep(s, env, dir, includeCurrent) {
  const q = s.search.query === void 0 ? void 0 : parseQuery(s.search.query);
  if (!q)
    return { ...s, message: "no search yet: press / to search" };
  const n2 = rowCount(s);
  if (n2 === 0)
    return { ...s, message: `no match for ${s.search.query}` };
  for (let k = includeCurrent ? 0 : 1; k <= n2; k++) {
    const row = ((s.cursor + dir * k) % n2 + n2) % n2;
    const idx = s.rows ? s.rows[row] : row;
    if (matchesQuery(env.events[idx], q)) {
      const wrapped = k > 0 && (dir === 1 ? row <= s.cursor : row >= s.cursor);
      const out = withCursor({ ...s, follow: false }, row);
      if (wrapped)
        return { ...out, message: `search wrapped: ${s.search.query}` };
      const { message: _drop, ...rest } = out;
      return rest;
    }
  }
  return { ...s, message: `no match for ${s.search.query}${hasFilters(s.filters) ? " (filters on: c clears them)" : ""}` };
}
function commandOnEvents(s, c, env) {
  const n2 = rowCount(s);
  const page = Math.max(1, s.height - 1);
  if (s.focus === "detail") {
    switch (c) {
      case Command.Up:
        return { ...s, detailScroll: Math.max(0, s.detailScroll - 1) };
      case Command.Down:
        return { ...s, detailScroll: Math.min(s.detailMax, s.detailScroll + 1) };
      case Command.PageUp:
        return { ...s, detailScroll: Math.max(0, s.detailScroll - page) };
      case Command.PageDown:
        return { ...s, detailScroll: Math.min(s.detailMax, s.detailScroll + page) };
      case Command.First:
        return { ...s, detailScroll: 0 };
      case Command.Last:
        return { ...s, detailScroll: s.detailMax };
      case Command.Back:
      case Command.Quit:
      case Command.Open:
        return { ...s, focus: "list", detailScroll: 0 };
      default:
        break;
    }
  }
  switch (c) {
    case Command.Up:
      return withCursor({ ...s, follow: false }, s.cursor - 1);
    case Command.Down:
      return withCursor(s, s.cursor + 1);
    case Command.PageUp:
      return withCursor({ ...s, follow: false }, s.cursor - page);
    case Command.PageDown:
      return withCursor(s, s.cursor + page);
    case Command.First:
      return withCursor({ ...s, follow: false }, 0);
    case Command.Last:
      return withCursor({ ...s, follow: true }, n2 - 1);
    case Command.Open:
      return n2 === 0 ? s : { ...s, focus: "detail", detailScroll: 0 };
    case Command.Back:
    case Command.Quit:
      if (s.returnTo) {
        const back = applyFilters(s, {}, env);
        const { returnTo: _r, ...rest } = back;
        return { ...rest, view: s.returnTo };
      }
      if (c === Command.Quit)
        return { ...s, quit: true };
      return s.message ? (({ message: _m, ...rest }) => rest)(s) : s;
    case Command.Search:
      return { ...s, overlay: "search", search: { ...s.search, draft: "" } };
    case Command.SearchNext:
      return searchStep(s, env, 1, false);
    case Command.SearchPrev:
      return searchStep(s, env, -1, false);
    case Command.FailedOnly: {
      const f = { ...s.filters };
      if (f.failed)
        delete f.failed;
      else
        f.failed = true;
      return applyFilters(s, f, env);
    }
    case Command.FilterProcess: {
      const f = { ...s.filters };
      if (f.pids) {
        delete f.pids;
        delete f.pidLabel;
        return applyFilters(s, f, env);
      }
      const idx = selectedEvent(s);
      const pid = idx === void 0 ? void 0 : env.events[idx]?.pid;
      if (pid === void 0)
        return { ...s, message: "the selected event has no pid" };
      return applyFilters(s, { ...f, pids: [pid], pidLabel: `pid ${pid}` }, env);
    }
    case Command.FilterSyscall: {
      const idx = selectedEvent(s);
      const ev = idx === void 0 ? void 0 : env.events[idx];
      const f = { ...s.filters };
      if (f.family || f.syscall && (!ev || ev.type !== "syscall")) {
        delete f.family;
        delete f.syscall;
        return applyFilters(s, f, env);
      }
      if (!ev || ev.type !== "syscall")
        return { ...s, message: "select a syscall to filter by it" };
      if (f.syscall === ev.syscall) {
        delete f.syscall;
        return applyFilters(s, { ...f, family: familyOf(ev.syscall) }, env);
      }
      return applyFilters(s, { ...f, syscall: ev.syscall }, env);
    }
    case Command.ClearFilters: {
      const out = applyFilters(s, {}, env);
      const { returnTo: _r, ...rest } = out;
      return rest;
    }
    default:
      return s;
  }
}
function commandOnSide(s, view, c, env) {
  const pos = s.side[view];
  const page = Math.max(1, s.height - 1);
  switch (c) {
    case Command.Up:
      return sideMove(s, view, pos.cursor - 1, env);
    case Command.Down:
      return sideMove(s, view, pos.cursor + 1, env);
    case Command.PageUp:
      return sideMove(s, view, pos.cursor - page, env);
    case Command.PageDown:
      return sideMove(s, view, pos.cursor + page, env);
    case Command.First:
      return sideMove(s, view, 0, env);
    case Command.Last:
      return sideMove(s, view, env.listLength(view) - 1, env);
    case Command.Open: {
      const f = env.listLength(view) ? env.openSide(view, pos.cursor) : void 0;
      if (!f)
        return s;
      const out = applyFilters({ ...s, view: "events", focus: "list", returnTo: view }, f, env);
      return withCursor(out, 0);
    }
    case Command.Back:
    case Command.Quit:
      return { ...s, view: "events" };
    case Command.ClearFilters:
      return applyFilters(s, {}, env);
    default:
      return s;
  }
}
function reduce(s, a, env) {
  switch (a.type) {
    case "loaded": {
      const progress = a.analyzed !== void 0 && a.analyzed !== s.analyzed || a.done !== void 0 && a.done !== s.analysisDone || a.readDone !== void 0 && a.readDone !== s.readDone;
      const withProgress = progress ? { ...s, analyzed: a.analyzed ?? s.analyzed, analysisDone: a.done ?? s.analysisDone, readDone: a.readDone ?? s.readDone } : s;
      if (a.total <= s.total)
        return withProgress;
      s = withProgress;
      let rows = s.rows;
      if (rows) {
        const more = filterRange(env.events, s.filters, s.total, a.total);
        if (more.length)
          rows = rows.concat(more);
      }
      const next = { ...s, total: a.total, rows };
      return next.follow ? withCursor(next, rowCount(next) - 1) : next;
    }
    case "resize": {
      const h = Math.max(1, a.height);
      const out = withCursor({ ...s, height: h }, s.cursor);
      const side = { ...out.side };
      for (const v of VIEWS)
        if (v !== "events")
          side[v] = moveTo(side[v], side[v].cursor, env.listLength(v), h);
      return { ...out, side };
    }
    case "detail-length": {
      const max = Math.max(0, a.max);
      return max === s.detailMax ? s : { ...s, detailMax: max, detailScroll: Math.min(s.detailScroll, max) };
    }
    case "search-input":
      return { ...s, search: { ...s.search, draft: s.search.draft + a.text } };
    case "search-backspace":
      return { ...s, search: { ...s.search, draft: s.search.draft.slice(0, -1) } };
    case "search-submit": {
      const draft = s.search.draft.trim();
      const closed = { ...s, overlay: "none" };
      if (!draft)
        return closed;
      return searchStep({ ...closed, search: { draft: "", query: draft } }, env, 1, true);
    }
    case "command":
      return command(s, a.command, env);
  }
}
function command(s, c, env) {
  if (s.overlay === "help") {
    return c === Command.Back || c === Command.Quit || c === Command.Help ? { ...s, overlay: "none" } : s;
  }
  if (s.overlay === "search") {
    return c === Command.Back ? { ...s, overlay: "none", search: { ...s.search, draft: "" } } : s;
  }
  if (c === Command.Help)
    return { ...s, overlay: "help" };
  if (c === Command.ExplainRows)
    return { ...s, explain: !s.explain, view: "events" };
  if (c === Command.NextView || c === Command.PrevView) {
    const i = VIEWS.indexOf(s.view);
    const view = VIEWS[(i + (c === Command.NextView ? 1 : VIEWS.length - 1)) % VIEWS.length];
    return { ...s, view, focus: "list" };
  }
  if (s.view === "events")
    return commandOnEvents(s, c, env);
  if (c === Command.FailedOnly || c === Command.Search || c === Command.SearchNext || c === Command.SearchPrev) {
    return commandOnEvents({ ...s, view: "events", focus: "list" }, c, env);
  }
  if (c === Command.FilterProcess && s.view === "processes")
    return commandOnSide(s, s.view, Command.Open, env);
  return commandOnSide(s, s.view, c, env);
}

// dist/src/tui/views.js
var SEVERITY_COLOR = { error: "red", warning: "yellow", info: "blue" };
function citedEvents(store, f) {
  const set = /* @__PURE__ */ new Set();
  for (const s of f.events ?? []) {
    const i = store.indexOfSeq(s);
    if (i !== void 0)
      set.add(i);
  }
  for (const l of f.lines) {
    const i = store.indexOfLine(l);
    if (i !== void 0)
      set.add(i);
  }
  return [...set].sort((a, b) => a - b);
}
function findingRows(store) {
  return (store.result?.findings ?? []).map((f) => ({
    line: (w) => ({ text: fit(`\u25CF ${f.severity.padEnd(7)} ${f.title}${f.lines.length ? `  (line${f.lines.length > 1 ? "s" : ""} ${f.lines.slice(0, 6).join(", ")}${f.lines.length > 6 ? ", \u2026" : ""})` : ""}`, w), color: SEVERITY_COLOR[f.severity] }),
    detail: (w) => {
      const out = [{ text: f.title, bold: true, color: SEVERITY_COLOR[f.severity] }, { text: f.explanation, wrap: true }];
      if (f.hint)
        out.push({ text: `Hint: ${f.hint}`, dim: true, wrap: true });
      out.push({ text: "" });
      out.push({ text: "Cited events (Enter shows them in the event list):", dim: true });
      for (const i of citedEvents(store, f).slice(0, 20)) {
        const ev = store.events[i];
        const head = `${padStart(String(ev.line), 7)}  `;
        out.push({ text: head + fitCall(eventParts(ev), w - head.length), ...ev.type === "syscall" && ev.ret?.errno ? { color: "red" } : {} });
      }
      const brief = store.result ? overview(store.result) : "";
      if (brief)
        out.push({ text: "" }, { text: `In short: ${brief}`, dim: true, wrap: true });
      return out;
    },
    open: () => ({ only: { label: `finding: ${f.title}`, events: citedEvents(store, f) } })
  }));
}
function processTree(procs) {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const kids = /* @__PURE__ */ new Map();
  const roots = [];
  for (const p of procs) {
    if (p.parent !== void 0 && byPid.has(p.parent) && p.parent !== p.pid) {
      const list = kids.get(p.parent) ?? [];
      list.push(p);
      kids.set(p.parent, list);
    } else
      roots.push(p);
  }
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const walk = (p, depth) => {
    if (seen.has(p.pid))
      return;
    seen.add(p.pid);
    out.push({ p, depth });
    for (const k of kids.get(p.pid) ?? [])
      walk(k, depth + 1);
  };
  for (const r of roots)
    walk(r, 0);
  return out;
}
function processStatus(p) {
  if (p.signal)
    return `killed by ${p.signal}${p.core ? " (core)" : ""}`;
  if (p.exitCode !== void 0)
    return `exit ${p.exitCode}`;
  if (p.exitCall !== void 0)
    return `exit ${p.exitCall}`;
  return "running at end";
}
function processRows(store) {
  const procs = store.result?.processes ?? [];
  const counts = /* @__PURE__ */ new Map();
  if (procs.length) {
    for (const ev of store.events) {
      if (ev.pid === void 0)
        continue;
      let c = counts.get(ev.pid);
      if (!c)
        counts.set(ev.pid, c = { events: 0, failed: 0 });
      c.events++;
      if (ev.type === "syscall" && ev.ret?.errno)
        c.failed++;
    }
  }
  return processTree(procs).map(({ p, depth }) => {
    const threads = procs.filter((t) => t.isThread && t.leader === p.pid).map((t) => t.pid);
    const what = p.argv?.length ? p.argv.join(" ") : p.exe ?? "";
    return {
      line: (w) => {
        const st = processStatus(p);
        const c = counts.get(p.pid);
        const n2 = c ? `  ${c.events} events${c.failed ? `, ${c.failed} failed` : ""}` : "";
        return {
          text: fit(`${"  ".repeat(depth)}${depth ? "\u2514 " : ""}${p.isThread ? "thread " : ""}${p.pid}  ${st}${n2}  ${what}`, w),
          ...p.signal || (p.exitCode ?? 0) !== 0 ? { color: "red" } : p.isThread ? { dim: true } : {}
        };
      },
      detail: () => {
        const out = [{ text: `${p.isThread ? "Thread" : "Process"} ${p.pid}${p.parent !== void 0 ? `, child of ${p.parent}` : ""}`, bold: true }];
        if (p.argv?.length)
          out.push({ text: `argv: ${p.argv.join(" ")}` });
        for (const e of p.execs)
          out.push({ text: `execve ${e.path} at line ${e.line}${e.ok ? "" : " (failed)"}`, ...e.ok ? {} : { color: "red" } });
        out.push({ text: `${processStatus(p)}; lines ${p.firstLine}\u2013${p.lastLine}${threads.length ? `; threads ${threads.join(", ")}` : ""}` });
        out.push({ text: "Enter (or p) shows its events.", dim: true });
        return out;
      },
      open: () => ({ pids: [p.pid, ...threads], pidLabel: `process ${p.pid}${threads.length ? ` +${threads.length} threads` : ""}` })
    };
  });
}
function objectRows(store, objects) {
  const cache = /* @__PURE__ */ new Map();
  return {
    length: objects.length,
    at(i) {
      const o = objects[i];
      if (!o)
        return void 0;
      let row = cache.get(i);
      if (!row)
        cache.set(i, row = objectRow(store, o));
      return row;
    }
  };
}
function objectRow(store, o) {
  const label = () => `${o.socketId ? `${o.socketId} ` : ""}${o.kind.padEnd(9)} ${o.pid !== void 0 ? `pid ${o.pid} ` : ""}fd ${o.fd ?? "?"}  ${store.objectLabel(o)}`;
  return {
    line: (w) => ({ text: fit(`${label()}  (${o.events.length} event${o.events.length === 1 ? "" : "s"})`, w), ...o.socketId ? { color: "cyan" } : {} }),
    detail: (w) => {
      const out = [{ text: label(), bold: true }];
      const life = [];
      if (o.opened !== void 0)
        life.push(`opened at line ${store.events[o.opened].line}`);
      else
        life.push(`opened before the trace shows (${o.entry.origin})`);
      if (o.closed !== void 0)
        life.push(`closed at line ${store.events[o.closed].line}`);
      const s = o.socketId ? store.socketById(o.socketId) : void 0;
      if (s)
        life.push(`held by pid ${s.holders.join(", ")} as ${s.fds.join(", ")}`);
      out.push({ text: life.join("; ") });
      for (const i of o.events.slice(0, 8)) {
        const ev = store.events[i];
        const head = `${padStart(String(ev.line), 7)}  `;
        out.push({ text: head + fitCall(eventParts(ev), w - head.length), ...ev.type === "syscall" && ev.ret?.errno ? { color: "red" } : {} });
      }
      if (o.events.length > 8)
        out.push({ text: `  \u2026 ${o.events.length - 8} more: Enter shows them all`, dim: true });
      return out;
    },
    open: () => ({ only: { label: `${o.socketId ?? `fd ${o.fd ?? "?"}`}: ${fit(store.objectLabel(o), 40)}`, events: [...o.events] } })
  };
}
function orderedObjects(objects) {
  const socks = objects.filter((o) => o.socketId);
  const rest = objects.filter((o) => !o.socketId);
  return [...socks, ...rest];
}

// dist/src/tui/components/EventList.js
import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Box, Text, useInput } from "ink";
var MARK_COLOR = { error: "red", warning: "yellow", info: "blue" };
function colorOf(ev) {
  if (isFailed(ev))
    return ev.type === "unparsed" ? "yellow" : "red";
  switch (ev.type) {
    case "signal":
      return "magenta";
    case "exit":
      return "cyan";
    case "output":
    case "summary":
      return "gray";
    default:
      return void 0;
  }
}
function EventList({ events, state, width, height, marks, loaded, sentence, isActive, onCommand }) {
  useInput((input, key) => {
    for (const c of commandsFor(input, key))
      onCommand(c);
  }, { isActive });
  const rows = [];
  for (let r = state.top; r < state.top + height; r++) {
    const idx = eventAt(state, r);
    if (idx === void 0)
      break;
    rows.push(idx);
  }
  let lineW = 4;
  let pidW = 0;
  let timeW = 0;
  for (const i of rows) {
    const ev = events[i];
    lineW = Math.max(lineW, String(ev.line).length);
    if (ev.pid !== void 0)
      pidW = Math.max(pidW, String(ev.pid).length);
    timeW = Math.max(timeW, timeText(ev).length);
  }
  return _jsxs(Box, { flexDirection: "column", height, width, children: [rows.length === 0 ? _jsx(Text, { dimColor: true, children: state.total === 0 ? loaded ? "The trace has no events." : "Waiting for trace lines\u2026" : "No event matches the filters (c clears them)." }) : null, rows.map((idx, k) => {
    const ev = events[idx];
    const row = state.top + k;
    const sel = row === state.cursor;
    const mark = marks.get(idx);
    const head = `${padStart(String(ev.line), lineW)} ${pidW ? padStart(ev.pid === void 0 ? "" : String(ev.pid), pidW) + " " : ""}${timeW ? padStart(timeText(ev), timeW) + " " : ""}`;
    const room = Math.max(8, width - 2 - head.length);
    const said = state.explain && sentence ? sentence(idx) : "";
    const body = said ? fitCall({ call: said, result: "" }, room) : fitCall(eventParts(ev), room);
    const color = colorOf(ev);
    return _jsxs(Box, { width, children: [_jsx(Text, { ...mark ? { color: MARK_COLOR[mark] } : {}, children: mark ? "\u25CF" : " " }), _jsxs(Text, { inverse: sel, wrap: "truncate-end", ...color ? { color } : {}, dimColor: ev.type === "tracer" || ev.type === "attach" || ev.type === "detach", children: [" ", head, body] })] }, idx);
  })] });
}

// dist/src/tui/components/Panes.js
import { jsx as _jsx3, jsxs as _jsxs2 } from "react/jsx-runtime";
import { Box as Box3, Text as Text3, useInput as useInput2 } from "ink";

// dist/src/tui/components/Lines.js
import { jsx as _jsx2 } from "react/jsx-runtime";
import { Box as Box2, Text as Text2 } from "ink";
function LineText({ line, width, selected }) {
  const text = fit(line.text, width);
  return _jsx2(Text2, { wrap: "truncate-end", ...line.color ? { color: line.color } : {}, bold: !!line.bold, dimColor: !!line.dim, inverse: !!selected, children: text || " " });
}
function LinesBox({ lines, from, height, width }) {
  const shown = lines.slice(from, from + height);
  return _jsx2(Box2, { flexDirection: "column", height, width, children: shown.map((l, i) => _jsx2(LineText, { line: l, width }, i)) });
}

// dist/src/tui/components/Panes.js
function useCommands(isActive, onCommand) {
  useInput2((input, key) => {
    for (const c of commandsFor(input, key))
      onCommand(c);
  }, { isActive });
}
function DetailPane(props) {
  const { lines, height, width, focused } = props;
  useCommands(focused, props.onCommand);
  const scroll = Math.max(0, Math.min(props.scroll, lines.length - height));
  const more = lines.length - scroll - height;
  return _jsxs2(Box3, { flexDirection: "column", height, width, children: [_jsx3(LinesBox, { lines, from: scroll, height: Math.max(0, height - 1), width }), _jsx3(Text3, { dimColor: true, children: fit(more > 0 ? `\u2500\u2500 ${more} more line${more === 1 ? "" : "s"} ${focused ? "(j/k scroll, Esc back)" : "(Enter to scroll)"}` : focused ? "\u2500\u2500 Esc back to the list" : "", width) })] });
}
function SideList(props) {
  const { rows, pos, height, width } = props;
  useCommands(props.isActive, props.onCommand);
  const listH = Math.max(3, Math.min(rows.length || 1, Math.floor(height * 0.5)));
  const detailH = height - listH - 1;
  const shown = [];
  for (let i = pos.top; i < Math.min(rows.length, pos.top + listH); i++)
    shown.push(rows.at(i));
  const sel = rows.at(pos.cursor);
  return _jsxs2(Box3, { flexDirection: "column", height, width, children: [_jsxs2(Box3, { flexDirection: "column", height: listH, children: [rows.length === 0 ? _jsx3(Text3, { dimColor: true, children: fit(props.empty, width) }) : null, shown.map((r, k) => _jsx3(LineText, { line: r.line(width), width, selected: pos.top + k === pos.cursor }, pos.top + k))] }), _jsx3(Text3, { dimColor: true, children: "\u2500".repeat(Math.max(0, width)) }), _jsx3(LinesBox, { lines: sel ? flow(sel.detail(width), width) : [], from: 0, height: Math.max(0, detailH), width })] });
}
function Help(props) {
  useCommands(props.isActive, props.onCommand);
  const lines = [{ text: "Keys (Esc, q or ? closes this help)", bold: true }, { text: "" }];
  for (const b of DEFAULT_BINDINGS)
    lines.push({ text: `  ${b.label.padEnd(12)} ${b.description}` });
  lines.push({ text: "" });
  lines.push({ text: "Rows: \u25CF cites a finding, red failed; columns: line, pid, time, call = result.", dim: true });
  return _jsx3(LinesBox, { lines, from: 0, height: props.height, width: props.width });
}
function SearchPrompt(props) {
  useInput2((input, key) => {
    if (key.return)
      props.onSubmit();
    else if (key.escape)
      props.onCancel();
    else if (key.backspace || key.delete)
      props.onBackspace();
    else if (!key.ctrl && !key.meta && input && !key.tab && !key.upArrow && !key.downArrow) {
      const end = input.search(/[\r\n]/);
      const text = (end < 0 ? input : input.slice(0, end)).replace(/[\x00-\x1f\x7f]/g, "");
      if (text)
        props.onInput(text);
      if (end >= 0)
        props.onSubmit();
    }
  }, { isActive: props.isActive });
  return _jsxs2(Text3, { children: [_jsx3(Text3, { color: "yellow", children: "/" }), fit(props.draft, props.width - 20), _jsx3(Text3, { inverse: true, children: " " }), _jsx3(Text3, { dimColor: true, children: "  Enter search, Esc cancel" })] });
}
function StatusBar(props) {
  const { width } = props;
  const left = fit(props.left, width);
  const right = fit(props.right, Math.max(0, width - left.length - 2));
  const gap = Math.max(0, width - left.length - right.length);
  return _jsx3(Box3, { width, children: _jsx3(Text3, { inverse: true, children: left + " ".repeat(gap) + right }) });
}

// dist/src/tui/components/App.js
var RANK = { error: 0, warning: 1, info: 2 };
var HINT_WORDS = {
  [Command.Help]: "help",
  [Command.Search]: "search",
  [Command.FailedOnly]: "failed",
  [Command.ExplainRows]: "explain",
  [Command.NextView]: "views",
  [Command.Quit]: "quit"
};
function useTerminalSize(fixedW, fixedH) {
  const { stdout } = useStdout();
  const read = () => ({ width: fixedW ?? stdout.columns ?? 100, height: fixedH ?? Math.max(8, (stdout.rows ?? 25) - 1) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixedW !== void 0 && fixedH !== void 0)
      return;
    const on = () => setSize(read());
    stdout.on("resize", on);
    return () => {
      stdout.off("resize", on);
    };
  }, [stdout, fixedW, fixedH]);
  return size;
}
var n = (x) => x.toLocaleString("en-US");
function safeDetail(store, idx, width) {
  try {
    return detailLines(store, idx, width);
  } catch (err) {
    const ev = store.events[idx];
    return [
      { text: `line ${ev?.line ?? "?"}: ${store.lineText(ev?.line ?? 0, ev?.file) ?? ""}`, wrap: "hard" },
      { text: `(could not describe this event: ${err.message})`, color: "yellow", wrap: true }
    ];
  }
}
function App({ store, width: fixedW, height: fixedH, onQuit }) {
  const { exit } = useApp();
  const { width, height } = useTerminalSize(fixedW, fixedH);
  const sideRef = useRef({ findings: [], processes: [], sockets: [] });
  const done = store.analysisDone;
  const findings = useMemo(() => findingRows(store), [store, done]);
  const processes = useMemo(() => processRows(store), [store, done]);
  const [objectsKey, setObjectsKey] = useState(0);
  const sockets = useMemo(() => objectRows(store, orderedObjects(store.objects)), [store, objectsKey]);
  sideRef.current = { findings, processes, sockets };
  const envRef = useRef({
    events: store.events,
    listLength: (v) => sideRef.current[v].length,
    openSide: (v, i) => sideRef.current[v].at(i)?.open()
  });
  const [state, dispatch] = useReducer((s, a) => reduce(s, a, envRef.current), void 0, () => initialState(store.events.length, 10));
  useEffect(() => {
    const on = () => {
      if (store.closeRequested) {
        exit();
        return;
      }
      dispatch({ type: "loaded", total: store.events.length, analyzed: store.analyzed, done: store.analysisDone, readDone: store.loaded });
    };
    const off = store.subscribe(on);
    on();
    return () => {
      off();
    };
  }, [store, exit]);
  useEffect(() => {
    if (state.view === "sockets")
      setObjectsKey(store.objects.length * 2 + (done ? 1 : 0));
  }, [state.view, state.analyzed, done, store]);
  useEffect(() => {
    if (state.quit) {
      store.stop();
      onQuit?.();
      exit();
    }
  }, [state.quit, store, exit, onQuit]);
  const main = Math.max(4, height - 3);
  const detailFocus = state.view === "events" && state.focus === "detail";
  const listH = state.view !== "events" ? main : detailFocus ? Math.min(5, Math.max(3, Math.floor(main / 4))) : Math.max(3, Math.floor(main * 0.55));
  const detailH = Math.max(0, main - listH - 1);
  useEffect(() => {
    if (state.height !== listH)
      dispatch({ type: "resize", height: listH });
  }, [listH, state.height]);
  const marks = useMemo(() => {
    const m = /* @__PURE__ */ new Map();
    for (const f of store.result?.findings ?? []) {
      for (const i of citedEvents(store, f)) {
        const prev = m.get(i);
        if (!prev || RANK[f.severity] < RANK[prev])
          m.set(i, f.severity);
      }
    }
    return m;
  }, [store, done]);
  const sel = selectedEvent(state);
  const detail = useMemo(
    () => sel === void 0 || state.view !== "events" ? [] : flow(safeDetail(store, sel, width), width),
    // Re-describe when analysis reaches the event or finishes.
    [store, sel, width, state.view, done, sel !== void 0 && sel < store.analyzed]
  );
  const detailMax = Math.max(0, detail.length - (detailH - 1));
  useEffect(() => {
    if (state.detailMax !== detailMax)
      dispatch({ type: "detail-length", max: detailMax });
  }, [detailMax, state.detailMax]);
  const sentence = useMemo(() => {
    const cache = /* @__PURE__ */ new Map();
    return (idx) => {
      let v = cache.get(idx);
      if (v === void 0)
        cache.set(idx, v = sentenceOf(store, idx));
      return v;
    };
  }, [store, done, state.explain]);
  const onCommand = useCallback((c) => dispatch({ type: "command", command: c }), []);
  const overlay = state.overlay;
  const idle = overlay === "none";
  const info = store.info;
  const total = store.events.length;
  const rows = rowCount(state);
  const pos = state.view === "events" ? `${rows ? state.cursor + 1 : 0}/${n(rows)}${hasFilters(state.filters) ? ` of ${n(total)}` : ""}` : "";
  const reading = store.loaded ? "" : ` reading\u2026 ${n(total)} events${state.follow ? " (following the end)" : ""}`;
  const analysing = store.analysisDone ? "" : store.loaded || total ? ` analysing ${total ? Math.floor(store.analyzed * 100 / total) : 0}%` : "";
  const filterText = hasFilters(state.filters) ? ` \xB7 filter: ${filterLabel(state.filters)}` : "";
  const left = store.detecting ? `${info.name} \xB7 waiting for the first lines to tell the format\u2026` : `${info.name} \xB7 ${info.format}/${info.os} \xB7 ${pos}${filterText}${reading}${analysing}`;
  const failed = useMemo(() => {
    let k = 0;
    for (const ev of store.events)
      if (isFailed(ev))
        k++;
    return k;
  }, [store, done, store.loaded]);
  const counts = [];
  if (store.loaded)
    counts.push(`${n(failed)} failed`);
  if (store.stats?.unparsed)
    counts.push(`${n(store.stats.unparsed)} unparsed`);
  if (store.result)
    counts.push(`${store.result.findings.length} finding${store.result.findings.length === 1 ? "" : "s"}`);
  const right = counts.join(" \xB7 ");
  const tabs = VIEWS.map((v) => {
    const count = v === "findings" ? findings.length : v === "processes" ? processes.length : v === "sockets" ? store.objects.length : void 0;
    const label = `${VIEW_TITLES[v]}${count !== void 0 && (done || v === "sockets") ? ` (${count})` : ""}`;
    return { v, label };
  });
  const hint = state.message ?? (state.search.query ? `search: ${state.search.query} (n/N) \xB7 ` : "") + HINT.map((c) => `${labelOf(c)} ${HINT_WORDS[c] ?? c}`).join("  ");
  const emptySide = (v) => !done ? `Analysing\u2026 ${total ? Math.floor(store.analyzed * 100 / total) : 0}% (this view fills in when analysis ends)` : v === "findings" ? `No findings: nothing looked wrong.${store.result ? ` In short: ${overview(store.result)}` : ""}` : v === "processes" ? "No processes." : "No fds or sockets seen.";
  return _jsxs3(Box4, { flexDirection: "column", width, height, children: [_jsx4(Box4, { width, children: tabs.map((t) => _jsx4(Text4, { ...t.v === state.view ? { inverse: true, bold: true } : { dimColor: true }, children: ` ${t.label} ` }, t.v)) }), overlay === "help" ? _jsx4(Help, { height: main, width, isActive: overlay === "help", onCommand }) : state.view === "events" ? _jsxs3(Box4, { flexDirection: "column", height: main, children: [_jsx4(EventList, { events: store.events, state, width, height: listH, marks, loaded: store.loaded, sentence, isActive: idle && state.focus === "list", onCommand }), _jsx4(Text4, { dimColor: true, children: "\u2500".repeat(Math.max(0, width)) }), _jsx4(DetailPane, { lines: detail, scroll: state.detailScroll, height: detailH, width, focused: idle && state.focus === "detail", onCommand })] }) : _jsx4(SideList, { rows: sideRef.current[state.view], pos: state.side[state.view], height: main, width, empty: emptySide(state.view), isActive: idle, onCommand }), _jsx4(StatusBar, { left, right, width }), overlay === "search" ? _jsx4(SearchPrompt, { draft: state.search.draft, width, isActive: true, onInput: (text) => dispatch({ type: "search-input", text }), onBackspace: () => dispatch({ type: "search-backspace" }), onSubmit: () => dispatch({ type: "search-submit" }), onCancel: () => dispatch({ type: "command", command: Command.Back }) }) : _jsx4(Text4, { ...state.message ? { color: "yellow" } : { dimColor: true }, children: fit(hint, width) })] });
}

// dist/src/tui/store.js
function sameEntry(a, b) {
  for (const k of Object.keys(b))
    if (a[k] !== b[k])
      return false;
  return Object.keys(a).length === Object.keys(b).length;
}
function sameSocket(a, b) {
  for (const k of Object.keys(b))
    if (a[k] !== b[k])
      return false;
  return Object.keys(a).length === Object.keys(b).length;
}
var yieldTurn = () => new Promise((resolve) => setImmediate(resolve));
var TraceStore = class {
  info;
  events = [];
  /** Input lines by file ('' for a single input), indexed by line number. */
  lineTexts = /* @__PURE__ */ new Map();
  loaded = false;
  loadError;
  stats;
  /** Events analysed so far (a prefix of `events`). */
  analyzed = 0;
  /** Analysis per event index, kept only for events that touched something (no decoded args: re-decoded when shown). */
  analysis = [];
  eventObjects = [];
  objects = [];
  objectByKey = /* @__PURE__ */ new Map();
  result;
  analysisError;
  seqIndex;
  lineIndex;
  analyzer;
  decode;
  /** The format is not known yet (a pipe's first lines are still awaited); see `begin`. */
  detecting;
  /** The caller asks the UI to close (the input could not be read). */
  closeRequested = false;
  listeners = /* @__PURE__ */ new Set();
  notifyTimer;
  wake;
  sliceMs;
  notifyMs;
  stopped = false;
  constructor(info, opts = {}) {
    this.info = info;
    this.decode = opts.decode;
    this.detecting = opts.detecting ?? false;
    this.analyzer = this.newAnalyzer();
    this.sliceMs = opts.sliceMs ?? 12;
    this.notifyMs = opts.notifyMs ?? 150;
  }
  newAnalyzer() {
    return new Analyzer({ os: this.info.os, format: this.info.format, ...this.decode !== void 0 ? { decode: this.decode } : {} });
  }
  /** The format became known after the UI started (a pipe is detected from its first lines). */
  begin(format, os) {
    this.info = { ...this.info, format, os };
    this.analyzer = this.newAnalyzer();
    this.detecting = false;
    this.changed(true);
  }
  /** Asks the UI to close: the input could not be read (the caller reports why). */
  requestClose() {
    this.closeRequested = true;
    this.changed(true);
  }
  // ------------------------------------------------------------ lines
  /** Records one input line's text (wire to the pipeline's `onRecord`). */
  addLine(line, text, file) {
    const key = file ?? "";
    let arr = this.lineTexts.get(key);
    if (!arr)
      this.lineTexts.set(key, arr = []);
    arr[line] = text;
  }
  lineText(line, file) {
    return this.lineTexts.get(file ?? "")?.[line] ?? (file === void 0 ? void 0 : this.lineTexts.get("")?.[line]);
  }
  // ------------------------------------------------------------ loading
  /** Appends events as they are read; the analysis follows behind. */
  append(batch) {
    const first = this.events.length === 0;
    for (const ev of batch) {
      if (ev.seq !== this.events.length && !this.seqIndex) {
        this.seqIndex = /* @__PURE__ */ new Map();
        for (let i = 0; i < this.events.length; i++)
          this.seqIndex.set(this.events[i].seq, i);
      }
      this.seqIndex?.set(ev.seq, this.events.length);
      this.events.push(ev);
    }
    this.lineIndex = void 0;
    this.wake?.();
    this.changed(first && this.events.length > 0);
  }
  /** Reads every batch, then runs the analysis to its end. Resolves when both are done. */
  async load(batches, stats) {
    const analysis = this.runAnalysis();
    try {
      for await (const b of batches) {
        if (this.stopped)
          break;
        this.append(b);
      }
    } catch (err) {
      this.loadError = err.message;
    }
    this.stats = stats();
    this.loaded = true;
    this.wake?.();
    this.changed(true);
    await analysis;
  }
  /** Stops background work (the UI is closing). */
  stop() {
    this.stopped = true;
    this.wake?.();
    if (this.notifyTimer)
      clearTimeout(this.notifyTimer);
    this.listeners.clear();
  }
  get analysisDone() {
    return this.result !== void 0 || this.analysisError !== void 0;
  }
  async runAnalysis() {
    for (; ; ) {
      if (this.stopped)
        return;
      if (this.analyzed < this.events.length) {
        const end = performance.now() + (this.loaded ? this.sliceMs : Math.min(3, this.sliceMs));
        do {
          this.analyzeOne(this.analyzed);
          this.analyzed++;
        } while (this.analyzed < this.events.length && (this.analyzed & 63 || performance.now() < end));
        this.changed();
        await yieldTurn();
      } else if (this.loaded) {
        try {
          this.result = this.analyzer.finish(this.stats);
        } catch (err) {
          this.analysisError = err.message;
        }
        this.changed(true);
        return;
      } else {
        await new Promise((resolve) => this.wake = resolve);
        this.wake = void 0;
      }
    }
  }
  analyzeOne(idx) {
    const ev = this.events[idx];
    let a;
    try {
      a = this.analyzer.push(ev);
    } catch {
      return;
    }
    const addr = ev.type === "syscall" && a.socket ? a.decoded?.args.find((d) => d.endpoint)?.endpoint : void 0;
    const owner = a.process?.leader ?? a.process?.pid ?? ev.pid;
    const touched = [];
    const add = (id) => {
      if (id === void 0 || touched.includes(id))
        return;
      touched.push(id);
      const o = this.objects[id];
      if (o.events[o.events.length - 1] !== idx)
        o.events.push(idx);
    };
    if (a.fd) {
      const id = this.track(a.fd, a.socket, owner, idx);
      add(id);
      if (id !== void 0 && addr && ev.type === "syscall" && /^(connect|bind|sendto|sendmsg)/.test(ev.syscall)) {
        const t = { call: ev.syscall, endpoint: addr };
        if (ev.ret?.errno)
          t.errno = ev.ret.errno;
        this.objects[id].target = t;
      }
    }
    for (const e of a.fds ?? [])
      add(this.track(e, void 0, owner, idx));
    for (const e of a.closed ?? []) {
      const id = this.track(e, void 0, owner, idx);
      add(id);
      if (id !== void 0)
        this.objects[id].closed = idx;
    }
    if (touched.length)
      this.eventObjects[idx] = touched.length === 1 ? touched[0] : touched;
    if (!(a.fd || a.socket || a.fds || a.closed || a.child || a.connect || a.probe))
      return;
    const slim = { event: ev };
    const first = touched.length ? this.objects[touched[0]] : void 0;
    if (a.fd) {
      if (first?.shared && sameEntry(first.shared, a.fd))
        slim.fd = first.shared;
      else {
        slim.fd = a.fd;
        if (first)
          first.shared = a.fd;
      }
    }
    if (a.socket) {
      if (first?.sharedSocket && sameSocket(first.sharedSocket, a.socket))
        slim.socket = first.sharedSocket;
      else {
        slim.socket = a.socket;
        if (first)
          first.sharedSocket = a.socket;
      }
    }
    if (a.fds)
      slim.fds = a.fds;
    if (a.closed)
      slim.closed = a.closed;
    if (a.child)
      slim.child = a.child;
    if (a.connect)
      slim.connect = a.connect;
    if (a.probe)
      slim.probe = a.probe;
    this.analysis[idx] = slim;
  }
  track(entry, socket, owner, idx) {
    const sid = socket?.id ?? entry.socketId;
    const key = sid ? `s:${sid}` : `f:${owner ?? ""}:${entry.fd}:${entry.openedSeq ?? entry.openedLine ?? ""}`;
    let id = this.objectByKey.get(key);
    if (id === void 0) {
      id = this.objects.length;
      const o2 = { id, kind: entry.kind, fd: entry.fd, entry, events: [] };
      if (owner !== void 0)
        o2.pid = owner;
      if (sid)
        o2.socketId = sid;
      if (entry.path)
        o2.path = entry.path;
      if (entry.openedSeq !== void 0) {
        const at = this.indexOfSeq(entry.openedSeq);
        if (at !== void 0)
          o2.opened = at;
      } else if (entry.origin !== "use" && entry.origin !== "decoration" && entry.origin !== "inherited")
        o2.opened = idx;
      this.objects.push(o2);
      this.objectByKey.set(key, id);
    }
    const o = this.objects[id];
    o.entry = entry;
    if (socket)
      o.socket = socket;
    if (entry.path && !o.path)
      o.path = entry.path;
    return id;
  }
  // ------------------------------------------------------------ look-ups
  /** What analysis said about an event (undefined: not analysed yet, or nothing touched). */
  analysisOf(idx) {
    return this.analysis[idx];
  }
  objectsOf(idx) {
    const v = this.eventObjects[idx];
    if (v === void 0)
      return [];
    return (typeof v === "number" ? [v] : v).map((id) => this.objects[id]);
  }
  indexOfSeq(seq) {
    if (!this.seqIndex)
      return seq >= 0 && seq < this.events.length ? seq : void 0;
    return this.seqIndex.get(seq);
  }
  /** The event a line belongs to (any of its lines). */
  indexOfLine(line, file) {
    if (!this.lineIndex) {
      const m = /* @__PURE__ */ new Map();
      this.events.forEach((ev, i) => {
        for (const l of ev.lines.length ? ev.lines : [ev.line]) {
          const k = `${ev.file ?? ""}:${l}`;
          if (!m.has(k))
            m.set(k, i);
        }
      });
      this.lineIndex = m;
    }
    return this.lineIndex.get(`${file ?? ""}:${line}`) ?? (file === void 0 ? void 0 : this.lineIndex.get(`:${line}`));
  }
  socketById(id) {
    return this.result?.sockets.find((s) => s.id === id) ?? this.objects[this.objectByKey.get(`s:${id}`) ?? -1]?.socket;
  }
  /** Short description of an object: `/etc/passwd`, `TCP 127.0.0.1:5432`, `pipe`. */
  objectLabel(o) {
    if (o.socketId) {
      const s = this.socketById(o.socketId) ?? o.socket;
      const fam = [s?.family, s?.type].filter(Boolean).join(" ") || "socket";
      const ends = [];
      if (s?.local)
        ends.push(`local ${endpointText(s.local)}`);
      if (s?.peer)
        ends.push(`peer ${endpointText(s.peer)}`);
      if (s?.listening)
        ends.push("listening");
      if (!s?.peer && o.target && o.target.call !== "bind")
        ends.push(`${o.target.call} ${endpointText(o.target.endpoint)}${o.target.errno ? ` failed ${o.target.errno}` : ""}`);
      return `${fam}${ends.length ? " " + ends.join(", ") : ""}`;
    }
    if (o.path)
      return o.entry.deleted ? `${o.path} (deleted)` : o.path;
    if (o.kind === "pipe" && o.entry.pipe)
      return `pipe${o.entry.pipe.inode !== void 0 ? `:[${o.entry.pipe.inode}]` : ""}${o.entry.pipe.end ? ` (${o.entry.pipe.end} end)` : ""}`;
    if (o.entry.anon)
      return `anon_inode:${o.entry.anon}`;
    if (o.kind === "unknown" && o.fd !== void 0 && o.fd <= 2)
      return `${["stdin", "stdout", "stderr"][o.fd]} (${o.entry.origin === "inherited" ? "inherited" : "open when the trace started"})`;
    return o.kind === "unknown" ? `(not known what fd ${o.fd ?? "?"} is: the trace does not show it being opened)` : o.kind;
  }
  // ------------------------------------------------------------ change notification
  /** Calls `fn` (throttled) when events arrive or analysis moves on. */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  changed(now = false) {
    if (now) {
      if (this.notifyTimer)
        clearTimeout(this.notifyTimer);
      this.notifyTimer = void 0;
      for (const l of [...this.listeners])
        l();
      return;
    }
    if (this.notifyTimer)
      return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = void 0;
      for (const l of [...this.listeners])
        l();
    }, this.notifyMs);
  }
};

// dist/src/tui/index.js
async function runBrowser(store, streams) {
  const app = render(_jsx5(App, { store }), {
    stdin: streams.stdin,
    stdout: streams.stdout,
    ...streams.stderr ? { stderr: streams.stderr } : {},
    exitOnCtrlC: true,
    patchConsole: false
  });
  try {
    await app.waitUntilExit();
  } finally {
    store.stop();
  }
}
export {
  App,
  TraceStore,
  runBrowser
};
