// The public catalogue as a visitor meets it: search from the home page, narrow by a province, open a
// result, reload to the same page; needs with a challenge and the experts menu; keyboard only.
import type { Page } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser.js';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must, openNeed } from '../support/flows.js';
import { OPERATOR } from '../support/platform.js';

let bp: BrowserPlatform;
let member: { email: string; password: string };
const ids: Record<string, string> = {};

const achievement = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `${title}：面向汽车轻量化的成套工艺，已在示范线上验证。`,
  fieldCodes: ['0301'],
  maturity: 'PILOT',
  transferModes: ['LICENSE', 'TRANSFER'],
  keywords: ['镁合金', '轻量化'],
  ...extra,
});

beforeAll(async () => {
  bp = await startBrowserPlatform();
  const operator = await loginAs(bp.platform, OPERATOR.email, OPERATOR.password);
  const zj = await registerMember(bp.platform, {
    organization: { name: '浙江某大学技术转移中心', kind: 'UNIVERSITY', regionCode: '330106' },
  });
  const js = await registerMember(bp.platform, {
    organization: { name: '南京某研究院', kind: 'RESEARCH_INSTITUTE', regionCode: '320102' },
  });
  member = { email: zj.input.email, password: zj.input.password };
  const { createExpert } = await must(
    bp.platform,
    `mutation($input: ExpertInput!) { createExpert(input: $input) { id } }`,
    {
      input: {
        name: '李镁',
        title: '教授',
        bio: '长期从事镁合金成形与腐蚀防护研究。',
        fieldCodes: ['0301'],
        researchAreas: ['镁合金', '挤压成形'],
      },
    },
    zj.token,
  );
  ids.expert = createExpert.id;
  ids.zj1 = await listAchievement(
    bp.platform,
    zj.token,
    operator,
    achievement('高强韧镁合金挤压型材', {
      askingPrice: '450000.00',
      teamExpertIds: [createExpert.id],
      patents: [{ number: 'ZL201910123456.X', kind: 'INVENTION', title: '一种镁合金挤压方法' }],
    }),
  );
  ids.zj2 = await listAchievement(bp.platform, zj.token, operator, achievement('镁合金表面微弧氧化涂层'));
  ids.js1 = await listAchievement(bp.platform, js.token, operator, achievement('稀土镁合金压铸件'));
  await listAchievement(
    bp.platform,
    js.token,
    operator,
    achievement('晶硅太阳能电池片', { fieldCodes: ['0502'], keywords: ['光伏'] }),
  );
  ids.need = await openNeed(bp.platform, zj.token, operator, {
    title: '镁合金轮毂耐腐蚀工艺',
    description: '寻求镁合金轮毂表面耐腐蚀处理方案，盐雾 500 小时以上。',
    fieldCodes: ['0301'],
    cooperationModes: ['CO_DEVELOPMENT'],
    budgetMin: '200000.00',
    budgetMax: '500000.00',
    challenge: {
      reward: '300000.00',
      submissionDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    },
  });
}, 180_000);
afterAll(() => bp?.stop(), 60_000);

const results = (page: Page) => page.getByRole('list', { name: '成果列表' });
const resultTitles = (page: Page) => results(page).getByRole('link').allInnerTexts();

const focused = (page: Page, locator: ReturnType<Page['getByRole']>) =>
  locator.evaluate(
    (el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el,
  );

async function tabTo(page: Page, locator: ReturnType<Page['getByRole']>, max = 40): Promise<void> {
  for (let i = 0; i < max && !(await focused(page, locator)); i++) await page.keyboard.press('Tab');
  expect(await focused(page, locator)).toBe(true);
}

describe('the public catalogue in Chromium', () => {
  it('searches 镁合金 from home, narrows to 浙江省, opens a result, and reloads to the same pages', async () => {
    const page = await bp.page('/');
    await page.getByRole('link', { name: '高强韧镁合金挤压型材' }).waitFor(); // latest achievements
    await bp.screenshot(page, 'home');
    await page.getByRole('textbox', { name: '搜索' }).fill('镁合金');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/achievements\?q=/);
    await results(page).getByRole('link', { name: '稀土镁合金压铸件' }).waitFor();
    expect((await resultTitles(page)).sort()).toEqual(
      ['高强韧镁合金挤压型材', '镁合金表面微弧氧化涂层', '稀土镁合金压铸件'].sort(),
    );

    const regions = page.getByRole('group', { name: '地区' });
    await regions.getByRole('checkbox', { name: '江苏省 (1)' }).waitFor();
    await regions.getByRole('checkbox', { name: '浙江省 (2)' }).check();
    await page.waitForURL(/region=330000/);
    await results(page).getByRole('link', { name: '稀土镁合金压铸件' }).waitFor({ state: 'detached' });
    await results(page).getByRole('link', { name: '镁合金表面微弧氧化涂层' }).waitFor();
    expect((await resultTitles(page)).sort()).toEqual(
      ['高强韧镁合金挤压型材', '镁合金表面微弧氧化涂层'].sort(),
    );
    await regions.getByRole('checkbox', { name: '杭州市 (2)' }).waitFor(); // province → city
    await bp.screenshot(page, 'achievements');

    const listUrl = page.url();
    await page.reload();
    await results(page).getByRole('link', { name: '镁合金表面微弧氧化涂层' }).waitFor();
    expect(page.url()).toBe(listUrl);
    expect(await page.getByRole('textbox', { name: '搜索' }).inputValue()).toBe('镁合金');
    expect(await regions.getByRole('checkbox', { name: /浙江省/ }).isChecked()).toBe(true);
    expect(await resultTitles(page)).toHaveLength(2);

    await page.getByRole('link', { name: '高强韧镁合金挤压型材' }).click();
    await page.waitForURL(`**/achievements/${ids.zj1}`);
    const heading = page.getByRole('heading', { level: 2, name: '高强韧镁合金挤压型材' });
    await heading.waitFor();
    await page.reload();
    await heading.waitFor();
    await page.getByText('201910123456.X', { exact: false }).waitFor();
    await page.getByRole('link', { name: '李镁' }).waitFor();
    await expect(page.getByText('45.00 万元').first().isVisible()).resolves.toBe(true);
    await bp.screenshot(page, 'achievement-detail');

    await page.goBack();
    await page.waitForURL(listUrl);
    await results(page).getByRole('link', { name: '镁合金表面微弧氧化涂层' }).waitFor();
    expect(await resultTitles(page)).toHaveLength(2);
  }, 120_000);

  it('shows an empty search in words and 面议 for an achievement without a price', async () => {
    const page = await bp.page('/achievements?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D');
    await page.getByText('没有找到与“不存在的词”相关的成果').waitFor();
    await page.goto(`/achievements/${ids.zj2}`);
    await page.getByText('面议').first().waitFor();
    await page.goto('/achievements/00000000-0000-0000-0000-000000000000');
    await page.getByText('该成果不存在或尚未发布').waitFor();
  }, 60_000);

  it('lists needs, shows the challenge reward and deadline, and the experts menu', async () => {
    const page = await bp.page('/needs');
    await page.getByRole('link', { name: '镁合金轮毂耐腐蚀工艺' }).waitFor();
    await page
      .getByText(/悬赏 30\.00 万元/)
      .first()
      .waitFor();
    await bp.screenshot(page, 'needs');
    await page.getByRole('link', { name: '镁合金轮毂耐腐蚀工艺' }).click();
    await page.waitForURL(`**/needs/${ids.need}`);
    await page.getByText('揭榜挂帅 · 悬赏 30.00 万元').waitFor();
    await page.getByText(/剩余 (29|30)天/).waitFor();
    await page.getByText('20.00 万元 – 50.00 万元').waitFor();
    await bp.screenshot(page, 'need-detail');

    await page.getByRole('banner').getByRole('link', { name: '专家', exact: true }).click();
    await page.getByRole('link', { name: '李镁' }).click();
    await page.waitForURL(`**/experts/${ids.expert}`);
    await page.getByRole('link', { name: '高强韧镁合金挤压型材' }).waitFor();
    await page.goBack();
    await page.getByRole('link', { name: '李镁' }).waitFor();
    await bp.screenshot(page, 'experts');
  }, 60_000);

  it('signs in and searches from the keyboard alone, every control named as the UI contract says', async () => {
    const page = await bp.page('/login');
    await tabTo(page, page.getByRole('textbox', { name: '邮箱' }));
    await page.keyboard.type(member.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(member.password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/workspace');
    const header = page.getByRole('banner');
    for (const name of ['科技成果', '技术需求', '专家', '交易大厅', '统计', '工作台'])
      await header.getByRole('link', { name, exact: true }).waitFor();
    await header.getByRole('button', { name: '退出' }).waitFor();
    await header.getByRole('button', { name: /通知/ }).waitFor();

    await page.keyboard.press('Control+Home');
    await tabTo(page, header.getByRole('link', { name: '科技成果', exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/achievements');
    const box = page.getByRole('textbox', { name: '搜索' });
    await tabTo(page, box);
    await page.keyboard.type('镁合金');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await results(page).getByRole('link', { name: '稀土镁合金压铸件' }).waitFor();
    await page.getByRole('button', { name: '搜索' }).waitFor();
    for (const group of ['领域', '地区', '成熟度', '转化方式'])
      await page.getByRole('group', { name: group }).getByRole('checkbox').first().waitFor();
    await page.getByRole('group', { name: '成熟度' }).getByRole('checkbox', { name: '中试 (3)' }).waitFor();
    await page.getByRole('group', { name: '转化方式' }).getByRole('checkbox', { name: '许可 (3)' }).waitFor();
    await page
      .getByRole('group', { name: '领域' })
      .getByRole('checkbox', { name: /^新材料 \(3\)$/ })
      .waitFor();

    const jiangsu = page.getByRole('group', { name: '地区' }).getByRole('checkbox', { name: '江苏省 (1)' });
    await tabTo(page, jiangsu);
    await page.keyboard.press('Space');
    await page.waitForURL(/region=320000/);
    await results(page).getByRole('link', { name: '高强韧镁合金挤压型材' }).waitFor({ state: 'detached' });
    await results(page).getByRole('link', { name: '稀土镁合金压铸件' }).waitFor();
    expect(await resultTitles(page)).toEqual(['稀土镁合金压铸件']);
  }, 90_000);
});
