// Paths a program looks for and is expected not to find, and the story the narrative tells
// them in. One table for both questions: the analyzer asks "is this failed lookup an expected
// probe, and of what group?" (probeKind); the folder asks "which routine sequence does this
// path belong to?" (probeStory). The first matching row answers both.

/** The routine sequences the folder tells as one story. */
export type ProbeStory = 'loader' | 'locale' | 'nscd';

/** A pattern of paths, its group (the label findings print) and, when it has one, its story. */
export type ProbeRow = readonly [pattern: RegExp, label: string, story?: ProbeStory];

const LOADER = 'dynamic loader library search';

export const EXPECTED_PROBES: readonly ProbeRow[] = [
  // ld.so reads the preload file and its cache before searching for libraries.
  [/^\/etc\/ld\.so\.preload$/, 'dynamic loader preload file', 'loader'],
  [/^\/etc\/ld\.so\.cache$/, 'dynamic loader cache', 'loader'],
  // Before the library rows: gconv modules are shared objects, but iconv loads them for a
  // character set, as part of the locale.
  [/\/locale\/|\/locale-archive$|\/gconv\/|\/LC_[A-Z]+|\.mo$/, 'locale and message catalogue lookup', 'locale'],
  // glibc's hardware-capability subdirectories (glibc-hwcaps since 2.33; tls/haswell/x86_64 before).
  [/\/(glibc-hwcaps|tls|haswell|x86_64|avx512_1|i686|sse2)\//, LOADER, 'loader'],
  [/\.so(\.[0-9]+)*$/, LOADER, 'loader'],
  [/\.dylib$/, LOADER, 'loader'],
  // dyld itself and its shared cache (macOS).
  [/\/dyld/, LOADER, 'loader'],
  // A framework's other files (Info.plist, resources) are read by the program, not the loader.
  [/\.framework\//, LOADER],
  // A name directly under a lib directory: a library looked for by a bare name.
  [/^\/(usr\/)?lib(32|64|x32)?\/[^/]*$/, LOADER],
  [/^\/(var\/)?run\/nscd\//, 'nscd probe', 'nscd'],
  [/\/(site|dist)-packages\/|\/__pycache__\/|\/lib\/python[0-9.]+\/|\/pyvenv\.cfg$|\/pybuilddir\.txt$|\._pth$|\/python[0-9.]*\.zip$|\/lib-dynload\//, 'Python module search'],
  [/\/node_modules\/|\/package\.json$|\.node$/, 'Node.js module search'],
  [/\/(gems|rubygems)\/|\.rb$|\.bundle$/, 'Ruby library search'],
  [/\/terminfo\//, 'terminfo lookup'],
  [/^\/etc\/(localtime|timezone)$|\/zoneinfo\//, 'time zone lookup'],
  [/\/\.[^/]*rc$|\/\.pgpass$|\/\.netrc$|\/\.config\/|\/\.local\/|\/\.cache\/|\/\.inputrc$|\/\.terminfo$/, 'optional user configuration'],
  [/^\/etc\/(gai\.conf|host\.conf|ld\.so\.conf\.d\/.*|suid-debug|nsswitch\.conf|svc\.conf|netsvc\.conf)$|^\/etc\/default\/[^/]+$|^\/var\/ld\/ld\.config$/, 'optional system configuration'],
  [/\/\.\.namedfork\/|\/Info\.plist$|\.lproj\//, 'macOS bundle and resource lookup'],
  // nss-systemd and PAM look for JSON user records in these directories (systemd.io/USER_RECORD),
  // /run/host/ being where a container manager exposes the host's.
  [/^\/(etc|run|run\/host|usr\/local\/lib|usr\/lib|lib)\/userdb(\/|$)|^\/run\/systemd\/userdb(\/|$)|^\/run\/host$/, 'systemd user database lookup'],
  // Redis loads its snapshot / append-only file at start-up; the first start of a server has none
  // and begins with an empty dataset (redis.io persistence docs).
  [/\/dump\.rdb$|\/appendonly\.aof$|\/appendonlydir(\/|$)/, 'Redis data file (absent on a first start)'],
  // PostgreSQL's start-up checks in its data directory (relative to it, or absolute): signal
  // files it clears or looks for (promote, logrotate, recovery/standby), the log-file list it
  // rewrites, the relation cache and statistics files it rebuilds when absent, timeline
  // history files of a WAL archive, and the pid file pg_ctl reads to see whether a server
  // already runs (PostgreSQL docs: "Database File Layout", "pg_ctl", "Log-Shipping Standby").
  [
    /(^|\/)(promote|logrotate|current_logfiles|recovery\.(done|signal|conf)|standby\.signal|backup_label|tablespace_map|pg_internal\.init|pgstat\.stat|postmaster\.(pid|opts))$|(^|\/)pg_(wal|xlog)\/[0-9A-F]{8}\.history$|(^|\/)(pg_stat|pg_stat_tmp|base\/pgsql_tmp)(\/|$)/,
    'PostgreSQL start-up check',
  ],
  [/^\/(sys|proc)\//, 'kernel interface probe'],
  [/^\/(usr\/)?(local\/)?s?bin\/[^/]+$/, 'executable search in PATH'],
];

function rowOf(path: string, rows: readonly ProbeRow[] = EXPECTED_PROBES): ProbeRow | undefined {
  for (const row of rows) if (row[0].test(path)) return row;
  return undefined;
}

/**
 * The rows up to the last one with a story: a path no earlier row matches has no story, so
 * probeStory (asked for every path of a trace) stops there instead of trying every pattern.
 */
const STORY_ROWS = EXPECTED_PROBES.slice(0, EXPECTED_PROBES.findLastIndex((r) => r[2] !== undefined) + 1);

/** The probe group a failed lookup of `path` belongs to, or undefined when it may matter. */
export function probeKind(path: string): string | undefined {
  return rowOf(path)?.[1];
}

/**
 * What a search looks for, from the last component of one path it tried. GNU ld looks for
 * `-lNAME` as libNAME.so, then libNAME.a, in each directory of its search path (ld(1), `-l`), and
 * as NAME.a when it explains a failure: all of them are one search for NAME.
 */
export function searchedName(base: string): string {
  const ext = base.endsWith('.so') ? 3 : base.endsWith('.a') ? 2 : 0;
  if (ext === 0 || base.length <= ext) return base;
  const stem = base.slice(0, -ext);
  return stem.startsWith('lib') && stem.length > 3 ? stem.slice(3) : stem;
}

/** The routine story a lookup of `path` is part of (loader, locale, nscd), if any. */
export function probeStory(path: string): ProbeStory | undefined {
  return rowOf(path, STORY_ROWS)?.[2];
}
