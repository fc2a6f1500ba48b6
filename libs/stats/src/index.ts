export * from './stats.module.js';
export * from './stats-aggregates.entity.js';
