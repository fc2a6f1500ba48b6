import {
  MS_PER_SECOND,
  refuse,
  type EpochMs,
  type Fen,
  type OfferAction,
  type OfferStatus,
  type Refused,
  type TradeStatus,
} from './types.js';

/** 公示 default length (`PUBLIC_NOTICE_SECONDS`): 15 days. */
export const DEFAULT_PUBLIC_NOTICE_SECONDS = 15 * 24 * 60 * 60;

/** An offer in a negotiated (协议定价) listing. */
export interface OfferState {
  readonly status: OfferStatus;
  readonly buyerOrgId: string;
  readonly sellerOrgId: string;
  readonly amountFen: Fen;
  /** Set when the seller countered. */
  readonly counterAmountFen: Fen | null;
}

export type NegotiationRefusal =
  | 'OWN_LISTING' // the seller cannot make an offer on its own listing
  | 'LISTING_NOT_OPEN' // the listing is not OPEN (scheduled, in notice, dealt, failed, cancelled)
  | 'LISTING_CLOSED' // the listing's end has passed by the database clock (its close has not run yet)
  | 'INVALID_AMOUNT' // an offer or counter must be > 0
  | 'NOT_A_PARTY' // only the offer's buyer and the listing's seller act on an offer
  | 'OFFER_NOT_OPEN' // the offer is already ACCEPTED or REJECTED
  | 'NOT_YOUR_TURN' // seller acts on OPEN offers, buyer on COUNTERED ones
  | 'COUNTER_AMOUNT_REQUIRED' // COUNTER without an amount
  | 'COUNTER_AMOUNT_NOT_ALLOWED' // ACCEPT or REJECT with a counter amount
  | 'BUYER_CANNOT_COUNTER'; // the buyer answers a counter with a new offer instead

export interface MakeOfferInput {
  readonly listingStatus: TradeStatus;
  readonly sellerOrgId: string;
  readonly buyerOrgId: string;
  readonly amountFen: Fen;
  /** The buyer's own offers on this listing still OPEN or COUNTERED. */
  readonly buyerLiveOfferIds: readonly string[];
  /** The database's now, and the listing's end. */
  readonly atMs: EpochMs;
  readonly endsAtMs: EpochMs;
}

export type MakeOfferResult =
  | {
      readonly ok: true;
      readonly offer: OfferState;
      /** A buyer has one live offer: its earlier OPEN/COUNTERED offers become REJECTED (withdrawn). */
      readonly rejectOfferIds: readonly string[];
    }
  | Refused<NegotiationRefusal>;

/** A buyer offers a price (also the buyer's way of answering a counter with another amount). */
export function makeOffer(input: MakeOfferInput): MakeOfferResult {
  if (input.buyerOrgId === input.sellerOrgId) return refuse('OWN_LISTING');
  if (input.listingStatus !== 'OPEN') return refuse('LISTING_NOT_OPEN');
  if (input.atMs >= input.endsAtMs) return refuse('LISTING_CLOSED');
  if (input.amountFen <= 0n) return refuse('INVALID_AMOUNT');
  const offer: OfferState = {
    status: 'OPEN',
    buyerOrgId: input.buyerOrgId,
    sellerOrgId: input.sellerOrgId,
    amountFen: input.amountFen,
    counterAmountFen: null,
  };
  return { ok: true, offer, rejectOfferIds: [...input.buyerLiveOfferIds] };
}

export interface RespondInput {
  readonly offer: OfferState;
  readonly listingStatus: TradeStatus;
  readonly actorOrgId: string;
  readonly action: OfferAction;
  readonly counterAmountFen?: Fen | null;
  /** The database's now, and the listing's end: nothing moves once it has passed. */
  readonly atMs: EpochMs;
  readonly endsAtMs: EpochMs;
  /** `PUBLIC_NOTICE_SECONDS` from configuration. */
  readonly noticeSeconds: number;
}

export type RespondResult =
  | {
      readonly ok: true;
      readonly status: 'ACCEPTED';
      readonly agreedPriceFen: Fen;
      /** The listing enters PUBLIC_NOTICE until accept time + noticeSeconds. */
      readonly listingStatus: 'PUBLIC_NOTICE';
      readonly noticeEndsAtMs: EpochMs;
    }
  | { readonly ok: true; readonly status: 'REJECTED' }
  | { readonly ok: true; readonly status: 'COUNTERED'; readonly counterAmountFen: Fen }
  | Refused<NegotiationRefusal>;

/**
 * One answer to an offer. Turns: the seller ACCEPTs, REJECTs or COUNTERs (with an amount) an OPEN
 * offer; the buyer ACCEPTs or REJECTs a COUNTERED one (or makes a new offer with `makeOffer`).
 * Accepting agrees on the offered amount (seller) or the counter amount (buyer). On acceptance the
 * service also REJECTs the listing's other live offers. Checks in order: party, listing OPEN and
 * before its end, offer live, turn, then the amount.
 */
export function respondToOffer(input: RespondInput): RespondResult {
  const { offer, actorOrgId, action } = input;
  const isSeller = actorOrgId === offer.sellerOrgId;
  if (!isSeller && actorOrgId !== offer.buyerOrgId) return refuse('NOT_A_PARTY');
  if (input.listingStatus !== 'OPEN') return refuse('LISTING_NOT_OPEN');
  if (input.atMs >= input.endsAtMs) return refuse('LISTING_CLOSED');
  if (offer.status === 'ACCEPTED' || offer.status === 'REJECTED') return refuse('OFFER_NOT_OPEN');
  if (offer.status !== (isSeller ? 'OPEN' : 'COUNTERED')) return refuse('NOT_YOUR_TURN');
  const counter = input.counterAmountFen ?? null;

  if (action === 'COUNTER') {
    if (!isSeller) return refuse('BUYER_CANNOT_COUNTER');
    if (counter === null) return refuse('COUNTER_AMOUNT_REQUIRED');
    if (counter <= 0n) return refuse('INVALID_AMOUNT');
    return { ok: true, status: 'COUNTERED', counterAmountFen: counter };
  }
  if (counter !== null) return refuse('COUNTER_AMOUNT_NOT_ALLOWED');
  if (action === 'REJECT') return { ok: true, status: 'REJECTED' };

  const agreedPriceFen = isSeller ? offer.amountFen : offer.counterAmountFen;
  if (agreedPriceFen === null) throw new RangeError('a COUNTERED offer must carry its counter amount');
  return {
    ok: true,
    status: 'ACCEPTED',
    agreedPriceFen,
    listingStatus: 'PUBLIC_NOTICE',
    noticeEndsAtMs: input.atMs + input.noticeSeconds * MS_PER_SECOND,
  };
}
