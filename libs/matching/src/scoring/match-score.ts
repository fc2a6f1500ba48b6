import {
  fieldSignal,
  maturitySignal,
  modeSignal,
  priceSignal,
  regionSignal,
  type Maturity,
  type Names,
  type Signal,
  type SignalKind,
  type TransferMode,
} from './signals.js';

export type ReasonKind = 'TEXT' | SignalKind;

/** As the API's MatchReason: what counted, in a sentence, and how much it added to the score (or took). */
export interface MatchReason {
  readonly kind: ReasonKind;
  readonly detail: string;
  readonly weight: number;
}
export interface ScoredMatch {
  readonly score: number;
  readonly reasons: MatchReason[];
}

/** The text side as the scorer found it (a TextMatch fits). */
export interface TextEvidence {
  readonly score: number;
  readonly shared: readonly string[];
}

/** How far each signal at its strongest moves the score, as a share of the text score. */
export const SIGNAL_WEIGHTS: Readonly<Record<SignalKind, number>> = {
  FIELD: 0.15,
  MATURITY: 0.2,
  PRICE: 0.1,
  MODE: 0.08,
  REGION: 0.05,
};

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Where the combined score starts to bend towards 1 instead of being cut there (see `combine`). */
export const SOFT_CAP_KNEE = 0.8;

/** x as it is up to the knee, then bent smoothly (slope 1 at the knee) towards 1, never past it. */
export function softCap(x: number, knee = SOFT_CAP_KNEE): number {
  if (x <= knee || knee >= 1) return Math.min(1, Math.max(0, x));
  return knee + (1 - knee) * (1 - Math.exp(-(x - knee) / (1 - knee)));
}

/**
 * score = text × (1 + Σ weight·value) over the signals that count, kept in [0,1] by `softCap`: as it
 * is up to 0.8 (or up to the text score, if higher), then still rising with the product, bent towards 1.
 * Text gates the rest: with no shared text there is no match, however well field or price fit. Each
 * reason's weight is its share of the score: TEXT the text score, each other signal text × weight ×
 * value (above the bend, scaled by what the bend took), so that the weights add up to the score.
 *
 * The product used to be cut at 1, which sent every strong match of a well-fitting need (with field
 * and mode alike, any text from 0.81) to exactly 1, where the stored order (score, then id) became
 * arbitrary: on the development set through the API, nDCG@10 0.175 against 0.194 in the scorer's own
 * order. The bend keeps that order; the score is kept to 6 decimals, not 3, for the same reason.
 */
export function combine(
  text: TextEvidence,
  signals: readonly (Signal | null)[],
  weights: Readonly<Record<SignalKind, number>> = SIGNAL_WEIGHTS,
): ScoredMatch {
  const t = Math.min(1, Math.max(0, text.score));
  if (t === 0) return { score: 0, reasons: [] };
  const counted = signals.filter((s): s is Signal => s !== null && s.value !== 0);
  const adjust = counted.reduce((sum, s) => sum + weights[s.kind] * s.value, 0);
  const product = t * (1 + adjust);
  // never bent below the text score: the signals, not the text, are what the bend tempers
  const score = softCap(product, Math.max(SOFT_CAP_KNEE, t));
  const share = product > t && score < product ? (score - t) / (product - t) : 1;
  const detail = text.shared.length ? `共同关键词：${text.shared.join('、')}` : '用词相近（字面部分重合）';
  const reasons: MatchReason[] = [{ kind: 'TEXT', detail, weight: round(t) }];
  for (const s of counted)
    reasons.push({ kind: s.kind, detail: s.detail, weight: round(t * weights[s.kind] * s.value * share) });
  return { score: Math.round(score * 1e6) / 1e6, reasons };
}

export interface NeedProfile {
  readonly fieldCodes: readonly string[];
  readonly regionCode?: string | null;
  readonly minMaturity?: Maturity | null;
  readonly budgetMin?: string | null;
  readonly budgetMax?: string | null;
  readonly cooperationModes?: readonly TransferMode[];
}
export interface AchievementProfile {
  readonly fieldCodes: readonly string[];
  readonly regionCode?: string | null;
  readonly maturity?: Maturity | null;
  /** null: price negotiable (面议) */
  readonly askingPrice?: string | null;
  readonly transferModes?: readonly TransferMode[];
}
export interface ExpertProfile {
  readonly fieldCodes: readonly string[];
  readonly regionCode?: string | null;
}

/** A need and an achievement: text, field, maturity, price, transfer mode and region. */
export function scoreAchievementMatch(
  need: NeedProfile,
  achievement: AchievementProfile,
  text: TextEvidence,
  names: Names = {},
): ScoredMatch {
  return combine(text, [
    fieldSignal(need.fieldCodes, achievement.fieldCodes, names),
    maturitySignal(need.minMaturity, achievement.maturity),
    priceSignal(achievement.askingPrice, need.budgetMin, need.budgetMax),
    modeSignal(need.cooperationModes ?? [], achievement.transferModes ?? []),
    regionSignal(need.regionCode, achievement.regionCode, names),
  ]);
}

/** A need and an expert: text (research areas, bio), field and region. */
export function scoreExpertMatch(
  need: NeedProfile,
  expert: ExpertProfile,
  text: TextEvidence,
  names: Names = {},
): ScoredMatch {
  return combine(text, [
    fieldSignal(need.fieldCodes, expert.fieldCodes, names),
    regionSignal(need.regionCode, expert.regionCode, names),
  ]);
}
