// Every syscall row, in the order the catalogue lists them. Adding a call means adding its row
// to the file of its kind; the decoder (signatures.ts) and explain (syscalls.ts) both read it.

import { DARWIN } from './darwin.js';
import { DECODE_ONLY } from './decode-only.js';
import { FDS, WAITING } from './fds.js';
import { FILES } from './files.js';
import { LINUX_MORE } from './linux-more.js';
import { LINUX_SYSTEM } from './linux-system.js';
import { NET } from './net.js';
import { PROCESSES } from './processes.js';
import type { Row } from './row.js';

export const ROWS: Readonly<Record<string, Row>> = {
  ...FILES,
  ...FDS,
  ...NET,
  ...WAITING,
  ...PROCESSES,
  ...DARWIN,
  ...LINUX_MORE,
  ...LINUX_SYSTEM,
  ...DECODE_ONLY,
};
