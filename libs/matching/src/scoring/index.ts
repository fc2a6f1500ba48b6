/** The matching scorer: pure functions, no framework, no database (see README.md beside this file). */
export * from './types.js';
export * from './terms.js';
export * from './bm25.js';
export * from './query.js';
export * from './text-score.js';
export * from './documents.js';
export * from './labels.js';
export * from './signals.js';
export * from './match-score.js';
export * from './match-need.js';
export { MemoryIndex } from './memory-index.js';
