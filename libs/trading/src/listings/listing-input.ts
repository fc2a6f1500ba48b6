import { badInput, fromFen, parseMoney, toFen } from '@techmarket/shared';
import { checkAuctionTerms } from '../rules/index.js';
import { refusal } from '../trading-errors.js';
import { TradeMode } from './trade.enums.js';
import type { TradeListingInput } from './trade-listing.model.js';

export interface ListingTerms {
  listPrice: string | null;
  startsAt: Date;
  endsAt: Date;
  startPrice: string | null;
  increment: string | null;
  reservePrice: string | null;
  depositAmount: string | null;
  extensionSeconds: number;
  durationSeconds: number | null;
  forfeitIfNoBid: boolean;
}

/** How far ahead a listing may start or end: a year. */
export const MAX_LISTING_AHEAD_MS = 366 * 86_400_000;

const money = (v: string | null | undefined, field: string) => (v == null ? null : parseMoney(v, field));

/** The terms of a new listing, checked against the database clock's `now`; each refusal names its field. */
export function checkListingInput(input: TradeListingInput, now: Date): ListingTerms {
  const startsAt = input.startsAt ? new Date(input.startsAt) : now;
  const endsAt = new Date(input.endsAt);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    throw badInput('INVALID_DATE', 'startsAt and endsAt must be dates', { field: 'endsAt' });
  if (endsAt <= now) throw badInput('ENDS_IN_PAST', 'endsAt must be in the future', { field: 'endsAt' });
  for (const [field, at] of [
    ['startsAt', startsAt],
    ['endsAt', endsAt],
  ] as const)
    if (at.getTime() - now.getTime() > MAX_LISTING_AHEAD_MS)
      throw badInput('TOO_FAR_AHEAD', `${field} must be within 366 days of now`, {
        field,
        maxDays: 366,
      });
  const listPrice = money(input.listPrice, 'listPrice');
  if (input.mode === TradeMode.LISTING && (listPrice === null || toFen(listPrice) <= 0n))
    throw badInput('LIST_PRICE_REQUIRED', 'a listing (挂牌) needs a posted price above zero', {
      field: 'listPrice',
    });
  if (input.mode === TradeMode.NEGOTIATED) {
    if (endsAt <= startsAt) throw refusal('INVALID_TIME_RANGE', { field: 'endsAt' });
    return {
      listPrice,
      startsAt,
      endsAt,
      startPrice: null,
      increment: null,
      reservePrice: null,
      depositAmount: null,
      extensionSeconds: 300,
      durationSeconds: null,
      forfeitIfNoBid: false,
    };
  }
  const a = input.auction;
  if (!a)
    throw badInput('AUCTION_TERMS_REQUIRED', `a ${input.mode.toLowerCase()} needs auction terms`, {
      field: 'auction',
    });
  const checked = checkAuctionTerms(
    {
      startPriceFen: toFen(
        parseMoney(input.mode === TradeMode.LISTING ? listPrice : a.startPrice, 'auction.startPrice'),
      ),
      incrementFen: toFen(parseMoney(a.increment, 'auction.increment')),
      reservePriceFen:
        a.reservePrice == null ? null : toFen(parseMoney(a.reservePrice, 'auction.reservePrice')),
      depositFen:
        a.depositAmount == null ? null : toFen(parseMoney(a.depositAmount, 'auction.depositAmount')),
      startsAtMs: startsAt.getTime(),
      endsAtMs: endsAt.getTime(),
      extensionSeconds: a.extensionSeconds ?? undefined,
      durationSeconds: a.durationSeconds ?? undefined,
    },
    input.mode === TradeMode.LISTING ? 'LISTING' : 'AUCTION',
  );
  if (!checked.ok) throw refusal(checked.reason, { field: 'auction' });
  return {
    listPrice,
    startsAt,
    endsAt,
    startPrice: fromFen(checked.startPriceFen),
    increment: fromFen(checked.incrementFen),
    reservePrice: checked.reservePriceFen === null ? null : fromFen(checked.reservePriceFen),
    depositAmount: fromFen(checked.depositFen),
    extensionSeconds: checked.extensionSeconds,
    durationSeconds: checked.durationSeconds,
    forfeitIfNoBid: a.forfeitIfNoBid ?? false,
  };
}
