// Pure trading rules: no framework, no IO, no clock. Money in fen (bigint), time in epoch ms.
export * from './types.js';
export * from './china-time.js';
export * from './increment-grid.js';
export * from './deposit.js';
export * from './auction-terms.js';
export * from './auction-bid.js';
export * from './auction-outcome.js';
export * from './listing-outcome.js';
export * from './negotiation.js';
export * from './public-notice.js';
export * from './subsidy.js';
export * from './contract-number.js';
export * from './contract-lifecycle.js';
export * from './canonical-json.js';
export * from './evidence-chain.js';
export * from './reasons.js';
export * from './trade-notices.js';
