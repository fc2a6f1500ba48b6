export * from './matching.module.js';
export * from './matching-worker.module.js';
export * from './queue/matching.queue.js';
export * from './matches/match.enums.js';
export * from './matches/match.entity.js';
export * from './dockings/docking.entity.js';
