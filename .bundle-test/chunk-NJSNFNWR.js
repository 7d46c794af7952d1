import {
  decodeCall,
  parseArgs
} from "./chunk-62PVAE5Q.js";
import {
  maybeGunzip,
  openTraceInputs,
  resolveSources
} from "./chunk-IMBRNHBK.js";

// dist/src/render/event-json.js
var StreamDecoder = class {
  os;
  families = /* @__PURE__ */ new Map();
  constructor(os) {
    this.os = os;
  }
  socketFamily = (fd, pid) => this.families.get(`${pid ?? ""}:${fd}`);
  decode(ev, args) {
    const d = decodeCall(ev, this.os, args ? { socketFamily: this.socketFamily, args } : { socketFamily: this.socketFamily });
    const fd = ev.ret?.value;
    if (fd != null && fd >= 0 && (ev.syscall === "socket" || ev.syscall === "socket_nocancel") && !d.errno) {
      const family = d.args[0]?.named?.[0];
      if (family)
        this.families.set(`${ev.pid ?? ""}:${fd}`, family.name ?? family.value);
    }
    return d;
  }
};
function eventToJson(ev, opts = {}) {
  const o = { type: ev.type, seq: ev.seq, line: ev.line, lines: ev.lines };
  if (ev.file !== void 0)
    o.file = ev.file;
  if (ev.pid !== void 0)
    o.pid = ev.pid;
  if (ev.tid !== void 0)
    o.tid = ev.tid;
  if (ev.comm !== void 0)
    o.comm = ev.comm;
  if (ev.time !== void 0)
    o.time = ev.time;
  if (ev.timeText !== void 0)
    o.timeText = ev.timeText;
  if (ev.relative !== void 0)
    o.relative = ev.relative;
  switch (ev.type) {
    case "syscall": {
      o.syscall = ev.syscall;
      o.status = ev.status;
      let list;
      if (opts.args !== false) {
        list = opts.parsed ?? parseArgs(ev.args);
        o.args = list.items;
        if (list.lead !== void 0)
          o.argsLead = list.lead;
        if (list.trail !== void 0)
          o.argsTrail = list.trail;
        if (list.failed)
          o.argsUnreadable = true;
      }
      o.argsText = ev.args;
      const r = ev.ret;
      if (r) {
        o.retval = r.value;
        o.retText = r.text;
        if (r.hex)
          o.retHex = true;
        if (r.decoration !== void 0)
          o.retDecoration = r.decoration;
        if (r.errno !== void 0)
          o.errno = r.errno;
        if (r.errnoNumber !== void 0)
          o.errnoNumber = r.errnoNumber;
        if (r.message !== void 0)
          o.errnoMessage = r.message;
        if (r.notes)
          o.notes = r.notes;
      }
      if (ev.duration !== void 0)
        o.duration = ev.duration;
      if (ev.nr !== void 0)
        o.nr = ev.nr;
      if (ev.ip !== void 0)
        o.ip = ev.ip;
      if (ev.stack)
        o.stack = ev.stack;
      if (ev.dump)
        o.dump = ev.dump;
      if (ev.extra)
        Object.assign(o, ev.extra);
      if (opts.decoder) {
        const d = opts.decoder.decode(ev, list);
        o.decoded = d;
        if (d.errno) {
          if (o.errno === void 0 && d.errno.name)
            o.errno = d.errno.name;
          if (o.errnoNumber === void 0 && Number.isFinite(d.errno.value))
            o.errnoNumber = d.errno.value;
          if (o.errnoMessage === void 0 && d.errno.message)
            o.errnoMessage = d.errno.message;
        }
      }
      break;
    }
    case "signal":
      o.signal = ev.signal;
      if (ev.info !== void 0)
        o.info = ev.info;
      if (ev.stopped)
        o.stopped = true;
      break;
    case "exit":
      if (ev.code !== void 0)
        o.code = ev.code;
      if (ev.signal !== void 0)
        o.signal = ev.signal;
      if (ev.core)
        o.core = true;
      if (ev.supersededBy !== void 0)
        o.supersededBy = ev.supersededBy;
      break;
    case "attach":
    case "detach":
    case "tracer":
      o.message = ev.message;
      if (ev.source !== void 0)
        o.source = ev.source;
      if (ev.target !== void 0)
        o.target = ev.target;
      if (ev.threads !== void 0)
        o.threads = ev.threads;
      break;
    case "output":
      o.text = ev.text;
      break;
    case "summary":
      o.part = ev.part;
      o.text = ev.text;
      for (const k of ["syscall", "calls", "errors", "seconds", "percent", "usecsPerCall"]) {
        if (ev[k] !== void 0)
          o[k] = ev[k];
      }
      break;
    case "unparsed":
      o.text = ev.text;
      o.reason = ev.reason;
      break;
  }
  const more = opts.extra?.(ev);
  if (more)
    Object.assign(o, more);
  return o;
}
function reportEventToJson(story, index, it, parsed) {
  const o = eventToJson(it.event, parsed ? { args: true, parsed } : { args: true });
  o.explanation = it.explanation;
  const d = it.decoded;
  if (d) {
    const dj = { args: d.args };
    if (d.errno)
      dj.errno = d.errno;
    if (d.result)
      dj.result = d.result;
    o.decoded = dj;
  }
  if (story.items.length > 1 || story.kind !== "event")
    o.story = { index, kind: story.kind, sentence: story.sentence, size: story.items.length };
  return o;
}
function reportEventJsonText(story, index, it, parsed) {
  return EVENT_INDENT + JSON.stringify(reportEventToJson(story, index, it, parsed));
}
var EVENT_INDENT = "    ";
function statsToJson(stats) {
  return {
    type: "stats",
    format: stats.format,
    os: stats.os,
    files: stats.files,
    lines: stats.lines,
    events: stats.events,
    unparsed: stats.unparsed,
    records: stats.records,
    clock: stats.clock,
    unfinished: stats.unfinished,
    orphanResumed: stats.orphanResumed,
    ...stats.interrupted ? { interrupted: true } : {}
  };
}

// dist/src/ingest/follow.js
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
function followFile(path, pollMs = 40) {
  let finished = false;
  let wake;
  const poke = () => {
    const w = wake;
    wake = void 0;
    w?.();
  };
  const sleep = () => new Promise((resolve) => {
    const t = setTimeout(() => {
      wake = void 0;
      resolve();
    }, pollMs);
    wake = () => {
      clearTimeout(t);
      resolve();
    };
  });
  async function* chunks() {
    const fh = await open(path, "r");
    try {
      const buf = Buffer.alloc(1 << 16);
      let pos = 0;
      for (; ; ) {
        const writerGone = finished;
        const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
        if (bytesRead > 0) {
          pos += bytesRead;
          yield Buffer.from(buf.subarray(0, bytesRead));
          continue;
        }
        if (writerGone)
          return;
        await sleep();
      }
    } finally {
      await fh.close();
    }
  }
  return {
    stream: Readable.from(chunks(), { objectMode: false }),
    finish() {
      finished = true;
      poke();
    },
    poke
  };
}

// dist/src/cli/input.js
import { createReadStream } from "node:fs";

// dist/src/cli/interrupt.js
var controller;
function interruptSignal() {
  if (!controller) {
    controller = new AbortController();
    const c = controller;
    process.on("SIGINT", () => {
      if (c.signal.aborted)
        process.exit(130);
      c.abort();
    });
  }
  return controller.signal;
}

// dist/src/cli/input.js
function openStream(path, stdin, follow, signal) {
  if (path === "-")
    return stdin;
  if (follow) {
    const f = followFile(path, 200);
    signal.addEventListener("abort", () => f.finish(), { once: true });
    return f.stream;
  }
  return maybeGunzip(createReadStream(path, { highWaterMark: 1 << 16 }), path);
}
async function openTrace(paths, opts = {}, stdin = process.stdin) {
  const sources = resolveSources(paths);
  const signal = opts.signal ?? interruptSignal();
  const inputs = sources.map((s) => {
    const input = { name: s.name, stream: openStream(s.path, stdin, opts.follow === true, signal) };
    if (s.pid !== void 0)
      input.pid = s.pid;
    return input;
  });
  const stream = await openTraceInputs(inputs, opts.follow ? opts : { ...opts, signal });
  return {
    format: stream.format,
    os: stream.os,
    files: sources.map((s) => s.name),
    batches: stream.batches(),
    get events() {
      return stream.events();
    },
    stats: () => stream.stats,
    stream
  };
}

// dist/src/cli/output.js
var CHUNK = 1 << 16;
var Output = class {
  stream;
  closed = false;
  /**
   * Text is encoded straight into this buffer as it comes (one UTF-8 copy, no joined string);
   * a full buffer is handed to the stream whole and a new one started (the stream may keep it).
   */
  pool = Buffer.allocUnsafe(CHUNK);
  used = 0;
  scheduled = false;
  constructor(stream = process.stdout) {
    this.stream = stream;
    stream.on("error", (err) => {
      if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED")
        this.closed = true;
      else
        throw err;
    });
  }
  /** True once the reader has gone away: stop producing output. */
  get isClosed() {
    return this.closed;
  }
  /**
   * Queues text or bytes (UTF-8, e.g. read back from a file: copied as they are, no decode and
   * re-encode; the stream may keep a big Buffer, so do not change it afterwards); flushes in large writes. Returns a promise only when the stream needs draining.
   */
  write(data) {
    if (this.closed)
      return void 0;
    const room = typeof data === "string" ? data.length * 3 : data.length;
    if (room > CHUNK - this.used) {
      const before = this.flush();
      if (room > CHUNK) {
        const after = this.send(data);
        return before && after ? Promise.all([before, after]).then(() => void 0) : before ?? after;
      }
      this.used += this.put(data);
      return before;
    }
    this.used += this.put(data);
    if (this.used >= CHUNK - 1024)
      return this.flush();
    this.flushSoon();
    return void 0;
  }
  /** Copies into the pool at `used` (the caller made room); the byte count. */
  put(data) {
    return typeof data === "string" ? this.pool.write(data, this.used, "utf8") : data.copy(this.pool, this.used);
  }
  /**
   * Flushes what is queued once the current burst of work yields (waiting for a pipe or a
   * followed file), so output keeps up with a slow producer without a write per line.
   */
  flushSoon() {
    if (this.scheduled)
      return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }
  flush() {
    if (this.closed || this.used === 0)
      return void 0;
    const data = this.pool.subarray(0, this.used);
    this.pool = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
    return this.send(data);
  }
  send(data) {
    if (this.stream.write(data))
      return void 0;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off("drain", done);
        this.stream.off("close", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("close", done);
    });
  }
  /** Flushes and waits until everything written has been handed to the OS. */
  async end() {
    await this.flush();
    if (this.closed)
      return;
    await new Promise((resolve) => {
      if (this.stream.writableNeedDrain)
        this.stream.once("drain", () => resolve());
      else
        resolve();
    });
  }
};

export {
  StreamDecoder,
  eventToJson,
  reportEventJsonText,
  statsToJson,
  followFile,
  openTrace,
  Output
};
