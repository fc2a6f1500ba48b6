import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { indexTokens } from '@techmarket/shared';
import { projectRoot } from './project-root.js';

const demoFile = (file: string) => join(projectRoot(), 'data', 'demo', file);
const readJson = <T>(file: string): T => JSON.parse(readFileSync(demoFile(file), 'utf8')) as T;

interface CslPaper {
  title: string;
  abstract: string;
  keywords: string[];
  discipline: string;
}
interface DemoExpert {
  organization: string;
  name: string;
  title: string;
  fieldCodes: string[];
  researchAreas: string[];
  bio: string;
}
interface DemoNeed {
  organization: string;
  title: string;
  description: string;
  keywords: string[];
  fieldCodes: string[];
  budgetMin?: string;
  budgetMax?: string;
  cooperationModes: string[];
  minMaturity?: string;
  challenge?: { reward: string; submissionDays: number };
}
export interface DemoOrg {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
}

/** A stable pseudo-random number in [0, n) from a text, so that every fresh demo database is the same. */
const pick = (text: string, n: number, salt = ''): number =>
  createHash('sha256')
    .update(salt + text)
    .digest()
    .readUInt32BE(0) % n;

const MATURITIES = ['LAB', 'PROTOTYPE', 'PROTOTYPE', 'PILOT', 'PILOT', 'SMALL_BATCH', 'INDUSTRIALIZED'];
const MODES = [
  ['TRANSFER'],
  ['LICENSE'],
  ['TRANSFER', 'LICENSE'],
  ['CO_DEVELOPMENT'],
  ['LICENSE', 'CO_DEVELOPMENT'],
  ['EQUITY', 'TRANSFER'],
];
const PRICES = [null, '100000', '300000', '500000', '800000', '1500000', '3000000', null];
const VECTOR = (a: string, b: string, c: string) =>
  `setweight(to_tsvector('simple', ${a}), 'A') || setweight(to_tsvector('simple', ${b}), 'B') || setweight(to_tsvector('simple', ${c}), 'C')`;
const words = (text: string) => indexTokens(text).join(' ');

/** The CSL papers of science and engineering become listed achievements of the universities and institutes,
 * dated over the last 18 months so that statistics by month have something to show. */
export async function seedAchievements(em: EntityManager, orgs: DemoOrg[]): Promise<number> {
  const fieldsOf = readJson<Record<string, string[] | string>>('discipline-fields.json');
  const owners = orgs.filter((o) => o.kind === 'UNIVERSITY' || o.kind === 'RESEARCH_INSTITUTE');
  const papers = readFileSync(demoFile('csl_papers.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CslPaper)
    .filter((p) => Array.isArray(fieldsOf[p.discipline]));
  for (const p of papers) {
    const owner = owners[pick(p.title, owners.length)];
    const keywords = [
      ...new Set(p.keywords.map((k) => k.trim()).filter((k) => k && [...k].length <= 50)),
    ].slice(0, 20);
    const daysAgo = pick(p.title, 540, 'age');
    await em.query(
      `insert into achievements (owner_id, title, summary, keywords, field_codes, maturity, transfer_modes, asking_price,
         region_code, status, search_vector, created_at, updated_at, listed_at)
       values ($1, $2, $3, $4, $5, $6::maturity, $7::transfer_mode[], $8, $9, 'LISTED', ${VECTOR('$10', '$11', '$12')},
         now() - make_interval(days => $13), now() - make_interval(days => $13), now() - make_interval(days => $13))`,
      [
        owner.id,
        p.title.slice(0, 200),
        p.abstract.slice(0, 2000),
        keywords,
        fieldsOf[p.discipline],
        MATURITIES[pick(p.title, MATURITIES.length, 'm')],
        MODES[pick(p.title, MODES.length, 't')],
        PRICES[pick(p.title, PRICES.length, 'p')],
        owner.regionCode,
        words(p.title),
        words(keywords.join(' ')),
        words(p.abstract),
        daysAgo,
      ],
    );
  }
  return papers.length;
}

/** The demo experts, each on the team of up to three of its organization's achievements in its fields. */
export async function seedExperts(em: EntityManager, orgs: DemoOrg[]): Promise<number> {
  const experts = readJson<DemoExpert[]>('experts.json');
  for (const e of experts) {
    const org = orgs.find((o) => o.name === e.organization);
    if (!org) throw new Error(`experts.json: unknown organization ${e.organization}`);
    const [{ id }] = await em.query(
      `insert into experts (organization_id, name, title, field_codes, research_areas, bio, region_code, search_vector)
       values ($1, $2, $3, $4, $5, $6, $7, ${VECTOR('$8', '$9', '$10')}) returning id`,
      [
        org.id,
        e.name,
        e.title,
        e.fieldCodes,
        e.researchAreas,
        e.bio,
        org.regionCode,
        words(e.name),
        words(e.researchAreas.join(' ')),
        words(`${e.title}\n${e.bio}`),
      ],
    );
    await em.query(
      `insert into achievement_team (achievement_id, expert_id, position)
       select a.id, $1, 0 from achievements a where a.owner_id = $2 and a.field_codes && $3::varchar[]
       order by a.created_at desc limit 3`,
      [id, org.id, e.fieldCodes],
    );
  }
  return experts.length;
}

/** The enterprises' demo needs, open, some of them challenges. */
export async function seedNeeds(em: EntityManager, orgs: DemoOrg[]): Promise<number> {
  const needs = readJson<DemoNeed[]>('needs.json');
  for (const n of needs) {
    const org = orgs.find((o) => o.name === n.organization);
    if (!org) throw new Error(`needs.json: unknown organization ${n.organization}`);
    await em.query(
      `insert into needs (owner_id, title, description, keywords, field_codes, budget_min, budget_max, cooperation_modes,
         min_maturity, deadline, region_code, status, challenge_reward, challenge_deadline, opened_at, search_vector)
       values ($1, $2, $3, $4, $5, $6, $7, $8::transfer_mode[], $9::maturity, now() + interval '180 days', $10, 'OPEN',
         $11, case when $12::int is null then null else now() + make_interval(days => $12::int) end, now(),
         ${VECTOR('$13', '$14', '$15')})`,
      [
        org.id,
        n.title,
        n.description,
        n.keywords,
        n.fieldCodes,
        n.budgetMin ?? null,
        n.budgetMax ?? null,
        n.cooperationModes,
        n.minMaturity ?? null,
        org.regionCode,
        n.challenge?.reward ?? null,
        n.challenge?.submissionDays ?? null,
        words(n.title),
        words(n.keywords.join(' ')),
        words(n.description),
      ],
    );
  }
  return needs.length;
}
