export * from './markets.module.js';
export * from './markets/market.entity.js';
export * from './markets/market.model.js';
export * from './markets/markets.service.js';
export * from './scope/market-scope.js';
export * from './operators/operator-reach.js';
