import {
  palette,
  renderHeaderText,
  renderStatsLine
} from "./chunk-6GLZII33.js";
import {
  Output,
  openTrace,
  statsToJson
} from "./chunk-NJSNFNWR.js";
import {
  argViews,
  lookupSyscall,
  sanitize,
  wellKnown
} from "./chunk-ASAXTFM3.js";
import {
  decodeCall
} from "./chunk-62PVAE5Q.js";
import "./chunk-MB4JWYU3.js";
import "./chunk-IMBRNHBK.js";
import {
  UsageError,
  inputFlags,
  pidPasses,
  requireInput,
  resolveColor
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/render/summary.js
function endpointKey(ep) {
  if ((ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.address === "string") {
    return ep.family === "AF_INET6" ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === "AF_UNIX" && typeof ep.path === "string" && ep.path !== "")
    return `unix:${ep.abstract ? "@" : ""}${ep.path}`;
  return void 0;
}
var SummaryCollector = class {
  format;
  namer;
  sys = /* @__PURE__ */ new Map();
  procs = /* @__PURE__ */ new Map();
  errs = /* @__PURE__ */ new Map();
  eps = /* @__PURE__ */ new Map();
  anyTimed = false;
  programs = /* @__PURE__ */ new Map();
  /** Non-blocking connects still in progress: `pid:fd` → endpoint key; SO_ERROR gives their verdict later. */
  pendingConnects = /* @__PURE__ */ new Map();
  constructor(format, namer) {
    this.format = format;
    this.namer = namer;
  }
  add(ev, decoded) {
    if (ev.type === "summary") {
      if (ev.part === "row" && ev.syscall)
        this.tableRow(ev.syscall, ev.calls, ev.errors, ev.seconds);
      return;
    }
    const pidKey = String(ev.pid ?? "");
    let p = this.procs.get(pidKey);
    if (!p)
      this.procs.set(pidKey, p = { pid: ev.pid, calls: 0, errors: 0, firstLine: ev.line, lastLine: ev.line });
    p.lastLine = ev.line;
    if (ev.type === "exit") {
      p.exit = ev.signal ? `killed by ${ev.signal}${ev.core ? " (core dumped)" : ""}` : ev.code !== void 0 ? `exit ${String(ev.code)}` : p.exit;
      return;
    }
    if (ev.type !== "syscall")
      return;
    p.calls++;
    let row = this.sys.get(ev.syscall);
    if (!row)
      this.sys.set(ev.syscall, row = { syscall: ev.syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 });
    row.calls++;
    if (ev.duration !== void 0) {
      this.anyTimed = true;
      row.total += ev.duration;
      row.timed++;
      if (ev.duration > row.max)
        row.max = ev.duration;
    }
    const r = ev.ret;
    const errno = decoded?.errno?.name ?? r?.errno ?? (r?.errnoNumber !== void 0 ? `errno ${String(r.errnoNumber)}` : void 0);
    const isErr = errno !== void 0 && !/^ERESTART/.test(errno);
    if (isErr) {
      row.errors++;
      p.errors++;
      let e = this.errs.get(errno);
      if (!e)
        this.errs.set(errno, e = { count: 0, by: /* @__PURE__ */ new Map() });
      e.count++;
      e.by.set(ev.syscall, (e.by.get(ev.syscall) ?? 0) + 1);
    }
    if ((ev.syscall === "execve" || ev.syscall === "execveat") && !isErr && ev.status === "complete") {
      const prog = /"((?:[^"\\]|\\.)*)"/.exec(ev.args)?.[1];
      if (prog)
        this.programs.set(pidKey, prog);
    }
    if (/^(fork|vfork|clone|clone3)$/.test(ev.syscall) && !isErr && (r?.value ?? 0) > 0) {
      const parent = this.programs.get(pidKey);
      const child = String(r.value);
      const thread = /CLONE_THREAD/.test(ev.args);
      if (parent && !this.programs.has(child)) {
        const m = / \(thread of (\d+)\)$/.exec(parent);
        const base = m ? parent.slice(0, m.index) : parent;
        this.programs.set(child, thread ? `${base} (thread of ${m?.[1] ?? pidKey})` : base);
      }
    }
    this.followConnect(ev, pidKey, errno);
    const entry = lookupSyscall(ev.syscall);
    if (entry?.family === "net" && entry.args.includes("addr")) {
      const addr = argViews(ev, decoded, entry).find((a) => a.role === "addr");
      const ep = addr?.endpoint;
      const key = ep ? endpointKey(ep) : void 0;
      if (ep && key) {
        let e = this.eps.get(key);
        if (!e) {
          if (this.eps.size >= 1e4)
            return;
          this.eps.set(key, e = { ep, calls: /* @__PURE__ */ new Map(), failures: 0 });
        }
        e.calls.set(ev.syscall, (e.calls.get(ev.syscall) ?? 0) + 1);
        if (isErr && errno !== "EINPROGRESS")
          e.failures++;
        if (/^connect/.test(ev.syscall) && errno === "EINPROGRESS") {
          const fd = /^\s*(\d+)/.exec(ev.args)?.[1];
          if (fd !== void 0 && this.pendingConnects.size < 1e4)
            this.pendingConnects.set(`${pidKey}:${fd}`, key);
        }
      }
    }
  }
  /** Counts a non-blocking connect as failed when getsockopt(SO_ERROR) later reads an error. */
  followConnect(ev, pidKey, errno) {
    if (this.pendingConnects.size === 0)
      return;
    const fd = /^\s*(\d+)/.exec(ev.args)?.[1];
    if (fd === void 0)
      return;
    const k = `${pidKey}:${fd}`;
    const ep = this.pendingConnects.get(k);
    if (ep === void 0)
      return;
    if (ev.syscall === "getsockopt" && /SO_ERROR/.test(ev.args) && errno === void 0) {
      this.pendingConnects.delete(k);
      const v = /SO_ERROR,\s*\[\s*([^\]\s]+)\s*\]/.exec(ev.args)?.[1];
      const e = this.eps.get(ep);
      if (e && v !== void 0 && v !== "0")
        e.failures++;
    } else if (/^(connect|close)/.test(ev.syscall)) {
      if (!(/^connect/.test(ev.syscall) && (errno === "EINPROGRESS" || errno === "EALREADY")))
        this.pendingConnects.delete(k);
    }
  }
  table = /* @__PURE__ */ new Map();
  tableTimed = false;
  /** A row of a summary table printed by the tracer (kept apart: used when the trace has no calls). */
  tableRow(syscall, calls = 0, errors = 0, seconds) {
    let row = this.table.get(syscall);
    if (!row)
      this.table.set(syscall, row = { syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 });
    row.calls += calls;
    row.errors += errors;
    if (seconds !== void 0) {
      this.tableTimed = true;
      row.total += seconds;
      row.timed += calls;
    }
  }
  result() {
    if (this.sys.size === 0 && this.table.size > 0) {
      const rows = [...this.table.values()].sort((a, b) => b.total - a.total || b.calls - a.calls || a.syscall.localeCompare(b.syscall));
      return {
        clock: this.tableTimed ? "the tracer's own summary table (strace -c counts system CPU time in each call; no per-call maximum)" : "the tracer's own summary table (counts only, no times)",
        fromTable: true,
        timed: this.tableTimed,
        syscalls: rows,
        processes: [],
        errnos: [],
        endpoints: []
      };
    }
    const clock = this.anyTimed ? this.format === "dtruss" ? "elapsed time in each call from dtruss's ELAPSD column (wall clock)" : "wall-clock time spent in each call, from strace -T" : "no per-call durations in this trace (strace -T or dtruss -e prints them)";
    return {
      clock,
      timed: this.anyTimed,
      syscalls: [...this.sys.values()].sort((a, b) => b.total - a.total || b.calls - a.calls || a.syscall.localeCompare(b.syscall)),
      processes: [...this.procs.values()].filter((p) => p.calls > 0 || p.exit).map((p) => {
        const program = this.programs.get(String(p.pid ?? ""));
        return program ? { ...p, program } : p;
      }).sort((a, b) => a.firstLine - b.firstLine),
      errnos: [...this.errs].map(([errno, e]) => ({ errno, count: e.count, syscalls: [...e.by].sort((a, b) => b[1] - a[1]) })).sort((a, b) => b.count - a.count || a.errno.localeCompare(b.errno)),
      endpoints: [...this.eps].map(([key, e]) => {
        const row = { endpoint: key, calls: [...e.calls].sort((a, b) => b[1] - a[1]), failures: e.failures };
        const name = this.namer?.(e.ep)?.service;
        if (name)
          row.service = name;
        return row;
      })
    };
  }
};
function secs(n) {
  return n.toFixed(6);
}
function table(header, rows, right) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r) => r.map((c, i) => right[i] ? c.padStart(w[i]) : c.padEnd(w[i])).join("  ").trimEnd();
  return [fmt(header), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(fmt)];
}
function renderSummaryText(s, opts = {}) {
  const p = palette(opts.color);
  const out = [];
  const totalTime = s.syscalls.reduce((n, r) => n + r.total, 0);
  const totalCalls = s.syscalls.reduce((n, r) => n + r.calls, 0);
  const totalErr = s.syscalls.reduce((n, r) => n + r.errors, 0);
  out.push(p.bold("System calls") + p.dim(` \u2014 time: ${s.clock}`));
  const rows = s.syscalls.map((r) => [
    s.timed && totalTime > 0 ? (100 * r.total / totalTime).toFixed(2) : "",
    s.timed ? secs(r.total) : "",
    // Whole microseconds, rounded down, as strace -c prints them.
    s.timed && r.timed ? String(Math.floor(1e6 * r.total / r.timed + 1e-9)) : "",
    s.timed && !s.fromTable ? String(Math.round(r.max * 1e6)) : "",
    String(r.calls),
    r.errors ? String(r.errors) : "",
    sanitize(r.syscall)
  ]);
  const timedCalls = s.syscalls.reduce((n, r) => n + r.timed, 0);
  const avg = s.timed && timedCalls ? String(Math.floor(1e6 * totalTime / timedCalls + 1e-9)) : "";
  rows.push([s.timed ? "100.00" : "", s.timed ? secs(totalTime) : "", avg, "", String(totalCalls), totalErr ? String(totalErr) : "", "total"]);
  out.push(...table(["% time", "seconds", "usecs/call", "max usecs", "calls", "errors", "syscall"], rows, [true, true, true, true, true, true, false]));
  if (s.fromTable) {
    out.push("", p.dim("(the trace holds only the tracer's summary table: per-process, errno and endpoint tables need the calls themselves)"));
    return out.join("\n") + "\n";
  }
  out.push("");
  out.push(p.bold("Processes"));
  out.push(...table(["pid", "program", "calls", "errors", "lines", "end"], s.processes.map((r) => [
    r.pid === void 0 ? "-" : String(r.pid),
    sanitize(r.program ?? ""),
    String(r.calls),
    r.errors ? String(r.errors) : "",
    `${String(r.firstLine)}-${String(r.lastLine)}`,
    r.exit ?? ""
  ]), [true, false, true, true, false, false]));
  out.push("");
  out.push(p.bold("Errors"));
  if (s.errnos.length === 0)
    out.push("none");
  else
    out.push(...table(["errno", "count", "from"], s.errnos.map((e) => [e.errno, String(e.count), e.syscalls.slice(0, 5).map(([n, c]) => `${sanitize(n)} \xD7${String(c)}`).join(", ")]), [false, true, false]));
  out.push("");
  out.push(p.bold("Socket endpoints"));
  if (s.endpoints.length === 0)
    out.push("none");
  else
    out.push(...table(["endpoint", "service", "calls", "failed"], s.endpoints.map((e) => [sanitize(e.endpoint), e.service ?? "", e.calls.map(([n, c]) => `${n} \xD7${String(c)}`).join(", "), e.failures ? String(e.failures) : ""]), [false, false, false, true]));
  return out.join("\n") + "\n";
}

// dist/src/cli/summary.js
function summaryOptions(raw, term) {
  const pids = (raw.pid ?? []).flatMap((v) => v.split(",")).map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`--pid: expected a non-negative integer, got "${v}"`);
    return n;
  });
  return {
    ...inputFlags(raw),
    format: raw.format ?? "text",
    color: resolveColor(raw.color ?? "auto", term.isTTY, term.env),
    pids
  };
}
async function runSummary(paths, opts, out, stdin) {
  const trace = await openTrace(paths, opts, stdin);
  const collector = new SummaryCollector(trace.format, wellKnown);
  for await (const batch of trace.batches) {
    for (const ev of batch) {
      if (!pidPasses(ev, opts.pids))
        continue;
      const decoded = ev.type === "syscall" && trace.format !== "strace" ? safeDecode(ev, trace.os) : void 0;
      collector.add(ev, decoded);
    }
  }
  const s = collector.result();
  const stats = trace.stats();
  if (opts.format === "json") {
    out.write(JSON.stringify({ input: { files: trace.files, format: trace.format, os: trace.os }, stats: statsToJson(stats), summary: s }, null, 2) + "\n");
  } else {
    const r = { color: opts.color };
    out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, r) + "\n" + renderSummaryText(s, r) + "\n" + renderStatsLine(stats, r));
  }
  await out.end();
  return 0;
}
function safeDecode(ev, os) {
  try {
    return decodeCall(ev, os);
  } catch {
    return void 0;
  }
}
async function summaryAction(files, raw) {
  requireInput(files);
  const opts = summaryOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
  process.exitCode = await runSummary(files, opts, new Output());
}
export {
  runSummary,
  summaryAction,
  summaryOptions
};
