import type { Fen } from './types.js';

/**
 * The bid grid of an English auction: valid amounts are `start + k * increment` for whole k ≥ 0
 * (起拍价 plus a whole number of 加价幅度). Preconditions: `start ≥ 0`, `increment > 0`.
 */
function assertGrid(startFen: Fen, incrementFen: Fen): void {
  if (incrementFen <= 0n) throw new RangeError(`increment must be positive, got ${incrementFen} fen`);
  if (startFen < 0n) throw new RangeError(`start price must not be negative, got ${startFen} fen`);
}

/** True when `amount = start + k * increment` for some whole k ≥ 0. */
export function isOnGrid(startFen: Fen, incrementFen: Fen, amountFen: Fen): boolean {
  assertGrid(startFen, incrementFen);
  return amountFen >= startFen && (amountFen - startFen) % incrementFen === 0n;
}

/** The smallest grid amount that is ≥ `amount` (the amount itself when already on the grid). */
export function ceilToGrid(startFen: Fen, incrementFen: Fen, amountFen: Fen): Fen {
  assertGrid(startFen, incrementFen);
  if (amountFen <= startFen) return startFen;
  const steps = (amountFen - startFen + incrementFen - 1n) / incrementFen;
  return startFen + steps * incrementFen;
}

/**
 * The lowest bid that can be accepted next: the start price when there is no bid yet, otherwise
 * the current price plus one increment (rounded up to the grid should `current` be off it).
 */
export function nextValidBid(startFen: Fen, incrementFen: Fen, currentFen: Fen | null): Fen {
  if (currentFen === null) return ceilToGrid(startFen, incrementFen, startFen);
  return ceilToGrid(startFen, incrementFen, currentFen + incrementFen);
}
