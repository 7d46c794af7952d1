// What tracex knows about a program that could not start, as data. Sources: execve(2)
// (ENOENT also for a missing #! or ELF interpreter, ENOEXEC), ld.so(8) (library search
// order, hwcaps subdirectories), glibc elf/dl-load.c and musl ldso/dynlink.c (the loader's
// message), POSIX Shell Command Language §2.8.2 (127 / 126).

/** A file name the dynamic loader looks for: `libssl.so.3`, `libh5greet.so`. */
export const SHARED_LIBRARY_NAME = /^[^/]+\.so(\.[0-9]+)*$/;

/** The status ld.so (glibc and musl) exits with when a needed library cannot be loaded. */
export const LOADER_EXIT_STATUS = 127;

/**
 * What the loader writes to stderr when a needed library is missing; group 1 is the
 * library. glibc: `PROG: error while loading shared libraries: libX.so.1: cannot open
 * shared object file: No such file or directory`; musl: `Error loading shared library
 * libX.so.1: No such file or directory (needed by PROG)`.
 */
export const LOADER_MESSAGES: readonly RegExp[] = [
  // strace's default -s 32 cuts the first piece of glibc's writev: `error while loading shared libra`.
  // One word after `shared` (`libraries`, or what -s left of it): `[a-z ]*` rescanned each repeat of the phrase.
  /error while loading shared(?: [a-z]*)?: ([^:\s]+):/,
  /Error loading shared library ([^:\s]+):/,
];

/**
 * Subdirectories ld.so tries under each search directory before the directory itself
 * (glibc-hwcaps/x86-64-v3 since glibc 2.33; tls, haswell, x86_64 before): stripped to name
 * the directories a search covered.
 */
export const LOADER_SUBDIRS = /\/(glibc-hwcaps\/[^/]+|tls|haswell|x86_64|avx512_1|i686|sse2|aarch64|atomics)$/;

/** What the first bytes of a file say it is: how the kernel would (not) run it. */
export type FileKind = 'script' | 'elf' | 'binary' | 'text';

/** The kind of file whose first bytes are `head` (as read, latin1 bytes). */
export function fileKind(head: string): FileKind {
  if (head.startsWith('#!')) return 'script';
  if (head.startsWith('\x7fELF')) return 'elf';
  // Binary data: NUL or control bytes, or bytes that are not UTF-8 text (the test sh and
  // bash make before running an unknown file as a script). The last bytes may be a cut character.
  const sample = head.slice(0, 80);
  if (/[\0-\x08\x0e-\x1f\x7f]/.test(sample)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(sample.slice(0, -3), 'latin1'));
  } catch {
    return 'binary';
  }
  return 'text';
}

/**
 * The interpreter a `#!` line names, as the user would look for it: the program `env`
 * is asked to find (`#!/usr/bin/env python3` → `python3`), else the path.
 */
export function shebangInterpreter(head: string): string | undefined {
  const m = /^#!\s*(\S+)(?:[ \t]+([^\s]+))?/.exec(head);
  if (!m) return undefined;
  if (/\/env$/.test(m[1]!) && m[2] !== undefined && !m[2].startsWith('-')) return m[2];
  return m[1];
}

/** Why an execve failed with ENOEXEC, by what the file turned out to be. */
export const ENOEXEC_REASONS: Record<FileKind | 'unknown', string> = {
  elf: 'it is an ELF binary the kernel cannot run on this machine: built for another architecture (or its header is corrupt)',
  binary: 'it holds binary data that is neither an ELF program nor a script with a #! line: a corrupt, truncated or wrong file',
  text: 'it is a text file without a #! line, so the kernel does not know which interpreter runs it',
  script: 'its #! line is malformed (too long, or naming no interpreter)',
  unknown: 'it is not a program the kernel can run: no #! line, a binary for another architecture, or a corrupt file',
};

/**
 * Why an execve failed, for the errnos other than ENOENT, ENOEXEC (told above, from the file)
 * and EACCES (a permission finding). Source: execve(2) of the Linux man-pages and XNU's
 * execve(2); wording ours.
 */
export const EXEC_ERRNO_REASONS: Readonly<Record<string, { why: string; hint: string }>> = {
  E2BIG: {
    why: 'the arguments and environment together are larger than the kernel allows for a new program (ARG_MAX; a glob or $(…) expanding to a huge list)',
    hint: 'Pass the list another way: `xargs`, `find -exec … +`, a file the program reads, or a smaller environment (`getconf ARG_MAX`).',
  },
  ETXTBSY: {
    why: 'the file is open for writing by some process (a build or a copy still writing it)',
    hint: 'Wait for the writer to close the file (or close it in the parent before the exec) and run it again.',
  },
  ENOMEM: { why: 'the kernel had not enough memory to set up the new program', hint: 'Check memory limits (`ulimit -v`, cgroup limits) and free memory.' },
  ELOOP: { why: 'its path, or its #! interpreter, goes through too many symbolic links (a loop), or interpreters nest too deep', hint: 'Look at the links on the path (`namei -l PATH`).' },
  ENAMETOOLONG: { why: 'its path, or a component of it, is longer than the system allows', hint: 'Use a shorter path (a symlink, or run it from its directory).' },
  ELIBBAD: { why: 'its program loader (ELF interpreter) is not in a format the kernel recognises', hint: 'Check the loader the binary names (`readelf -l FILE`); reinstall it or the binary.' },
  EISDIR: { why: 'its program loader (ELF interpreter) is a directory', hint: 'Check the loader the binary names (`readelf -l FILE`).' },
  EINVAL: { why: 'the binary names more than one program loader, or is otherwise malformed', hint: 'Rebuild or reinstall the binary.' },
  EBADARCH: { why: 'it is built for another CPU architecture (macOS)', hint: 'Use a build for this Mac (`file PATH`, `lipo -info PATH`), or Rosetta for x86_64.' },
};
