// The analyzer's state, in one import: the Tracker, the shapes it keeps, the call-name
// sets the detectors share, and the async-connect outcome the summary uses on its own.

export { Tracker } from './tracker.js';
export { Connects, completedOk, startsAttempt, type ConnectAttempt, type ConnectSite, type ConnectStore } from './connects.js';
export { ACCEPT_CALLS, OPEN_CALLS, READ_CALLS, WRITE_CALLS } from './calls.js';
export { MAX_KEPT_PROCS, MAX_KEPT_SOCKETS, type FdTable, type Proc, type SocketUse, type SockState, type Touch } from './types.js';
export { stderrReason, type StderrReason } from './stderr.js';
