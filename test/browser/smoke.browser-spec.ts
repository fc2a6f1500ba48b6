// The console as a user meets it: the header of the UI contract, keyboard-only sign in, GraphiQL offline.
import type { Page } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser.js';
import { registerMember } from '../support/factories.js';

let bp: BrowserPlatform;
beforeAll(async () => {
  bp = await startBrowserPlatform();
}, 90_000);
afterAll(() => bp?.stop());

const HEADER_LINKS = ['科技成果', '技术需求', '专家', '交易大厅', '统计'];

async function linkNames(page: Page): Promise<string[]> {
  return page.getByRole('banner').getByRole('link').allInnerTexts();
}

describe('the web console in Chromium', () => {
  it('renders the home page with every header link of the contract, signed out', async () => {
    const page = await bp.page('/');
    await page.getByRole('link', { name: '科技成果', exact: true }).waitFor();
    const names = await linkNames(page);
    expect(names).toEqual(expect.arrayContaining([...HEADER_LINKS, '登录', '注册']));
    expect(names).not.toContain('工作台');
    await bp.screenshot(page, 'home');
    // a lazy page's route commits once its chunk is loaded: wait for each URL, not for the old page's heading
    const paths = ['/achievements', '/needs', '/experts', '/trade', '/stats'];
    for (const [i, name] of HEADER_LINKS.entries()) {
      await page.getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === paths[i], { timeout: 15_000 });
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    }
    expect(new URL(page.url()).pathname).toBe('/stats');
  }, 60_000);

  it("takes antd's styles from the built stylesheet, under the console's own (a white header)", async () => {
    const page = await bp.page('/achievements');
    await page.getByRole('heading', { name: '科技成果' }).waitFor();
    // in the page (a string: this file is compiled without the DOM's types)
    const seen = await page.evaluate<{ runtime: number; linked: string[]; header: string }>(`({
      // styles antd had to compute in the browser: the build's stylesheet leaves only a few (overlays, compact)
      runtime: document.querySelectorAll('style[data-css-hash]').length,
      linked: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.getAttribute('href')),
      header: getComputedStyle(document.querySelector('header')).backgroundColor,
    })`);
    expect(seen.linked[0]).toMatch(/^\/assets\/antd-\w+\.css$/);
    expect(seen.runtime).toBeLessThanOrEqual(4);
    expect(seen.header).toBe('rgb(255, 255, 255)');
  });

  it('fits a phone: the header on two rows with each link on one line, the trading hall within the width', async () => {
    const page = await bp.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/trade');
    await page.getByRole('heading', { name: '交易大厅', level: 2 }).waitFor();
    const banner = page.getByRole('banner');
    for (const name of HEADER_LINKS) {
      const box = await banner.getByRole('link', { name, exact: true }).boundingBox();
      expect(box!.height).toBeLessThan(60); // one line (40 px), not one character a line (4 × 40)
    }
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await bp.screenshot(page, 'phone-trade-hall');
  });

  it('signs in from the keyboard alone and lands on /workspace with 工作台 and 退出 in the header', async () => {
    const {
      input: { email, password },
    } = await registerMember(bp.platform);

    const page = await bp.page('/login');
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.keyboard.press('Tab');
    // Tab from the top reaches the header first: keep tabbing until the 邮箱 box has the focus
    const emailFocused = () =>
      page
        .getByLabel('邮箱')
        .evaluate(
          (el: { ownerDocument: { activeElement: unknown } }) => el.ownerDocument.activeElement === el,
        );
    for (let i = 0; i < 20 && !(await emailFocused()); i++) await page.keyboard.press('Tab');
    expect(await emailFocused()).toBe(true);
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/workspace');
    await page.getByRole('button', { name: '退出' }).waitFor();
    const names = await linkNames(page);
    expect(names).toContain('工作台');
    expect(names).not.toContain('登录');
    expect(names).not.toContain('运营后台');
    await expect(page.getByRole('button', { name: /通知/ }).innerText()).resolves.toMatch(/通知\s*\d+/);
    await bp.screenshot(page, 'workspace');

    await page.getByRole('button', { name: '退出' }).click();
    await page.getByRole('link', { name: '登录', exact: true }).waitFor();
  }, 60_000);

  it('shows a wrong password in words and stays on /login', async () => {
    const page = await bp.page('/login?next=/workspace');
    await page.getByLabel('邮箱').fill('nobody@techmarket.test');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('邮箱或密码错误');
    expect(new URL(page.url()).pathname).toBe('/login');
  }, 60_000);

  it('serves GraphiQL at /graphql that renders and runs { serverTime } with no network', async () => {
    const context = await bp.context({ offline: true });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('requestfailed', (r) => outside.push(r.url()));
    await page.goto('/graphql');
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').waitFor();
    await page.getByText('serverTime').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"serverTime"').waitFor({ timeout: 15_000 });
    const shown = await result.innerText();
    const time = /"serverTime": "([^"]+)"/.exec(shown)?.[1];
    expect(Math.abs(Date.parse(time ?? '') - Date.now())).toBeLessThan(60_000);
    expect(outside).toEqual([]);
    await bp.screenshot(page, 'graphiql');
  }, 60_000);
});
