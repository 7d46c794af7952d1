// Decoding the one event the detail pane shows. Analysis decodes every call as it goes
// but the browser keeps no decoded trees (memory); the pane decodes again, told the
// socket family analysis saw for the call's fd (dtruss prints sockaddrs as pointers).

import { decodeCall } from '../decode/index.js';
import type { DecodedCall, OsName, SyscallEvent } from '../model/index.js';

export function decodeShown(ev: SyscallEvent, os: OsName, socketFamily?: string): DecodedCall | undefined {
  try {
    return decodeCall(ev, os, socketFamily ? { socketFamily: () => socketFamily } : {});
  } catch {
    return undefined; // unknown is never an error: the raw text is shown
  }
}
