import type { ChildProcess } from 'node:child_process';
import { random } from '../../scripts/bench/matching-bench-corpus.js';
import { loginAs, registerMember } from '../support/factories.js';
import { must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform, waitFor } from '../support/platform.js';

// A full re-match runs in batch jobs (many subjects a job, one transaction a step); one subject's run
// (an edit) is a batch of one. These tests hold the batches to what the subjects run one by one leave,
// and to converging when the worker dies in the middle of a batch.

let platform: Platform;
let operator: string;
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);
const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

const WORDS = [
  '镁合金',
  '挤压',
  '锂电池',
  '回收',
  '燃料电池',
  '催化剂',
  '工业机器人',
  '视觉',
  '生物降解',
  '塑料',
  '数控机床',
  '误差补偿',
  '水处理',
  '反渗透膜',
  '光伏',
  '逆变器',
  '汽车',
  '轻量化',
  '复合材料',
  '成型',
];
const COUNTS = { a: 240, n: 40, e: 6 };
const SUBJECTS = COUNTS.a + COUNTS.n + COUNTS.e;
const MATURITIES = ['LAB', 'PROTOTYPE', 'PILOT', 'SMALL_BATCH', 'INDUSTRIALIZED'];
const MODES = ['{TRANSFER}', '{LICENSE}', '{TRANSFER,LICENSE}'];

/** Listed achievements, open needs and experts written straight to the catalogue, none matched yet. */
async function catalogue(university: string, enterprise: string, counts = COUNTS) {
  const next = random(7);
  const words = (k: number) => Array.from({ length: k }, () => WORDS[Math.floor(next() * WORDS.length)]);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  for (let i = 0; i < counts.a; i++) {
    const w = words(3);
    await sql(
      `insert into achievements (owner_id, title, summary, keywords, field_codes, maturity, transfer_modes, region_code, status, listed_at)
       values ($1, $2, $3, $4, $5, $6::maturity, $7::transfer_mode[], '220102', 'LISTED', now())`,
      [
        university,
        `${w.join('')}技术${i}`,
        `一种${w[0]}与${w[1]}的方法`,
        w,
        [pick(['0301', '0302', '0801'])],
        pick(MATURITIES),
        pick(MODES),
      ],
    );
  }
  for (let i = 0; i < counts.n; i++) {
    const w = words(3);
    await sql(
      `insert into needs (owner_id, title, description, keywords, field_codes, cooperation_modes, min_maturity, region_code, status, opened_at)
       values ($1, $2, $3, $4, $5, $6::transfer_mode[], $7::maturity, '220104', 'OPEN', now())`,
      [
        enterprise,
        `${w[0]}${w[1]}需求${i}`,
        `需要${w.join('、')}方面的技术，用于${pick(WORDS)}。`,
        w.slice(0, 2),
        [pick(['0301', '0801'])],
        pick(MODES),
        pick(MATURITIES),
      ],
    );
  }
  for (let i = 0; i < counts.e; i++) {
    const w = words(2);
    await sql(
      `insert into experts (organization_id, name, field_codes, research_areas, bio, region_code)
       values ($1, $2, '{0301}', $3, $4, '220102')`,
      [university, `专家${i}`, w, `从事${w.join('与')}研究。`],
    );
  }
}

const allDone = async () =>
  (await sql(`select count(*)::int as n from matching_states where status <> 'DONE'`))[0].n === 0;

/** Every stored pair with what a viewer sees of it, in one order. */
const snapshot = () =>
  sql(`select need_id, target, coalesce(achievement_id, expert_id) as other, score, reasons, status, dismiss_reason
       from matches order by need_id, target, other`);

const requests = async () =>
  (await sql(`select coalesce(sum(version), 0)::int as n from matching_states`))[0].n as number;

/** rematchAll, until every subject's new request is answered (the mutation only queues the re-match). */
async function rematchAll() {
  const before = await requests();
  await must(`mutation { rematchAll }`, {}, operator);
  await waitFor(
    async () => (await requests()) >= before + SUBJECTS && (await allDone()),
    90_000,
    'the re-match to finish',
  );
}

/** The same subjects run one by one, as edits are: supply first, then the needs (a re-match's order). */
async function oneByOne() {
  for (const kinds of [['ACHIEVEMENT', 'EXPERT'], ['NEED']]) {
    const before = await requests();
    await sql(
      `update matching_states set status = 'PENDING', version = version + 1, batch_job = null,
         updated_at = now() - interval '1 minute' where subject_kind = any($1)`,
      [kinds],
    );
    await waitFor(
      async () => (await requests()) > before && (await allDone()),
      90_000,
      `${kinds.join(', ')} to be matched one by one`,
    );
  }
}

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  const university = await registerMember(platform, {
    organization: { kind: 'UNIVERSITY', regionCode: '220102' },
  });
  const enterprise = await registerMember(platform, {
    organization: { kind: 'ENTERPRISE', regionCode: '220104' },
  });
  await catalogue(university.user.organization.id, enterprise.user.organization.id);
  await rematchAll(); // indexes and matches everything once
}, 180_000);
afterAll(() => platform?.stop());

describe('a full re-match in batches', () => {
  it('queues a few batch jobs, not one job per subject, and answers every request once', async () => {
    const states = await sql(
      `select subject_kind as kind, count(*)::int as n, count(*) filter (where done_version = version)::int as answered
       from matching_states group by 1 order by 1`,
    );
    expect(states).toEqual([
      { kind: 'ACHIEVEMENT', n: 240, answered: 240 },
      { kind: 'EXPERT', n: 6, answered: 6 },
      { kind: 'NEED', n: 40, answered: 40 },
    ]);
    expect(
      (await sql(`select count(*)::int as n from matching_states where batch_job is not null`))[0].n,
    ).toBe(0);
    const matched = await sql(`select count(distinct need_id)::int as n from matches`);
    expect(matched[0].n).toBeGreaterThan(30);
  });

  it('leaves exactly the matches that running each subject on its own leaves', async () => {
    // a need's owner acted on some suggestions, and their scores went stale: both ways must treat them alike
    await sql(
      `update matches set status = 'DISMISSED', dismiss_reason = 'PRICE', score = 0.01
       where id in (select id from matches where target = 'ACHIEVEMENT' order by id limit 4)`,
    );
    await sql(
      `update matches set status = 'VIEWED', score = 0.02
       where id in (select id from matches where target = 'ACHIEVEMENT' and status = 'SUGGESTED' order by id desc limit 3)`,
    );
    const before = await sql(`select * from matches`);

    await rematchAll();
    const batched = await snapshot();

    await sql(`delete from matches`);
    await sql(`insert into matches select * from jsonb_populate_recordset(null::matches, $1::jsonb)`, [
      JSON.stringify(before),
    ]);
    await oneByOne();
    const single = await snapshot();

    expect(batched.length).toBeGreaterThan(100);
    expect(batched).toEqual(single);
    expect(batched.filter((m) => m.status === 'DISMISSED')).toHaveLength(4);
  }, 240_000);

  it('converges when the worker is killed in the middle of a batch, with nothing lost or doubled', async () => {
    const expected = await snapshot();
    const before = await requests();
    await must(`mutation { rematchAll }`, {}, operator);
    await waitFor(
      async () =>
        (
          await sql(
            `select count(*)::int as n from matching_states where status = 'RUNNING' and batch_job is not null`,
          )
        )[0].n > 0,
      30_000,
      'a batch to be running',
    );
    const worker = platform.processes.worker;
    worker.kill('SIGKILL');
    await exited(worker);
    platform.spawnWorker();
    await waitFor(
      async () => (await requests()) >= before + SUBJECTS && (await allDone()),
      90_000,
      'every subject to be matched after the kill',
    );
    const states = await sql(
      `select count(*)::int as n from matching_states where done_version <> version or batch_job is not null`,
    );
    expect(states[0].n).toBe(0);
    const dupes = await sql(
      `select need_id, achievement_id from matches where achievement_id is not null group by 1, 2 having count(*) > 1`,
    );
    expect(dupes).toEqual([]);
    expect(await snapshot()).toEqual(expected);
  }, 150_000);
});
