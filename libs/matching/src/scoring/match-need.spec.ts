import { achievementTerms, expertTerms, needTerms } from './documents.js';
import { MemoryIndex } from './memory-index.js';
import { matchAchievements, matchExperts, matchNeeds, needProbe } from './match-need.js';
import type { AchievementProfile, ExpertProfile, NeedProfile } from './match-score.js';

const need = {
  title: '镁合金挤压成型工艺',
  description: '汽车轻量化需要高强度镁合金型材',
  fieldCodes: ['0301'],
  minMaturity: 'PILOT' as const,
};
const listings: [string, string, AchievementProfile][] = [
  ['early', '高强度镁合金挤压工艺', { fieldCodes: ['0301'], maturity: 'LAB' }],
  ['ready', '镁合金挤压型材生产线', { fieldCodes: ['0301'], maturity: 'INDUSTRIALIZED' }],
  ['other', '晶硅太阳能电池片', { fieldCodes: ['0502'], maturity: 'INDUSTRIALIZED' }],
];
const index = new MemoryIndex(listings.map(([id, title]) => ({ id, terms: achievementTerms({ title }) })));
const profiles = new Map(listings.map(([id, , p]) => [id, p]));

describe('matchAchievements', () => {
  it('scores candidates by text and business signals, best first, with reasons', () => {
    const candidates = index
      .candidates(needProbe(need, index.corpus))
      .map((d) => ({ ...d, profile: profiles.get(d.id)! }));
    const matches = matchAchievements(need, candidates, index.corpus);
    expect(matches.map((m) => m.id)).toEqual(['ready', 'early']);
    const [ready, early] = matches;
    expect(ready.reasons.map((r) => r.kind)).toEqual(['TEXT', 'FIELD', 'MATURITY']);
    expect(early.reasons.find((r) => r.kind === 'MATURITY')!.weight).toBeLessThan(0);
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
  });
});

describe('matchExperts and matchNeeds', () => {
  it('match an expert by research areas and an achievement to the needs it could serve', () => {
    const experts = new MemoryIndex([
      { id: 'e1', terms: expertTerms({ researchAreas: ['镁合金', '塑性加工'], bio: '从事轻合金挤压研究' }) },
      { id: 'e2', terms: expertTerms({ researchAreas: ['光伏'], bio: '太阳能电池' }) },
    ]);
    const profile: ExpertProfile = { fieldCodes: ['0301'] };
    const found = matchExperts(
      need,
      experts.candidates(needProbe(need, experts.corpus)).map((d) => ({ ...d, profile })),
      experts.corpus,
    );
    expect(found.map((m) => m.id)).toEqual(['e1']);

    const needs = new MemoryIndex([
      { id: 'n1', terms: needTerms(need) },
      { id: 'n2', terms: needTerms({ title: '饲料配方' }) },
    ]);
    const needProfile: NeedProfile = { fieldCodes: ['0301'], minMaturity: 'PILOT' };
    const achievement = {
      title: '镁合金挤压型材生产线',
      fieldCodes: ['0301'],
      maturity: 'INDUSTRIALIZED' as const,
    };
    const all = needs
      .candidates({ word: ['镁合金', '饲料'], bigram: [] })
      .map((d) => ({ ...d, profile: needProfile }));
    expect(matchNeeds(achievement, all, needs.corpus).map((m) => m.id)).toEqual(['n1']);
  });
});
