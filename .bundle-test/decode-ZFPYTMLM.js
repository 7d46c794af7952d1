import {
  NAME_PREFIX,
  TABLE_NAMES,
  constantText,
  decodeNumber,
  describeEndpoint,
  hexOf,
  lookupConstant,
  namesOf,
  parseHexBytes,
  parseNumber,
  sockaddrFromBytes,
  sockoptTable
} from "./chunk-MB4JWYU3.js";
import {
  UsageError
} from "./chunk-5AZDCCI3.js";
import "./chunk-YCOLI2KN.js";

// dist/src/decode/lookup.js
var OSES = ["linux", "darwin"];
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
  const oses = os ? [os] : OSES;
  if (values.length === 0)
    return err(`decode ${what}: give a value to look up`);
  if (w === "sockaddr")
    return lookupSockaddr(values, os ?? "linux");
  if (w === "sockopt")
    return lookupSockopt(values, oses);
  const table = ALIASES[w] ?? TABLE_NAMES.find((t) => t === w);
  if (!table)
    return err(`decode: unknown kind '${what}' (try errno, af, sockopt, sockaddr, signal, socktype, ipproto, fcntl, open-flags, msg-flags, poll-events, syscall)`);
  const rows = [];
  for (const value of values) {
    const r = lookupOne(table, value, oses);
    if (typeof r === "string")
      return err(r);
    rows.push(...r);
  }
  return { ok: true, result: { what: table, input: [...values], rows } };
}
function findName(os, table, text) {
  const tries = [text, text.toUpperCase()];
  const p = NAME_PREFIX[table];
  if (p && !text.toUpperCase().startsWith(p))
    tries.push(p + text.toUpperCase());
  if (table === "syscall")
    tries.splice(1);
  for (const t of tries) {
    const n = lookupConstant(os, table, t);
    if (n?.name)
      return n;
  }
  return void 0;
}
function lookupOne(table, text, oses) {
  const n = parseNumber(text);
  const rows = [];
  if (n === void 0) {
    for (const os of oses) {
      const hit = findName(os, table, text);
      if (hit)
        rows.push(row(os, table, hit));
    }
    if (rows.length === 0)
      return `'${text}' is not a known ${table} name on ${oses.join(" or ")}`;
    return rows;
  }
  for (const os of oses) {
    const parts = decodeNumber(os, table, n);
    if (parts.every((p) => p.name === void 0))
      continue;
    if (parts.length === 1 && parts[0].value === n)
      rows.push(row(os, table, parts[0]));
    else
      rows.push({ os, table, value: n, parts, text: parts.map((p) => constantText(p, table)).join("|") });
  }
  if (rows.length === 0)
    return `${text} has no ${table} name on ${oses.join(" or ")}`;
  return rows;
}
function row(os, table, n) {
  const r = { os, table, value: n.value, text: constantText(n, table) };
  if (n.name) {
    r.name = n.name;
    const aliases = namesOf(os, table, n.value).filter((x) => x !== n.name);
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
    const table = sockoptTable(os, level.value);
    if (!table)
      continue;
    const on = parseNumber(nv);
    const opt = on === void 0 ? findName(os, table, nv) : lookupConstant(os, table, on);
    if (!opt?.name)
      continue;
    rows.push({ os, table, level, value: opt.value, name: opt.name, text: `${level.name} (${fmt(level.value)}) / ${opt.name} (${fmt(opt.value)})` });
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
function decodeAction(what, values, raw) {
  const opts = { json: raw.json === true };
  if (raw.os)
    opts.os = raw.os;
  process.stdout.write(runDecode(what, values, opts));
}
export {
  decodeAction,
  runDecode
};
