#!/usr/bin/env node
import {
  Analyzer,
  DTRUSS_ROOT_HINT,
  FD_ROLES,
  NAME_PREFIX,
  SYSCALLS,
  TABLE_NAMES,
  argViews,
  callFailed,
  canonicalName,
  codeBlock,
  constantText,
  decodeCString,
  decodeCall,
  decodeNumber,
  describeEndpoint,
  diagnoseDtrace,
  diagnoseStrace,
  escapeMarkdown,
  explainEvent,
  fdsIn,
  hexOf,
  inlineCode,
  isSipNotice,
  lookupConstant,
  lookupSyscall,
  namesOf,
  overview,
  parseArgs,
  parseHexBytes,
  parseNumber,
  sanitize,
  sockaddrFromBytes,
  sockoptTable,
  stateFromAnalyzer,
  wellKnown
} from "./chunk-KAITFPDV.js";

// dist/src/cli/main.js
import { CommanderError } from "commander";

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
    } catch (err2) {
      const code = err2.code;
      const set = code === "ENOENT" ? ffSetOf(input) : [];
      if (set.length > 0) {
        files.push(...set);
        continue;
      }
      const why = code === "ENOENT" ? "no such file or directory (check the path; give - or no file to read standard input)" : code === "EACCES" ? "permission denied (make the file readable for this user, or run tracex as its owner)" : String(err2.message);
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
    for (const [key2, p] of this.pending) {
      this.pending.delete(key2);
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
    const key2 = rec.pid === void 0 && (rec.tid ?? rec.comm) !== void 0 ? `t:${rec.tid ?? rec.comm}` : pidKey(rec.file, rec.pid);
    if (rec.kind === "unfinished") {
      const before = this.pending.get(key2);
      if (before) {
        this.pending.delete(key2);
        this.emit(before.event, out);
      }
      const ev2 = this.callEvent(rec);
      ev2.status = "unfinished";
      this.stats.unfinished++;
      this.pending.set(key2, { event: ev2, key: key2 });
      this.lastPending = ev2;
      return;
    }
    if (rec.kind === "resumed") {
      const p = this.pending.get(key2) ?? this.pendingByName(rec.name, key2);
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
  pendingByName(name, key2) {
    let found;
    for (const [k, p] of this.pending) {
      if (k === key2 || p.event.syscall !== name)
        continue;
      if (found)
        return void 0;
      found = p;
    }
    if (found && !key2.endsWith("#") && found.event.pid !== void 0)
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
    const key2 = pidKey(file, pid);
    const p = this.pending.get(key2);
    if (!p)
      return;
    this.pending.delete(key2);
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
function matchAngle(line, open2) {
  let depth = 0;
  let square = 0;
  for (let k = open2; k < line.length; k++) {
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
function matchParen(line, open2) {
  let depth = 0;
  for (let k = open2; k < line.length; k++) {
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
  const retText2 = g.ret;
  const hex = retText2.startsWith("0x");
  const call = {
    columns: colTokens.map((t) => Number.parseInt(t, 10)),
    colonColumns: colTokens.some((t) => t.endsWith(":")),
    name: g.name,
    args: g.args,
    closed: g.close !== void 0,
    ret: {
      text: line.slice(line.lastIndexOf("=") + 1).trim(),
      value: hex ? Number.parseInt(retText2.slice(2), 16) : Number.parseInt(retText2, 10),
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
      const row2 = matchCountRow(line);
      if (row2)
        return { kind: "summary", part: "row", syscall: row2.name, calls: row2.count, ...base };
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
  const row2 = { percent, seconds, calls, syscall: name[0] };
  if (usecs !== void 0)
    row2.usecsPerCall = usecs;
  if (errors !== void 0)
    row2.errors = errors;
  return row2;
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
      const row2 = matchSummaryRow(line);
      if (row2) {
        const total = row2.syscall === "total";
        if (total)
          this.mode = "normal";
        const { syscall, ...nums } = row2;
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
    const row2 = specs.map((s) => s.sniff(line));
    scores.push(row2);
    if (row2.every((v) => v === 0))
      unread.push(line);
    const sure = row2.filter((v) => v === 2).length;
    row2.forEach((v, i) => {
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
      const cut2 = lines.cut;
      for (let k = 0; k < lines.length; k++) {
        const text = lines[k];
        origin.line = ++cursor.lineNo;
        const rec = cut2?.includes(k) ? { kind: "unparsed", text, ...origin, reason: `line longer than ${max} bytes: only its first ${max} are kept (--max-line-bytes)` } : reader.read(text, origin, lines.unterminated === true && k === lines.length - 1);
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

// dist/src/cli/program.js
import { Command as Command7 } from "commander";

// dist/src/cli/annotate.js
import { Command as Command2 } from "commander";

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
var wrap = (open2, close) => (s) => `\x1B[${String(open2)}m${s}\x1B[${String(close)}m`;
var ANSI2 = {
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
  return color ? ANSI2 : PLAIN;
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
  const who2 = whoText(first, opts.format);
  const time = timeText(first);
  const call = sanitize(cutCall(storyCall(story, opts.format), opts.callWidth ?? DEFAULT_CALL_WIDTH));
  const lead = [who2 && p.dim(who2.padEnd(5)), time && p.dim(time)].filter(Boolean).join(" ");
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

// dist/src/render/markdown.js
var SEVERITY = { error: "Error", warning: "Warning", info: "Info" };
var DEFAULT_SEQUENCE_CHARS = 4e4;
function renderMarkdown(report, opts = {}) {
  const fmt2 = report.input.format;
  const byLine = /* @__PURE__ */ new Map();
  const callByLine = /* @__PURE__ */ new Map();
  for (const s of report.stories)
    for (const it of s.items) {
      const text = callText(it.event, it.decoded, fmt2);
      for (const l of it.event.lines) {
        const k = lineKey(it.event.file, l);
        byLine.set(k, it.event);
        if (!callByLine.has(k))
          callByLine.set(k, text);
      }
    }
  const out = [];
  const files = report.input.files.length ? report.input.files.map(inlineCode).join(", ") : "stdin";
  const st = report.stats;
  out.push(`## tracex report`);
  out.push("");
  out.push(`**Traced:** ${files} \xB7 ${escapeMarkdown(report.input.format)} (${escapeMarkdown(report.input.os)} numbering) \xB7 ${String(st.lines)} lines \xB7 ${String(st.events)} events \xB7 ${String(st.unparsed)} unparsed \xB7 ${String(report.processes.length)} process${report.processes.length === 1 ? "" : "es"} \xB7 ${String(report.sockets.length)} socket${report.sockets.length === 1 ? "" : "s"}`);
  out.push("");
  const cmd = report.processes.find((p) => p.argv?.length)?.argv;
  if (cmd)
    out.push(`**Command:** ${inlineCode(cut(cmd.join(" "), 200))}`, "");
  const brief = overview(report);
  if (brief)
    out.push(`**In short:** ${escapeMarkdown(brief)}`, "");
  out.push(`### Findings`);
  out.push("");
  if (report.findings.length === 0)
    out.push("No problems found.", "");
  for (const f of report.findings) {
    out.push(`#### ${SEVERITY[f.severity]}: ${escapeMarkdown(f.title)} (\`${f.id.replace(/`/g, "")}\`)`);
    out.push("");
    out.push(escapeMarkdown(f.explanation));
    out.push("");
    if (f.hint)
      out.push(`**Hint:** ${escapeMarkdown(f.hint)}`, "");
    const cited = [...new Set(f.lines)].sort((a, b) => a - b);
    if (cited.length) {
      const max = opts.maxCited ?? 12;
      const files2 = f.files ?? [f.file];
      const rows = cited.slice(0, max).map((l) => {
        const k = files2.map((file) => lineKey(file, l)).find((x) => byLine.has(x)) ?? lineKey(f.file, l);
        const ev = byLine.get(k);
        const who2 = ev ? whoText(ev, fmt2) : "";
        return `${String(l).padStart(6)}  ${who2 ? `${who2} ` : ""}${callByLine.get(k) ?? "(line not in the narrative)"}`;
      });
      if (cited.length > max)
        rows.push(`\u2026 and ${String(cited.length - max)} more line(s): ${linesText(cited.slice(max))}`);
      const inFiles = findingFiles(f);
      const about = [f.pid !== void 0 ? `pid ${String(f.pid)}` : "", inFiles ? `in ${inlineCode(inFiles)}` : ""].filter(Boolean).join(", ");
      out.push(`Cited line${cited.length > 1 ? "s" : ""}${about ? ` (${about})` : ""}:`);
      out.push("");
      out.push(codeBlock(rows, "text"));
      out.push("");
    }
  }
  out.push(`### Processes`);
  out.push("");
  out.push(processTable(report.processes));
  out.push("");
  out.push(`### Sockets`);
  out.push("");
  out.push(socketTable(report.sockets));
  out.push("");
  if (report.unparsed.length) {
    out.push(`### Unparsed lines (${String(report.unparsed.length)})`);
    out.push("");
    out.push(codeBlock(report.unparsed.slice(0, 20).map((u) => `${String(u.line).padStart(6)}  ${u.text}    # ${u.reason}`), "text"));
    out.push("");
  }
  const { lines: seq, shown } = sequence(report.stories, fmt2, opts.maxSequenceChars ?? DEFAULT_SEQUENCE_CHARS);
  const left = report.stories.length - shown;
  out.push("<details>");
  out.push(`<summary>Explained sequence (${String(report.stories.length)} steps from ${String(st.events)} events${left > 0 ? `, ${String(shown)} shown` : ""})</summary>`);
  out.push("");
  out.push(codeBlock(seq, "text"));
  out.push("");
  out.push("</details>");
  out.push("");
  return out.join("\n");
}
function lineKey(file, line) {
  return `${file ?? ""}\0${String(line)}`;
}
function sequence(stories, fmt2, budget) {
  const blocks = stories.map((s) => sequenceLines(s, fmt2));
  const size = (b) => b.reduce((n, l) => n + l.length + 1, 0);
  const total = blocks.reduce((n, b) => n + size(b), 0);
  if (total <= budget)
    return { lines: blocks.flat(), shown: blocks.length };
  const head = [];
  let used = 0;
  for (const b of blocks) {
    if (used + size(b) > budget * 0.3)
      break;
    head.push(b);
    used += size(b);
  }
  const tail = [];
  for (let i = blocks.length - 1; i >= head.length; i--) {
    const b = blocks[i];
    if (used + size(b) > budget)
      break;
    tail.unshift(b);
    used += size(b);
  }
  const left = blocks.length - head.length - tail.length;
  const marker = `\u2026 ${String(left)} step${left === 1 ? "" : "s"} left out to keep the report small enough for a GitHub issue (run tracex on the trace for all of it) \u2026`;
  return { lines: [...head.flat(), marker, ...tail.flat()], shown: head.length + tail.length };
}
function sequenceLines(s, fmt2) {
  const ev = s.items[0].event;
  const lines = s.items.length > 1 ? `${String(ev.line)}-${String(s.items[s.items.length - 1].event.line)}` : String(ev.line);
  const who2 = whoText(ev, fmt2);
  const time = timeText(ev);
  const head = [lines.padStart(6), who2, time].filter(Boolean).join("  ");
  return [`${head}  ${storyCall(s, fmt2)}`, `        \u2192 ${s.sentence}`];
}
function cell(s) {
  if (s === void 0 || s === "")
    return "";
  return escapeMarkdown(s).replace(/\n/g, " ");
}
function processTable(ps) {
  if (ps.length === 0)
    return "No processes seen.";
  const rows = ["| pid | parent | kind | program | exit | lines |", "|---:|---:|---|---|---|---|"];
  for (const p of ps) {
    const prog = p.argv?.length ? p.argv.join(" ") : p.exe ?? p.execs.find((e) => e.ok)?.path ?? "";
    const failedExecs = p.execs.filter((e) => !e.ok).length;
    const exit = p.signal ? `killed by ${p.signal}${p.core ? " (core dumped)" : ""}` : p.exitCode !== void 0 ? String(p.exitCode) : p.exitCall !== void 0 ? String(p.exitCall) : "";
    rows.push(`| ${String(p.pid)} | ${p.parent !== void 0 ? String(p.parent) : ""} | ${p.isThread ? "thread" : "process"} | ${cell(cut(prog, 80))}${failedExecs ? ` (${String(failedExecs)} failed exec${failedExecs > 1 ? "s" : ""})` : ""} | ${cell(exit)} | ${String(p.firstLine)}-${String(p.lastLine)} |`);
  }
  return rows.join("\n");
}
function endpointCell(ep) {
  if (!ep)
    return "";
  if ((ep.family === "AF_INET" || ep.family === "AF_INET6") && typeof ep.address === "string") {
    return ep.family === "AF_INET6" ? `[${ep.address}]:${String(ep.port)}` : `${ep.address}:${String(ep.port)}`;
  }
  if (ep.family === "AF_UNIX" && typeof ep.path === "string")
    return ep.abstract ? `@${ep.path}` : ep.path;
  return ep.family;
}
function socketTable(ss) {
  if (ss.length === 0)
    return "No sockets seen.";
  const rows = ["| id | family | type | local | peer | listening | held by | fds | lines |", "|---|---|---|---|---|---|---|---|---|"];
  for (const s of ss) {
    rows.push(`| ${cell(s.id)} | ${cell(s.family)} | ${cell(s.type)}${s.nonBlocking ? " (non-blocking)" : ""} | ${cell(endpointCell(s.local))} | ${cell(endpointCell(s.peer))} | ${s.listening ? "yes" : ""} | ${s.holders.join(", ")} | ${cell(s.fds.join(", "))} | ${cell(linesText(s.lines, 4))} |`);
  }
  return rows.join("\n");
}
function cut(s, n) {
  return s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
}

// dist/src/cli/explain.js
import { Command, Option as Option2 } from "commander";

// dist/src/explain/fold.js
var MAX_HELD = 256;
var CONNECT_LOOKAHEAD = 24;
var OTHER_PIDS_LOOKAHEAD = 16;
var LOADER_PATH = /^\/etc\/ld\.so\.(preload|cache)$|\.so(\.[0-9.]+)?$|\/glibc-hwcaps\/|\.dylib$|\/dyld/;
var LOCALE_PATH = /^\/usr\/(lib|share)\/locale\/|\/locale-archive$|\/gconv\/|\/LC_[A-Z]+$|\.mo$/;
var NSCD_PATH = /^\/(var\/)?run\/nscd\/socket$/;
var PROBE_CALLS = /* @__PURE__ */ new Set([
  "open",
  "openat",
  "open_nocancel",
  "access",
  "faccessat",
  "faccessat2",
  "stat",
  "stat64",
  "lstat",
  "lstat64",
  "newfstatat",
  "fstatat64",
  "statx",
  "getattrlist",
  "readlink"
]);
var FD_FOLLOW_CALLS = /* @__PURE__ */ new Set(["read", "pread64", "pread", "fstat", "fstat64", "newfstatat", "statx", "mmap", "close", "close_nocancel", "fcntl", "lseek", "read_nocancel", "fcntl_nocancel"]);
var MEMORY_CALLS = /* @__PURE__ */ new Set(["mmap", "mprotect", "munmap", "madvise"]);
var SIGACTION_CALLS = /* @__PURE__ */ new Set(["rt_sigaction", "sigaction"]);
var FILE_FOLLOW_CALLS = /* @__PURE__ */ new Set([
  "read",
  "pread64",
  "readv",
  "write",
  "pwrite64",
  "writev",
  "fstat",
  "fstat64",
  "newfstatat",
  "statx",
  "lseek",
  "ioctl",
  "fcntl",
  "mmap",
  "getdents64",
  "getdents",
  "fstatfs",
  "fsync",
  "fdatasync",
  "ftruncate",
  "close",
  "read_nocancel",
  "write_nocancel",
  "close_nocancel",
  "fcntl_nocancel",
  "pread",
  "pwrite",
  "getdirentries64"
]);
var WAIT_CALLS = /* @__PURE__ */ new Set(["poll", "ppoll", "select", "pselect6", "epoll_wait", "epoll_pwait", "select_nocancel", "poll_nocancel", "kevent", "kevent64", "kevent_qos"]);
function who(ev) {
  return ev.pid ?? ev.tid;
}
function fromProcess(ev) {
  return ev.type === "syscall" || ev.type === "signal" || ev.type === "exit";
}
function firstString(args) {
  const m = /"((?:[^"\\]|\\.)*)"/.exec(args);
  return m ? m[1].replace(/\\0$/, "") : void 0;
}
function commaPart(text, i) {
  let from = 0;
  for (let k = 0; k < i; k++) {
    const c = text.indexOf(",", from);
    if (c < 0)
      return void 0;
    from = c + 1;
  }
  const end = text.indexOf(",", from);
  return end < 0 ? text.slice(from) : text.slice(from, end);
}
function fdArg(ev, i = 0) {
  const t = commaPart(ev.args, i)?.trim();
  if (!t)
    return void 0;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)(?:<|$)/.exec(t);
  if (!m)
    return void 0;
  return m[1].startsWith("0x") ? parseInt(m[1], 16) : Number(m[1]);
}
function retValue(ev) {
  const v = ev.ret?.value;
  return v === null || v === void 0 ? void 0 : v;
}
function failed2(ev) {
  return !!(ev.ret?.errno || ev.ret?.errnoNumber !== void 0);
}
function baseName(p) {
  const i = p.lastIndexOf("/");
  return i >= 0 ? p.slice(i + 1) : p;
}
function stemOf(p) {
  return baseName(p).replace(/\.(pmc|pm|pyc|py|so|rb|js|json|mjs|cjs|dylib)$/, "");
}
function missing(ev) {
  const e = ev.ret?.errno;
  return e === "ENOENT" || e === "ENOTDIR" || ev.ret?.errnoNumber === 2 || ev.ret?.errnoNumber === -2;
}
var Folder = class {
  fold;
  slots = [];
  held = 0;
  /** Last signal each process received, until its next wait. */
  lastSignal = /* @__PURE__ */ new Map();
  /** Pipe ends by `pid:fd`: which end, and the `pid:fd` of the other end. */
  pipes = /* @__PURE__ */ new Map();
  /** Pipe read ends a process waits on in select/poll (`pid:fd`). */
  watched = /* @__PURE__ */ new Set();
  listenerPids = /* @__PURE__ */ new Map();
  /** Non-blocking connects whose result has not been read yet: `pid:fd` → target and line. */
  pendingConnects = /* @__PURE__ */ new Map();
  /** Non-blocking connects whose outcome a second connect() already returned: `pid:fd` → what it said. */
  settledConnects = /* @__PURE__ */ new Map();
  /** `fold: false` keeps every event on its own line but still names self-pipes and prefork pools. */
  constructor(fold = true) {
    this.fold = fold;
  }
  push(item) {
    const ev = item.event;
    this.annotate(item);
    if (!this.fold)
      return [{ kind: "event", sentence: item.explanation, items: [item] }];
    if (ev.type === "syscall") {
      for (let i = this.slots.length - 1; i >= 0; i--) {
        const s = this.slots[i];
        if ("open" in s && !s.open.done && this.accepts(s.open, ev)) {
          s.open.items.push(item);
          this.held++;
          return this.drain(false);
        }
      }
    }
    for (const s of this.slots) {
      if (!("open" in s) || s.open.done)
        continue;
      const o = s.open;
      if (fromProcess(ev) && who(ev) === o.pid)
        o.done = true;
      else if (++o.passed > (o.kind === "async-connect" ? CONNECT_LOOKAHEAD : OTHER_PIDS_LOOKAHEAD))
        o.done = true;
    }
    const started = ev.type === "syscall" ? this.start(ev, item) : void 0;
    this.slots.push(started ? { open: started } : { single: item });
    this.held++;
    return this.drain(false);
  }
  /** Emits whatever is still held. */
  end() {
    for (const s of this.slots)
      if ("open" in s)
        s.open.done = true;
    return this.drain(true);
  }
  drain(force) {
    const out = [];
    if (this.held > MAX_HELD)
      force = true;
    while (this.slots.length) {
      const s = this.slots[0];
      if ("open" in s && !s.open.done && !force)
        break;
      this.slots.shift();
      if ("single" in s) {
        this.held--;
        out.push({ kind: "event", sentence: s.single.explanation, items: [s.single] });
      } else {
        this.held -= s.open.items.length;
        out.push(...this.close(s.open));
      }
    }
    return out;
  }
  // -------------------------------------------------------------- starting and joining
  start(ev, item) {
    const mk = (kind) => ({ kind, pid: who(ev), items: [item], fds: /* @__PURE__ */ new Set(), stems: /* @__PURE__ */ new Set(), passed: 0, done: false });
    const name = ev.syscall;
    if (PROBE_CALLS.has(name)) {
      const p = firstString(ev.args);
      if (p === void 0)
        return void 0;
      const r0 = retValue(ev);
      const opened = /^open/.test(name) && !failed2(ev) && r0 !== void 0 && r0 >= 0;
      const kind = LOCALE_PATH.test(p) ? "locale" : LOADER_PATH.test(p) ? "loader" : missing(ev) ? "search" : opened ? "file" : void 0;
      if (!kind)
        return void 0;
      if (kind === "file") {
        const o2 = mk("file");
        o2.fds.add(r0);
        o2.found = p;
        return o2;
      }
      if (kind === "search") {
        const o2 = mk("search");
        o2.stem = stemOf(p);
        o2.stems.add(o2.stem);
        return o2;
      }
      const o = mk(kind);
      const r = retValue(ev);
      if (/open/.test(name) && r !== void 0 && r >= 0)
        o.fds.add(r);
      return o;
    }
    if (SIGACTION_CALLS.has(name) && !failed2(ev))
      return mk("signals");
    if (name === "socket" && /AF_UNIX|AF_LOCAL|^0x1\b|^1\b/.test(ev.args) && !failed2(ev)) {
      const o = mk("nscd");
      const r = retValue(ev);
      if (r !== void 0)
        o.fds.add(r);
      return o;
    }
    if (/^connect/.test(name) && (ev.ret?.errno === "EINPROGRESS" || item.decoded?.errno?.name === "EINPROGRESS")) {
      const o = mk("async-connect");
      const fd = fdArg(ev);
      if (fd !== void 0) {
        o.fd = fd;
        if (this.pendingConnects.size > 1024)
          this.pendingConnects.clear();
        this.pendingConnects.set(`${String(who(ev) ?? -1)}:${String(fd)}`, { target: connectTarget(item), line: ev.line });
      }
      return o;
    }
    return void 0;
  }
  accepts(o, ev) {
    if (who(ev) !== o.pid)
      return false;
    const name = ev.syscall;
    if (o.kind === "loader" || o.kind === "locale") {
      const re = o.kind === "loader" ? LOADER_PATH : LOCALE_PATH;
      if (PROBE_CALLS.has(name)) {
        const p = firstString(ev.args);
        if (p === void 0 || !re.test(p)) {
          const fd2 = fdArg(ev);
          return p === "" && fd2 !== void 0 && o.fds.has(fd2);
        }
        const r = retValue(ev);
        if (/open/.test(name) && r !== void 0 && r >= 0)
          o.fds.add(r);
        return true;
      }
      const fd = name.startsWith("mmap") ? mmapFd(ev) : fdArg(ev);
      if (FD_FOLLOW_CALLS.has(name) && fd !== void 0 && o.fds.has(fd)) {
        if (name.startsWith("close"))
          o.fds.delete(fd);
        return true;
      }
      return o.kind === "loader" && MEMORY_CALLS.has(name) && (fd === void 0 || fd === -1 || o.fds.has(fd));
    }
    if (o.kind === "signals")
      return SIGACTION_CALLS.has(name) && !failed2(ev);
    if (o.kind === "file") {
      const fd = name.startsWith("mmap") ? mmapFd(ev) : fdArg(ev);
      if (name === "brk" || MEMORY_CALLS.has(name) && (fd === void 0 || fd === -1) && name !== "mmap" || name === "mmap" && fd === -1)
        return true;
      if (fd === void 0 || !o.fds.has(fd) || !FILE_FOLLOW_CALLS.has(name))
        return false;
      if (name === "newfstatat" && firstString(ev.args) !== "")
        return false;
      if (name.startsWith("close"))
        o.done = true;
      return true;
    }
    if (o.kind === "search") {
      if (!PROBE_CALLS.has(name))
        return false;
      const p = firstString(ev.args);
      if (p === void 0 || LOCALE_PATH.test(p) || LOADER_PATH.test(p))
        return false;
      if (o.found !== void 0) {
        if (p !== o.found)
          return false;
        o.done = true;
        return true;
      }
      if (missing(ev)) {
        o.stem = stemOf(p);
        o.stems.add(o.stem);
        return true;
      }
      if (!failed2(ev) && stemOf(p) === o.stem) {
        o.found = p;
        return true;
      }
      return false;
    }
    if (o.kind === "nscd") {
      const fd = fdArg(ev);
      if (o.items.length === 1) {
        if (!/^connect/.test(name) || fd === void 0 || !o.fds.has(fd))
          return false;
        const p = firstString(ev.args);
        if (p === void 0 || !NSCD_PATH.test(p))
          return false;
        return true;
      }
      if (name.startsWith("close") && fd !== void 0 && o.fds.has(fd)) {
        o.done = true;
        return true;
      }
      return false;
    }
    if (o.kind === "async-connect") {
      if (WAIT_CALLS.has(name))
        return true;
      if (name === "rt_sigaction" || name === "rt_sigprocmask" || name === "sigaction" || name === "sigprocmask")
        return true;
      const fd = fdArg(ev);
      if (name === "epoll_ctl" && fdArg(ev, 2) === o.fd)
        return true;
      if (name === "getsockopt" && fd === o.fd && /SO_ERROR|0x1007|\b4\b/.test(ev.args)) {
        this.pendingConnects.delete(`${String(who(ev) ?? -1)}:${String(fd)}`);
        o.done = true;
        return true;
      }
      return false;
    }
    return false;
  }
  // -------------------------------------------------------------- closing: the sentences
  close(o) {
    const singles = () => o.items.map((i) => ({ kind: "event", sentence: i.explanation, items: [i] }));
    if (o.kind === "async-connect")
      return [{ kind: "async-connect", sentence: connectSentence(o), items: o.items }];
    if (o.kind === "signals")
      return o.items.length < 4 ? singles() : [{ kind: "signals", sentence: signalsSentence(o), items: o.items }];
    if (o.items.length < 2)
      return singles();
    if (o.kind === "nscd") {
      if (o.items.length < 2)
        return singles();
      const connect = o.items[1].event;
      const ok = !failed2(connect);
      const path = firstString(connect.args) ?? "/var/run/nscd/socket";
      const sentence = ok ? `Asked the name service cache daemon (nscd) at ${path}: it is running` : `Checked for the name service cache daemon (nscd) at ${path}: not running (${connect.ret?.errno ?? "error"}), so lookups read /etc files directly \u2014 normal`;
      return [{ kind: "nscd", sentence, items: o.items, expected: true }];
    }
    if (o.kind === "loader" || o.kind === "locale")
      return [{ kind: o.kind, sentence: probeSentence(o), items: o.items, expected: true }];
    if (o.kind === "file") {
      const bad = o.items.some((i) => i.event.type === "syscall" && failed2(i.event) && !(i.event.ret?.errno === "ENOTTY" && /^ioctl/.test(i.event.syscall)));
      return o.items.length < 3 || bad ? singles() : [{ kind: "file", sentence: fileSentence(o), items: o.items }];
    }
    if (o.kind === "search") {
      const probed = new Set(o.items.map((i) => i.event.type === "syscall" ? firstString(i.event.args) : void 0));
      if (o.found === void 0 && probed.size < 2)
        return singles();
      const story = { kind: "search", sentence: searchSentence(o), items: o.items };
      if (o.found !== void 0)
        story.expected = true;
      return [story];
    }
    return singles();
  }
  // -------------------------------------------------------------- naming self-pipes and prefork pools
  /** Rewrites the sentence of calls that are part of a self-pipe or prefork pattern. */
  annotate(item) {
    const ev = item.event;
    const pid = who(ev) ?? -1;
    const key2 = (fd) => `${String(pid)}:${String(fd ?? -1)}`;
    if (ev.type === "signal") {
      if (!ev.stopped)
        this.lastSignal.set(pid, ev.signal);
      return;
    }
    if (ev.type !== "syscall")
      return;
    const name = ev.syscall;
    if ((name === "pipe" || name === "pipe2") && !failed2(ev)) {
      const fds = fdsIn(ev.args.split(/\]\s*,/)[0] + "]");
      if (fds.length >= 2) {
        this.pipes.set(key2(fds[0]), { end: "read", other: key2(fds[1]) });
        this.pipes.set(key2(fds[1]), { end: "write", other: key2(fds[0]) });
      }
      return;
    }
    if (/^connect/.test(name)) {
      const k = key2(fdArg(ev));
      const p = this.pendingConnects.get(k);
      const errno = ev.ret?.errno;
      if (p && ev.line !== p.line && errno !== "EINPROGRESS" && errno !== "EALREADY" && !/^(EINTR|ERESTART)/.test(errno ?? "")) {
        this.pendingConnects.delete(k);
        if (this.settledConnects.size > 1024)
          this.settledConnects.clear();
        this.settledConnects.set(k, { target: p.target, line: ev.line, errno: errno === "EISCONN" ? void 0 : errno });
      }
      return;
    }
    if (name === "getsockopt" && /SO_ERROR/.test(ev.args)) {
      const k = key2(fdArg(ev));
      const settled = this.settledConnects.get(k);
      if (settled?.errno && soError(ev) === "0") {
        item.explanation = `Read the pending error of ${settled.target}: none left (SO_ERROR 0) \u2014 the connect at line ${String(settled.line)} had already returned ${settled.errno}, so there is no connection`;
        return;
      }
      const p = this.pendingConnects.get(k);
      if (p) {
        this.pendingConnects.delete(k);
        const err2 = soError(ev);
        item.explanation = err2 === "0" ? `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): connected (SO_ERROR 0)` : `Read the result of the non-blocking connect of ${p.target} (started at line ${String(p.line)}): it failed with ${err2 ?? "an error"}`;
      }
      return;
    }
    if (/^close/.test(name)) {
      this.pendingConnects.delete(key2(fdArg(ev)));
      this.settledConnects.delete(key2(fdArg(ev)));
      return;
    }
    if (name === "write" || name === "write_nocancel") {
      const fd = fdArg(ev);
      const p = this.pipes.get(key2(fd));
      if (p?.end === "write" && this.watched.has(p.other)) {
        const sig = this.lastSignal.get(pid);
        item.explanation = `${item.explanation} \u2014 a self-pipe: it wakes its own select/poll loop${sig ? ` after ${sig} arrived` : ""}`;
      }
      return;
    }
    if (WAIT_CALLS.has(name) || /^accept/.test(name)) {
      let selfPipe = false;
      if (WAIT_CALLS.has(name)) {
        this.lastSignal.delete(pid);
        for (const fd of fdsIn(ev.args)) {
          const p = this.pipes.get(key2(fd));
          if (p?.end === "read") {
            this.watched.add(key2(fd));
            selfPipe = true;
          }
        }
      }
      const listeners = listenerKeys(ev, name);
      if (listeners.length === 0)
        return;
      for (const l2 of listeners) {
        let set = this.listenerPids.get(l2);
        if (!set)
          this.listenerPids.set(l2, set = /* @__PURE__ */ new Set());
        set.add(pid);
      }
      const l = listeners[0];
      const n = this.listenerPids.get(l).size;
      const notes = [];
      if (n >= 2)
        notes.push(`prefork pool: ${String(n)} processes share the listener ${l}`);
      if (selfPipe)
        notes.push("the pipe beside it is its self-pipe, written to wake this wait");
      if (notes.length)
        item.explanation = `${item.explanation} (${notes.join("; ")})`;
    }
  }
};
function mmapFd(ev) {
  const t = commaPart(ev.args, 4)?.trim();
  if (t === void 0)
    return void 0;
  const m = /^(-?\d+|0x[0-9a-fA-F]+)/.exec(t);
  if (!m)
    return void 0;
  const v = m[1].startsWith("0x") ? parseInt(m[1], 16) : Number(m[1]);
  return v === 4294967295 || v === 18446744073709552e3 ? -1 : v;
}
function listenerKeys(ev, name) {
  const out = [];
  const text = /^accept/.test(name) ? ev.args.split(", ")[0] ?? "" : ev.args;
  for (const m of text.matchAll(/\d+<(TCP|TCPv6|UNIX-STREAM):\[([^\]]*)\]>/g)) {
    const body = m[2];
    if (body.includes("->") || /^\d+$/.test(body))
      continue;
    out.push(body);
  }
  return [...new Set(out)];
}
function probeSentence(o) {
  const opened = [];
  let misses = 0;
  for (const it of o.items) {
    const ev = it.event;
    if (!PROBE_CALLS.has(ev.syscall))
      continue;
    const p = firstString(ev.args);
    if (p === void 0 || p === "")
      continue;
    if (failed2(ev))
      misses++;
    else if (/open/.test(ev.syscall) && !opened.includes(p))
      opened.push(p);
  }
  const n = o.items.length;
  if (o.kind === "loader") {
    const libs = opened.filter((p) => !/ld\.so\.cache$/.test(p)).map(baseName);
    const list2 = libs.slice(0, 6).join(", ") + (libs.length > 6 ? ` and ${String(libs.length - 6)} more` : "");
    const what = libs.length ? `loaded ${list2}` : opened.length ? "read its cache" : "found nothing";
    const miss = misses ? `; ${String(misses)} expected miss${misses === 1 ? "" : "es"} while searching` : "";
    return `Dynamic loader ${what}${miss} (${String(n)} calls)`;
  }
  const found = opened.map(baseName);
  const list = found.slice(0, 4).join(", ") + (found.length > 4 ? ` and ${String(found.length - 4)} more` : "");
  return `Looked for locale and translation files: ${found.length ? `found ${list}` : "none found"}${misses ? `, ${String(misses)} not present (optional, normal)` : ""} (${String(n)} calls)`;
}
function connectTarget(item) {
  return item.explanation.replace(/^Tried to connect /, "").replace(/: in progress.*$/, "");
}
function soError(ev) {
  return /SO_ERROR,\s*\[([A-Z0-9]+|\d+)\]/.exec(ev.args)?.[1];
}
function fileSentence(o) {
  let read = 0;
  let written = 0;
  let listed = false;
  let mapped = false;
  let closed = false;
  for (const it of o.items.slice(1)) {
    const ev = it.event;
    const n = ev.syscall.replace(/_nocancel$/, "");
    const r = retValue(ev) ?? 0;
    if (failed2(ev))
      continue;
    if (/^(read|readv|pread|pread64)$/.test(n))
      read += Math.max(0, r);
    else if (/^(write|writev|pwrite|pwrite64)$/.test(n))
      written += Math.max(0, r);
    else if (/^getd/.test(n))
      listed = true;
    else if (n === "mmap")
      mapped = true;
    else if (n === "close")
      closed = true;
  }
  const fd = [...o.fds][0];
  const what = [];
  if (listed)
    what.push("listed its entries");
  if (read)
    what.push(`read ${String(read)} byte${read === 1 ? "" : "s"}`);
  if (written)
    what.push(`wrote ${String(written)} byte${written === 1 ? "" : "s"}`);
  if (mapped)
    what.push("mapped it into memory");
  if (!what.length)
    what.push("checked it");
  const tail = closed ? " and closed it" : ` (fd ${String(fd)} not closed yet)`;
  return `Opened ${o.found} as fd ${String(fd)}, ${what.join(", ")}${tail} (${String(o.items.length)} calls)`;
}
function signalsSentence(o) {
  const set = [];
  const read = [];
  for (const it of o.items) {
    const m = /^Set the handler of (.*)$/.exec(it.explanation);
    if (m)
      set.push(m[1]);
    else
      read.push(/^Read the handler of (\S+?)(:|$)/.exec(it.explanation)?.[1] ?? "?");
  }
  const parts = [];
  if (set.length)
    parts.push(`set ${set.slice(0, 4).join(", ")}${set.length > 4 ? ` and ${String(set.length - 4)} more` : ""}`);
  if (read.length)
    parts.push(`read the current handlers of ${String(read.length)} signal${read.length === 1 ? "" : "s"} (${read.slice(0, 3).join(", ")}${read.length > 3 ? ", \u2026" : ""})`);
  return `Went through its signal handlers: ${parts.join("; ")}`;
}
function searchSentence(o) {
  const paths = [...new Set(o.items.flatMap((i) => i.event.type === "syscall" && failed2(i.event) ? [firstString(i.event.args) ?? ""] : []))];
  const misses = paths.length;
  if (o.stems.size === 1) {
    const places = new Set([...paths, ...o.found !== void 0 ? [o.found] : []].map((p) => p.replace(/\/[^/]*$/, ""))).size;
    const where = `in ${String(places)} place${places === 1 ? "" : "s"} (${String(misses)} missing)`;
    return o.found !== void 0 ? `Searched for ${baseName(o.found)} ${where}: found ${o.found}` : `Searched for ${o.stem} ${where}: not found`;
  }
  if (o.found !== void 0)
    return `Searched for ${baseName(o.found)}: found ${o.found} after ${String(misses)} paths that do not exist`;
  const shown = paths.slice(0, 2).join(", ");
  return `Checked ${String(misses)} paths, none exist: ${shown}${misses > 2 ? ` and ${String(misses - 2)} more` : ""}`;
}
function connectSentence(o) {
  const first = o.items[0];
  const target = connectTarget(first);
  const last = o.items[o.items.length - 1].event;
  const waits = o.items.filter((i) => i.event.type === "syscall" && WAIT_CALLS.has(i.event.syscall)).length;
  const waited = waits ? `, waited ${waits === 1 ? "once" : `${String(waits)} times`} for it` : "";
  if (last.syscall === "getsockopt") {
    const err2 = soError(last);
    if (err2 === "0")
      return `Connected ${target} (non-blocking: started, waited${waits > 1 ? ` ${String(waits)} times` : ""}, then SO_ERROR said success)`;
    if (err2)
      return `Failed to connect ${target}: non-blocking connect started${waited}, then SO_ERROR reported ${err2} \u2014 the connection did not succeed`;
  }
  const lastWait = [...o.items].reverse().find((i) => i.event.type === "syscall" && WAIT_CALLS.has(i.event.syscall))?.event;
  const bad = lastWait ? waitErrorFlags(lastWait, o.fd) : void 0;
  if (bad)
    return `Started a non-blocking connect of ${target}${waited}: the wait reported ${bad}, so the connect failed (the next connect or SO_ERROR read says why)`;
  return `Started a non-blocking connect of ${target}${waited}; the result is read later`;
}
function waitErrorFlags(ev, fd) {
  if (!/poll/.test(ev.syscall) || ev.ret?.errno)
    return void 0;
  for (const m of [ev.ret?.text ?? "", ...ev.ret?.notes ?? []].join(" ").matchAll(/fd=(\d+)[^}]*revents=([A-Z|]+)/g)) {
    if (fd !== void 0 && Number(m[1]) !== fd)
      continue;
    const flags = m[2].split("|").filter((f) => f === "POLLERR" || f === "POLLHUP");
    if (flags.length)
      return flags.join("|");
  }
  return void 0;
}

// dist/src/explain/index.js
var BARE = { analyze: (event) => ({ event }), state: {} };
function explainOne(ev, ex = BARE) {
  const a = ex.analyze(ev);
  const out = { event: ev, explanation: explainEvent(a, ex.state) };
  if (a.decoded)
    out.decoded = a.decoded;
  return out;
}
function analyzerExplainer(a) {
  return { analyze: (ev) => a.push(ev), state: stateFromAnalyzer(a) };
}

// dist/src/render/event-json.js
var StreamDecoder = class {
  os;
  families = /* @__PURE__ */ new Map();
  constructor(os) {
    this.os = os;
  }
  decode(ev, args) {
    const ctx = {
      socketFamily: (fd2, pid) => this.families.get(`${pid ?? ""}:${fd2}`),
      ...args ? { args } : {}
    };
    const d = decodeCall(ev, this.os, ctx);
    const fd = ev.ret?.value;
    if (fd != null && fd >= 0 && /^socket(_nocancel)?$/.test(ev.syscall) && !d.errno) {
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

// dist/src/render/json.js
function reportJsonHead(input) {
  const text = JSON.stringify({ input, events: [] }, null, 2);
  return text.slice(0, -"[]\n}".length);
}
function reportJsonTail(report) {
  const text = JSON.stringify({ stats: statsToJson(report.stats), processes: report.processes, sockets: report.sockets, findings: report.findings, unparsed: report.unparsed }, null, 2);
  return ",\n" + text.slice(2) + "\n";
}
var EVENTS_OPEN = "[";
var EVENTS_CLOSE = { empty: "]", full: "\n  ]" };
var eventLead = (first) => first ? "\n" : ",\n";
function renderJson(report) {
  const parts = [reportJsonHead(report.input), EVENTS_OPEN];
  let first = true;
  report.stories.forEach((s, i) => {
    for (const it of s.items) {
      parts.push(eventLead(first), reportEventJsonText(s, i, it));
      first = false;
    }
  });
  parts.push(first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full, reportJsonTail(report));
  return parts.join("");
}

// dist/src/cli/input.js
import { createReadStream } from "node:fs";

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

// dist/src/cli/options.js
import { Option } from "commander";
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var FORMATS = ["strace", "dtruss", "nanos"];
var OSES = ["linux", "darwin"];
function addInputOptions(cmd) {
  return cmd.addOption(new Option("--from <format>", "input format instead of detecting it").choices(FORMATS)).addOption(new Option("--os <os>", "OS numbering to decode with (default: the format's own)").choices(OSES)).addOption(new Option("--max-line-bytes <n>", "longest line kept whole (default 1048576); longer lines are cut and reported").argParser(positiveInt)).option("--follow", "keep reading a file as it grows (like tail -f) until Ctrl-C");
}
function inputFlags(raw) {
  const out = {};
  if (raw.from !== void 0)
    out.from = raw.from;
  if (raw.os !== void 0)
    out.os = raw.os;
  if (raw.maxLineBytes !== void 0)
    out.maxLineBytes = raw.maxLineBytes;
  if (raw.follow === true)
    out.follow = true;
  return out;
}
function positiveInt(value) {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`expected a positive integer, got "${value}"`);
  return n;
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
    stream.on("error", (err2) => {
      if (err2.code === "EPIPE" || err2.code === "ERR_STREAM_DESTROYED")
        this.closed = true;
      else
        throw err2;
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

// dist/src/cli/explain.js
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function failOnCode(findings, failOn) {
  if (!failOn)
    return 0;
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}
var CLASSES = {
  net: (_n, e) => e.family === "net",
  network: (_n, e) => e.family === "net",
  file: (_n, e) => e.args.includes("path") || e.args.includes("path2"),
  process: (_n, e) => e.family === "process",
  signal: (_n, e) => e.family === "signal",
  memory: (_n, e) => e.family === "memory",
  ipc: (_n, e) => e.family === "ipc",
  desc: (_n, e) => e.args.some((r) => r === "fd" || r === "dirfd" || r === "epfd" || r === "kq"),
  poll: (_n, e) => e.family === "poll"
};
function expandSyscalls(spec, catalogue = SYSCALLS) {
  const out = /* @__PURE__ */ new Set();
  for (const part of spec.flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean)) {
    if (part.startsWith("%")) {
      const cls = CLASSES[part.slice(1)];
      if (!cls)
        throw new UsageError(`unknown syscall class "${part}" (known: ${Object.keys(CLASSES).map((k) => `%${k}`).join(", ")})`);
      for (const [name, e] of Object.entries(catalogue))
        if (cls(name, e))
          out.add(name);
    } else
      out.add(canonicalName(part));
  }
  return [...out];
}
function intList(values, what) {
  const list = Array.isArray(values) ? values : values === void 0 ? [] : [values];
  return list.flatMap((v) => String(v).split(",")).filter((v) => v.trim() !== "").map((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`${what}: expected a non-negative integer, got "${v}"`);
    return n;
  });
}
function resolveColor(choice, isTTY, env) {
  if (choice === "always")
    return true;
  if (choice === "never")
    return false;
  return isTTY && !(env.NO_COLOR !== void 0 && env.NO_COLOR !== "");
}
function explainOptions(raw, term, catalogue = SYSCALLS) {
  return {
    ...inputFlags(raw),
    format: raw.format ?? "text",
    color: resolveColor(raw.color ?? "auto", term.isTTY, term.env),
    failed: raw.failed === true,
    pids: intList(raw.pid, "--pid"),
    syscalls: expandSyscalls(raw.syscall ?? [], catalogue),
    fds: intList(raw.fd, "--fd"),
    fold: raw.fold !== false,
    ...raw.findings === true ? { findings: true } : {},
    ...raw.failOn !== void 0 ? { failOn: raw.failOn } : {}
  };
}
function isFailed(ev) {
  return ev.type === "syscall" && callFailed(ev);
}
function touchesFd(ev, fds) {
  if (ev.type !== "syscall")
    return false;
  const entry = lookupSyscall(ev.syscall);
  for (const a of argViews(ev, void 0, entry))
    if (FD_ROLES.has(a.role) && a.int !== void 0 && fds.includes(a.int))
      return true;
  const v = ev.ret?.value;
  return !!entry?.result?.includes("{retfd}") && v !== null && v !== void 0 && fds.includes(v);
}
function eventPasses(ev, f) {
  if (f.pids.length && !f.pids.includes(ev.pid ?? ev.tid ?? -1))
    return false;
  if (ev.type !== "syscall")
    return !f.failed && f.syscalls.length === 0 && f.fds.length === 0;
  if (f.failed && !isFailed(ev))
    return false;
  if (f.syscalls.length && !f.syscalls.includes(canonicalName(ev.syscall)))
    return false;
  if (f.fds.length && !touchesFd(ev, f.fds))
    return false;
  return true;
}
function storyPasses(s, f) {
  if (f.failed && s.expected)
    return false;
  return s.items.some((i) => eventPasses(i.event, f));
}
function hiddenProbeFailures(s, f) {
  if (!f.failed || !s.expected)
    return 0;
  return s.items.filter((i) => eventPasses(i.event, f)).length;
}
var MAX_UNPARSED_KEPT = 1e3;
async function explainTrace(trace, filter, fold, onStory, decode) {
  const analyzer = new Analyzer(decode ? { os: trace.os, format: trace.format, decode } : { os: trace.os, format: trace.format });
  const explainer = analyzerExplainer(analyzer);
  const folder = new Folder(fold);
  const unparsed = [];
  let hiddenProbes = 0;
  let stopped = false;
  const emit = async (stories) => {
    for (const s of stories) {
      if (storyPasses(s, filter)) {
        let r = onStory(s);
        if (r instanceof Promise)
          r = await r;
        if (r === false) {
          stopped = true;
          return;
        }
      } else
        hiddenProbes += hiddenProbeFailures(s, filter);
    }
  };
  reading: for await (const batch of trace.batches) {
    for (const ev of batch) {
      if (ev.type === "unparsed" && unparsed.length < MAX_UNPARSED_KEPT) {
        const u = { line: ev.line, text: ev.text, reason: ev.reason };
        if (ev.file !== void 0)
          u.file = ev.file;
        unparsed.push(u);
      }
      const stories = folder.push(explainOne(ev, explainer));
      if (stories.length === 0)
        continue;
      if (stories.length === 1 && !storyPasses(stories[0], filter)) {
        hiddenProbes += hiddenProbeFailures(stories[0], filter);
        continue;
      }
      await emit(stories);
      if (stopped)
        break reading;
    }
  }
  if (!stopped)
    await emit(folder.end());
  const stats = trace.stats();
  const result = analyzer.finish(stats);
  return {
    input: { files: trace.files, format: trace.format, os: trace.os },
    stats,
    processes: result.processes,
    sockets: result.sockets,
    findings: result.findings,
    unparsed,
    hiddenProbes
  };
}
async function runExplain(paths, opts, out, stdin) {
  const trace = await openTrace(paths, opts, stdin);
  if (opts.format === "text") {
    const ropts = { color: opts.color, format: trace.format };
    const narrative = !opts.findings;
    if (narrative)
      out.write(renderHeaderText({ files: trace.files, format: trace.format, os: trace.os }, ropts));
    const rest2 = await explainTrace(trace, opts, opts.fold, (s) => {
      if (out.isClosed)
        return false;
      if (!narrative)
        return true;
      const w = out.write(renderStoryLine(s, ropts) + "\n");
      return w ? w.then(() => true) : true;
    });
    const hidden = rest2.hiddenProbes && narrative ? `(${String(rest2.hiddenProbes)} expected failures not shown: loader, locale and nscd probes, and searches that found their file)
` : "";
    out.write(hidden + (narrative ? "\n" + renderOverviewText(rest2, ropts) : "") + renderFindingsText(rest2.findings, ropts) + renderStatsLine(rest2.stats, ropts));
    await out.end();
    return failOnCode(rest2.findings, opts.failOn);
  }
  if (opts.format === "json") {
    const decode = (ev, os, family) => {
      const args = parseArgs(ev.args);
      return withTree(decodeCall(ev, os, { socketFamily: family, args }), args);
    };
    out.write(reportJsonHead({ files: trace.files, format: trace.format, os: trace.os }) + EVENTS_OPEN);
    let index = 0;
    let first = true;
    const rest2 = await explainTrace(trace, opts, opts.fold, (s) => {
      if (out.isClosed)
        return false;
      if (opts.findings)
        return true;
      const i = index++;
      let text = "";
      for (const it of s.items) {
        text += eventLead(first) + reportEventJsonText(s, i, it, treeOf(it.decoded));
        first = false;
      }
      const w = out.write(text);
      return w ? w.then(() => true) : true;
    }, decode);
    const { hiddenProbes: _hidden2, input: _input, ...fields2 } = rest2;
    out.write((first ? EVENTS_CLOSE.empty : EVENTS_CLOSE.full) + reportJsonTail(fields2));
    await out.end();
    return failOnCode(rest2.findings, opts.failOn);
  }
  const stories = [];
  const rest = await explainTrace(trace, opts, opts.fold, (s) => {
    if (!opts.findings)
      stories.push(s);
  });
  const { hiddenProbes: _hidden, ...fields } = rest;
  const report = { ...fields, stories };
  out.write(renderMarkdown(report));
  await out.end();
  return failOnCode(rest.findings, opts.failOn);
}
var ARG_TREE = Symbol("argument tree");
function withTree(d, tree) {
  d[ARG_TREE] = tree;
  return d;
}
function treeOf(d) {
  return d?.[ARG_TREE];
}
function requireInput(files, stdinIsTTY = process.stdin.isTTY === true) {
  if (files.length === 0 && stdinIsTTY) {
    throw new UsageError("no trace to read: name a trace file (or a directory of strace -ff files), or pipe one in (`strace -f CMD 2>&1 | tracex`); `tracex --help` lists the commands");
  }
}
function collect(value, previous = []) {
  return [...previous, value];
}
function addExplainOptions(cmd) {
  addInputOptions(cmd);
  return cmd.option("--failed", "only failed calls (findings are always shown)").option("-p, --pid <pid>", "only these processes (repeat or comma-separate)", collect).option("-e, --syscall <names>", "only these calls: names and classes %net, %file, %process, %signal, %memory, %desc, %ipc, %poll", collect).option("--fd <fd>", "only calls on these fds (repeat or comma-separate)", collect).option("--no-fold", "one line per event: do not fold sequences (loader, locale and nscd probes, searches, file reads, signal-handler sweeps, async connects)").addOption(new Option2("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto")).addOption(new Option2("--fail-on <severity>", "exit 1 when a finding of this severity or worse is found (for CI)").choices(["error", "warning", "info"]));
}
function explainCommand() {
  const cmd = new Command("explain").description("explain a trace in plain language: one line per event or folded group, then the findings (the default command)").argument("[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)").addOption(new Option2("--format <format>", "text narrative, a Markdown report, or the JSON report").choices(["text", "markdown", "json"]).default("text")).option("--findings", "only the findings: no narrative (text), no events (JSON, Markdown)");
  addExplainOptions(cmd);
  cmd.action(async (files, raw) => {
    requireInput(files);
    const opts = explainOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
    process.exitCode = await runExplain(files, opts, new Output());
  });
  return cmd;
}

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
function annotateCommand() {
  const cmd = new Command2("annotate").description("a Markdown report to paste into a GitHub issue; --inline: the original trace with a # explanation after each call").argument("[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)").option("--inline", "print the original lines unchanged, each call followed by a # comment, findings at the end");
  addExplainOptions(cmd);
  cmd.action(async (files, raw) => {
    requireInput(files);
    const opts = { ...explainOptions(raw, { isTTY: false, env: process.env }), inline: raw.inline === true };
    process.exitCode = await runAnnotate(files, opts, new Output());
  });
  return cmd;
}

// dist/src/cli/browse.js
import { createReadStream as createReadStream2, openSync } from "node:fs";
import { ReadStream } from "node:tty";
import { Command as Cmd } from "commander";
var READ_BYTES = 64 * 1024;
function keyStream(traceFromStdin) {
  if (!traceFromStdin && process.stdin.isTTY)
    return process.stdin;
  let fd;
  try {
    fd = openSync("/dev/tty", "r");
  } catch {
    throw new UsageError("browse needs a terminal for its keys, and there is none (no /dev/tty); use `tracex parse` or another text command instead");
  }
  const tty = new ReadStream(fd);
  if (!tty.isTTY)
    throw new UsageError("browse needs a terminal for its keys: /dev/tty is not a terminal");
  return tty;
}
async function loadTui() {
  const saved = { NODE_ENV: process.env.NODE_ENV, CI: process.env.CI, CONTINUOUS_INTEGRATION: process.env.CONTINUOUS_INTEGRATION };
  process.env.NODE_ENV ??= "production";
  process.env.CI = "0";
  process.env.CONTINUOUS_INTEGRATION = "0";
  try {
    return await import("./tui-CDFIPVNX.js");
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === void 0)
        delete process.env[k];
      else
        process.env[k] = v;
    }
  }
}
async function runBrowse(paths, opts) {
  if (!process.stdout.isTTY)
    throw new UsageError("browse draws on a terminal, but the output is not one; use `tracex parse` (JSON) or another text command instead");
  const fromStdin = paths.length === 0 || paths.includes("-");
  if (fromStdin && process.stdin.isTTY)
    throw new UsageError("browse needs a trace: name a file, or pipe one in (strace -f -o /dev/stdout cmd | tracex browse)");
  const keys = keyStream(fromStdin);
  keys.setRawMode(true);
  let screen = false;
  let stop;
  let failure;
  try {
    const { TraceStore, runBrowser } = await loadTui();
    let store;
    const readOpts = {
      ...opts,
      // Keep each line's text for the detail pane.
      onRecord: (rec) => store?.addLine(rec.line, rec.text, rec.file)
    };
    const sources = resolveSources(paths);
    const inputs = sources.map((s) => {
      const stream = s.path === "-" ? process.stdin : maybeGunzip(createReadStream2(s.path, { highWaterMark: READ_BYTES }), s.path);
      return s.pid === void 0 ? { name: s.name, stream } : { name: s.name, stream, pid: s.pid };
    });
    const name = paths.length === 0 ? "(stdin)" : paths.length === 1 ? paths[0] : `${paths[0]} +${paths.length - 1}`;
    const placeholder = { format: opts.from ?? "strace", os: opts.os ?? "linux" };
    const theStore = new TraceStore({ name, files: sources.map((s) => s.name), ...placeholder }, { detecting: true });
    store = theStore;
    stop = () => theStore.stop();
    let uiClosed = false;
    const feed = (async () => {
      try {
        const trace = await openTraceInputs(inputs, readOpts);
        theStore.begin(trace.format, trace.os);
        await theStore.load(trace.batches(), () => trace.stats);
      } catch (err2) {
        if (!uiClosed) {
          failure = err2;
          theStore.requestClose();
        }
      }
    })();
    process.stdout.write("\x1B[?1049h\x1B[H");
    screen = true;
    await runBrowser(theStore, { stdin: keys, stdout: process.stdout });
    uiClosed = true;
    void feed;
  } finally {
    if (screen)
      process.stdout.write("\x1B[?1049l");
    keys.setRawMode(false);
    stop?.();
    if (keys !== process.stdin)
      keys.destroy();
    if (fromStdin)
      process.stdin.destroy();
  }
  if (failure)
    throw failure;
  return 0;
}
function browseCommand() {
  const cmd = new Cmd("browse").description("explore a trace in an interactive terminal UI (keys: ? for help, q to quit)").argument("[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)");
  addInputOptions(cmd);
  cmd.action(async (files, raw) => {
    process.exitCode = await runBrowse(files, inputFlags(raw));
  });
  return cmd;
}
function addInteractiveOption(program) {
  program.option("-i, --interactive", "browse the trace in the terminal UI (same as `tracex browse`)");
  program.hook("preSubcommand", (root, sub) => {
    if (!root.opts().interactive || sub.name() === "browse")
      return;
    if (sub.name() !== "explain")
      throw new UsageError(`-i opens the terminal UI; it does not combine with "${sub.name()}" (try: tracex -i [files])`);
    sub.action(async (files, raw) => {
      process.exitCode = await runBrowse(files, inputFlags(raw));
    });
  });
  return program;
}

// dist/src/cli/decode.js
import { Command as Command3, Option as Option3 } from "commander";

// dist/src/decode/lookup.js
var OSES2 = ["linux", "darwin"];
var ALIASES = {
  errno: "errno",
  error: "errno",
  af: "af",
  family: "af",
  domain: "af",
  pf: "af",
  socktype: "socktype",
  type: "socktype",
  sock: "socktype",
  proto: "ipproto",
  protocol: "ipproto",
  ipproto: "ipproto",
  level: "sol",
  sol: "sol",
  so: "so",
  fcntl: "fcntl",
  open: "open-flags",
  "open-flags": "open-flags",
  oflags: "open-flags",
  "fd-flags": "fd-flags",
  at: "at-flags",
  "at-flags": "at-flags",
  dirfd: "dirfd",
  signal: "signal",
  sig: "signal",
  "sigmask-how": "sigmask-how",
  shutdown: "shutdown",
  how: "shutdown",
  msg: "msg-flags",
  "msg-flags": "msg-flags",
  poll: "poll-events",
  "poll-events": "poll-events",
  syscall: "syscall",
  ip: "ip",
  ipv6: "ipv6",
  tcp: "tcp"
};
var LOOKUP_KINDS = ["sockopt", "sockaddr", ...Object.keys(ALIASES)];
function err(error) {
  return { ok: false, error };
}
function lookup(what, values, os) {
  const w = what.toLowerCase();
  const oses = os ? [os] : OSES2;
  if (values.length === 0)
    return err(`decode ${what}: give a value to look up`);
  if (w === "sockaddr")
    return lookupSockaddr(values, os ?? "linux");
  if (w === "sockopt")
    return lookupSockopt(values, oses);
  const table2 = ALIASES[w] ?? TABLE_NAMES.find((t) => t === w);
  if (!table2)
    return err(`decode: unknown kind '${what}' (try errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall)`);
  const rows = [];
  for (const value of values) {
    const r = lookupOne(table2, value, oses);
    if (typeof r === "string")
      return err(r);
    rows.push(...r);
  }
  return { ok: true, result: { what: table2, input: [...values], rows } };
}
function findName(os, table2, text) {
  const tries = [text, text.toUpperCase()];
  const p = NAME_PREFIX[table2];
  if (p && !text.toUpperCase().startsWith(p))
    tries.push(p + text.toUpperCase());
  if (table2 === "syscall")
    tries.splice(1);
  for (const t of tries) {
    const n = lookupConstant(os, table2, t);
    if (n?.name)
      return n;
  }
  return void 0;
}
function lookupOne(table2, text, oses) {
  const n = parseNumber(text);
  const rows = [];
  if (n === void 0) {
    for (const os of oses) {
      const hit = findName(os, table2, text);
      if (hit)
        rows.push(row(os, table2, hit));
    }
    if (rows.length === 0)
      return `'${text}' is not a known ${table2} name on ${oses.join(" or ")}`;
    return rows;
  }
  for (const os of oses) {
    const parts = decodeNumber(os, table2, n);
    if (parts.every((p) => p.name === void 0))
      continue;
    if (parts.length === 1 && parts[0].value === n)
      rows.push(row(os, table2, parts[0]));
    else
      rows.push({ os, table: table2, value: n, parts, text: parts.map((p) => constantText(p, table2)).join("|") });
  }
  if (rows.length === 0)
    return `${text} has no ${table2} name on ${oses.join(" or ")}`;
  return rows;
}
function row(os, table2, n) {
  const r = { os, table: table2, value: n.value, text: constantText(n, table2) };
  if (n.name) {
    r.name = n.name;
    const aliases = namesOf(os, table2, n.value).filter((x) => x !== n.name);
    if (aliases.length)
      r.aliases = aliases;
  }
  if (n.message) {
    r.message = n.message;
    r.text += ` (${n.message})`;
  }
  return r;
}
function lookupSockopt(values, oses) {
  if (values.length !== 2)
    return err("decode sockopt: give a level and an option, e.g. `decode sockopt 0xffff 0x1022 --os darwin`");
  const [lv, nv] = values;
  const rows = [];
  for (const os of oses) {
    const ln = parseNumber(lv);
    const level = ln === void 0 ? findName(os, "sol", lv) ?? findName(os, "ipproto", lv) : lookupConstant(os, "sol", ln);
    if (!level?.name)
      continue;
    const table2 = sockoptTable(os, level.value);
    if (!table2)
      continue;
    const on = parseNumber(nv);
    const opt = on === void 0 ? findName(os, table2, nv) : lookupConstant(os, table2, on);
    if (!opt?.name)
      continue;
    rows.push({ os, table: table2, level, value: opt.value, name: opt.name, text: `${level.name} (${fmt(level.value)}) / ${opt.name} (${fmt(opt.value)})` });
  }
  if (rows.length === 0)
    return err(`sockopt ${lv} ${nv} is not a known socket option on ${oses.join(" or ")}`);
  return { ok: true, result: { what: "sockopt", input: [...values], rows } };
}
function fmt(v) {
  return v > 9 ? `${v}, 0x${v.toString(16)}` : String(v);
}
function lookupSockaddr(values, os) {
  const bytes = parseHexBytes(values.join(""));
  if (!bytes)
    return err(`decode sockaddr: '${values.join(" ")}' is not hex bytes (e.g. 02001538 7f000001)`);
  const ep = sockaddrFromBytes(bytes, os);
  if (!ep)
    return err(`decode sockaddr: ${bytes.length} byte(s) are too few for a sockaddr`);
  if (ep.family.startsWith("AF_???"))
    return err(`decode sockaddr: ${ep.family} (first bytes ${hexOf(bytes.subarray(0, 2))}) is not a known address family on ${os}`);
  return { ok: true, result: { what: "sockaddr", input: [...values], rows: [{ os, endpoint: ep, text: `${ep.family} ${describeEndpoint(ep)}` }] } };
}
function formatLookup(r) {
  const lines = [];
  for (const row2 of r.rows) {
    const value = row2.value !== void 0 && r.what !== "sockopt" ? `${fmt(row2.value)}  ` : "";
    const aka = row2.aliases?.length ? ` (also ${row2.aliases.join(", ")})` : "";
    lines.push(`${row2.os.padEnd(6)}  ${value}${row2.text}${aka}`);
  }
  return lines.join("\n") + "\n";
}

// dist/src/cli/decode.js
function runDecode(what, values, opts) {
  const r = lookup(what, values, opts.os);
  if (!r.ok)
    throw new UsageError(r.error);
  return opts.json ? JSON.stringify(r.result, null, 2) + "\n" : formatLookup(r.result);
}
function decodeCommand() {
  return new Command3("decode").description("look up what a number means on Linux and macOS: errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall").argument("<what>", "errno | af | sockopt | sockaddr | signal | socktype | ipproto | fcntl | open-flags | msg-flags | poll-events | syscall | ...").argument("<values...>", "numbers (36, 0x1022, 0644) or names (ECONNREFUSED, SIGPIPE); sockopt takes LEVEL NAME; sockaddr takes hex bytes").addOption(new Option3("--os <os>", "numbering to use (default: both; sockaddr: linux)").choices(["linux", "darwin"])).option("--json", "print the result as JSON").addHelpText("after", "\nExamples:\n  tracex decode errno 36 --os darwin\n  tracex decode errno ECONNREFUSED\n  tracex decode af 30 --os darwin\n  tracex decode sockopt 0xffff 0x1022 --os darwin\n  tracex decode sockaddr 02001538 7f000001\n  tracex decode signal 13\n  tracex decode open-flags 0x602 --os darwin").action((what, values, raw) => {
    const opts = { json: raw.json === true };
    if (raw.os)
      opts.os = raw.os;
    process.stdout.write(runDecode(what, values, opts));
  });
}

// dist/src/cli/parse.js
import { Command as Command4, Option as Option4 } from "commander";
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
function parseCommand() {
  const cmd = new Command4("parse").description("read a trace and print every event as JSON (one object per line), then a stats object").argument("[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)").addOption(new Option4("--format <format>", "ndjson: one object per line; json: one document").choices(["ndjson", "json"]).default("ndjson")).option("--no-args", "skip argument trees and decoding (header fields and raw argument text only)").option("--no-decode", "skip the decoded form (argument roles, constants, endpoints, errno per OS)");
  addInputOptions(cmd);
  cmd.action(async (files, raw) => {
    const opts = { ...inputFlags(raw), format: raw.format, args: raw.args !== false, decode: raw.decode !== false };
    process.exitCode = await runParse(files, opts, new Output());
  });
  return cmd;
}

// dist/src/cli/run.js
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync as openSync2, writeFileSync } from "node:fs";
import { constants as osConstants, tmpdir } from "node:os";
import { basename as basename2, dirname as dirname2, join as join3, resolve as resolvePath } from "node:path";
import { Command as Command5, Option as Option5 } from "commander";

// dist/src/cli/tracer/howto.js
var STRACE_INSTALL_HINT = [
  "strace is not installed (tracex run starts it to trace the program). Install it with your package manager:",
  "  Debian/Ubuntu: sudo apt-get install strace",
  "  Fedora/RHEL:   sudo dnf install strace",
  "  Alpine:        apk add strace",
  "  Arch:          sudo pacman -S strace"
].join("\n");
var NANOS_HOWTO = [
  "tracex run cannot start a Nanos unikernel itself; capture the trace with ops, then read it:",
  "  ops run ./program --trace > trace.txt 2>&1     (or: ops pkg load <pkg> --trace ...)",
  "  tracex explain trace.txt",
  "The console of the VM carries the trace, the program's own output and ops's messages together;",
  "tracex keeps the program output lines apart from the syscall lines."
].join("\n");

// dist/src/cli/tracer/which.js
import { accessSync, constants, statSync as statSync2 } from "node:fs";
import { delimiter, join as join2 } from "node:path";
function check(path) {
  try {
    if (statSync2(path).isDirectory())
      return { found: false, reason: "directory", path };
    accessSync(path, constants.X_OK);
    return { found: true, path };
  } catch (err2) {
    const code = err2.code;
    return code === "EACCES" ? { found: false, reason: "not-executable", path } : { found: false, reason: "not-found" };
  }
}
function findExecutable(name, pathEnv, cwd) {
  if (name.includes("/"))
    return check(join2(name.startsWith("/") ? "" : cwd, name));
  let firstProblem;
  for (const dir of (pathEnv ?? "/usr/local/bin:/usr/bin:/bin").split(delimiter)) {
    const r = check(join2(dir || cwd, name));
    if (r.found)
      return r;
    if (r.reason !== "not-found" && !firstProblem)
      firstProblem = r;
  }
  return firstProblem ?? { found: false, reason: "not-found" };
}

// dist/src/cli/tracer-flags.js
var STRACE_FLAGS = [
  {
    args: ["-f"],
    why: "follow forks, vforks and threads: servers, shells and language runtimes do their work in children; with -o it also puts the pid on every line, so calls of different processes are never confused"
  },
  {
    args: ["-ttt"],
    why: "absolute time as epoch seconds with microseconds: no midnight rollover to guess, gaps between calls show where the program waited, and the trace can be lined up with logs"
  },
  {
    args: ["-T"],
    why: "time spent inside each call (<0.000123>): shows which call blocked (a slow connect, a poll that timed out, a DNS query)"
  },
  {
    args: ["-yy"],
    why: 'decorate every fd with what it is: the path of a file, the endpoints of a socket (TCP:[127.0.0.1:5432->...], UNIX-STREAM:[...,"/run/x.sock"]), pipe and device ids; tracex uses them to name fds it did not see being opened (inherited or opened before -p attached)'
  },
  {
    args: ["-Y"],
    why: "print the command name beside each pid (1234<postgres>): names the processes of an attached program, which never call execve in the trace (not used when tracex starts the program: its first execve would be labelled <strace>)",
    since: [5, 15],
    modes: ["attach"]
  },
  {
    args: ["-s", "256"],
    why: "show the first 256 bytes of strings instead of 32: enough of protocol messages, error texts and requests to see what was said, while keeping lines and the file small"
  },
  {
    args: ["-q"],
    why: "no 'Process N attached' notices: in command mode strace shares the terminal's stderr with the program, and those notices would land in the middle of its output",
    modes: ["command"]
  }
  // Left out on purpose:
  // -X raw/verbose: the default (abbrev) prints constant names, which tracex decodes and explains.
  // -qq: would drop the `+++ exited with N +++` lines tracex needs for exit codes and process lifetimes.
  // -v: would print every environment variable of every execve (secrets, and very long lines).
  // -k: stack traces cost a lot per call; use strace -k yourself and read the file with tracex.
  // -ff: one file per process loses the interleaving that shows who waited for whom.
];
var DTRUSS_FLAGS = [
  {
    args: ["-f"],
    why: "follow children; also prints PID/THRD on every line so processes and threads are told apart"
  }
];
function parseStraceVersion(text) {
  const m = /version\s+(\d+)\.(\d+)/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : void 0;
}
function atLeast(version, since) {
  if (!since)
    return true;
  if (!version)
    return false;
  return version[0] > since[0] || version[0] === since[0] && version[1] >= since[1];
}
function tracerArgs(table2, mode, version) {
  const out = [];
  for (const f of table2) {
    if (f.modes && !f.modes.includes(mode))
      continue;
    if (!atLeast(version, f.since))
      continue;
    out.push(...f.args);
  }
  return out;
}

// dist/src/cli/run.js
function exitStatus(code, signal) {
  if (code !== null)
    return code;
  if (signal)
    return 128 + (osConstants.signals[signal] ?? 0);
  return 1;
}
function startSession(tracer, mode, rawPath, cmd, args, stdio, io, onStderrLine) {
  const follower = followFile(rawPath);
  const child = spawn(cmd, args, { stdio, detached: mode === "attach", env: io.env, cwd: io.cwd });
  let text = "";
  let carry = "";
  child.stderr?.setEncoding("utf8").on("data", (d) => {
    text = (text + d).slice(-(1 << 16));
    carry += d;
    const lines = carry.split("\n");
    carry = lines.pop() ?? "";
    for (const l of lines)
      onStderrLine?.(l);
  });
  const session = {
    tracer,
    mode,
    rawPath,
    child,
    follower,
    ended: Promise.resolve({ code: null, signal: null }),
    stderr: () => text,
    detachedByUs: false
  };
  session.ended = new Promise((resolve) => {
    child.on("error", (err2) => {
      session.spawnError = err2;
      follower.finish();
      resolve({ code: 127, signal: null });
    });
    child.on("close", (code, signal) => {
      if (carry)
        onStderrLine?.(carry);
      follower.finish();
      resolve({ code, signal });
    });
  });
  return session;
}
function handleSignals(s, io, rootPid) {
  let count2 = 0;
  const onSignal = (sig) => {
    count2++;
    if (s.mode === "attach") {
      if (count2 === 1) {
        s.detachedByUs = true;
        io.err("tracex: detaching...\n");
        s.child.kill("SIGINT");
      } else
        s.child.kill("SIGKILL");
      return;
    }
    if (sig === "SIGINT") {
      if (count2 > 1)
        s.child.kill("SIGKILL");
      return;
    }
    const pid = rootPid();
    try {
      if (pid !== void 0)
        process.kill(pid, sig);
      else
        s.child.kill(sig);
    } catch {
    }
  };
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  for (const sig of signals)
    process.on(sig, onSignal);
  return () => {
    for (const sig of signals)
      process.off(sig, onSignal);
  };
}
async function* watched(trace, w, pids, out, onEvent) {
  for await (const batch of trace.batches()) {
    for (const ev of batch) {
      w.rootPid ??= ev.pid;
      if (ev.type === "exit" && ev.pid !== void 0 && pids.includes(ev.pid) && (ev.code !== void 0 || ev.signal !== void 0)) {
        w.attachedExit = exitStatus(ev.code ?? null, ev.signal);
      }
      onEvent?.(ev);
    }
    yield batch;
    await out.flush();
  }
}
async function* flatten(batches) {
  for await (const b of batches)
    yield* b;
}
async function present(opts, io, trace, batches, rawPath, started) {
  const out = io.out;
  if (opts.format === "ndjson") {
    const analyzer = new Analyzer({ os: trace.os, format: trace.format });
    for await (const batch of batches) {
      let chunk = "";
      for (const ev of batch) {
        analyzer.push(ev);
        if (!opts.findings)
          chunk += JSON.stringify(eventToJson(ev)) + "\n";
      }
      await out.write(chunk);
      if (out.isClosed)
        break;
    }
    await started();
    let tail = "";
    for (const f of analyzer.finish(trace.stats).findings)
      tail += JSON.stringify({ type: "finding", ...f }) + "\n";
    out.write(tail + JSON.stringify(statsToJson(trace.stats)) + "\n");
    return trace.stats;
  }
  const opened = {
    format: trace.format,
    os: trace.os,
    files: [rawPath],
    batches,
    get events() {
      return flatten(batches);
    },
    stats: () => trace.stats,
    stream: trace
  };
  const filter = { failed: opts.failed, pids: [], syscalls: [], fds: [] };
  if (opts.format === "text") {
    const ropts = { color: resolveColor(opts.color, io.stdoutIsTTY, io.env), format: trace.format };
    let header = false;
    const writeHeader = () => {
      if (!header && !opts.findings)
        out.write(renderHeaderText(opened, ropts));
      header = true;
    };
    const rest2 = await explainTrace(opened, filter, opts.fold, async (s) => {
      if (opts.findings || out.isClosed)
        return;
      writeHeader();
      await out.write(renderStoryLine(s, ropts) + "\n");
    });
    await started();
    writeHeader();
    out.write((opts.findings ? "" : "\n" + renderOverviewText(rest2, ropts)) + renderFindingsText(rest2.findings, ropts) + renderStatsLine(rest2.stats, ropts));
    return rest2.stats;
  }
  const stories = [];
  const rest = await explainTrace(opened, filter, opts.fold, (s) => {
    if (!opts.findings)
      stories.push(s);
  });
  await started();
  const report = { ...rest, stories };
  out.write(opts.format === "json" ? renderJson(report) : renderMarkdown(report));
  return rest.stats;
}
function prepareRawFile(output, cwd, tracer) {
  const path = output ? resolvePath(cwd, output) : join3(mkdtempSync(join3(tmpdir(), "tracex-")), `trace.${tracer}.txt`);
  writeFileSync(path, "", { mode: 384 });
  return path;
}
function quoteArg(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`;
}
function pickTracer(opts, platform) {
  if (opts.tracer)
    return opts.tracer;
  if (platform === "linux")
    return "strace";
  if (platform === "darwin")
    return "dtruss";
  throw new UsageError(`tracex run supports Linux (strace) and macOS (dtruss), not ${platform}; capture a trace there and read it with tracex explain FILE`);
}
function requireProgram(name, io) {
  const prog = findExecutable(name, io.env.PATH, io.cwd);
  if (prog.found)
    return;
  if (prog.reason === "not-executable")
    throw new UsageError(`${name}: permission denied (not executable)`);
  if (prog.reason === "directory")
    throw new UsageError(`${name}: is a directory`);
  throw new UsageError(`command not found: ${name}`);
}
function requireTerminal(io) {
  if (!io.stdoutIsTTY || !io.stdinIsTTY)
    throw new UsageError("--browse draws on a terminal and reads keys from it, but stdin or stdout is not one; use --format text|json instead");
}
function programOutputPath(rawPath) {
  return join3(dirname2(rawPath), `${basename2(rawPath).replace(/\.txt$/, "")}.program-output.txt`);
}
async function runTraced(opts, io) {
  const mode = opts.pids.length ? "attach" : "command";
  if (mode === "command" && opts.command.length === 0)
    throw new UsageError("nothing to run: give a command after `--` (tracex run -- cmd args...) or -p PID");
  if (mode === "attach" && opts.command.length)
    throw new UsageError("give either a command or -p PID, not both");
  const tracer = pickTracer(opts, io.platform);
  if (tracer === "nanos") {
    io.err(NANOS_HOWTO + "\n");
    return 2;
  }
  if (opts.browse && !opts.dryRun)
    requireTerminal(io);
  return tracer === "dtruss" ? runDtruss(opts, mode, io) : runStrace(opts, mode, io);
}
async function runStrace(opts, mode, io) {
  const strace = findExecutable("strace", io.env.PATH, io.cwd);
  if (!strace.found)
    throw new UsageError(STRACE_INSTALL_HINT);
  if (mode === "command")
    requireProgram(opts.command[0], io);
  else {
    for (const pid of opts.pids) {
      try {
        process.kill(pid, 0);
      } catch (err2) {
        if (err2.code === "ESRCH")
          throw new UsageError(`no process with pid ${pid}`);
      }
    }
  }
  const version = parseStraceVersion(spawnSync(strace.path, ["-V"], { encoding: "utf8" }).stdout ?? "");
  const flags = tracerArgs(STRACE_FLAGS, mode, version);
  const target = mode === "command" ? ["--", ...opts.command] : opts.pids.flatMap((p) => ["-p", String(p)]);
  if (opts.dryRun) {
    io.out.write(["strace", ...flags, "-o", opts.output ?? "TRACE_FILE", ...target].map(quoteArg).join(" ") + "\n\n");
    for (const f of STRACE_FLAGS) {
      if (f.modes && !f.modes.includes(mode))
        continue;
      const skipped = flags.includes(f.args[0]) ? "" : ` (skipped: needs strace ${f.since?.join(".") ?? "?"})`;
      io.out.write(`  ${f.args.join(" ").padEnd(8)} ${f.why}${skipped}
`);
    }
    await io.out.end();
    return 0;
  }
  const rawPath = prepareRawFile(opts.output, io.cwd, "strace");
  let outputFd;
  let stdio = mode === "command" ? "inherit" : ["ignore", "ignore", "pipe"];
  if (opts.browse && mode === "command") {
    outputFd = openSync2(programOutputPath(rawPath), "w", 384);
    stdio = ["ignore", outputFd, outputFd];
  }
  const held = opts.browse ? [] : void 0;
  let uiClosed = false;
  const say = (text) => void (held && !uiClosed ? held.push(text) : io.err(text));
  const session = startSession("strace", mode, rawPath, strace.path, [...flags, "-o", rawPath, ...target], stdio, io, (line) => {
    const m = /Process (\d+) attached(.*)/.exec(line);
    if (m) {
      if (!opts.browse)
        say(`tracex: attached to process ${m[1]}${m[2]}; press Ctrl-C to detach and see the results
`);
    } else if (/Process \d+ detached/.test(line))
      say(`tracex: detached from process ${/Process (\d+)/.exec(line)[1]}
`);
    else if (line.trim())
      say(line + "\n");
  });
  if (outputFd !== void 0)
    closeSync(outputFd);
  const watch = {};
  const stopSignals = handleSignals(session, io, () => watch.rootPid);
  try {
    let storeLine;
    const onRecord = opts.browse ? (rec) => storeLine?.(rec) : void 0;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: "strace", ...onRecord ? { onRecord } : {} });
    const batches = watched(trace, watch, opts.pids, io.out);
    let stats;
    if (opts.browse) {
      stats = await browse(session, trace, batches, opts, io, (f) => storeLine = f, () => {
        uiClosed = true;
        for (const t of held ?? [])
          io.err(t);
      });
    } else {
      stats = await present(opts, io, trace, batches, rawPath, () => straceStarted(session, strace.path, io, trace));
    }
    await io.out.end();
    const result = await session.ended;
    if (session.spawnError)
      throw new UsageError(`could not start strace: ${session.spawnError.message}`);
    const status = exitStatus(result.code, result.signal);
    const who2 = basename2(opts.command[0] ?? "");
    const ended = mode === "attach" ? "" : result.signal ? `${who2} was killed by ${result.signal} (status ${status}); ` : `${who2} exited with status ${status}; `;
    const count2 = opts.browse ? "" : ` (${stats.lines} lines)`;
    io.err(`tracex: ${ended}raw trace saved to ${rawPath}${count2}; reopen it with: tracex explain ${quoteArg(rawPath)}
`);
    if (opts.browse && mode === "command")
      io.err(`tracex: the program's output is in ${programOutputPath(rawPath)}
`);
    if (mode === "command")
      return status;
    if (session.detachedByUs)
      return 0;
    return watch.attachedExit ?? (status === 130 ? 0 : status);
  } finally {
    stopSignals();
  }
}
async function straceStarted(s, stracePath, io, trace) {
  const result = await s.ended;
  if (s.spawnError)
    throw new UsageError(`could not start strace: ${s.spawnError.message}`);
  const status = exitStatus(result.code, result.signal);
  if (status === 0 || s.detachedByUs || trace.stats.lines > 0)
    return;
  const why = s.mode === "attach" ? s.stderr() : diagnosisRun(stracePath, io);
  const problem = diagnoseStrace(why);
  throw new UsageError(problem?.message ?? `strace exited with status ${status} before tracing anything${s.mode === "command" ? " (its message is above)" : `: ${why.trim()}`}`);
}
function diagnosisRun(stracePath, io) {
  const t = findExecutable("true", io.env.PATH, io.cwd);
  const r = spawnSync(stracePath, ["-f", "-o", "/dev/null", "--", t.found ? t.path : "/bin/true"], { encoding: "utf8", env: io.env });
  return r.stderr ?? "";
}
async function browse(s, trace, batches, opts, io, setLineSink, onClosed) {
  const { TraceStore, runBrowser } = await loadTui();
  const name = s.mode === "command" ? opts.command.join(" ") : `pid ${opts.pids.join(",")}`;
  const store = new TraceStore({ name, files: [s.rawPath], format: trace.format, os: trace.os });
  setLineSink((rec) => store.addLine(rec.line, rec.text, rec.file));
  const loading = store.load(batches, () => trace.stats);
  process.stdout.write("\x1B[?1049h\x1B[H");
  try {
    await runBrowser(store, { stdin: process.stdin, stdout: process.stdout });
  } finally {
    process.stdout.write("\x1B[?1049l");
  }
  onClosed();
  if (s.mode === "attach" && s.child.exitCode === null) {
    s.detachedByUs = true;
    s.child.kill("SIGINT");
  } else if (s.child.exitCode === null) {
    io.err(`tracex: ${basename2(opts.command[0])} is still running; waiting for it to end (Ctrl-C interrupts it)
`);
  }
  await s.ended;
  await loading.catch(() => void 0);
  return trace.stats;
}
async function runDtruss(opts, mode, io) {
  const dtruss = findExecutable("dtruss", io.env.PATH, io.cwd);
  if (!dtruss.found)
    throw new UsageError("dtruss was not found (it ships with macOS as /usr/bin/dtruss)");
  if (mode === "command")
    requireProgram(opts.command[0], io);
  if (mode === "attach" && opts.pids.length > 1)
    throw new UsageError("dtruss attaches to one process: give one -p PID");
  const flags = tracerArgs(DTRUSS_FLAGS, mode);
  const target = mode === "command" ? opts.command : ["-p", String(opts.pids[0])];
  if (opts.dryRun) {
    io.out.write(["dtruss", ...flags, ...target].map(quoteArg).join(" ") + " 2> TRACE_FILE\n");
    await io.out.end();
    return 0;
  }
  if (!io.isRoot)
    throw new UsageError(DTRUSS_ROOT_HINT);
  if (opts.browse)
    throw new UsageError("--browse is not available with dtruss yet: run without it, then tracex browse TRACE_FILE");
  const rawPath = prepareRawFile(opts.output, io.cwd, "dtruss");
  const script = `exec "$0" "$@" 2>${quoteArg(rawPath)}`;
  const stdio = mode === "command" ? "inherit" : ["ignore", "inherit", "inherit"];
  const session = startSession("dtruss", mode, rawPath, "/bin/sh", ["-c", script, dtruss.path, ...flags, ...target], stdio, io);
  const stopSignals = handleSignals(session, io, () => void 0);
  try {
    let problem;
    let sipNoticed = false;
    const trace = await openTraceInputs([{ name: rawPath, stream: session.follower.stream }], { from: "dtruss" });
    const onEvent = (ev) => {
      if (ev.type !== "tracer" && ev.type !== "unparsed" && ev.type !== "output")
        return;
      const text = "message" in ev ? ev.message : ev.text;
      if (!sipNoticed && isSipNotice(text)) {
        sipNoticed = true;
        io.err("tracex: System Integrity Protection is on: some calls will be missing from the trace\n");
      }
      problem ??= diagnoseDtrace(text);
    };
    const started = async () => {
      await session.ended;
      if (session.spawnError)
        throw new UsageError(`could not start dtruss: ${session.spawnError.message}`);
      if (problem && (problem.kind !== "sip" || (trace.stats.records.syscall ?? 0) === 0))
        throw new UsageError(problem.message);
    };
    const stats = await present(opts, io, trace, watched(trace, {}, opts.pids, io.out, onEvent), rawPath, started);
    await io.out.end();
    const result = await session.ended;
    io.err(`tracex: raw trace saved to ${rawPath} (${stats.lines} lines); reopen it with: tracex explain ${quoteArg(rawPath)}
`);
    return session.detachedByUs ? 0 : exitStatus(result.code, result.signal);
  } finally {
    stopSignals();
  }
}
function pidList(value, previous = []) {
  return [...previous, ...value.split(",").map((v) => positiveInt(v.trim()))];
}
function runCommand() {
  const cmd = new Command5("run").description("run a program under the tracer (strace on Linux, dtruss on macOS) and explain what it does as it runs").usage("[options] -- command [args...]").argument("[command...]", "the program to run and its arguments (after --)").option("-p, --pid <pid>", "attach to a running process instead (repeat or comma-separate); Ctrl-C detaches", pidList).option("-o, --output <file>", "write the raw trace here (default: a new temp file, printed at the end)").addOption(new Option5("--format <format>", "text: explained as events complete; markdown/json: a report at the end; ndjson: events as `tracex parse` prints them, then findings").choices(["text", "markdown", "json", "ndjson"]).default("text")).option("--findings", "print only the findings, at the end").option("--browse", "watch it live in the terminal UI (the program's output goes to a file)").option("--failed", "text: only failed calls (findings are always shown)").option("--no-fold", "text: one line per event: do not fold loader/locale/nscd probes and async connects").addOption(new Option5("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto")).addOption(new Option5("--tracer <tracer>", "tracer to use (default: strace on Linux, dtruss on macOS); nanos prints how to capture with ops").choices(["strace", "dtruss", "nanos"])).option("--dry-run", "print the tracer command and why each flag is there; run nothing").passThroughOptions().addHelpText("after", "\nThe exit code is the program's. Options after the command are the command's.\nExample: tracex run -- curl -s localhost:9");
  cmd.action(async (command, raw) => {
    const opts = {
      command,
      pids: raw.pid ?? [],
      format: raw.format,
      findings: raw.findings === true,
      browse: raw.browse === true,
      failed: raw.failed === true,
      fold: raw.fold !== false,
      color: raw.color,
      dryRun: raw.dryRun === true
    };
    if (typeof raw.output === "string")
      opts.output = raw.output;
    if (typeof raw.tracer === "string")
      opts.tracer = raw.tracer;
    const io = {
      out: new Output(),
      err: (t) => process.stderr.write(t),
      env: process.env,
      cwd: process.cwd(),
      platform: process.platform,
      isRoot: process.geteuid?.() === 0,
      stdoutIsTTY: process.stdout.isTTY === true,
      stdinIsTTY: process.stdin.isTTY === true
    };
    process.exitCode = await runTraced(opts, io);
  });
  return cmd;
}

// dist/src/cli/summary.js
import { Command as Command6, Option as Option6 } from "commander";

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
    const pidKey2 = String(ev.pid ?? "");
    let p = this.procs.get(pidKey2);
    if (!p)
      this.procs.set(pidKey2, p = { pid: ev.pid, calls: 0, errors: 0, firstLine: ev.line, lastLine: ev.line });
    p.lastLine = ev.line;
    if (ev.type === "exit") {
      p.exit = ev.signal ? `killed by ${ev.signal}${ev.core ? " (core dumped)" : ""}` : ev.code !== void 0 ? `exit ${String(ev.code)}` : p.exit;
      return;
    }
    if (ev.type !== "syscall")
      return;
    p.calls++;
    let row2 = this.sys.get(ev.syscall);
    if (!row2)
      this.sys.set(ev.syscall, row2 = { syscall: ev.syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 });
    row2.calls++;
    if (ev.duration !== void 0) {
      this.anyTimed = true;
      row2.total += ev.duration;
      row2.timed++;
      if (ev.duration > row2.max)
        row2.max = ev.duration;
    }
    const r = ev.ret;
    const errno = decoded?.errno?.name ?? r?.errno ?? (r?.errnoNumber !== void 0 ? `errno ${String(r.errnoNumber)}` : void 0);
    const isErr = errno !== void 0 && !/^ERESTART/.test(errno);
    if (isErr) {
      row2.errors++;
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
        this.programs.set(pidKey2, prog);
    }
    if (/^(fork|vfork|clone|clone3)$/.test(ev.syscall) && !isErr && (r?.value ?? 0) > 0) {
      const parent = this.programs.get(pidKey2);
      const child = String(r.value);
      const thread = /CLONE_THREAD/.test(ev.args);
      if (parent && !this.programs.has(child)) {
        const m = / \(thread of (\d+)\)$/.exec(parent);
        const base = m ? parent.slice(0, m.index) : parent;
        this.programs.set(child, thread ? `${base} (thread of ${m?.[1] ?? pidKey2})` : base);
      }
    }
    this.followConnect(ev, pidKey2, errno);
    const entry = lookupSyscall(ev.syscall);
    if (entry?.family === "net" && entry.args.includes("addr")) {
      const addr = argViews(ev, decoded, entry).find((a) => a.role === "addr");
      const ep = addr?.endpoint;
      const key2 = ep ? endpointKey(ep) : void 0;
      if (ep && key2) {
        let e = this.eps.get(key2);
        if (!e) {
          if (this.eps.size >= 1e4)
            return;
          this.eps.set(key2, e = { ep, calls: /* @__PURE__ */ new Map(), failures: 0 });
        }
        e.calls.set(ev.syscall, (e.calls.get(ev.syscall) ?? 0) + 1);
        if (isErr && errno !== "EINPROGRESS")
          e.failures++;
        if (/^connect/.test(ev.syscall) && errno === "EINPROGRESS") {
          const fd = /^\s*(\d+)/.exec(ev.args)?.[1];
          if (fd !== void 0 && this.pendingConnects.size < 1e4)
            this.pendingConnects.set(`${pidKey2}:${fd}`, key2);
        }
      }
    }
  }
  /** Counts a non-blocking connect as failed when getsockopt(SO_ERROR) later reads an error. */
  followConnect(ev, pidKey2, errno) {
    if (this.pendingConnects.size === 0)
      return;
    const fd = /^\s*(\d+)/.exec(ev.args)?.[1];
    if (fd === void 0)
      return;
    const k = `${pidKey2}:${fd}`;
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
    let row2 = this.table.get(syscall);
    if (!row2)
      this.table.set(syscall, row2 = { syscall, calls: 0, errors: 0, total: 0, timed: 0, max: 0 });
    row2.calls += calls;
    row2.errors += errors;
    if (seconds !== void 0) {
      this.tableTimed = true;
      row2.total += seconds;
      row2.timed += calls;
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
      endpoints: [...this.eps].map(([key2, e]) => {
        const row2 = { endpoint: key2, calls: [...e.calls].sort((a, b) => b[1] - a[1]), failures: e.failures };
        const name = this.namer?.(e.ep)?.service;
        if (name)
          row2.service = name;
        return row2;
      })
    };
  }
};
function secs(n) {
  return n.toFixed(6);
}
function table(header, rows, right) {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt2 = (r) => r.map((c, i) => right[i] ? c.padStart(w[i]) : c.padEnd(w[i])).join("  ").trimEnd();
  return [fmt2(header), w.map((n) => "-".repeat(n)).join("  "), ...rows.map(fmt2)];
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
  const filter = { failed: false, pids: opts.pids, syscalls: [], fds: [] };
  for await (const batch of trace.batches) {
    for (const ev of batch) {
      if (!eventPasses(ev, filter))
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
function summaryCommand() {
  const cmd = new Command6("summary").description("strace -c style tables: per syscall calls/errors/time, per process, per errno, socket endpoints touched").argument("[files...]", "trace files, a directory of `strace -ff` files, or - for stdin (default)").addOption(new Option6("--format <format>", "text tables or JSON").choices(["text", "json"]).default("text")).option("-p, --pid <pid>", "only these processes (repeat or comma-separate)", collect).addOption(new Option6("--color <when>", "colour the text output").choices(["auto", "always", "never"]).default("auto"));
  addInputOptions(cmd);
  cmd.action(async (files, raw) => {
    requireInput(files);
    const opts = summaryOptions(raw, { isTTY: process.stdout.isTTY === true, env: process.env });
    process.exitCode = await runSummary(files, opts, new Output());
  });
  return cmd;
}

// dist/src/cli/program.js
var VERSION = "0.1.0";
function buildProgram() {
  const program = new Command7("tracex").description("Make syscall traces readable: strace (Linux), dtruss (macOS) and Nanos traces decoded, followed and explained.").version(VERSION).showHelpAfterError().addHelpText("after", "\nExit codes: 0 success, 1 findings of severity error with --fail-on error, 2 usage or input error.");
  program.addCommand(explainCommand(), { isDefault: true });
  program.addCommand(annotateCommand());
  program.addCommand(summaryCommand());
  program.addCommand(parseCommand());
  program.addCommand(decodeCommand());
  program.addCommand(browseCommand());
  addInteractiveOption(program);
  program.enablePositionalOptions().addCommand(runCommand());
  return program;
}

// dist/src/cli/main.js
function fail(message) {
  process.stderr.write(`tracex: ${message}
`);
  process.exitCode = 2;
}
async function main(argv) {
  const program = buildProgram();
  const override = (c) => {
    c.exitOverride();
    c.commands.forEach(override);
  };
  override(program);
  try {
    await program.parseAsync(argv);
  } catch (err2) {
    if (err2 instanceof CommanderError) {
      process.exitCode = err2.exitCode === 0 ? 0 : 2;
    } else if (err2 instanceof FormatError) {
      fail(`${err2.message}
(to read it anyway as one format, give --from strace, --from dtruss or --from nanos)`);
    } else if (err2 instanceof InputError || err2 instanceof UsageError) {
      fail(err2.message);
    } else if (err2.code === "EPIPE") {
      process.exitCode = 0;
    } else {
      const e = err2;
      if (e.code === "ENOENT" || e.code === "EACCES" || e.code === "EISDIR")
        fail(`${e.path ?? ""}: ${e.message}`);
      else
        throw err2;
    }
  }
}
process.stdout.on("error", (err2) => {
  if (err2.code !== "EPIPE")
    throw err2;
});
await main(process.argv);
