// A new enterprise signs up: what the server would refuse is refused in the form with its reason, the
// server's own refusals appear next to their field, and a right form lands signed in on the workspace.
import type { Page } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser.js';
import { newCreditCode, registerMember } from '../support/factories.js';

let bp: BrowserPlatform;
beforeAll(async () => {
  bp = await startBrowserPlatform();
}, 120_000);
afterAll(() => bp?.stop(), 60_000);

/** The error text shown under a form field (the antd Form.Item holding the control labelled `label`). */
const fieldError = (page: Page, label: string) =>
  page
    .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
    .locator('.ant-form-item-explain');

async function fill(page: Page, values: { email: string; creditCode: string }): Promise<void> {
  await page.getByLabel('邮箱').fill(values.email);
  await page.getByLabel('密码').fill('correct-horse-battery');
  await page.getByLabel('姓名').fill('王工');
  await page.getByLabel('机构名称').fill('杭州镁铝轻量化科技有限公司');
  await page.getByLabel('机构类型').click();
  await page.locator('.ant-select-item-option[title="企业"]').click();
  await page.getByLabel('统一社会信用代码').fill(values.creditCode);
  await page.getByLabel('所在地区').click();
  await page.getByRole('menuitemcheckbox', { name: '浙江省' }).or(page.getByTitle('浙江省')).first().click();
  await page.getByRole('menuitemcheckbox', { name: '杭州市' }).or(page.getByTitle('杭州市')).first().click();
}

describe('sign up in Chromium', () => {
  it('refuses a wrong credit code in the form with the reason, then lands signed in on /workspace', async () => {
    const page = await bp.page('/register');
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('Register')) sent.push(r.url());
    });
    const email = `new-${Date.now()}@example.com`;
    const good = newCreditCode('330100');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await fill(page, { email, creditCode: wrongCheck });
    await page.getByRole('button', { name: '注册' }).click();
    await expect(fieldError(page, '统一社会信用代码').innerText()).resolves.toContain(
      '统一社会信用代码校验位不正确',
    );
    await bp.screenshot(page, 'register');
    await page.getByLabel('密码').fill('short');
    await expect(fieldError(page, '密码').innerText()).resolves.toContain('密码至少 8 位');
    await page.getByLabel('密码').fill('correct-horse-battery');
    expect(sent).toEqual([]); // refused in the browser, nothing sent
    expect(new URL(page.url()).pathname).toBe('/register');

    // the server's refusal of a taken email, next to 邮箱
    const taken = await registerMember(bp.platform);
    await page.getByLabel('统一社会信用代码').fill(good);
    await page.getByLabel('邮箱').fill(taken.input.email);
    await page.getByRole('button', { name: '注册' }).click();
    await expect(fieldError(page, '邮箱').innerText()).resolves.toContain('该邮箱已注册');
    expect(sent).toHaveLength(1);

    await page.getByLabel('邮箱').fill(email);
    await page.getByRole('button', { name: '注册' }).click();
    await page.waitForURL('**/workspace');
    await page.getByRole('banner').getByRole('link', { name: '工作台', exact: true }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: '退出' }).waitFor();
    const stored = await page.evaluate("localStorage.getItem('techmarket.session')");
    const token = (JSON.parse(String(stored ?? '{}')) as { token?: string }).token;
    const { data } = await bp.platform.gql(
      `{ me { email organization { name creditCode regionCode kind } } }`,
      {},
      token,
    );
    expect(data?.me).toEqual({
      email,
      organization: {
        name: '杭州镁铝轻量化科技有限公司',
        creditCode: good,
        regionCode: '330100',
        kind: 'ENTERPRISE',
      },
    });
  }, 120_000);
});
