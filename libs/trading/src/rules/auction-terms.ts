import { resolveDepositFen } from './deposit.js';
import { refuse, type EpochMs, type Fen, type Refused } from './types.js';

/** 延时周期 default: 300 seconds. */
export const DEFAULT_EXTENSION_SECONDS = 300;

/** Bounds of what a seller may enter: an extension of at most an hour, an auction of at most 30 days. */
export const TERM_LIMITS = { extensionSeconds: 3600, durationSeconds: 30 * 86_400 } as const;

/** Auction terms as a seller enters them (`AuctionTermsInput`, amounts already in fen). */
export interface AuctionTermsDraft {
  readonly startPriceFen: Fen;
  readonly incrementFen: Fen;
  readonly reservePriceFen?: Fen | null;
  readonly depositFen?: Fen | null;
  /** The auction's (or, for a LISTING, the listing period's) start and end. */
  readonly startsAtMs: EpochMs;
  readonly endsAtMs: EpochMs;
  readonly extensionSeconds?: number | null;
  /** Length of the auction a LISTING turns into; required for a LISTING, ignored for an AUCTION. */
  readonly durationSeconds?: number | null;
}

/** Terms with defaults filled in: the deposit (10% rounded up) and the extension (300 s). */
export interface AuctionTerms {
  readonly startPriceFen: Fen;
  readonly incrementFen: Fen;
  readonly reservePriceFen: Fen | null;
  readonly depositFen: Fen;
  readonly startsAtMs: EpochMs;
  readonly endsAtMs: EpochMs;
  readonly extensionSeconds: number;
  readonly durationSeconds: number | null;
}

export type AuctionTermsRefusal =
  | 'INVALID_START_PRICE' // start price must be > 0
  | 'INVALID_INCREMENT' // increment must be > 0
  | 'INVALID_DEPOSIT' // deposit must be ≥ 0
  | 'INVALID_TIME_RANGE' // end must be after start
  | 'INVALID_EXTENSION' // extension must be a whole number of seconds, 0 to TERM_LIMITS.extensionSeconds
  | 'DURATION_REQUIRED' // a LISTING needs a whole, positive durationSeconds
  | 'DURATION_TOO_LONG'; // at most TERM_LIMITS.durationSeconds

export type AuctionTermsCheck = ({ readonly ok: true } & AuctionTerms) | Refused<AuctionTermsRefusal>;

const isWholeSeconds = (n: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  Number.isSafeInteger(n) && n >= min && n <= max;

/** Checks the terms of an AUCTION, or the auction terms a LISTING must carry, and fills defaults. */
export function checkAuctionTerms(draft: AuctionTermsDraft, mode: 'AUCTION' | 'LISTING'): AuctionTermsCheck {
  if (draft.startPriceFen <= 0n) return refuse('INVALID_START_PRICE');
  if (draft.incrementFen <= 0n) return refuse('INVALID_INCREMENT');
  if (draft.depositFen != null && draft.depositFen < 0n) return refuse('INVALID_DEPOSIT');
  if (!(draft.endsAtMs > draft.startsAtMs)) return refuse('INVALID_TIME_RANGE');
  const extensionSeconds = draft.extensionSeconds ?? DEFAULT_EXTENSION_SECONDS;
  if (!isWholeSeconds(extensionSeconds, 0, TERM_LIMITS.extensionSeconds)) return refuse('INVALID_EXTENSION');
  const duration = draft.durationSeconds ?? null;
  if (mode === 'LISTING' && (duration === null || !isWholeSeconds(duration, 1))) {
    return refuse('DURATION_REQUIRED');
  }
  if (mode === 'LISTING' && (duration ?? 0) > TERM_LIMITS.durationSeconds) return refuse('DURATION_TOO_LONG');
  return {
    ok: true,
    startPriceFen: draft.startPriceFen,
    incrementFen: draft.incrementFen,
    reservePriceFen: draft.reservePriceFen ?? null,
    depositFen: resolveDepositFen(draft.startPriceFen, draft.depositFen),
    startsAtMs: draft.startsAtMs,
    endsAtMs: draft.endsAtMs,
    extensionSeconds,
    durationSeconds: mode === 'LISTING' ? duration : null,
  };
}
