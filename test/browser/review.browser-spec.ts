// Journey 3: a university member drafts an achievement in the browser and submits it; an operator
// approves it in the review queue with a comment; a visitor's search finds it. And a rejection's comment
// reaches the member's list.
import type { Page } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser.js';
import { registerMember } from '../support/factories.js';
import { must } from '../support/flows.js';
import { OPERATOR } from '../support/platform.js';

let bp: BrowserPlatform;
beforeAll(async () => {
  bp = await startBrowserPlatform();
}, 120_000);
afterAll(() => bp?.stop());

/** A Chinese patent application number with its check digit (the rule written here, not imported). */
function patentNumber(): string {
  const digits = `2021${String(Date.now()).slice(-8)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (2 + (i % 8));
  const check = sum % 11;
  return `${digits}.${check === 10 ? 'X' : check}`;
}

async function signIn(email: string, password: string): Promise<Page> {
  const page = await bp.page('/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL('**/workspace');
  return page;
}

/** Fills the achievement form by its labels. */
async function fillAchievement(page: Page, title: string, price: string, patent?: string) {
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('摘要', { exact: true }).fill('一种高强韧镁合金的半固态压铸工艺，抗拉强度提升三成。');
  await page.getByLabel('关键词').pressSequentially('镁合金,压铸,');
  await page.getByLabel('领域').click();
  await page.getByLabel('领域').pressSequentially('人工智能');
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '人工智能' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('成熟度').click();
  await page.locator('.ant-select-item-option[title="中试"]').click();
  await page.getByRole('group', { name: '转化方式' }).getByRole('checkbox', { name: '许可' }).check();
  await page.getByLabel('价格', { exact: true }).fill(price);
  if (patent) {
    await page.getByRole('button', { name: '添加专利' }).click();
    await page.getByLabel('专利号 1').fill(patent);
  }
}

const rowOf = (page: Page, title: string) => page.getByRole('row').filter({ hasText: title });

describe('journey 3: drafts to listing through the review queue', () => {
  it('a university member drafts and submits, an operator approves with a comment, a visitor finds it', async () => {
    const tag = Date.now().toString(36);
    const title = `高强韧镁合金压铸工艺${tag}`;
    const { input } = await registerMember(bp.platform, {
      organization: { kind: 'UNIVERSITY', name: `浙江测试大学${tag}` },
    });
    const member = await signIn(input.email, input.password);
    await member.getByRole('link', { name: '我的成果' }).click();
    await member.getByRole('heading', { name: '我的成果' }).waitFor();
    await member.getByRole('button', { name: '发布成果' }).click();
    await member.waitForURL('**/workspace/achievements/new');

    const patent = patentNumber();
    const wrong = patent.replace(/.$/, (c) => (c === '1' ? '2' : '1'));
    await fillAchievement(member, title, '45', wrong);
    await member.getByRole('button', { name: '保存草稿' }).click();
    await member.getByText(/校验位不符（应为 [\dX]）/).waitFor();
    expect(new URL(member.url()).pathname).toBe('/workspace/achievements/new');
    await member.getByLabel('专利号 1').fill(patent);
    await bp.screenshot(member, 'workspace-achievement-form');
    await member.getByRole('button', { name: '保存草稿' }).click();

    await member.waitForURL('**/workspace/achievements');
    const row = rowOf(member, title);
    await row.getByText('草稿').waitFor();
    await expect(row.innerText()).resolves.toContain('45.00 万元');
    await row.getByRole('button', { name: '提交审核' }).click();
    await row.getByText('待审核').waitFor();
    await bp.screenshot(member, 'workspace-achievements');

    const operator = await signIn(OPERATOR.email, OPERATOR.password);
    await operator.getByRole('link', { name: '运营后台' }).click();
    await operator.getByRole('link', { name: '审核队列' }).click();
    await operator.waitForURL('**/admin/review');
    const pending = rowOf(operator, title);
    await pending.waitFor();
    await bp.screenshot(operator, 'admin-review');
    await pending.getByRole('textbox', { name: '审核意见' }).fill('材料齐全，准予上架');
    await pending.getByRole('button', { name: '通过' }).click();
    await pending.waitFor({ state: 'detached' });

    const { achievements } = await must(
      bp.platform,
      `query($q: String) { achievements(query: $q, first: 50) { edges { node { title status reviewComment patents { number } } } } }`,
      { q: '镁合金' },
    );
    expect(achievements.edges.map((e: any) => e.node)).toContainEqual({
      title,
      status: 'LISTED',
      reviewComment: '材料齐全，准予上架',
      patents: [{ number: patent }],
    });

    await member.reload();
    await rowOf(member, title).getByText('已上架').waitFor();
    await expect(rowOf(member, title).innerText()).resolves.toContain('材料齐全，准予上架');
  }, 180_000);

  it('a rejection needs a comment, and the member sees it on their item', async () => {
    const tag = Date.now().toString(36);
    const title = `镁合金回收提纯技术${tag}`;
    const { input } = await registerMember(bp.platform, {
      organization: { kind: 'UNIVERSITY', name: `江苏测试大学${tag}` },
    });
    const member = await signIn(input.email, input.password);
    await member.goto('/workspace/achievements/new');
    await fillAchievement(member, title, '');
    await member.getByRole('button', { name: '提交审核' }).click();
    await member.waitForURL('**/workspace/achievements');
    await rowOf(member, title).getByText('待审核').waitFor();
    await expect(rowOf(member, title).innerText()).resolves.toContain('面议');

    const operator = await signIn(OPERATOR.email, OPERATOR.password);
    await operator.goto('/admin/review');
    const pending = rowOf(operator, title);
    await pending.getByRole('button', { name: '驳回' }).click();
    await pending.getByText('驳回须填写审核意见').waitFor();
    await pending.getByRole('textbox', { name: '审核意见' }).fill('请补充专利证明材料');
    await pending.getByRole('button', { name: '驳回' }).click();
    await pending.waitFor({ state: 'detached' });

    await member.reload();
    const rejected = rowOf(member, title);
    await rejected.getByText('未通过').waitFor();
    await expect(rejected.innerText()).resolves.toContain('请补充专利证明材料');
    await bp.screenshot(member, 'workspace-achievements-rejected');
  }, 180_000);

  it('a need is drafted with its budget in 万元, then withdrawn after a confirmation', async () => {
    const tag = Date.now().toString(36);
    const title = `镁合金轮毂轻量化需求${tag}`;
    const { input } = await registerMember(bp.platform);
    const member = await signIn(input.email, input.password);
    await member.getByRole('link', { name: '我的需求' }).click();
    await member.getByRole('button', { name: '发布需求' }).click();
    await member.waitForURL('**/workspace/needs/new');
    await member.getByLabel('标题', { exact: true }).fill(title);
    await member.getByLabel('需求描述').fill('寻求镁合金轮毂的轻量化设计与量产工艺。');
    await member.getByLabel('领域').click();
    await member.getByLabel('领域').pressSequentially('人工智能');
    await member.locator('.ant-select-tree-node-content-wrapper', { hasText: '人工智能' }).click();
    await member.keyboard.press('Escape');
    await member.getByRole('group', { name: '合作方式' }).getByRole('checkbox', { name: '合作开发' }).check();
    await member.getByLabel('预算', { exact: true }).fill('30.5.1');
    await member.getByRole('button', { name: '保存草稿' }).click();
    await member.getByText('请输入数字金额').waitFor();
    await member.getByLabel('预算', { exact: true }).fill('30.5');
    await member.getByRole('button', { name: '保存草稿' }).click();

    await member.waitForURL('**/workspace/needs');
    const row = rowOf(member, title);
    await row.getByText('草稿').waitFor();
    await expect(row.innerText()).resolves.toContain('30.50 万元');
    await row.getByRole('button', { name: '撤回' }).click();
    await member.getByRole('button', { name: '确定撤回' }).click();
    await row.getByText('已关闭').waitFor();
    await bp.screenshot(member, 'workspace-needs');
  }, 180_000);
});
