// The detectors that run by default, in one list. Add a detector here to enable it.

import type { Detector } from '../types.js';
import { bindFailed } from './bind.js';
import { connectFailed } from './connect.js';
import { createFailed } from './create.js';
import { dnsLookupFailed } from './dns.js';
import { fdLimit } from './fdlimit.js';
import { httpError } from './http.js';
import { missingFile } from './paths.js';
import { privilegeDenied } from './privileged.js';
import { brokenPipe } from './pipe.js';
import { processEnd } from './process.js';
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
  createFailed,
  privilegeDenied,
  brokenPipe,
  writeFailed,
  fdLimit,
  processEnd,
  blockedAtEnd,
  slowCall,
  socketSharing,
  unparsedLines,
  tracerFailed,
];
