import { chinaDateTime } from './china-time.js';
import type { EpochMs } from './types.js';

/**
 * Who hears what when a trade takes a step nobody in the room took (a close, the end of a notice) or
 * that takes the room away (a cancellation): every party, the seller included, in one notice each.
 * The kinds are PRODUCT.md's where one fits (AUCTION_WON, AUCTION_LOST to bidders); TRADE_STEP for
 * the rest: a listing's outcome, a listing turned into an auction, a notice's end, a negotiation
 * that ran out of time, a cancellation.
 */
export type TradeNoticeKind = 'AUCTION_WON' | 'AUCTION_LOST' | 'TRADE_STEP';

export interface TradeNotice {
  readonly org: string;
  readonly kind: TradeNoticeKind;
  readonly title: string;
  readonly body: string;
}

/** A registered buyer at the close: whether its deposit was paid, and whether it is forfeited. */
export interface Registrant {
  readonly org: string;
  readonly paid: boolean;
  readonly forfeited?: boolean;
}

/** Money as the API shows it, decimal yuan ("105000.00"). */
type Yuan = string;

export type TradeStep =
  | {
      readonly kind: 'AUCTION_DEALT' | 'LISTING_DEALT';
      readonly price: Yuan;
      /** the winning bidder, or a listing's one paid intent */
      readonly buyer: string;
      readonly registrants: readonly Registrant[];
    }
  | { readonly kind: 'AUCTION_FAILED' | 'LISTING_FAILED'; readonly registrants: readonly Registrant[] }
  | {
      readonly kind: 'TO_AUCTION';
      readonly startPrice: Yuan;
      readonly endsAtMs: EpochMs;
      readonly registrants: readonly Registrant[];
    }
  | { readonly kind: 'NOTICE_DEALT'; readonly price: Yuan; readonly buyer: string }
  | { readonly kind: 'NOTICE_FAILED'; readonly buyer: string }
  | { readonly kind: 'NO_AGREEMENT'; readonly offerers: readonly string[] }
  | {
      readonly kind: 'CANCELLED';
      readonly registrants: readonly Registrant[];
      readonly offerers: readonly string[];
    };

const SIGN = '技术合同已生成，待双方签署';

const deposit = (r: Registrant) =>
  r.forfeited ? '未出价，保证金不予退还' : r.paid ? '保证金将退还' : '未缴保证金';

const notice = (org: string, kind: TradeNoticeKind, title: string, body: string): TradeNotice => ({
  org,
  kind,
  title,
  body,
});

/** The notices of one step, the seller's first, then the buyers' in the order given. */
export function tradeNotices(seller: string, step: TradeStep): TradeNotice[] {
  switch (step.kind) {
    case 'AUCTION_DEALT':
      return [
        notice(seller, 'TRADE_STEP', '拍卖成交', `成交价 ${step.price} 元，${SIGN}`),
        ...step.registrants.map((r) =>
          r.org === step.buyer
            ? notice(r.org, 'AUCTION_WON', '竞价成功', `成交价 ${step.price} 元，保证金抵作价款；${SIGN}`)
            : notice(r.org, 'AUCTION_LOST', '竞价未中', `成交价 ${step.price} 元，${deposit(r)}`),
        ),
      ];
    case 'AUCTION_FAILED':
      return [
        notice(seller, 'TRADE_STEP', '拍卖流拍', '本次竞价未成交，标的已恢复挂出'),
        ...step.registrants.map((r) =>
          notice(r.org, 'AUCTION_LOST', '拍卖流拍', `本次竞价未成交，${deposit(r)}`),
        ),
      ];
    case 'LISTING_DEALT':
      return [
        notice(seller, 'TRADE_STEP', '挂牌成交', `挂牌价 ${step.price} 元成交，${SIGN}`),
        ...step.registrants.map((r) =>
          r.org === step.buyer
            ? notice(r.org, 'TRADE_STEP', '挂牌成交', `挂牌价 ${step.price} 元成交，保证金抵作价款；${SIGN}`)
            : notice(r.org, 'TRADE_STEP', '挂牌已成交', `本次挂牌已由其他意向方成交，${deposit(r)}`),
        ),
      ];
    case 'LISTING_FAILED':
      return [
        notice(seller, 'TRADE_STEP', '挂牌未成交', '挂牌期满无缴纳保证金的意向方，标的已恢复挂出'),
        ...step.registrants.map((r) =>
          notice(r.org, 'TRADE_STEP', '挂牌未成交', `挂牌期满未成交，${deposit(r)}`),
        ),
      ];
    case 'TO_AUCTION': {
      const ends = chinaDateTime(step.endsAtMs);
      const terms = `起拍价 ${step.startPrice} 元，${ends}（北京时间）结束`;
      return [
        notice(seller, 'TRADE_STEP', '挂牌转入竞价', `两个以上意向方已缴保证金，转入竞价：${terms}`),
        ...step.registrants.map((r) =>
          r.paid
            ? notice(r.org, 'TRADE_STEP', '挂牌转入竞价', `请及时出价：${terms}`)
            : notice(r.org, 'TRADE_STEP', '挂牌转入竞价', '挂牌期内未缴保证金，不能参加本次竞价'),
        ),
      ];
    }
    case 'NOTICE_DEALT':
      return [seller, step.buyer].map((org) =>
        notice(org, 'TRADE_STEP', '公示期满，交易达成', `成交价 ${step.price} 元，${SIGN}`),
      );
    case 'NOTICE_FAILED':
      return [seller, step.buyer].map((org) =>
        notice(org, 'TRADE_STEP', '异议成立，交易未达成', '公示期内的异议经审核成立，本次交易未达成'),
      );
    case 'NO_AGREEMENT':
      return [seller, ...step.offerers].map((org) =>
        notice(org, 'TRADE_STEP', '协议定价未达成', '挂牌期满，未有报价被接受，本次交易结束'),
      );
    case 'CANCELLED':
      return [
        ...step.registrants.map((r) =>
          notice(
            r.org,
            'TRADE_STEP',
            '交易已撤销',
            `本次交易已撤销，${r.paid ? '保证金将退还' : '无需缴纳保证金'}`,
          ),
        ),
        ...step.offerers.map((org) =>
          notice(org, 'TRADE_STEP', '交易已撤销', '本次交易已撤销，报价不再有效'),
        ),
      ];
  }
}
