import fc from 'fast-check';
import { type Registrant, type TradeStep, tradeNotices } from './trade-notices.js';

const SELLER = 'seller';
const paid = (org: string, forfeited = false): Registrant => ({ org, paid: true, forfeited });
const unpaid = (org: string): Registrant => ({ org, paid: false });
/** [org, kind, title] of each notice, and the bodies joined, to read a table against. */
const summary = (step: TradeStep) => tradeNotices(SELLER, step).map((n) => [n.org, n.kind, n.title]);
const body = (step: TradeStep, org: string) => tradeNotices(SELLER, step).find((n) => n.org === org)?.body;

describe('tradeNotices: who hears what at each step', () => {
  it.each<[string, TradeStep, string[][]]>([
    [
      'an auction dealt: the seller, the winner, every loser',
      {
        kind: 'AUCTION_DEALT',
        price: '120000.00',
        buyer: 'a',
        registrants: [paid('a'), paid('b'), paid('c', true)],
      },
      [
        [SELLER, 'TRADE_STEP', '拍卖成交'],
        ['a', 'AUCTION_WON', '竞价成功'],
        ['b', 'AUCTION_LOST', '竞价未中'],
        ['c', 'AUCTION_LOST', '竞价未中'],
      ],
    ],
    [
      'an auction failed (流拍): the seller and every bidder',
      { kind: 'AUCTION_FAILED', registrants: [paid('a'), unpaid('b')] },
      [
        [SELLER, 'TRADE_STEP', '拍卖流拍'],
        ['a', 'AUCTION_LOST', '拍卖流拍'],
        ['b', 'AUCTION_LOST', '拍卖流拍'],
      ],
    ],
    [
      'a listing dealt with its one paid intent, an unpaid one told too',
      { kind: 'LISTING_DEALT', price: '300000.00', buyer: 'a', registrants: [paid('a'), unpaid('b')] },
      [
        [SELLER, 'TRADE_STEP', '挂牌成交'],
        ['a', 'TRADE_STEP', '挂牌成交'],
        ['b', 'TRADE_STEP', '挂牌已成交'],
      ],
    ],
    [
      'a listing failed: the seller and the unpaid registrants',
      { kind: 'LISTING_FAILED', registrants: [unpaid('a')] },
      [
        [SELLER, 'TRADE_STEP', '挂牌未成交'],
        ['a', 'TRADE_STEP', '挂牌未成交'],
      ],
    ],
    [
      'a listing turned into an auction: everyone, the unpaid told they cannot bid',
      {
        kind: 'TO_AUCTION',
        startPrice: '300000.00',
        endsAtMs: Date.parse('2026-12-02T10:30:00Z'),
        registrants: [paid('a'), paid('b'), unpaid('c')],
      },
      [
        [SELLER, 'TRADE_STEP', '挂牌转入竞价'],
        ['a', 'TRADE_STEP', '挂牌转入竞价'],
        ['b', 'TRADE_STEP', '挂牌转入竞价'],
        ['c', 'TRADE_STEP', '挂牌转入竞价'],
      ],
    ],
    [
      'a notice ended with the deal: both sides',
      { kind: 'NOTICE_DEALT', price: '800000.00', buyer: 'a' },
      [
        [SELLER, 'TRADE_STEP', '公示期满，交易达成'],
        ['a', 'TRADE_STEP', '公示期满，交易达成'],
      ],
    ],
    [
      'a notice failed on an upheld objection: both sides',
      { kind: 'NOTICE_FAILED', buyer: 'a' },
      [
        [SELLER, 'TRADE_STEP', '异议成立，交易未达成'],
        ['a', 'TRADE_STEP', '异议成立，交易未达成'],
      ],
    ],
    [
      'a negotiation out of time: the seller and whoever offered',
      { kind: 'NO_AGREEMENT', offerers: ['a', 'b'] },
      [
        [SELLER, 'TRADE_STEP', '协议定价未达成'],
        ['a', 'TRADE_STEP', '协议定价未达成'],
        ['b', 'TRADE_STEP', '协议定价未达成'],
      ],
    ],
    [
      'a cancellation: the registrants and whoever offered (the seller cancelled it)',
      { kind: 'CANCELLED', registrants: [paid('a'), unpaid('b')], offerers: ['c'] },
      [
        ['a', 'TRADE_STEP', '交易已撤销'],
        ['b', 'TRADE_STEP', '交易已撤销'],
        ['c', 'TRADE_STEP', '交易已撤销'],
      ],
    ],
  ])('%s', (_, step, expected) => expect(summary(step)).toEqual(expected));

  it('tells each bidder what happens to its deposit', () => {
    const step: TradeStep = {
      kind: 'AUCTION_DEALT',
      price: '120000.00',
      buyer: 'a',
      registrants: [paid('a'), paid('b'), paid('c', true)],
    };
    expect(body(step, 'a')).toContain('保证金抵作价款');
    expect(body(step, 'b')).toContain('保证金将退还');
    expect(body(step, 'c')).toContain('保证金不予退还');
    expect(body({ kind: 'CANCELLED', registrants: [paid('a')], offerers: [] }, 'a')).toContain(
      '保证金将退还',
    );
  });

  it('gives the bidders of a listing turned auction its start price and end in Beijing time', () => {
    const step: TradeStep = {
      kind: 'TO_AUCTION',
      startPrice: '300000.00',
      endsAtMs: Date.parse('2026-12-02T10:30:00Z'),
      registrants: [paid('a'), unpaid('c')],
    };
    expect(body(step, 'a')).toBe('请及时出价：起拍价 300000.00 元，2026-12-02 18:30（北京时间）结束');
    expect(body(step, 'c')).toContain('不能参加');
  });

  it('tells every party exactly once, whatever the registrants', () => {
    const orgs = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1 });
    fc.assert(
      fc.property(orgs, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (ids, paidFlags) => {
        const registrants = ids.map((org, i) => ({ org, paid: paidFlags[i] }));
        for (const step of [
          { kind: 'AUCTION_DEALT', price: '1.00', buyer: ids[0], registrants },
          { kind: 'AUCTION_FAILED', registrants },
          { kind: 'LISTING_DEALT', price: '1.00', buyer: ids[0], registrants },
          { kind: 'LISTING_FAILED', registrants },
          { kind: 'TO_AUCTION', startPrice: '1.00', endsAtMs: 0, registrants },
        ] as TradeStep[]) {
          const told = tradeNotices(SELLER, step).map((n) => n.org);
          expect(told.sort()).toEqual([SELLER, ...ids].sort());
        }
      }),
    );
  });
});
