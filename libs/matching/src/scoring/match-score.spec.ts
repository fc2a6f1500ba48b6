import fc from 'fast-check';
import { combine, scoreAchievementMatch, scoreExpertMatch, SIGNAL_WEIGHTS, softCap } from './match-score.js';
import type { Signal } from './signals.js';

const text = { score: 0.6, shared: ['镁合金', '挤压'] };
const kinds = (r: { reasons: { kind: string }[] }) => r.reasons.map((x) => x.kind);

describe('scoreAchievementMatch', () => {
  it('with no business data scores the text alone and gives the text reason only', () => {
    const m = scoreAchievementMatch({ fieldCodes: [] }, { fieldCodes: [], askingPrice: null }, text);
    expect(m.score).toBe(0.6);
    expect(m.reasons).toEqual([{ kind: 'TEXT', detail: '共同关键词：镁合金、挤压', weight: 0.6 }]);
  });
  it('gives each reason only when its signal counts', () => {
    const need = {
      fieldCodes: ['0301'],
      regionCode: '330106',
      minMaturity: 'PILOT' as const,
      budgetMin: '100000',
      budgetMax: '500000',
      cooperationModes: ['TRANSFER' as const],
    };
    const full = scoreAchievementMatch(
      need,
      {
        fieldCodes: ['0301'],
        regionCode: '330102',
        maturity: 'SMALL_BATCH',
        askingPrice: '300000',
        transferModes: ['TRANSFER'],
      },
      text,
    );
    expect(kinds(full)).toEqual(['TEXT', 'FIELD', 'MATURITY', 'PRICE', 'MODE', 'REGION']);
    expect(full.score).toBeGreaterThan(text.score);

    const some = scoreAchievementMatch(
      need,
      { fieldCodes: [], regionCode: '220100', maturity: null, askingPrice: null },
      text,
    );
    expect(kinds(some)).toEqual(['TEXT']);
    expect(some.score).toBe(text.score);
  });
  it('lowers the score for an achievement too early for the need, over budget, in another field', () => {
    const m = scoreAchievementMatch(
      { fieldCodes: ['0301'], minMaturity: 'INDUSTRIALIZED', budgetMax: '100000' },
      { fieldCodes: ['0502'], maturity: 'LAB', askingPrice: '1000000' },
      text,
    );
    expect(m.score).toBeLessThan(text.score);
    expect(m.reasons.filter((r) => r.kind !== 'TEXT').every((r) => r.weight < 0)).toBe(true);
  });
});

describe('scoreExpertMatch', () => {
  it('reads field and region only', () => {
    const m = scoreExpertMatch(
      { fieldCodes: ['0301'], regionCode: '330106' },
      { fieldCodes: ['0302'], regionCode: '330200' },
      text,
    );
    expect(kinds(m)).toEqual(['TEXT', 'FIELD', 'REGION']);
  });
});

describe('combine', () => {
  it('makes no match without text, however well the rest fits', () => {
    const field: Signal = { kind: 'FIELD', value: 1, detail: '同属领域：0301' };
    expect(combine({ score: 0, shared: [] }, [field])).toEqual({ score: 0, reasons: [] });
  });
  it('explains a match found through characters alone', () => {
    expect(combine({ score: 0.3, shared: [] }, []).reasons[0].detail).toBe('用词相近（字面部分重合）');
  });
  it('keeps text × (1 + Σ) as it is up to 0.8, and never cuts strong matches to a tie at 1', () => {
    const fits: Signal[] = [
      { kind: 'FIELD', value: 1, detail: '同属领域：0301' },
      { kind: 'MODE', value: 1, detail: '合作方式一致：许可' },
    ];
    expect(combine({ score: 0.5, shared: [] }, fits).score).toBeCloseTo(0.5 * 1.23, 6);
    expect(combine({ score: 0.9, shared: [] }, []).score).toBe(0.9);
    // with field and mode alike, text 0.85, 0.9 and 0.95 all used to score exactly 1
    const strong = [0.85, 0.9, 0.95].map((t) => combine({ score: t, shared: [] }, fits).score);
    expect(strong[0]).toBeLessThan(strong[1]);
    expect(strong[1]).toBeLessThan(strong[2]);
    expect(strong[2]).toBeLessThan(1);
  });
  it('orders listings that fit alike by their text, whatever the signals', () => {
    const signal = fc.record({
      kind: fc.constantFrom(...(Object.keys(SIGNAL_WEIGHTS) as (keyof typeof SIGNAL_WEIGHTS)[])),
      value: fc.double({ min: -1, max: 1, noNaN: true }),
      detail: fc.constant('x'),
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.array(signal, { maxLength: 5 }),
        (a, b, signals) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const x = combine({ score: lo, shared: [] }, signals).score;
          const y = combine({ score: hi, shared: [] }, signals).score;
          expect(x).toBeLessThanOrEqual(y);
        },
      ),
    );
    expect(softCap(2)).toBeLessThan(1);
    expect(softCap(0.7)).toBe(0.7);
  });
  it('keeps the score in [0,1], with reason weights adding up to it below 1', () => {
    const signal = fc.record({
      kind: fc.constantFrom(...(Object.keys(SIGNAL_WEIGHTS) as (keyof typeof SIGNAL_WEIGHTS)[])),
      value: fc.double({ min: -1, max: 1, noNaN: true }),
      detail: fc.constant('x'),
    });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.option(signal), { maxLength: 5 }),
        (t, signals) => {
          const m = combine({ score: t, shared: [] }, signals);
          expect(m.score).toBeGreaterThanOrEqual(0);
          expect(m.score).toBeLessThanOrEqual(1);
          const sum = m.reasons.reduce((s, r) => s + r.weight, 0);
          if (m.score < 1 && m.score > 0) expect(Math.abs(sum - m.score)).toBeLessThan(0.01);
        },
      ),
    );
  });
});
