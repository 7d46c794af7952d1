import {
  decodeCString
} from "./chunk-YCOLI2KN.js";

// dist/src/ingest/sources.js
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var InputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InputError";
  }
};
var FF_SUFFIX = /^(.*)\.(\d+)$/;
function ffSetOf(name) {
  const dir = dirname(name);
  const base = basename(name);
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((n) => n.length > base.length + 1 && n.startsWith(base + ".") && /^\d+$/.test(n.slice(base.length + 1))).sort((a, b) => Number(a.slice(base.length + 1)) - Number(b.slice(base.length + 1))).map((n) => dir === "." && !name.startsWith("./") ? n : join(dir, n));
}
function resolveSources(inputs) {
  if (inputs.length === 0)
    return [{ path: "-", name: "-" }];
  const files = [];
  for (const input of inputs) {
    if (input === "-") {
      files.push("-");
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch (err) {
      const code = err.code;
      const set = code === "ENOENT" ? ffSetOf(input) : [];
      if (set.length > 0) {
        files.push(...set);
        continue;
      }
      const why = code === "ENOENT" ? "no such file or directory (check the path; give - or no file to read standard input)" : code === "EACCES" ? "permission denied (make the file readable for this user, or run tracex as its owner)" : String(err.message);
      throw new InputError(`${input}: ${why}`);
    }
    if (st.isDirectory()) {
      const names = readdirSync(input).filter((n) => statSync(join(input, n)).isFile()).sort();
      if (names.length === 0)
        throw new InputError(`${input}: directory has no files (give a trace file, or the directory strace -ff -o DIR/NAME wrote)`);
      files.push(...names.map((n) => join(input, n)));
    } else
      files.push(input);
  }
  const bases = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = FF_SUFFIX.exec(f);
    if (m)
      bases.set(m[1], (bases.get(m[1]) ?? 0) + 1);
  }
  return files.map((f) => {
    const m = FF_SUFFIX.exec(f);
    const src = { path: f, name: f === "-" ? "-" : f };
    if (m && (bases.get(m[1]) ?? 0) >= 2)
      src.pid = +m[2];
    return src;
  });
}

// dist/src/ingest/lines.js
import { StringDecoder } from "node:string_decoder";
import { createGunzip } from "node:zlib";
var DEFAULT_MAX_LINE = 1 << 20;
async function* lineBatches(stream, opts = {}) {
  const max = opts.maxLineBytes ?? DEFAULT_MAX_LINE;
  let decoder = new StringDecoder("utf8");
  let sniffed = false;
  let bigEndian = false;
  let oddByte;
  let head;
  const toLittleEndian = (b) => {
    const all = oddByte ? Buffer.concat([oddByte, b]) : Buffer.from(b);
    const even = all.length & ~1;
    oddByte = even < all.length ? all.subarray(even) : void 0;
    return all.subarray(0, even).swap16();
  };
  let carry = "";
  let overflow = false;
  const take = (piece, endOfChunk) => {
    const text = carry + piece;
    const batch = [];
    let start = 0;
    if (overflow) {
      const nl = text.indexOf("\n");
      if (nl < 0) {
        carry = "";
        return void 0;
      }
      overflow = false;
      start = nl + 1;
    }
    for (; ; ) {
      const nl = text.indexOf("\n", start);
      if (nl < 0)
        break;
      let line = text.slice(start, nl);
      if (line.endsWith("\r"))
        line = line.slice(0, -1);
      batch.push(line);
      start = nl + 1;
    }
    carry = text.slice(start);
    if (endOfChunk && carry.length > max) {
      (batch.cut ??= []).push(batch.length);
      batch.push(carry.slice(0, max));
      carry = "";
      overflow = true;
    }
    return batch.length ? batch : void 0;
  };
  for await (const chunk of stream) {
    if (typeof chunk === "string") {
      const text = !sniffed && chunk.charCodeAt(0) === 65279 ? chunk.slice(1) : chunk;
      sniffed ||= chunk.length > 0;
      const batch = take(text, true);
      if (batch)
        yield batch;
      continue;
    }
    let buf = chunk;
    if (!sniffed && (head !== void 0 || buf.length < 4)) {
      head = head ? Buffer.concat([head, buf]) : buf;
      if (head.length < 4)
        continue;
      buf = head;
      head = void 0;
    }
    if (!sniffed && buf.length > 0) {
      sniffed = true;
      const bom = byteOrderMark(buf);
      if (bom) {
        buf = buf.subarray(bom.length);
        if (bom.encoding !== "utf8")
          decoder = new StringDecoder("utf16le");
        bigEndian = bom.encoding === "utf16be";
      }
    }
    if (bigEndian)
      buf = toLittleEndian(buf);
    for (let off = 0; off < buf.length; off += PIECE) {
      const end = Math.min(buf.length, off + PIECE);
      const batch = take(decoder.write(buf.subarray(off, end)), end === buf.length);
      if (batch)
        yield batch;
    }
  }
  if (head) {
    const batch = take(decoder.write(head), true);
    if (batch)
      yield batch;
  }
  carry += decoder.end();
  if (carry.length && !overflow) {
    const last = [carry.endsWith("\r") ? carry.slice(0, -1) : carry];
    last.unterminated = true;
    yield last;
  }
}
function byteOrderMark(buf) {
  if (buf[0] === 239 && buf[1] === 187 && buf[2] === 191)
    return { length: 3, encoding: "utf8" };
  if (buf[0] === 255 && buf[1] === 254 && buf[3] === 0)
    return { length: 2, encoding: "utf16le" };
  if (buf[0] === 254 && buf[1] === 255 && buf[2] === 0)
    return { length: 2, encoding: "utf16be" };
  return void 0;
}
var PIECE = 1 << 16;
function maybeGunzip(stream, name) {
  return name.endsWith(".gz") ? stream.pipe(createGunzip()) : stream;
}

// dist/src/parse/events.js
function parseTime(text) {
  if (text.charCodeAt(2) === 58) {
    const h = +text.slice(0, 2);
    const m = +text.slice(3, 5);
    const s = +text.slice(6);
    return { seconds: h * 3600 + m * 60 + s, wall: true };
  }
  return { seconds: +text, wall: false };
}
var DAY = 86400;
var EventBuilder = class {
  pending = /* @__PURE__ */ new Map();
  /** A finished call kept back one record so the stack/dump lines after it can join it. */
  held;
  /** The unfinished call the last record started (stack lines after it belong to it). */
  lastPending;
  seq = 0;
  dayOffset = 0;
  lastWall = -1;
  relativeSum = 0;
  stats;
  constructor(format, os, files = []) {
    this.stats = {
      format,
      os,
      files,
      lines: 0,
      events: 0,
      unparsed: 0,
      records: {},
      clock: "none",
      unfinished: 0,
      orphanResumed: 0
    };
  }
  /** Feeds one record; returns the events it completed (often none or one). */
  push(rec, out) {
    const stats = this.stats;
    stats.lines++;
    stats.records[rec.kind] = (stats.records[rec.kind] ?? 0) + 1;
    if (rec.kind === "stack" || rec.kind === "dump") {
      const target = this.held ?? this.lastPending;
      if (target) {
        const text = rec.kind === "stack" ? rec.frame : rec.text;
        if (rec.kind === "stack")
          (target.stack ??= []).push(text);
        else
          (target.dump ??= []).push(text);
        target.lines.push(rec.line);
        return;
      }
    }
    if (rec.kind === "blank") {
      if (this.held || this.lastPending)
        return;
    }
    this.release(out);
    this.lastPending = void 0;
    switch (rec.kind) {
      case "syscall":
      case "unfinished":
      case "resumed":
        this.pushCall(rec, out);
        return;
      case "signal": {
        const ev = this.base(rec, rec);
        Object.assign(ev, { type: "signal", signal: rec.signal });
        if (rec.info !== void 0)
          ev.info = rec.info;
        if (rec.stopped)
          ev.stopped = true;
        this.emit(ev, out);
        return;
      }
      case "exit": {
        if (rec.supersededBy !== void 0)
          this.superseded(rec.supersededBy, rec.pid);
        else
          this.flushPid(rec.pid, rec.file, "interrupted", out);
        const ev = this.base(rec, rec);
        ev.type = "exit";
        if (rec.code !== void 0)
          ev.code = rec.code;
        if (rec.signal !== void 0)
          ev.signal = rec.signal;
        if (rec.core)
          ev.core = true;
        if (rec.supersededBy !== void 0)
          ev.supersededBy = rec.supersededBy;
        this.emit(ev, out);
        return;
      }
      case "tracer":
      case "attach":
      case "detach":
        this.emitTracer(rec, out);
        return;
      case "summary": {
        const ev = this.base(rec, {});
        ev.type = "summary";
        ev.part = rec.part;
        ev.text = rec.text;
        for (const k of ["syscall", "calls", "errors", "seconds", "percent", "usecsPerCall"]) {
          if (rec[k] !== void 0)
            ev[k] = rec[k];
        }
        this.emit(ev, out);
        return;
      }
      case "output":
      case "stack":
      case "dump": {
        const ev = this.base(rec, {});
        ev.type = "output";
        ev.text = rec.text;
        this.emit(ev, out);
        return;
      }
      case "unparsed": {
        this.stats.unparsed++;
        const ev = this.base(rec, {});
        ev.type = "unparsed";
        ev.text = rec.text;
        ev.reason = rec.reason;
        this.emit(ev, out);
        return;
      }
      case "blank":
        return;
    }
  }
  /** Flushes what is still waiting at the end of the input. */
  end(out) {
    this.release(out);
    for (const [key, p] of this.pending) {
      this.pending.delete(key);
      this.emit(p.event, out);
    }
  }
  pushCall(rec, out) {
    if (rec.spliced)
      this.emitTracer(rec.spliced, out);
    if (rec.outputSuffix !== void 0) {
      const ev2 = this.base(rec, {});
      ev2.type = "output";
      ev2.text = rec.outputSuffix;
      this.emit(ev2, out);
    }
    if (rec.kind === "syscall") {
      const ev2 = this.callEvent(rec);
      this.finishCall(ev2, rec);
      this.held = ev2;
      return;
    }
    const key = rec.pid === void 0 && (rec.tid ?? rec.comm) !== void 0 ? `t:${rec.tid ?? rec.comm}` : pidKey(rec.file, rec.pid);
    if (rec.kind === "unfinished") {
      const before = this.pending.get(key);
      if (before) {
        this.pending.delete(key);
        this.emit(before.event, out);
      }
      const ev2 = this.callEvent(rec);
      ev2.status = "unfinished";
      this.stats.unfinished++;
      this.pending.set(key, { event: ev2, key });
      this.lastPending = ev2;
      return;
    }
    if (rec.kind === "resumed") {
      const p = this.pending.get(key) ?? this.pendingByName(rec.name, key);
      if (p && (p.event.syscall === rec.name || rec.continuation || rec.name === "restart_syscall")) {
        const ev3 = p.event;
        ev3.args += rec.args;
        ev3.lines.push(rec.line);
        this.stats.unfinished--;
        if (rec.ret === void 0 && !rec.detached) {
          this.stats.unfinished++;
          this.lastPending = ev3;
          return;
        }
        this.pending.delete(p.key);
        this.finishCall(ev3, rec);
        this.held = ev3;
        return;
      }
      const ev2 = this.callEvent(rec);
      this.stats.orphanResumed++;
      this.finishCall(ev2, rec);
      ev2.status = "orphan-resumed";
      this.held = ev2;
      return;
    }
    const ev = this.callEvent(rec);
    this.finishCall(ev, rec);
    this.held = ev;
  }
  /**
   * Without -o, strace drops the `[pid N]` prefix while only one process is alive, so an
   * exit half can arrive with a different (or no) pid than its entry half. Match by name
   * when exactly one waiting call has it.
   */
  pendingByName(name, key) {
    let found;
    for (const [k, p] of this.pending) {
      if (k === key || p.event.syscall !== name)
        continue;
      if (found)
        return void 0;
      found = p;
    }
    if (found && !key.endsWith("#") && found.event.pid !== void 0)
      return void 0;
    return found;
  }
  /** A tracer message: a line of its own, or spliced into a call line (`...SIGCHLDstrace: Process 13759 attached`). */
  emitTracer(t, out) {
    const ev = this.base(t, {});
    ev.type = t.kind;
    ev.message = t.message;
    if (t.source !== void 0)
      ev.source = t.source;
    if (t.target !== void 0)
      ev.target = t.target;
    if (t.threads !== void 0)
      ev.threads = t.threads;
    this.emit(ev, out);
  }
  finishCall(ev, rec) {
    if (rec.ret !== void 0)
      ev.ret = rec.ret;
    if (rec.duration !== void 0)
      ev.duration = rec.duration;
    ev.status = rec.detached ? "detached" : rec.interrupted ? "interrupted" : "complete";
  }
  callEvent(rec) {
    const ev = this.base(rec, rec);
    ev.type = "syscall";
    ev.syscall = rec.name;
    ev.args = rec.args;
    ev.status = "complete";
    if (rec.nr !== void 0)
      ev.nr = rec.nr;
    if (rec.ip !== void 0)
      ev.ip = rec.ip;
    if (rec.vtimeUs !== void 0)
      (ev.extra ??= {}).vtimeUs = rec.vtimeUs;
    if (rec.cpuUs !== void 0)
      (ev.extra ??= {}).cpuUs = rec.cpuUs;
    return ev;
  }
  /** `+++ superseded by execve in pid N +++`: the exec'ing thread N takes over this pid. */
  superseded(execPid, leader) {
    if (leader === void 0)
      return;
    const from = this.pending.get(pidKey(void 0, execPid));
    if (!from)
      return;
    this.pending.delete(pidKey(void 0, execPid));
    from.key = pidKey(void 0, leader);
    this.pending.set(from.key, from);
  }
  flushPid(pid, file, status, out) {
    const key = pidKey(file, pid);
    const p = this.pending.get(key);
    if (!p)
      return;
    this.pending.delete(key);
    p.event.status = status;
    this.stats.unfinished--;
    this.emit(p.event, out);
  }
  release(out) {
    if (this.held) {
      const ev = this.held;
      this.held = void 0;
      this.emit(ev, out);
    }
  }
  emit(ev, out) {
    ev.seq = this.seq++;
    this.stats.events++;
    out.push(ev);
  }
  base(origin, leader) {
    const ev = { line: origin.line, lines: [origin.line], seq: -1 };
    if (origin.file !== void 0)
      ev.file = origin.file;
    if (leader.pid !== void 0)
      ev.pid = leader.pid;
    if (leader.tid !== void 0)
      ev.tid = leader.tid;
    if (leader.comm !== void 0)
      ev.comm = leader.comm;
    if (leader.timeText !== void 0) {
      ev.timeText = leader.timeText;
      ev.time = this.normaliseTime(leader.timeText);
    }
    if (leader.relative !== void 0) {
      ev.relative = leader.relative;
      if (leader.timeText === void 0) {
        this.relativeSum += leader.relative;
        ev.time = this.relativeSum;
        if (this.stats.clock === "none")
          this.stats.clock = "relative";
      }
    }
    return ev;
  }
  /** Wall-clock times (-t/-tt) roll over at midnight: add a day whenever the clock jumps back by more than 12 h. */
  normaliseTime(text) {
    if (text.charCodeAt(2) !== 58) {
      this.stats.clock = "epoch";
      return +text;
    }
    const { seconds } = parseTime(text);
    this.stats.clock = "wall";
    if (this.lastWall >= 0 && seconds + this.dayOffset < this.lastWall - DAY / 2)
      this.dayOffset += DAY;
    const t = seconds + this.dayOffset;
    this.lastWall = t;
    return t;
  }
};
function pidKey(file, pid) {
  return pid === void 0 ? `${file ?? ""}#` : `${pid}`;
}

// dist/grammars/strace-line.js
var PID_MAX = 4194304;
var PID_BRACKET = /^\[pid +(\d+)(?:<([^>]*)>)?\] /y;
var ABS_TIME = /(\d\d:\d\d:\d\d(?:\.\d+)?|\d+\.\d+|\d{9,}) /y;
var REL_PAREN = /\(\+ *(\d+(?:\.\d+)?)\) /y;
var REL_BARE = / *(\d+\.\d+) /y;
var SYSCALL_NR = /\[ *(\d+|\?\?\?)\] /y;
var IP = /\[([0-9a-f]{8,16}|\?{8,16})\] /y;
function scanLeader(line) {
  const leader = {};
  const body = scanLeaderInto(line, leader);
  return { leader, body };
}
function scanLeaderInto(line, leader) {
  let i = 0;
  let m;
  const c0 = line.charCodeAt(0);
  if (c0 === 91) {
    PID_BRACKET.lastIndex = 0;
    if (m = PID_BRACKET.exec(line)) {
      leader.pid = +m[1];
      if (m[2] !== void 0)
        leader.comm = m[2];
      i = PID_BRACKET.lastIndex;
    }
  } else if (c0 >= 48 && c0 <= 57) {
    let j = 1;
    while (isDigit(line.charCodeAt(j)))
      j++;
    let k = j;
    let comm;
    if (line.charCodeAt(k) === 60) {
      const close = line.indexOf(">", k + 1);
      if (close >= 0 && line.charCodeAt(close + 1) === 32) {
        comm = line.slice(k + 1, close);
        k = close + 1;
      }
    }
    if (line.charCodeAt(k) === 32) {
      const pid = +line.slice(0, j);
      if (pid <= PID_MAX && !isTimeAhead(line, j)) {
        leader.pid = pid;
        if (comm !== void 0)
          leader.comm = comm;
        do
          k++;
        while (line.charCodeAt(k) === 32);
        i = k;
      }
    }
  }
  const ci = line.charCodeAt(i);
  if (ci >= 48 && ci <= 57) {
    ABS_TIME.lastIndex = i;
    if (m = ABS_TIME.exec(line)) {
      const t = m[1];
      if (t.includes(":") || !t.includes(".") || +t >= 1e8) {
        leader.timeText = t;
        i = ABS_TIME.lastIndex;
      } else {
        leader.relative = +t;
        i = ABS_TIME.lastIndex;
      }
    }
  } else if (ci === 32) {
    REL_BARE.lastIndex = i;
    if (m = REL_BARE.exec(line)) {
      leader.relative = +m[1];
      i = REL_BARE.lastIndex;
    }
  }
  if (line.charCodeAt(i) === 40) {
    REL_PAREN.lastIndex = i;
    if (m = REL_PAREN.exec(line)) {
      leader.relative = +m[1];
      i = REL_PAREN.lastIndex;
    }
  }
  if (line.charCodeAt(i) === 91) {
    SYSCALL_NR.lastIndex = i;
    if (m = SYSCALL_NR.exec(line)) {
      if (m[1] !== "???")
        leader.nr = +m[1];
      i = SYSCALL_NR.lastIndex;
    }
    IP.lastIndex = i;
    if (line.charCodeAt(i) === 91 && (m = IP.exec(line))) {
      leader.ip = m[1];
      i = IP.lastIndex;
    }
  }
  return i;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function isTimeAhead(line, end) {
  return line.charCodeAt(end) === 46 || line.charCodeAt(end) === 58;
}
var RESUMED_HEAD = /<\.\.\. ([A-Za-z_][A-Za-z0-9_]*) resumed>/y;
var SIGNAL_LINE = /--- (?:(stopped by )?(SIG[A-Z0-9_+-]+|\d+))(?: \{(.*)\}| \((.*)\) @ ([0-9a-fx]+) \(([0-9a-fx]+)\))? ---$/y;
var EXIT_LINE = /\+\+\+ (?:exited with (\d+)|killed by (SIG[A-Z0-9_+-]+|\d+)( \(core dumped\))?|superseded by execve in pid (\d+)) \+\+\+$/y;
function scanBody(line, at) {
  const c = line.charCodeAt(at);
  let m;
  if (c === 60) {
    RESUMED_HEAD.lastIndex = at;
    if (m = RESUMED_HEAD.exec(line))
      return { kind: "resumed", name: m[1], argsStart: RESUMED_HEAD.lastIndex };
    return { kind: "none" };
  }
  if (c === 45) {
    SIGNAL_LINE.lastIndex = at;
    if (m = SIGNAL_LINE.exec(line)) {
      const body = { kind: "signal", signal: m[2] };
      if (m[3] !== void 0)
        body.info = m[3];
      else if (m[4] !== void 0)
        body.info = `${m[4]} @ ${m[5]} (${m[6]})`;
      if (m[1])
        body.stopped = true;
      return body;
    }
    return { kind: "none" };
  }
  if (c === 43) {
    EXIT_LINE.lastIndex = at;
    if (m = EXIT_LINE.exec(line)) {
      const body = { kind: "exit" };
      if (m[1] !== void 0)
        body.code = +m[1];
      if (m[2] !== void 0)
        body.signal = m[2];
      if (m[3])
        body.core = true;
      if (m[4] !== void 0)
        body.supersededBy = +m[4];
      return body;
    }
    return { kind: "none" };
  }
  if (c === 32 && line.startsWith(" <detached ...>", at) && line.length === at + 15)
    return { kind: "detached-tail" };
  if (isWordStart(c)) {
    let j = at + 1;
    while (isWordChar(line.charCodeAt(j)))
      j++;
    if (line.charCodeAt(j) === 40)
      return { kind: "call", name: line.slice(at, j), argsStart: j + 1 };
  }
  return { kind: "none" };
}
function isWordStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
}
function isWordChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95;
}
var UNFINISHED = " <unfinished ...>";
var DETACHED = " <detached ...>";
var INTERRUPTED = /<unfinished \.\.\.>\) += \?( <[^>]*>)?$/;
function scanTail(line, argsStart) {
  if (line.endsWith(UNFINISHED))
    return { kind: "unfinished", argsEnd: line.length - UNFINISHED.length };
  if (line.endsWith(DETACHED))
    return { kind: "detached", argsEnd: line.length - DETACHED.length };
  const im = INTERRUPTED.exec(line);
  if (im && im.index >= argsStart) {
    const argsEnd = im.index > argsStart && line.charCodeAt(im.index - 1) === 32 ? im.index - 1 : im.index;
    return { kind: "interrupted", argsEnd, ret: { text: "?", value: null } };
  }
  let from = line.length;
  for (; ; ) {
    const eq = line.lastIndexOf(" = ", from);
    if (eq < argsStart)
      return { kind: "none", reason: 'no ") = " return section' };
    let j = eq;
    while (j > argsStart && line.charCodeAt(j) === 32)
      j--;
    if (line.charCodeAt(j) === 41 && j >= argsStart) {
      const tail = readReturn(line, eq + 3, j);
      if (tail)
        return tail;
    }
    from = eq - 1;
    if (from < argsStart)
      return { kind: "none", reason: "return section not readable" };
  }
}
var RET_ERRNO = / (E[A-Z0-9_]+)(?: \(([^()]*)\))?/y;
var RET_ERRNO_NUM = / \(errno (\d+)\)/y;
function readReturn(line, i, argsEnd) {
  const len = line.length;
  let p = i;
  let value = null;
  let hex = false;
  let c = line.charCodeAt(p);
  if (c === 63)
    p++;
  else {
    let k2 = c === 45 ? p + 1 : p;
    if (line.charCodeAt(k2) === 48 && line.charCodeAt(k2 + 1) === 120 && isHexDigit(line.charCodeAt(k2 + 2))) {
      k2 += 3;
      while (isHexDigit(line.charCodeAt(k2)))
        k2++;
      hex = true;
      value = parseHex(line.slice(p, k2));
    } else {
      const d0 = k2;
      let n2 = 0;
      for (let d = line.charCodeAt(k2); d >= 48 && d <= 57; d = line.charCodeAt(++k2))
        n2 = n2 * 10 + (d - 48);
      if (k2 === d0)
        return null;
      value = k2 - d0 <= 15 ? c === 45 ? -n2 : n2 : parseInt(line.slice(p, k2), 10);
    }
    p = k2;
  }
  const ret = { text: "", value };
  if (hex)
    ret.hex = true;
  c = line.charCodeAt(p);
  if (c === 60) {
    const close = matchAngle(line, p);
    if (close < 0)
      return null;
    ret.decoration = line.slice(p + 1, close);
    p = close + 1;
    if (line.startsWith("(deleted)", p))
      p += 9;
    c = line.charCodeAt(p);
  }
  if (c === 32) {
    const c1 = line.charCodeAt(p + 1);
    let m;
    if (c1 === 69) {
      RET_ERRNO.lastIndex = p;
      if (m = RET_ERRNO.exec(line)) {
        ret.errno = m[1];
        if (m[2] !== void 0)
          ret.message = m[2];
        p = RET_ERRNO.lastIndex;
      }
    } else if (c1 === 40) {
      RET_ERRNO_NUM.lastIndex = p;
      if (m = RET_ERRNO_NUM.exec(line)) {
        ret.errnoNumber = +m[1];
        p = RET_ERRNO_NUM.lastIndex;
      }
    }
  }
  for (; ; ) {
    if (line.charCodeAt(p) !== 32)
      break;
    const c1 = line.charCodeAt(p + 1);
    if (c1 === 40) {
      const close = matchParen(line, p + 1);
      if (close < 0)
        return null;
      (ret.notes ??= []).push(line.slice(p + 2, close));
      p = close + 1;
    } else if (c1 === 47 && line.charCodeAt(p + 2) === 42) {
      const close = line.indexOf(" */", p + 3);
      if (close < 0)
        return null;
      (ret.notes ??= []).push(line.slice(p + 4, close));
      p = close + 3;
    } else
      break;
  }
  ret.text = line.slice(i, p);
  if (p === len)
    return { kind: "return", argsEnd, ret };
  if (line.charCodeAt(p) !== 32 || line.charCodeAt(p + 1) !== 60 || line.charCodeAt(len - 1) !== 62)
    return null;
  const from = p + 2;
  const to = len - 1;
  if (to - from === 11 && line.startsWith("unavailable", from))
    return { kind: "return", argsEnd, ret, durationUnavailable: true };
  let k = from;
  let n = 0;
  for (let d = line.charCodeAt(k); k < to && d >= 48 && d <= 57; d = line.charCodeAt(++k))
    n = n * 10 + (d - 48);
  if (k === from || k >= to || line.charCodeAt(k) !== 46)
    return null;
  const frac = ++k;
  for (let d = line.charCodeAt(k); k < to && d >= 48 && d <= 57; d = line.charCodeAt(++k))
    n = n * 10 + (d - 48);
  if (k === frac || k !== to)
    return null;
  const duration = to - from - 1 <= 15 ? n / POW10[to - frac] : +line.slice(from, to);
  return { kind: "return", argsEnd, ret, duration };
}
var POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
function isHexDigit(c) {
  return c >= 48 && c <= 57 || c >= 97 && c <= 102 || c >= 65 && c <= 70;
}
function parseHex(text) {
  const neg = text.startsWith("-");
  const v = parseInt(text.slice(neg ? 3 : 2), 16);
  return neg ? -v : v;
}
function matchAngle(line, open) {
  let depth = 0;
  let square = 0;
  for (let k = open; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 34) {
      for (k++; k < line.length && line.charCodeAt(k) !== 34; k++)
        if (line.charCodeAt(k) === 92)
          k++;
    } else if (c === 91)
      square++;
    else if (c === 93)
      square--;
    else if (c === 60)
      depth++;
    else if (c === 62 && !(square > 0 && line.charCodeAt(k - 1) === 45) && --depth === 0)
      return k;
  }
  return -1;
}
function matchParen(line, open) {
  let depth = 0;
  for (let k = open; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 34) {
      for (k++; k < line.length && line.charCodeAt(k) !== 34; k++)
        if (line.charCodeAt(k) === 92)
          k++;
    } else if (c === 40)
      depth++;
    else if (c === 41 && --depth === 0)
      return k;
  }
  return -1;
}
var TRACER_PROCESS = /^(\S+): Process (\d+) (attached|detached)(?: with (\d+) threads)?$/;
var TRACER_MESSAGE = /^((?:\S*\/)?strace[\w.-]*): (.*)$/;
var OLD_PROCESS = /^Process (\d+) (attached|detached)(?: - interrupt to quit)?$/;
var SPLICED = /((?:[\w.-]*\/)?strace[\w.-]*): (Process (\d+) (attached|detached)(?: with (\d+) threads)?)$/;
var PERSONALITY = /^\[ Process PID=(\d+) runs in .* mode\. \]$/;
function scanTracerLine(line) {
  let m = TRACER_PROCESS.exec(line);
  if (m) {
    const t = { kind: m[3] === "attached" ? "attach" : "detach", source: m[1], message: line.slice(m[1].length + 2), target: +m[2] };
    if (m[4] !== void 0)
      t.threads = +m[4];
    return t;
  }
  if (m = TRACER_MESSAGE.exec(line))
    return { kind: "tracer", source: m[1], message: m[2] };
  if (m = OLD_PROCESS.exec(line))
    return { kind: m[2] === "attached" ? "attach" : "detach", source: "strace", message: line, target: +m[1] };
  if (m = PERSONALITY.exec(line))
    return { kind: "tracer", source: "strace", message: line, target: +m[1] };
  return null;
}
function scanSpliced(line) {
  if (!line.endsWith("attached") && !line.endsWith("detached") && !line.endsWith("threads"))
    return null;
  const m = SPLICED.exec(line);
  if (!m || m.index === 0)
    return null;
  const t = { kind: m[4] === "attached" ? "attach" : "detach", source: m[1], message: m[2], target: +m[3] };
  if (m[5] !== void 0)
    t.threads = +m[5];
  return { at: m.index, tracer: t };
}
var STACK_FRAME = /^ > (.*)$/;
var DUMP_LINE = /^ \| ([0-9a-f]{5,8})  ([0-9a-f ]{49}) (.{16}) \|$/;
function scanStackFrame(line) {
  const m = STACK_FRAME.exec(line);
  return m ? m[1] : null;
}
function scanDump(line) {
  const m = DUMP_LINE.exec(line);
  if (!m)
    return null;
  return { offset: parseInt(m[1], 16), hex: m[2].trim(), ascii: m[3] };
}
var SUMMARY_RULE = /^-{6}(?: -+)+$/;
var SUMMARY_TITLE = /^System call usage summary for .*:$/;
function scanSummary(line, columns) {
  if (SUMMARY_RULE.test(line))
    return { part: "rule" };
  if (SUMMARY_TITLE.test(line))
    return { part: "title" };
  const trimmed = line.trim();
  if (trimmed.startsWith("% time") || /\bcalls\b/.test(trimmed) && /\bsyscall$/.test(trimmed)) {
    return { part: "header", columns: headerColumns(trimmed) };
  }
  if (!columns)
    return null;
  const cells = trimmed.split(/\s+/);
  const name = cells[cells.length - 1];
  if (!/^[A-Za-z_][\w]*$/.test(name))
    return null;
  const numeric = cells.slice(0, -1);
  if (numeric.length < columns.length - 2 || numeric.length > columns.length - 1)
    return null;
  if (!numeric.every((c) => /^\d+(?:\.\d+)?$/.test(c)))
    return null;
  const values = {};
  const names = columns.slice(0, -1).filter((c) => c !== "errors" || numeric.length === columns.length - 1);
  names.forEach((c, k) => values[c] = +numeric[k]);
  return { part: name === "total" ? "total" : "row", values, syscall: name };
}
function headerColumns(header) {
  return header.replace("% time", "percent").replace("usecs/call", "usecs_per_call").split(/\s+/);
}

// dist/src/parse/strace.js
function trimResumedLead(args) {
  if (args.startsWith(" ") && (!args.startsWith(" => ") || args.startsWith("  => ")))
    return args.slice(1);
  return args;
}
function tracerRecord(t, text, origin) {
  const r = { kind: t.kind, text, line: origin.line, message: t.message, source: t.source };
  if (origin.file !== void 0)
    r.file = origin.file;
  if (t.target !== void 0)
    r.target = t.target;
  if (t.threads !== void 0)
    r.threads = t.threads;
  return r;
}
var SGR = /\x1b\[[0-9;]*m/g;
var GLUED_WRITE = /^(\d+(?:<(?:[^>"]|"(?:[^"\\]|\\.)*")*>)?, "((?:[^"\\]|\\.)*)"(?:\.\.\.)?, \d+)(.+)$/;
function gluedOutput(name, text, argsStart) {
  if (name !== "write" && name !== "pwrite64")
    return void 0;
  const m = GLUED_WRITE.exec(text.slice(argsStart));
  if (!m)
    return void 0;
  const written = decodeCString(m[2]);
  const glued = m[3];
  if (!written.startsWith(glued) || written.length === glued.length)
    return void 0;
  return { at: argsStart + m[1].length };
}
function baseOf(text, origin) {
  return origin.file === void 0 ? { text, line: origin.line } : { text, line: origin.line, file: origin.file };
}
function isSpaceLead(c) {
  return c === 32 || c >= 9 && c <= 13 || c >= 128;
}
function leaderOf(rec) {
  const l = {};
  if (rec.pid !== void 0)
    l.pid = rec.pid;
  if (rec.comm !== void 0)
    l.comm = rec.comm;
  if (rec.timeText !== void 0)
    l.timeText = rec.timeText;
  if (rec.relative !== void 0)
    l.relative = rec.relative;
  if (rec.nr !== void 0)
    l.nr = rec.nr;
  if (rec.ip !== void 0)
    l.ip = rec.ip;
  return l;
}
var StraceReader = class {
  /** A call whose line was cut by a spliced message: its rest comes on the next line. */
  splitCall;
  summaryColumns;
  inTips = false;
  read(text, origin, unterminated = false) {
    if (text.indexOf("\x1B[") < 0)
      return this.readPlain(text, origin, unterminated);
    const rec = this.readPlain(text.replace(SGR, ""), origin, unterminated);
    rec.text = text;
    return rec;
  }
  readPlain(text, origin, unterminated) {
    if (this.splitCall) {
      const rest = this.readContinuation(text, baseOf(text, origin));
      if (rest)
        return rest;
    }
    if (text.length === 0 || isSpaceLead(text.charCodeAt(0)) && /^\s*$/.test(text))
      return { kind: "blank", ...baseOf(text, origin) };
    const rec = origin.file === void 0 ? { kind: "syscall", text, line: origin.line } : { kind: "syscall", text, line: origin.line, file: origin.file };
    const at = scanLeaderInto(text, rec);
    const body = scanBody(text, at);
    if (body.kind !== "none")
      this.inTips = false;
    switch (body.kind) {
      case "call":
      case "resumed":
        return this.readCall(text, rec, body.kind, body.name, body.argsStart, unterminated);
      case "signal": {
        const r = rec;
        r.kind = "signal";
        r.signal = body.signal;
        if (body.info !== void 0)
          r.info = body.info;
        if (body.stopped)
          r.stopped = true;
        return r;
      }
      case "exit": {
        const r = rec;
        r.kind = "exit";
        if (body.code !== void 0)
          r.code = body.code;
        if (body.signal !== void 0)
          r.signal = body.signal;
        if (body.core)
          r.core = true;
        if (body.supersededBy !== void 0)
          r.supersededBy = body.supersededBy;
        return r;
      }
      case "detached-tail":
        return { kind: "tracer", ...baseOf(text, origin), message: "<detached ...>", source: "strace" };
      case "none":
        break;
    }
    return this.readOther(text, baseOf(text, origin));
  }
  /** `rec` holds kind, text, line, file and the leader already; this adds the call fields. */
  readCall(text, rec, kind, name, argsStart, unterminated) {
    const spliced = scanSpliced(text);
    if (spliced) {
      this.splitCall = { name, leader: leaderOf(rec) };
      rec.kind = kind === "call" ? "unfinished" : "resumed";
      rec.name = name;
      rec.args = text.slice(argsStart, spliced.at);
      rec.spliced = tracerRecord(spliced.tracer, text.slice(spliced.at), rec);
      if (kind === "resumed")
        rec.args = trimResumedLead(rec.args);
      return rec;
    }
    const tail = scanTail(text, argsStart);
    if (tail.kind === "none" && unterminated) {
      rec.kind = kind === "resumed" ? "resumed" : "unfinished";
      rec.name = name;
      rec.args = kind === "resumed" ? trimResumedLead(text.slice(argsStart)) : text.slice(argsStart);
      rec.cut = true;
      return rec;
    }
    if (tail.kind === "none") {
      const glued = kind === "call" ? gluedOutput(name, text, argsStart) : void 0;
      if (glued) {
        rec.kind = "unfinished";
        rec.name = name;
        rec.args = text.slice(argsStart, glued.at);
        rec.outputSuffix = text.slice(glued.at);
        this.splitCall = { name, leader: leaderOf(rec) };
        return rec;
      }
      const reason = `${name}(): ${tail.reason}`;
      return rec.file === void 0 ? { kind: "unparsed", text, line: rec.line, reason } : { kind: "unparsed", text, line: rec.line, file: rec.file, reason };
    }
    rec.kind = kind === "resumed" ? "resumed" : tail.kind === "unfinished" ? "unfinished" : "syscall";
    rec.name = name;
    rec.args = kind === "resumed" ? trimResumedLead(text.slice(argsStart, tail.argsEnd)) : text.slice(argsStart, tail.argsEnd);
    switch (tail.kind) {
      case "return":
        rec.ret = tail.ret;
        if (tail.duration !== void 0)
          rec.duration = tail.duration;
        if (tail.durationUnavailable)
          rec.durationUnavailable = true;
        break;
      case "interrupted":
        rec.ret = tail.ret;
        rec.interrupted = true;
        break;
      case "detached":
        rec.detached = true;
        break;
      case "unfinished":
        break;
    }
    return rec;
  }
  /** The line after a spliced message: `, child_tidptr=0x7ff962366a10) = 13759` or ` <detached ...>`. */
  readContinuation(text, base) {
    const split = this.splitCall;
    this.splitCall = void 0;
    const first = text.charCodeAt(0);
    if (!(first === 44 || first === 32 || first === 41 || first === 34)) {
      if (!/^[\w{[&~-]/.test(text) || /^\[pid /.test(text) || scanBody(text, scanLeader(text).body).kind !== "none")
        return null;
    }
    const rec = { kind: "resumed", ...base, ...split.leader, name: split.name, args: "", continuation: true };
    if (text === " <detached ...>") {
      rec.detached = true;
      return rec;
    }
    const tail = scanTail(text, 0);
    if (tail.kind === "none")
      return { kind: "unparsed", ...base, reason: `rest of a split ${split.name}(): ${tail.reason}` };
    rec.args = text.slice(0, tail.argsEnd);
    if (tail.kind === "return" || tail.kind === "interrupted")
      rec.ret = tail.ret;
    if (tail.kind === "return" && tail.duration !== void 0)
      rec.duration = tail.duration;
    if (tail.kind === "interrupted")
      rec.interrupted = true;
    if (tail.kind === "detached")
      rec.detached = true;
    return rec;
  }
  /** Lines that are not events: tracer messages, stack frames, dumps, summary tables, program output. */
  readOther(text, base) {
    const tracer = scanTracerLine(text);
    if (tracer)
      return tracerRecord(tracer, text, base);
    if (text.charCodeAt(0) === 32) {
      const frame = scanStackFrame(text);
      if (frame !== null)
        return { kind: "stack", ...base, frame };
      const dump = scanDump(text);
      if (dump)
        return { kind: "dump", ...base, ...dump };
    }
    if (this.isTipsBox(text))
      return { kind: "tracer", ...base, message: text.trim(), source: "strace --tips" };
    const summary = scanSummary(text, this.summaryColumns);
    if (summary) {
      if (summary.part === "header")
        this.summaryColumns = summary.columns;
      const rec = { kind: "summary", ...base, part: summary.part };
      if (summary.part === "row" || summary.part === "total") {
        const v = summary.values;
        rec.syscall = summary.syscall;
        if (v.calls !== void 0)
          rec.calls = v.calls;
        rec.errors = v.errors ?? 0;
        if (v.seconds !== void 0)
          rec.seconds = v.seconds;
        if (v.percent !== void 0)
          rec.percent = v.percent;
        if (v.usecs_per_call !== void 0)
          rec.usecsPerCall = v.usecs_per_call;
      }
      return rec;
    }
    return { kind: "output", ...base };
  }
  /** strace --tips prints an ASCII-art box and picture after the trace (§10); it lasts until the next event line. */
  isTipsBox(text) {
    if (/^ {2}_{20,}/.test(text))
      this.inTips = true;
    return this.inTips;
  }
};
var SNIFF_CALL = /^(?:\[pid +\d+(?:<[^>]*>)?\] |\d+(?:<[^>]*>)? +)?(?: *[\d:.]+ )?(?:\(\+ *[\d.]+\) )?(?:\[[ \d]{3}\d\] |\[\?\?\?\] )?(?:\[(?:[0-9a-f]{8}|[0-9a-f]{16}|\?{8}|\?{16})\] )?(?:[a-z_][a-z0-9_]*\(|<\.\.\. [a-z_0-9]+ resumed>|--- SIG|\+\+\+ (?:exited|killed))/;
var straceFormat = {
  format: "strace",
  os: "linux",
  createReader: () => new StraceReader(),
  sniff(text) {
    if (!SNIFF_CALL.test(text))
      return /^% time +seconds +/.test(text) || scanTracerLine(text)?.source.endsWith("strace") ? 1 : 0;
    return /\) += (?:-?\d+|0x[0-9a-f]+|\?)(?:<.*>)?(?: E[A-Z0-9_]+ \(.*\))?(?: \(.*\))*(?: <[\d.]+>)?$/.test(text) || /<unfinished \.\.\.>$|^\S*\s*(?:--- SIG|\+\+\+ )/.test(text) ? 2 : 1;
  }
};

// dist/grammars/dtruss.js
var BLANK = /^\s*$/;
var HEADER = /^\s*(?:(?<id>PID\/THRD|PID\/LWP)\s+)?(?<rel>RELATIVE\s+)?(?<ela>ELAPSD\s+)?(?<cpu>CPU\s+)?SYSCALL\(args\)\s*=\s*return\s*$/;
var CALL = /^(?:(?<pid>\d+)\/(?<tid>0x[0-9a-fA-F]+|\d+):)?\s*(?<cols>(?:\d+:?\s+){0,3})(?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*?)(?<close>\))?\s*=\s*(?<ret>-?\d+|0x[0-9A-Fa-f]+)\s+(?<err>Err#)?(?<errno>-?\d+)\s*$/;
var CALL_GREEDY = /^(?:(?<pid>\d+)\/(?<tid>0x[0-9a-fA-F]+|\d+):)?\s*(?<cols>(?:\d+:?\s+){0,3})(?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*)(?<close>\))\s*=\s*(?<ret>-?\d+|0x[0-9A-Fa-f]+)\s+(?<err>Err#)?(?<errno>-?\d+)\s*$/;
var ID_PREFIX = /^\s*\d+\/(?:0x[0-9a-fA-F]+|\d+):\s/;
var CALL_LIKE = /^\s*[A-Za-z_][A-Za-z0-9_]*\(.*\)\s*=\s*\S+\s*$/;
var DTRACE = /^dtrace: (?<msg>.*)$/;
var DTRACE_KINDS = [
  // `system integrity protection is on, some features will not be available`
  ["sip", /^system integrity protection is on/],
  // `error on enabled probe ID 2158 (ID 561: syscall::sysctl:return): invalid kernel access in action #10 at DIF offset 40`
  ["probe-error", /^error on enabled probe ID \d+/],
  // `2056 dynamic variable drops with non-empty dirty list`, `12 drops on CPU 3`
  ["drops", /^\d+ (?:dynamic variable |aggregation |speculative )?drops?\b/],
  // `failed to execute du: Operation not permitted`
  ["exec-failure", /^failed to execute /],
  // `failed to initialize dtrace: DTrace requires additional privileges`
  ["init-failure", /^failed to initialize dtrace/],
  // `invalid probe specifier ` followed by the whole D program on the next lines
  ["invalid-probe", /^invalid probe specifier/]
];
var PROBE_DUMP_END = /^: \S/;
var COUNT_HEADER = /^\s*CALL\s+COUNT\s*$/;
var COUNT_ROW = /^(?<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?<count>\d+)\s*$/;
var FRAME = /^\s+(?<frame>\S+`\S.*|0x[0-9a-fA-F]+|\[ .* \])\s*$/;
function isBlank(line) {
  return BLANK.test(line);
}
function matchHeader(line) {
  const m = HEADER.exec(line);
  if (!m?.groups)
    return null;
  const g = m.groups;
  const columns = [];
  if (g.rel)
    columns.push("RELATIVE");
  if (g.ela)
    columns.push("ELAPSD");
  if (g.cpu)
    columns.push("CPU");
  const header = { columns };
  if (g.id)
    header.id = g.id;
  return header;
}
function matchCall(line) {
  const body = line.trimStart();
  const m = CALL_GREEDY.exec(body) ?? CALL.exec(body);
  if (!m?.groups)
    return null;
  const g = m.groups;
  const colTokens = (g.cols ?? "").trim().split(/\s+/).filter((t) => t.length > 0);
  const retText = g.ret;
  const hex = retText.startsWith("0x");
  const call = {
    columns: colTokens.map((t) => Number.parseInt(t, 10)),
    colonColumns: colTokens.some((t) => t.endsWith(":")),
    name: g.name,
    args: g.args,
    closed: g.close !== void 0,
    ret: {
      text: line.slice(line.lastIndexOf("=") + 1).trim(),
      value: hex ? Number.parseInt(retText.slice(2), 16) : Number.parseInt(retText, 10),
      hex,
      errno: Number.parseInt(g.errno, 10),
      errPrefix: g.err !== void 0
    }
  };
  if (g.pid !== void 0)
    call.pid = Number.parseInt(g.pid, 10);
  if (g.tid !== void 0) {
    call.tid = g.tid.startsWith("0x") ? Number.parseInt(g.tid.slice(2), 16) : Number.parseInt(g.tid, 10);
  }
  return call;
}
function hasIdPrefix(line) {
  return ID_PREFIX.test(line);
}
function looksLikeCall(line) {
  return CALL_LIKE.test(line);
}
function matchDtrace(line) {
  const m = DTRACE.exec(line);
  if (!m?.groups)
    return null;
  const message = m.groups.msg;
  const kind = DTRACE_KINDS.find(([, re]) => re.test(message))?.[0] ?? "other";
  return { kind, message };
}
function isProbeDumpEnd(line) {
  return PROBE_DUMP_END.test(line);
}
function isCountHeader(line) {
  return COUNT_HEADER.test(line);
}
function matchCountRow(line) {
  const m = COUNT_ROW.exec(line);
  if (!m?.groups)
    return null;
  return { name: m.groups.name, count: Number.parseInt(m.groups.count, 10) };
}
function matchFrame(line) {
  const m = FRAME.exec(line);
  return m?.groups ? m.groups.frame.trimEnd() : null;
}

// dist/src/parse/dtruss.js
var DtrussReader = class {
  mode = "normal";
  /** Columns announced by the last header; null before any header. */
  columns = null;
  /** The last non-blank record was a syscall or a stack frame: an indented frame may follow. */
  stackable = false;
  read(raw, origin) {
    const base = { text: raw, ...origin };
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (isBlank(line))
      return { kind: "blank", ...base };
    if (this.mode === "probe-dump") {
      if (isProbeDumpEnd(line))
        this.mode = "normal";
      return { kind: "tracer", source: "dtrace", message: line, ...base };
    }
    const dtrace = matchDtrace(line);
    if (dtrace) {
      this.stackable = false;
      if (dtrace.kind === "invalid-probe")
        this.mode = "probe-dump";
      return { kind: "tracer", source: "dtrace", message: dtrace.message, ...base };
    }
    const header = matchHeader(line);
    if (header) {
      this.mode = "normal";
      this.columns = header.columns;
      this.stackable = false;
      return { kind: "tracer", source: "dtruss", message: line.trim(), ...base };
    }
    if (isCountHeader(line)) {
      this.mode = "counts";
      this.stackable = false;
      return { kind: "summary", part: "header", ...base };
    }
    if (this.mode === "counts") {
      const row = matchCountRow(line);
      if (row)
        return { kind: "summary", part: "row", syscall: row.name, calls: row.count, ...base };
      this.mode = "normal";
    }
    if (this.stackable) {
      const frame = matchFrame(line);
      if (frame !== null)
        return { kind: "stack", frame, ...base };
    }
    const call = matchCall(line);
    if (call) {
      this.stackable = true;
      return this.callRecord(call, base);
    }
    this.stackable = false;
    if (hasIdPrefix(line)) {
      return { kind: "unparsed", reason: "a PID/THRD line without `name(args) = ret errno`", ...base };
    }
    if (looksLikeCall(line)) {
      return { kind: "unparsed", reason: "a call whose return is not `<ret> <errno>`", ...base };
    }
    return { kind: "output", ...base };
  }
  callRecord(call, base) {
    const ret = { text: call.ret.text, value: call.ret.value };
    if (call.ret.hex)
      ret.hex = true;
    if (call.ret.errno !== 0)
      ret.errnoNumber = call.ret.errno;
    const rec = { kind: "syscall", name: call.name, args: call.args, ret, ...base };
    if (call.pid !== void 0)
      rec.pid = call.pid;
    if (call.tid !== void 0)
      rec.tid = call.tid;
    this.applyColumns(rec, call.columns);
    if (call.colonColumns || call.name === "fork" && call.args === "" && call.ret.value === 0) {
      rec.synthetic = true;
    }
    return rec;
  }
  applyColumns(rec, values) {
    if (values.length === 0)
      return;
    const names = this.columns !== null && this.columns.length === values.length ? this.columns : guessColumns(values.length);
    names.forEach((name, i) => {
      const v = values[i];
      if (name === "RELATIVE")
        rec.vtimeUs = v;
      else if (name === "ELAPSD")
        rec.duration = v / 1e6;
      else
        rec.cpuUs = v;
    });
  }
};
function guessColumns(n) {
  if (n >= 3)
    return ["RELATIVE", "ELAPSD", "CPU"];
  if (n === 2)
    return ["ELAPSD", "CPU"];
  return ["RELATIVE"];
}
function sniff(text) {
  const line = text.endsWith("\r") ? text.slice(0, -1) : text;
  if (matchHeader(line) || matchCall(line))
    return 2;
  if (matchDtrace(line))
    return 2;
  if (isCountHeader(line))
    return 1;
  return 0;
}
var dtrussFormat = {
  format: "dtruss",
  os: "darwin",
  createReader: () => new DtrussReader(),
  sniff
};

// dist/grammars/nanos.js
var ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
var RV = String.raw`-?E[A-Z0-9]+|-?\d+|0x[0-9a-fA-F]+|\?`;
var A_CANDIDATE = /\[[^\]\n]{1,16}\] (?:<\.\.\. |[A-Za-z_][A-Za-z0-9_]*\()/g;
var A_CALL = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*)\) = (?<rv>${RV})\s*$`);
var A_UNFINISHED = /^\[(?<label>[^\]\n]{1,16})\] (?<name>[A-Za-z_][A-Za-z0-9_]*)\((?<args>.*?) ?<unfinished \.\.\.>\s*$/;
var A_RESUMED = new RegExp(String.raw`^\[(?<label>[^\]\n]{1,16})\] <\.\.\. (?<name>[A-Za-z_][A-Za-z0-9_]*) resumed>(?<args>.*)\) = (?<rv>${RV})\s*$`);
var A_END = new RegExp(String.raw`(?:\) = (?:${RV})|<unfinished \.\.\.>)\s*$`);
var A_START = /^\[[^\]\n]{1,16}\] (?:<\.\.\. [A-Za-z_]\w* resumed>|[A-Za-z_]\w*\()/;
var A_LOST = /^\) = \?\s*$/;
var B_LINE = /^\s*(?<tid>\d+) (?:\[(?<tname>[^\]]*)\] )?(?<rest>.*)$/;
var B_GLUED = /^(?<pre>.*?\S)\s+(?<tid>\d+) (?<rest>(?:direct return: |run thread, |nosyscall ).*)$/;
var GLUED_HINT = /direct return: |run thread, |nosyscall /;
var B_RETURN = /^direct return: (?<rv>-?\d+)(?:, rsp 0x[0-9a-fA-F]+)?\s*$/;
var B_NOSYSCALL = /^nosyscall (?<name>\S+)\s*$/;
var B_SYSCALL_NR = /^(?:invalid )?syscall (?<nr>\d+)\s*$/;
var B_ENTRY = /^(?<name>[a-z_][a-z0-9_]*)\s*$/;
var B_DETAIL = /^(?:\s+\S|run (?:thread|frame)[, ]|page fault|no vmap found|delivering |signal \d+ received|sleep\b|wakeup |"[^"]*" - not found|[a-z_][a-z0-9_]*: )/;
var KERNEL_STAMPED = /^\[\d+\.\d{6}\]\s/;
var KERNEL_PLAIN = /^(?:en\d+: assigned |assigned: |NET: |read program complete: |netsock_\w+ error: |open_internal error: |(?:\*\*\* )?signal \d+ received by tid |Process abort: )/;
var OPS = /^(?:running local instance|booting \S.* \.\.\.|exit status -?\d+|You specified hardware acceleration|Are you running inside a vm\?)/;
var QEMU = /^qemu-system-[\w-]+: /;
var MISSING_BEGIN = /^missing_files_begin\s*$/;
var MISSING_END = /^missing_files_end\s*$/;
var SUMMARY_HEADER = /^\s*% time\s+seconds\s+usecs\/call\s+calls\s+errors\s+syscall\s*$/;
var SUMMARY_HEADER_EXACT = /^% time {6}seconds {3}usecs\/call {8}calls {7}errors syscall\s*$/;
var SUMMARY_RULE_EXACT = /^-{6} -{12}(?: |$)/;
var SUMMARY_RULE2 = /^-{6} -+/;
var SUMMARY_ROW = /^\s*\d+\.\d+\s+\d+\.\d+\s+[\d\s]*\S+\s*$/;
function stripAnsi(line) {
  return line.replace(ANSI, "");
}
function parseRv(text) {
  if (text === "?")
    return { text, none: true, hex: false };
  if (text.startsWith("-E"))
    return { text, none: false, errnoName: text.slice(1), hex: false };
  if (text.startsWith("0x"))
    return { text, none: false, value: Number.parseInt(text.slice(2), 16), hex: true };
  return { text, none: false, value: Number.parseInt(text, 10), hex: false };
}
function matchRecordAt(s, prefix) {
  let m = A_CALL.exec(s);
  if (m?.groups) {
    const g = m.groups;
    return { type: "call", label: g.label, name: g.name, args: g.args, rv: parseRv(g.rv), prefix };
  }
  m = A_RESUMED.exec(s);
  if (m?.groups) {
    const g = m.groups;
    return { type: "resumed", label: g.label, name: g.name, args: g.args, rv: parseRv(g.rv), prefix };
  }
  m = A_UNFINISHED.exec(s);
  if (m?.groups) {
    const g = m.groups;
    return { type: "unfinished", label: g.label, name: g.name, args: g.args, prefix };
  }
  return null;
}
function matchRecordA(line) {
  if (!A_END.test(line))
    return null;
  for (const m of line.matchAll(A_CANDIDATE)) {
    const rec = matchRecordAt(line.slice(m.index), line.slice(0, m.index));
    if (rec)
      return rec;
  }
  return null;
}
function looksLikeRecordA(line) {
  return A_START.test(line);
}
function isLostReturn(line) {
  return A_LOST.test(line);
}
function bodyB(rest) {
  let m = B_RETURN.exec(rest);
  if (m?.groups)
    return { type: "return", value: Number.parseInt(m.groups.rv, 10), text: m.groups.rv };
  m = B_NOSYSCALL.exec(rest);
  if (m?.groups)
    return { type: "nosyscall", name: m.groups.name };
  m = B_SYSCALL_NR.exec(rest);
  if (m?.groups)
    return { type: "entry", name: `syscall_${m.groups.nr}` };
  m = B_ENTRY.exec(rest);
  if (m?.groups)
    return { type: "entry", name: m.groups.name };
  return { type: "detail", text: rest };
}
function matchLineB(line) {
  let m = B_LINE.exec(line);
  let prefix = "";
  if (!m?.groups) {
    if (!GLUED_HINT.test(line))
      return null;
    m = B_GLUED.exec(line);
    if (!m?.groups)
      return null;
    prefix = m.groups.pre;
  }
  const g = m.groups;
  const out = { tid: Number.parseInt(g.tid, 10), prefix, body: bodyB(g.rest) };
  if (g.tname !== void 0)
    out.threadName = g.tname;
  return out;
}
var RUN_THREAD_RV = /^run thread, .*, rv 0x([0-9a-f]+)$/;
function runThreadResult(text) {
  const m = RUN_THREAD_RV.exec(text);
  return m ? { text: "0x" + m[1], value: Number(BigInt.asIntN(64, BigInt("0x" + m[1]))) } : void 0;
}
function isKnownDetail(text) {
  return B_DETAIL.test(text);
}
function matchBareNosyscall(line) {
  const m = B_NOSYSCALL.exec(line.trim());
  return m?.groups ? m.groups.name : null;
}
function matchNoise(line) {
  if (KERNEL_STAMPED.test(line) || KERNEL_PLAIN.test(line))
    return { source: "nanos" };
  if (OPS.test(line))
    return { source: "ops" };
  if (QEMU.test(line))
    return { source: "qemu" };
  return null;
}
function isMissingFilesBegin(line) {
  return MISSING_BEGIN.test(line);
}
function isMissingFilesEnd(line) {
  return MISSING_END.test(line);
}
function isSummaryHeader(line) {
  return SUMMARY_HEADER.test(line);
}
function isNanosSummaryLine(line) {
  return SUMMARY_HEADER_EXACT.test(line) || SUMMARY_RULE_EXACT.test(line);
}
function isSummaryRule(line) {
  return SUMMARY_RULE2.test(line);
}
function matchSummaryRow(line) {
  if (!SUMMARY_ROW.test(line))
    return null;
  const tokens = [...line.matchAll(/\S+/g)];
  const name = tokens.pop();
  if (!name || tokens.length < 3)
    return null;
  const fieldEnds = [6, 19, 32, 45, 58];
  const fields = [];
  for (const t of tokens) {
    const end = t.index + t[0].length;
    let idx = fieldEnds.findIndex((e) => end <= e);
    if (idx < 0)
      idx = fieldEnds.length - 1;
    if (fields[idx] !== void 0)
      return null;
    fields[idx] = Number(t[0]);
  }
  const [percent, seconds, usecs, calls, errors] = fields;
  if (percent === void 0 || seconds === void 0 || calls === void 0)
    return null;
  const row = { percent, seconds, calls, syscall: name[0] };
  if (usecs !== void 0)
    row.usecsPerCall = usecs;
  if (errors !== void 0)
    row.errors = errors;
  return row;
}

// dist/src/parse/nanos.js
var NanosReader = class {
  /** Format B: the entry seen last per tid that has had no return line yet. */
  pendingB = /* @__PURE__ */ new Map();
  /** Format A: entry halves still waiting, per label, for the rare header-less `) = ?`. */
  pendingA = /* @__PURE__ */ new Map();
  /** Threads that printed a syscall line: their other lines are kernel detail, not output. */
  seenTids = /* @__PURE__ */ new Set();
  mode = "normal";
  read(raw, origin) {
    const base = { text: raw, ...origin };
    let line = stripAnsi(raw);
    if (line.endsWith("\r"))
      line = line.slice(0, -1);
    if (line.trim() === "")
      return { kind: "blank", ...base };
    if (this.mode === "missing-files") {
      if (isMissingFilesEnd(line))
        this.mode = "normal";
      return { kind: "tracer", source: "nanos", message: line, ...base };
    }
    if (isMissingFilesBegin(line)) {
      this.mode = "missing-files";
      return { kind: "tracer", source: "nanos", message: line, ...base };
    }
    if (isSummaryHeader(line)) {
      this.mode = "summary";
      return { kind: "summary", part: "header", ...base };
    }
    if (this.mode === "summary") {
      if (isSummaryRule(line))
        return { kind: "summary", part: "rule", ...base };
      const row = matchSummaryRow(line);
      if (row) {
        const total = row.syscall === "total";
        if (total)
          this.mode = "normal";
        const { syscall, ...nums } = row;
        return { kind: "summary", part: total ? "total" : "row", ...total ? {} : { syscall }, ...nums, ...base };
      }
      this.mode = "normal";
    }
    const recA = matchRecordA(line);
    if (recA)
      return this.recordA(recA, base);
    if (isLostReturn(line))
      return this.lostReturn(base);
    const lineB = matchLineB(line);
    if (lineB) {
      const rec = this.lineB(lineB, base);
      if (rec)
        return rec;
    }
    const noise = matchNoise(line);
    if (noise)
      return { kind: "tracer", source: noise.source, message: line.trim(), ...base };
    const bare = matchBareNosyscall(line);
    if (bare !== null)
      return this.nosyscall(bare, void 0, "", base);
    if (looksLikeRecordA(line)) {
      return { kind: "unparsed", reason: "a `[tid] name(` record without `) = rv` or `<unfinished ...>`", ...base };
    }
    return { kind: "output", ...base };
  }
  recordA(rec, base) {
    const out = { kind: rec.type === "call" ? "syscall" : rec.type, name: rec.name, args: rec.args, ...base };
    if (/^\d+$/.test(rec.label)) {
      out.tid = Number.parseInt(rec.label, 10);
      this.seenTids.add(out.tid);
    } else {
      out.comm = rec.label;
    }
    if (rec.prefix !== "")
      out.outputPrefix = rec.prefix;
    if (rec.type === "unfinished")
      this.pendingA.set(rec.label, rec.name);
    else {
      out.ret = returnA(rec.rv);
      if (rec.type === "resumed")
        this.pendingA.delete(rec.label);
    }
    return out;
  }
  /** `) = ?` alone: the entry was flushed as unfinished and the thread is gone. */
  lostReturn(base) {
    const out = { kind: "resumed", name: "", args: "", ret: { text: "?", value: null }, interrupted: true, ...base };
    if (this.pendingA.size === 1) {
      const [label, name] = [...this.pendingA][0];
      out.name = name;
      if (/^\d+$/.test(label))
        out.tid = Number.parseInt(label, 10);
      else
        out.comm = label;
      this.pendingA.clear();
    }
    return out;
  }
  lineB(b, base) {
    const seen = this.seenTids.has(b.tid);
    const body = b.body;
    if (body.type === "detail") {
      const blocked = this.pendingB.has(b.tid) ? runThreadResult(body.text) : void 0;
      if (blocked)
        return this.exitHalf(b, base, { ...blocked, hex: true });
      if (!seen && !isKnownDetail(body.text))
        return null;
      this.seenTids.add(b.tid);
      const rec = { kind: "tracer", source: "nanos", message: body.text.trim(), ...base };
      if (b.prefix !== "")
        rec.outputPrefix = b.prefix;
      return rec;
    }
    this.seenTids.add(b.tid);
    if (body.type === "nosyscall")
      return this.nosyscall(body.name, b, b.prefix, base);
    const out = { kind: "unfinished", name: "", args: "", tid: b.tid, ...base };
    if (b.threadName !== void 0)
      out.comm = b.threadName;
    if (b.prefix !== "")
      out.outputPrefix = b.prefix;
    if (body.type === "entry") {
      out.name = body.name;
      this.pendingB.set(b.tid, body.name);
      return out;
    }
    return this.exitHalf(b, base, { text: body.text, value: body.value });
  }
  /**
   * A `direct return` (or a blocked call's `run thread … rv`): the exit half of the tid's
   * pending entry (unknown name when the excerpt starts mid-call).
   */
  exitHalf(b, base, ret) {
    const out = { kind: "resumed", name: this.pendingB.get(b.tid) ?? "", args: "", tid: b.tid, ret, ...base };
    this.pendingB.delete(b.tid);
    if (ret.value !== null && ret.value < 0)
      ret.errnoNumber = -ret.value;
    if (b.threadName !== void 0)
      out.comm = b.threadName;
    if (b.prefix !== "")
      out.outputPrefix = b.prefix;
    return out;
  }
  /**
   * `nosyscall name`: Nanos has no handler and returns ENOSYS without a return line.
   * It closes the thread's pending entry of that name, or stands alone.
   */
  nosyscall(name, b, prefix, base) {
    let tid = b?.tid;
    if (tid === void 0) {
      for (const [t, n] of this.pendingB)
        if (n === name)
          tid = t;
    }
    const pending = tid !== void 0 && this.pendingB.get(tid) === name;
    const out = {
      kind: pending ? "resumed" : "syscall",
      name,
      args: "",
      ret: { text: "nosyscall", value: null, errno: "ENOSYS" },
      ...base
    };
    if (tid !== void 0)
      out.tid = tid;
    if (pending)
      this.pendingB.delete(tid);
    if (b?.threadName !== void 0)
      out.comm = b.threadName;
    if (prefix !== "")
      out.outputPrefix = prefix;
    return out;
  }
};
function returnA(rv) {
  if (rv.none)
    return { text: rv.text, value: null };
  if (rv.errnoName !== void 0)
    return { text: rv.text, value: -1, errno: rv.errnoName };
  const ret = { text: rv.text, value: rv.value };
  if (rv.hex)
    ret.hex = true;
  if (rv.value < 0)
    ret.errnoNumber = -rv.value;
  return ret;
}
function sniff2(text) {
  const line = stripAnsi(text).replace(/\r$/, "");
  const a = matchRecordA(line);
  if (a)
    return /^pid\s+\d+$|^\s|^[0-9a-f?]{8,}$/.test(a.label) ? 0 : 2;
  const b = matchLineB(line);
  if (b) {
    if (b.body.type === "return" || b.body.type === "nosyscall")
      return 2;
    if (b.body.type === "detail" && /^run thread, /.test(b.body.text))
      return 2;
    if (b.body.type === "entry")
      return 1;
    if (b.body.type === "detail" && isKnownDetail(b.body.text))
      return 1;
  }
  if (matchNoise(line) || isMissingFilesBegin(line) || isNanosSummaryLine(line))
    return 1;
  return 0;
}
var nanosFormat = {
  format: "nanos",
  os: "linux",
  createReader: () => new NanosReader(),
  sniff: sniff2
};

// dist/src/parse/formats.js
var formats = [straceFormat, dtrussFormat, nanosFormat];
function formatByName(name) {
  return formats.find((f) => f.format === name);
}

// dist/src/ingest/detect.js
var IGNORED = /^\s*$|^strace: Process \d+ attached/;
var SHOWN = 5;
function detectFormat(firstLines, specs) {
  const lines = firstLines.filter((l) => !IGNORED.test(l));
  const tried = specs.map((s) => s.format).join(", ");
  const tallies = specs.map((spec) => ({ spec, sole: 0, certain: 0, maybe: 0 }));
  const scores = [];
  const unread = [];
  for (const line of lines) {
    const row = specs.map((s) => s.sniff(line));
    scores.push(row);
    if (row.every((v) => v === 0))
      unread.push(line);
    const sure = row.filter((v) => v === 2).length;
    row.forEach((v, i) => {
      if (v === 2 && sure === 1)
        tallies[i].sole++;
      if (v === 2)
        tallies[i].certain++;
      else if (v === 1)
        tallies[i].maybe++;
    });
  }
  if (lines.length === 0)
    return { error: `no trace lines to recognise (tried ${tried})` };
  const same = (a, b) => a.sole === b.sole && a.certain === b.certain && a.maybe === b.maybe;
  const ranked = [...tallies].filter((t) => t.certain + t.maybe > 0).sort((a, b) => b.sole - a.sole || b.certain - a.certain || b.maybe - a.maybe);
  const best = ranked[0];
  if (!best) {
    return { error: `could not recognise the trace format (tried ${tried}); the first lines it could not read:
${quote(unread)}` };
  }
  const second = ranked[1];
  if (second && same(second, best)) {
    const names = ranked.filter((t) => same(t, best)).map((t) => t.spec.format);
    return {
      error: `the input fits several formats equally (${names.join(", ")}; tried ${tried}); pass --from to choose. First lines:
${quote(lines)}`
    };
  }
  const bi = specs.indexOf(best.spec);
  const foreign = lines.filter((_, li) => scores[li][bi] === 0 && scores[li].some((v) => v === 2));
  if (foreign.length > 0) {
    const others = /* @__PURE__ */ new Set();
    lines.forEach((_, li) => {
      if (scores[li][bi] === 0)
        scores[li].forEach((v, si) => v === 2 && others.add(specs[si].format));
    });
    return {
      error: `mixed input: most lines read as ${best.spec.format}, but some read as ${[...others].join(", ")} (tried ${tried}); the first lines ${best.spec.format} could not read:
${quote(foreign)}`
    };
  }
  return { spec: best.spec };
}
function quote(lines) {
  return lines.slice(0, SHOWN).map((l) => `  ${JSON.stringify(l.length > 200 ? `${l.slice(0, 200)}\u2026` : l).slice(1, -1)}`).join("\n");
}

// dist/src/parse/pipeline.js
var FormatError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "FormatError";
  }
};
var BATCH_EVENTS = 1024;
var DETECT_LINES = 64;
var InputCursor = class {
  input;
  fileName;
  lines;
  pendingBatches = [];
  lineNo = 0;
  done = false;
  constructor(input, fileName, opts) {
    this.input = input;
    this.fileName = fileName;
    this.lines = lineBatches(input.stream, opts.maxLineBytes === void 0 ? {} : { maxLineBytes: opts.maxLineBytes });
  }
  /** Reads ahead until `n` non-blank lines are buffered (for detection), returns them. */
  async peek(n) {
    const seen = [];
    for (const b of this.pendingBatches)
      for (const l of b)
        if (l.trim())
          seen.push(l);
    while (seen.length < n) {
      const next = await this.lines.next();
      if (next.done)
        break;
      this.pendingBatches.push(next.value);
      for (const l of next.value)
        if (l.trim())
          seen.push(l);
    }
    return seen.slice(0, n);
  }
  async nextBatch() {
    const b = this.pendingBatches.shift();
    if (b)
      return b;
    const next = await this.lines.next();
    if (next.done) {
      this.done = true;
      return void 0;
    }
    return next.value;
  }
};
var TraceStream = class {
  spec;
  os;
  cursors;
  opts;
  stats;
  constructor(spec, os, cursors, opts) {
    this.spec = spec;
    this.os = os;
    this.cursors = cursors;
    this.opts = opts;
    this.stats = new EventBuilder(spec.format, os, cursors.map((c) => c.input.name)).stats;
  }
  get format() {
    return this.spec.format;
  }
  /** Events in batches. Several inputs with timestamps (a -ff set) are merged by time. */
  async *batches() {
    if (this.cursors.length === 1) {
      yield* this.readOne(this.cursors[0]);
    } else if (this.cursors.every((c) => c.input.pid !== void 0)) {
      yield* this.merged();
    } else {
      for (const c of this.cursors)
        yield* this.readOne(c);
    }
  }
  /** Events one at a time (convenience over `batches`). */
  async *events() {
    for await (const b of this.batches())
      yield* b;
  }
  async *readOne(cursor) {
    const builder = this.builderFor();
    const reader = this.spec.createReader();
    const onRecord = this.opts.onRecord;
    const pid = cursor.input.pid;
    const file = cursor.fileName;
    const signal = this.opts.signal;
    const max = this.opts.maxLineBytes ?? DEFAULT_MAX_LINE;
    const origin = file === void 0 ? { line: 0 } : { line: 0, file };
    for (; ; ) {
      if (signal?.aborted) {
        this.stats.interrupted = true;
        break;
      }
      const lines = await cursor.nextBatch();
      if (!lines)
        break;
      let out2 = [];
      const cut = lines.cut;
      for (let k = 0; k < lines.length; k++) {
        const text = lines[k];
        origin.line = ++cursor.lineNo;
        const rec = cut?.includes(k) ? { kind: "unparsed", text, ...origin, reason: `line longer than ${max} bytes: only its first ${max} are kept (--max-line-bytes)` } : reader.read(text, origin, lines.unterminated === true && k === lines.length - 1);
        if (pid !== void 0 && "name" in rec && rec.pid === void 0)
          rec.pid = pid;
        else if (pid !== void 0 && (rec.kind === "signal" || rec.kind === "exit") && rec.pid === void 0)
          rec.pid = pid;
        onRecord?.(rec);
        builder.push(rec, out2);
        if (out2.length >= BATCH_EVENTS) {
          yield out2;
          out2 = [];
        }
      }
      if (out2.length)
        yield out2;
    }
    const out = [];
    builder.end(out);
    if (out.length)
      yield out;
    this.absorb(builder);
  }
  /** k-way merge of per-process files by timestamp (files without times keep file order). */
  async *merged() {
    const heads = this.cursors.map((c) => ({ it: this.readOne(c), buf: [], pos: 0, done: false }));
    const fill = async (h) => {
      while (!h.done && h.pos >= h.buf.length) {
        const n = await h.it.next();
        if (n.done)
          h.done = true;
        else {
          h.buf = n.value;
          h.pos = 0;
        }
      }
    };
    await Promise.all(heads.map(fill));
    let seq = 0;
    for (; ; ) {
      const out = [];
      while (out.length < 1024) {
        let best;
        let bestTime = Infinity;
        for (const h of heads) {
          if (h.pos >= h.buf.length)
            continue;
          const t = h.buf[h.pos].time ?? -Infinity;
          if (!best || t < bestTime) {
            best = h;
            bestTime = t;
          }
        }
        if (!best)
          break;
        const ev = best.buf[best.pos++];
        ev.seq = seq++;
        out.push(ev);
        if (best.pos >= best.buf.length)
          await fill(best);
      }
      if (out.length === 0)
        break;
      yield out;
    }
  }
  builderFor() {
    return new EventBuilder(this.spec.format, this.os, this.stats.files);
  }
  /** Adds one input's counts into the trace's stats. */
  absorb(b) {
    const s = this.stats;
    const t = b.stats;
    s.lines += t.lines;
    s.events += t.events;
    s.unparsed += t.unparsed;
    s.unfinished += t.unfinished;
    s.orphanResumed += t.orphanResumed;
    for (const [k, v] of Object.entries(t.records))
      s.records[k] = (s.records[k] ?? 0) + v;
    if (s.clock === "none")
      s.clock = t.clock;
  }
};
async function openTraceInputs(inputs, opts = {}) {
  const several = inputs.length > 1;
  const cursors = inputs.map((i) => new InputCursor(i, several ? i.name : void 0, opts));
  let spec;
  if (opts.from) {
    spec = formatByName(opts.from);
    if (!spec)
      throw new FormatError(`unknown format "${opts.from}" (known: ${formats.map((f) => f.format).join(", ")})`);
  } else {
    const first = await cursors[0].peek(DETECT_LINES);
    if (first.length === 0)
      spec = formats[0];
    else {
      const found = detectFormat(first, formats);
      if ("error" in found)
        throw new FormatError(found.error);
      spec = found.spec;
    }
  }
  return new TraceStream(spec, opts.os ?? spec.os, cursors, opts);
}

export {
  InputError,
  resolveSources,
  maybeGunzip,
  FormatError,
  openTraceInputs
};
