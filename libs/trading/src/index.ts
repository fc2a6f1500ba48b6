export * from './rules/index.js';
export * from './trading.module.js';
export * from './clock/trading.queue.js';
