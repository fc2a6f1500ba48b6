import fc from 'fast-check';
import {
  DEFAULT_PUBLIC_NOTICE_SECONDS,
  makeOffer,
  respondToOffer,
  type OfferState,
  type RespondInput,
} from './negotiation.js';
import { T0, yuan } from './rules.fixtures.js';
import type { OfferAction, TradeStatus } from './types.js';

const DAY_S = 86_400;
const open: OfferState = {
  status: 'OPEN',
  buyerOrgId: 'buyer',
  sellerOrgId: 'seller',
  amountFen: yuan(800_000),
  counterAmountFen: null,
};
const countered: OfferState = { ...open, status: 'COUNTERED', counterAmountFen: yuan(900_000) };
const respond = (over: Partial<RespondInput>) =>
  respondToOffer({
    offer: open,
    listingStatus: 'OPEN',
    actorOrgId: 'seller',
    action: 'ACCEPT',
    atMs: T0,
    endsAtMs: T0 + DAY_S * 1000,
    noticeSeconds: 15 * DAY_S,
    ...over,
  });

describe('makeOffer', () => {
  const input = {
    listingStatus: 'OPEN' as TradeStatus,
    sellerOrgId: 'seller',
    buyerOrgId: 'buyer',
    amountFen: yuan(1),
    buyerLiveOfferIds: [],
    atMs: T0,
    endsAtMs: T0 + 1,
  };
  it('opens an offer and withdraws the buyer’s earlier live offers', () => {
    expect(makeOffer({ ...input, buyerLiveOfferIds: ['o1'] })).toEqual({
      ok: true,
      offer: {
        status: 'OPEN',
        buyerOrgId: 'buyer',
        sellerOrgId: 'seller',
        amountFen: yuan(1),
        counterAmountFen: null,
      },
      rejectOfferIds: ['o1'],
    });
  });
  it.each([
    ['the seller offers on its own listing', { buyerOrgId: 'seller' }, 'OWN_LISTING'],
    [
      'the listing is in public notice',
      { listingStatus: 'PUBLIC_NOTICE' as TradeStatus },
      'LISTING_NOT_OPEN',
    ],
    ['the listing is not open yet', { listingStatus: 'SCHEDULED' as TradeStatus }, 'LISTING_NOT_OPEN'],
    ['a zero amount', { amountFen: 0n }, 'INVALID_AMOUNT'],
    ['the listing has ended by the database clock', { atMs: T0 + 1 }, 'LISTING_CLOSED'],
    ['the listing ends at that very moment', { atMs: T0 + 1, amountFen: 0n }, 'LISTING_CLOSED'],
  ])('refuses when %s', (_n, over, reason) =>
    expect(makeOffer({ ...input, ...over })).toEqual({ ok: false, reason }),
  );
});

describe('respondToOffer', () => {
  it('seller ACCEPT: the offered amount, notice ends 15 days after acceptance', () => {
    expect(respond({ noticeSeconds: DEFAULT_PUBLIC_NOTICE_SECONDS })).toEqual({
      ok: true,
      status: 'ACCEPTED',
      agreedPriceFen: yuan(800_000),
      listingStatus: 'PUBLIC_NOTICE',
      noticeEndsAtMs: T0 + 15 * DAY_S * 1000,
    });
  });
  it('buyer ACCEPT of a counter: the counter amount', () => {
    expect(respond({ offer: countered, actorOrgId: 'buyer', noticeSeconds: 60 })).toMatchObject({
      status: 'ACCEPTED',
      agreedPriceFen: yuan(900_000),
      noticeEndsAtMs: T0 + 60_000,
    });
  });
  it.each<[string, Partial<RespondInput>, object]>([
    ['seller REJECT', { action: 'REJECT' }, { ok: true, status: 'REJECTED' }],
    [
      'seller COUNTER',
      { action: 'COUNTER', counterAmountFen: yuan(900_000) },
      { ok: true, status: 'COUNTERED', counterAmountFen: yuan(900_000) },
    ],
    [
      'buyer REJECT of a counter',
      { offer: countered, actorOrgId: 'buyer', action: 'REJECT' },
      { ok: true, status: 'REJECTED' },
    ],
    ['an outsider', { actorOrgId: 'other' }, { ok: false, reason: 'NOT_A_PARTY' }],
    ['ACCEPT once the end has passed', { atMs: T0 + DAY_S * 1000 }, { ok: false, reason: 'LISTING_CLOSED' }],
    [
      'COUNTER once the end has passed',
      { action: 'COUNTER', counterAmountFen: yuan(900_000), atMs: T0 + DAY_S * 1000 + 1 },
      { ok: false, reason: 'LISTING_CLOSED' },
    ],
    [
      'buyer ACCEPT of a counter once the end has passed',
      { offer: countered, actorOrgId: 'buyer', atMs: T0 + DAY_S * 1000 },
      { ok: false, reason: 'LISTING_CLOSED' },
    ],
    [
      'seller ACCEPT a millisecond before the end',
      { atMs: T0 + DAY_S * 1000 - 1, noticeSeconds: 1 },
      {
        ok: true,
        status: 'ACCEPTED',
        agreedPriceFen: yuan(800_000),
        listingStatus: 'PUBLIC_NOTICE',
        noticeEndsAtMs: T0 + DAY_S * 1000 + 999,
      },
    ],
    [
      'listing already in notice',
      { listingStatus: 'PUBLIC_NOTICE' },
      { ok: false, reason: 'LISTING_NOT_OPEN' },
    ],
    [
      'offer already accepted',
      { offer: { ...open, status: 'ACCEPTED' } },
      { ok: false, reason: 'OFFER_NOT_OPEN' },
    ],
    [
      'offer already rejected (buyer)',
      { offer: { ...countered, status: 'REJECTED' }, actorOrgId: 'buyer' },
      { ok: false, reason: 'OFFER_NOT_OPEN' },
    ],
    ['seller acts on its own counter', { offer: countered }, { ok: false, reason: 'NOT_YOUR_TURN' }],
    ['buyer acts on its own open offer', { actorOrgId: 'buyer' }, { ok: false, reason: 'NOT_YOUR_TURN' }],
    ['COUNTER without amount', { action: 'COUNTER' }, { ok: false, reason: 'COUNTER_AMOUNT_REQUIRED' }],
    ['COUNTER of zero', { action: 'COUNTER', counterAmountFen: 0n }, { ok: false, reason: 'INVALID_AMOUNT' }],
    [
      'ACCEPT carrying an amount',
      { counterAmountFen: yuan(1) },
      { ok: false, reason: 'COUNTER_AMOUNT_NOT_ALLOWED' },
    ],
    [
      'buyer COUNTERs a counter',
      { offer: countered, actorOrgId: 'buyer', action: 'COUNTER', counterAmountFen: yuan(1) },
      { ok: false, reason: 'BUYER_CANNOT_COUNTER' },
    ],
  ])('%s', (_n, over, expected) => expect(respond(over)).toEqual(expected));

  it('random walks: terminal states absorb, turns alternate, an acceptance agrees on the last price on the table', () => {
    const step = fc.record({
      actor: fc.constantFrom('seller', 'buyer', 'other'),
      action: fc.constantFrom<OfferAction>('ACCEPT', 'REJECT', 'COUNTER'),
      amount: fc.option(fc.bigInt(-1n, 10n ** 9n)),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), (steps) => {
        let offer: OfferState = open;
        for (const s of steps) {
          const r = respond({ offer, actorOrgId: s.actor, action: s.action, counterAmountFen: s.amount });
          if (!r.ok) continue;
          expect(['OPEN', 'COUNTERED']).toContain(offer.status);
          expect(s.actor).toBe(offer.status === 'OPEN' ? 'seller' : 'buyer');
          if (r.status === 'ACCEPTED') {
            expect(r.agreedPriceFen).toBe(offer.status === 'OPEN' ? offer.amountFen : offer.counterAmountFen);
          }
          offer = {
            ...offer,
            status: r.status,
            counterAmountFen: r.status === 'COUNTERED' ? r.counterAmountFen : offer.counterAmountFen,
          };
          if (r.status === 'COUNTERED') expect(r.counterAmountFen > 0n).toBe(true);
        }
      }),
    );
  });
});
