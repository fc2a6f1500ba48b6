import { refuse, type EpochMs, type Refused, type TradeStatus } from './types.js';

/** An objection (异议) raised during a 公示; `upheld` is null until an operator resolves it. */
export interface ObjectionState {
  readonly upheld: boolean | null;
}

export interface NoticeState {
  readonly listingStatus: TradeStatus;
  readonly noticeEndsAtMs: EpochMs | null;
}

export type NoticeRefusal = 'NOTICE_NOT_ACTIVE' | 'OBJECTION_ALREADY_RESOLVED';

/** Anyone may object while the notice runs: status PUBLIC_NOTICE and before its end (half-open). */
export function raiseObjection(
  notice: NoticeState,
  atMs: EpochMs,
): { readonly ok: true } | Refused<NoticeRefusal> {
  if (notice.listingStatus !== 'PUBLIC_NOTICE' || notice.noticeEndsAtMs === null) {
    return refuse('NOTICE_NOT_ACTIVE');
  }
  return atMs < notice.noticeEndsAtMs ? { ok: true } : refuse('NOTICE_NOT_ACTIVE');
}

export type ResolveObjectionResult =
  | {
      readonly ok: true;
      readonly upheld: boolean;
      /** 'FAILED' when upheld: the deal fails at once. null: the notice goes on (see `noticeOutcome`). */
      readonly listingOutcome: 'FAILED' | null;
    }
  | Refused<NoticeRefusal>;

/**
 * An operator upholds or dismisses an objection, once. Allowed while the listing is in PUBLIC_NOTICE,
 * including after the notice's end when the deal is waiting for this very resolution.
 */
export function resolveObjection(
  objection: ObjectionState,
  uphold: boolean,
  listingStatus: TradeStatus,
): ResolveObjectionResult {
  if (objection.upheld !== null) return refuse('OBJECTION_ALREADY_RESOLVED');
  if (listingStatus !== 'PUBLIC_NOTICE') return refuse('NOTICE_NOT_ACTIVE');
  return { ok: true, upheld: uphold, listingOutcome: uphold ? 'FAILED' : null };
}

export type NoticeOutcome =
  | { readonly outcome: 'FAILED'; readonly reason: 'OBJECTION_UPHELD' }
  | { readonly outcome: 'DEALT' }
  | { readonly outcome: 'PENDING'; readonly reason: 'NOTICE_RUNNING' | 'OBJECTIONS_UNRESOLVED' };

/**
 * Where a notice stands at `now`: any upheld objection → FAILED; before the end → PENDING; at or after
 * the end with every objection dismissed (or none) → DEALT. Judgement call: an objection still
 * unresolved at the end holds the deal (PENDING, OBJECTIONS_UNRESOLVED) until an operator decides,
 * since "no upheld objection" should not be satisfied by an operator's silence.
 */
export function noticeOutcome(
  nowMs: EpochMs,
  noticeEndsAtMs: EpochMs,
  objections: readonly ObjectionState[],
): NoticeOutcome {
  if (objections.some((o) => o.upheld === true)) return { outcome: 'FAILED', reason: 'OBJECTION_UPHELD' };
  if (nowMs < noticeEndsAtMs) return { outcome: 'PENDING', reason: 'NOTICE_RUNNING' };
  if (objections.some((o) => o.upheld === null))
    return { outcome: 'PENDING', reason: 'OBJECTIONS_UNRESOLVED' };
  return { outcome: 'DEALT' };
}
