// Syscall rows: Files and paths.
// One row per call, read by decode (argument kinds and tables) and explain (roles and sentences);
// see row.ts for the shape. Sources: the Linux man-pages (section 2), the x86_64 syscall table and
// XNU's bsd/kern/syscalls.master for the decoder's parameters; the sentences are ours.

import { row, type Row } from './row.js';

export const FILES: Record<string, Row> = {
  // --- files and paths
  open: row({ on: 'both', ret: 'fd' }, 'file', 'path(pathname):path oflags(flags):open-flags mode:mode', 'open {path}{oflags}', 'Opened {path}{oflags}', ' as {retfd}', undefined, 'open'),
  openat: row({ on: 'both', ret: 'fd' }, 'file', 'dirfd:dirfd path(pathname):path oflags(flags):open-flags mode:mode', 'open {path}{oflags}', 'Opened {path}{oflags}', ' as {retfd}', undefined, 'open'),
  openat2: row({ on: 'linux', ret: 'fd' }, 'file', 'dirfd:dirfd path(pathname):path how:pointer size:size', 'open {path}', 'Opened {path}', ' as {retfd}', undefined, 'open'),
  creat: row({ on: 'both', ret: 'fd' }, 'file', 'path(pathname):path mode:mode', 'create {path}', 'Created {path}', ' as {retfd}', undefined, 'open'),
  shm_open: row({ on: 'darwin', ret: 'fd' }, 'ipc', 'path(name):path oflags(oflag):open-flags mode:mode', 'open the shared memory object {path}', 'Opened the shared memory object {path}', ' as {retfd}', undefined, 'open'),
  memfd_create: row({ on: 'linux', ret: 'fd' }, 'memory', 'name:path flags:flags', 'create an anonymous memory file {name}', 'Created an anonymous memory file {name}', ' as {retfd}'),
  access: row({ on: 'both' }, 'file', 'path(pathname):path mode:int', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'),
  faccessat: row({ on: 'both', darwin: 'dirfd:dirfd pathname:path mode:int flags:flags:at-flags' }, 'file', 'dirfd:dirfd path(pathname):path mode:int', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'),
  faccessat2: row({ on: 'linux' }, 'file', 'dirfd:dirfd path(pathname):path mode:int flags:flags:at-flags', 'check access to {path}', 'Checked access to {path}: allowed', '', undefined, 'stat'),
  stat: row({ on: 'both' }, 'file', 'path(pathname):path statbuf:pointer', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'),
  lstat: row({ on: 'both' }, 'file', 'path(pathname):path statbuf:pointer', 'read the metadata of the link {path}', 'Read the metadata of the link {path}', '', undefined, 'stat'),
  newfstatat: row({ on: 'linux' }, 'file', 'dirfd:dirfd path(pathname):path statbuf:pointer flags:flags:at-flags', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'),
  statx: row({ on: 'linux' }, 'file', 'dirfd:dirfd path(pathname):path flags:flags:at-flags mask:flags statbuf(statxbuf):pointer', 'read the metadata of {path}', 'Read the metadata of {path}', '', undefined, 'stat'),
  fstat: row({ on: 'both' }, 'desc', 'fd:fd statbuf:pointer', 'read the metadata of {fd}', 'Read the metadata of {fd}', '', undefined, 'stat'),
  fstatfs: row(undefined, 'desc', 'fd buf', 'read file-system information for {fd}', 'Read file-system information for {fd}'),
  statfs: row(undefined, 'file', 'path buf', 'read file-system information for {path}', 'Read file-system information for {path}', '', undefined, 'stat'),
  readlink: row({ on: 'both' }, 'file', 'path(pathname):path buf:buffer size(bufsiz):size', 'read the symbolic link {path}', 'Read the symbolic link {path}', ' ({ret} bytes)', undefined, 'stat'),
  readlinkat: row({ on: 'both' }, 'file', 'dirfd:dirfd path(pathname):path buf:buffer size(bufsiz):size', 'read the symbolic link {path}', 'Read the symbolic link {path}', ' ({ret} bytes)', undefined, 'stat'),
  getcwd: row(undefined, 'file', 'buf size', 'read the current directory', 'Read the current directory', ''),
  chdir: row({ on: 'both' }, 'file', 'path(pathname):path', 'change the current directory to {path}', 'Changed the current directory to {path}', '', undefined, 'stat'),
  fchdir: row({ on: 'both' }, 'desc', 'fd:fd', 'change the current directory to {fd}', 'Changed the current directory to {fd}'),
  mkdir: row({ on: 'both' }, 'file', 'path(pathname):path mode:mode', 'create the directory {path}', 'Created the directory {path}', '', undefined, 'create'),
  mkdirat: row({ on: 'both' }, 'file', 'dirfd:dirfd path(pathname):path mode:mode', 'create the directory {path}', 'Created the directory {path}', '', undefined, 'create'),
  rmdir: row({ on: 'both' }, 'file', 'path(pathname):path', 'remove the directory {path}', 'Removed the directory {path}', '', undefined, 'unlink'),
  unlink: row({ on: 'both' }, 'file', 'path(pathname):path', 'delete {path}', 'Deleted {path}', '', undefined, 'unlink'),
  unlinkat: row({ on: 'both' }, 'file', 'dirfd:dirfd path(pathname):path flags:flags:at-flags', 'delete {path}', 'Deleted {path}', '', undefined, 'unlink'),
  rename: row({ on: 'both' }, 'file', 'path(oldpath):path path2(newpath):path', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'),
  renameat: row({ on: 'both' }, 'file', 'dirfd(olddirfd):dirfd path(oldpath):path dirfd2(newdirfd):dirfd path2(newpath):path', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'),
  renameat2: row({ on: 'linux' }, 'file', 'dirfd(olddirfd):dirfd path(oldpath):path dirfd2(newdirfd):dirfd path2(newpath):path flags:flags', 'rename {path} to {path2}', 'Renamed {path} to {path2}', '', undefined, 'create'),
  link: row({ on: 'both' }, 'file', 'path(oldpath):path path2(newpath):path', 'link {path2} to {path}', 'Linked {path2} to {path}', '', undefined, 'create'),
  symlink: row({ on: 'both' }, 'file', 'target:path path(linkpath):path', 'create the symbolic link {path} → {target}', 'Created the symbolic link {path} → {target}', '', undefined, 'create'),
  chmod: row({ on: 'both' }, 'file', 'path(pathname):path mode:mode', 'change the permissions of {path} to {mode}', 'Changed the permissions of {path} to {mode}', '', undefined, 'stat'),
  fchmod: row({ on: 'both' }, 'desc', 'fd:fd mode:mode', 'change the permissions of {fd} to {mode}', 'Changed the permissions of {fd} to {mode}'),
  chown: row({ on: 'both' }, 'file', 'path(pathname):path uid(owner):int gid(group):int', 'change the owner of {path}', 'Changed the owner of {path}', '', undefined, 'stat'),
  fchown: row({ on: 'both' }, 'desc', 'fd:fd uid(owner):int gid(group):int', 'change the owner of {fd}', 'Changed the owner of {fd}'),
  truncate: row({ on: 'both' }, 'file', 'path(pathname):path length:size', 'truncate {path} to {length} bytes', 'Truncated {path} to {length} bytes', '', undefined, 'stat'),
  ftruncate: row({ on: 'both' }, 'desc', 'fd:fd length:size', 'set the size of {fd} to {length} bytes', 'Set the size of {fd} to {length} bytes'),
  getdents64: row({ on: 'linux' }, 'desc', 'fd:fd buf(dirp):pointer count:size', 'list the directory {fd}', 'Listed entries of the directory {fd}', ' ({ret} bytes)', 'Reached the end of the directory {fd}'),
  getdents: row({ on: 'linux' }, 'desc', 'fd:fd buf(dirp):pointer count:size', 'list the directory {fd}', 'Listed entries of the directory {fd}', ' ({ret} bytes)', 'Reached the end of the directory {fd}'),
  inotify_init1: row({ on: 'linux', ret: 'fd' }, 'file', 'flags:open-flags', 'create an inotify instance', 'Created an inotify instance (file-change watcher)', ' as {retfd}'),
  inotify_add_watch: row(undefined, 'file', 'fd path mask', 'watch {path} for changes', 'Watched {path} for changes', ' (watch {ret})', undefined, 'stat'),
};
