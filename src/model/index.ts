// The types every stage shares. Types only: no code lives in model/.
export type * from './record.js';
export type * from './event.js';
export type * from './args.js';
export type * from './decoded.js';
export type * from './report.js';
