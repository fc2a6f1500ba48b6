import type { DataSource } from 'typeorm';
import { AchievementsRepository } from '../../libs/catalog/src/achievements/achievements.repository.js';
import {
  AchievementStatus,
  Maturity,
  NeedStatus,
  TransferMode,
} from '../../libs/catalog/src/common/catalog.enums.js';
import { NeedsRepository } from '../../libs/catalog/src/needs/needs.repository.js';
import { openTestDataSource } from '../support/databases.js';
import { newCreditCode } from '../support/factories.js';

/**
 * A catalogue edit reads the status, decides the next one, then writes: it applies only while the status
 * is still the one read, so a trade listing or an award committed in between is never overwritten.
 */
let dataSource: DataSource;
let close: () => Promise<void>;
let owner: string;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('edits'));
  [{ id: owner }] = await dataSource.query(
    `insert into organizations (name, kind, credit_code, region_code) values ('编辑测试大学', 'UNIVERSITY', $1, '330106')
     returning id`,
    [newCreditCode()],
  );
}, 30_000);
afterAll(() => close?.());

const statusOf = async (table: string, id: string) =>
  (await dataSource.query(`select status from ${table} where id = $1`, [id]))[0].status;

describe('catalogue edits racing a status change', () => {
  const achievement = {
    title: '一种镁合金材料',
    summary: '镁合金的制备方法',
    description: null,
    keywords: ['镁合金'],
    fieldCodes: ['0301'],
    maturity: Maturity.PILOT,
    transferModes: [TransferMode.TRANSFER],
    askingPrice: null,
    regionCode: '330106',
  };

  it('an achievement edit read while LISTED does not overwrite IN_TRADE set meanwhile', async () => {
    const repo = new AchievementsRepository(dataSource);
    const [{ id }] = await dataSource.query(
      `insert into achievements (owner_id, title, summary, field_codes, maturity, transfer_modes, region_code, status)
       values ($1, '旧标题', '摘要', '{0301}', 'PILOT', '{TRANSFER}', '330106', 'LISTED') returning id`,
      [owner],
    );
    // the edit read LISTED; a trade listing moves it to IN_TRADE before the edit writes
    await dataSource.query(`update achievements set status = 'IN_TRADE' where id = $1`, [id]);
    const edited = await repo.save(
      { id, from: AchievementStatus.LISTED },
      { ...achievement, ownerId: owner, status: AchievementStatus.PENDING_REVIEW },
      [],
      [],
    );
    expect(edited).toBeNull();
    expect(await statusOf('achievements', id)).toBe('IN_TRADE');
    expect((await dataSource.query(`select title from achievements where id = $1`, [id]))[0].title).toBe(
      '旧标题',
    );

    // unraced, the same edit applies and asks for re-matching
    await dataSource.query(`update achievements set status = 'LISTED' where id = $1`, [id]);
    const applied = await repo.save(
      { id, from: AchievementStatus.LISTED },
      { ...achievement, ownerId: owner, status: AchievementStatus.PENDING_REVIEW },
      [],
      [],
    );
    expect(applied?.status).toBe(AchievementStatus.PENDING_REVIEW);
    expect(applied?.title).toBe('一种镁合金材料');
  });

  it('a need edit read while OPEN does not overwrite SOLVED set meanwhile by an award', async () => {
    const repo = new NeedsRepository(dataSource);
    const [{ id }] = await dataSource.query(
      `insert into needs (owner_id, title, description, field_codes, cooperation_modes, region_code, status)
       values ($1, '旧需求', '描述', '{0301}', '{TRANSFER}', '330106', 'OPEN') returning id`,
      [owner],
    );
    await dataSource.query(`update needs set status = 'SOLVED' where id = $1`, [id]);
    const edited = await repo.save(
      { id, from: NeedStatus.OPEN },
      {
        ownerId: owner,
        title: '新需求',
        description: '新的描述',
        keywords: [],
        fieldCodes: ['0301'],
        budgetMin: null,
        budgetMax: null,
        cooperationModes: [TransferMode.TRANSFER],
        minMaturity: null,
        deadline: null,
        regionCode: '330106',
        status: NeedStatus.PENDING_REVIEW,
        challengeReward: null,
        challengeDeadline: null,
      },
    );
    expect(edited).toBeNull();
    expect(await statusOf('needs', id)).toBe('SOLVED');
  });
});
