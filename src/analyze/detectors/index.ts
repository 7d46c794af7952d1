// The detectors that run by default, in one list. Add a detector here to enable it.

import type { Detector } from '../types.js';
import { bindFailed } from './bind.js';
import { connectFailed } from './connect.js';
import { crashFound } from './crash.js';
import { createFailed } from './create.js';
import { dnsLookupFailed } from './dns.js';
import { execFailure } from './exec.js';
import { fdLimit } from './fdlimit.js';
import { httpError } from './http.js';
import { missingLibrary } from './library.js';
import { missingFile } from './paths.js';
import { privilegeDenied } from './privileged.js';
import { brokenPipe } from './pipe.js';
import { processEnd } from './process.js';
import { connectionReset } from './reset.js';
import { socketSharing } from './sharing.js';
import { blockedAtEnd, slowCall } from './timing.js';
import { tracerFailed } from './tracer.js';
import { unparsedLines } from './unparsed.js';
import { writeFailed } from './write.js';

export const DETECTORS: readonly Detector[] = [
  connectFailed,
  dnsLookupFailed,
  httpError,
  bindFailed,
  missingFile,
  execFailure,
  missingLibrary,
  createFailed,
  privilegeDenied,
  brokenPipe,
  connectionReset,
  writeFailed,
  fdLimit,
  processEnd,
  crashFound,
  blockedAtEnd,
  slowCall,
  socketSharing,
  unparsedLines,
  tracerFailed,
];
