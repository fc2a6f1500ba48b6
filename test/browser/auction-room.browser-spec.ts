// Journey 4: two bidders in two browser contexts in one auction room, live over the subscription.
import type { BrowserContext, Page } from 'playwright-core';
import { startBrowserPlatform, type BrowserPlatform } from '../support/browser.js';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must } from '../support/flows.js';
import { OPERATOR } from '../support/platform.js';

let bp: BrowserPlatform;
let operator: string;
type Member = Awaited<ReturnType<typeof registerMember>>;
let seller: Member;
const bidders: Member[] = [];

beforeAll(async () => {
  bp = await startBrowserPlatform();
  operator = await loginAs(bp.platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(bp.platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  for (let i = 0; i < 3; i += 1) bidders.push(await registerMember(bp.platform));
}, 120_000);
afterAll(() => bp?.stop(), 30_000);

const TITLE = '一种耐蚀镁合金板材轧制工艺';
const REGISTER = `mutation($l: ID!) { registerForListing(listingId: $l) { id paddle depositStatus } }`;
const CONFIRM = `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id depositStatus } }`;
const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id } }`;
const STATE = `query($id: ID!) { tradeListing(id: $id) { status endsAt auction { currentPrice leadingPaddle bidCount endsAt bids(first: 100) { paddle amount } } } }`;

/** An auction of a listed achievement ending in `seconds`, with a 20 s anti-sniping window, three paid bidders. */
async function runningAuction(seconds: number): Promise<{ id: string; paddles: string[] }> {
  const achievementId = await listAchievement(bp.platform, seller.token, operator, {
    title: TITLE,
    summary: '镁合金板材多道次异步轧制，提高耐蚀性能',
    fieldCodes: ['0301'],
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });
  const { createTradeListing } = await must(
    bp.platform,
    `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`,
    {
      input: {
        achievementId,
        mode: 'AUCTION',
        terms: 'TRANSFER',
        endsAt: new Date(Date.now() + seconds * 1000).toISOString(),
        auction: { startPrice: '100000', increment: '5000', extensionSeconds: 20, reservePrice: '110000' },
      },
    },
    seller.token,
  );
  const paddles = [];
  for (const b of bidders) {
    const { registerForListing } = await must(bp.platform, REGISTER, { l: createTradeListing.id }, b.token);
    await must(bp.platform, CONFIRM, { r: registerForListing.id }, operator);
    paddles.push(registerForListing.paddle as string);
  }
  return { id: createTradeListing.id as string, paddles };
}

/** A browser context signed in as `m` (the console's stored session). */
async function signedIn(m: Member): Promise<BrowserContext> {
  const ctx = await bp.context();
  const exp = JSON.parse(Buffer.from(m.token.split('.')[1]!, 'base64url').toString()).exp as number;
  const session = { token: m.token, expiresAt: exp * 1000, user: m.user };
  await ctx.addInitScript(
    (s) =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('techmarket.session', s),
    JSON.stringify(session),
  );
  return ctx;
}

const figure = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const state = async (id: string) => (await must(bp.platform, STATE, { id })).tradeListing;

// What the functions run inside the page use (the tests' tsconfig has no DOM types).
interface InPageElement {
  textContent: string | null;
  nextElementSibling: InPageElement | null;
}
interface InPage {
  document: {
    querySelectorAll(selector: string): Iterable<InPageElement>;
    querySelector(selector: string): InPageElement | null;
    body: unknown;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: unknown, options: object): void;
    disconnect(): void;
  };
  performance: { timeOrigin: number; now(): number };
  seenAt?: number;
}

/** In the page, the time (ms since the epoch) at which 当前价 first shows `price` and the log's top row `paddle`. */
async function watchFor(page: Page, price: string, paddle: string): Promise<void> {
  await page.evaluate(
    ([p, pad]) => {
      const w = globalThis as unknown as InPage;
      const { document, performance } = w;
      delete w.seenAt;
      const seen = () => {
        const dd = [...document.querySelectorAll('dt')].find(
          (d) => d.textContent === '当前价',
        )?.nextElementSibling;
        const top = document.querySelector('table[aria-label="出价记录"] tbody tr');
        return !!dd?.textContent?.includes(p!) && !!top?.textContent?.startsWith(pad!);
      };
      const observer = new w.MutationObserver(() => {
        if (w.seenAt === undefined && seen()) {
          w.seenAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [price, paddle],
  );
}

const seenAt = (page: Page) =>
  page
    .waitForFunction(() => (globalThis as unknown as InPage).seenAt, undefined, { timeout: 5000 })
    .then(async (h) => (await h.jsonValue()) as number);

describe('journey 4: the live auction room', () => {
  it('shows one bidder’s bid to the other within 1 s, refuses low bids in words, bids once on a double click and shows the extension and the outcome to both', async () => {
    const { id, paddles } = await runningAuction(60);
    const [a, b] = await Promise.all([signedIn(bidders[0]!), signedIn(bidders[1]!)]);

    // the hall lists it among the auctions; its row leads to the room
    const hall = await a.newPage();
    await hall.goto('/trade?mode=AUCTION&status=OPEN');
    await hall.getByRole('link', { name: TITLE }).first().waitFor();
    await expect(hall.getByRole('timer', { name: '距结束' }).first().innerText()).resolves.toMatch(
      /距结束 \d\d:\d\d:\d\d/,
    );
    await bp.screenshot(hall, 'trade-hall');
    await hall.getByRole('link', { name: TITLE }).first().click();
    await hall.waitForURL(`**/trade/${id}`);
    const pageA = hall;
    const pageB = await b.newPage();
    await pageB.goto(`/trade/${id}`);
    for (const page of [pageA, pageB]) {
      await expect(figure(page, '起拍价').innerText()).resolves.toBe('10.00 万元');
      await expect(figure(page, '加价幅度').innerText()).resolves.toBe('5,000.00 元');
      await expect(figure(page, '保证金').innerText()).resolves.toBe('1.00 万元');
      await expect(figure(page, '保留价').innerText()).resolves.toBe('有 · 未达');
      await expect(figure(page, '当前价').innerText()).resolves.toBe('尚无出价');
      await expect(figure(page, '剩余时间').innerText()).resolves.toMatch(/^00:00:\d\d$/);
      await page.getByText('保证金已缴纳').waitFor();
    }
    // the countdown ticks on its own
    const before = await figure(pageB, '剩余时间').innerText();
    await figure(pageB, '剩余时间').filter({ hasNotText: before }).waitFor({ timeout: 3000 });

    // A bids the start price from the keyboard; B sees price, paddle and log without reloading, within 1 s
    await watchFor(pageB, '10.00 万元', paddles[0]!);
    const amount = pageA.getByLabel('出价金额');
    await amount.focus();
    await pageA.keyboard.press('Control+A');
    await pageA.keyboard.type('100000');
    const sentAt = Date.now();
    await pageA.keyboard.press('Enter');
    const latency = (await seenAt(pageB)) - sentAt;
    console.log(`live update latency (A presses Enter → B shows the bid): ${Math.round(latency)} ms`);
    expect(latency).toBeLessThan(1000);
    await expect(figure(pageB, '领先竞买号').innerText()).resolves.toBe(paddles[0]);
    const log = pageB.getByRole('table', { name: '出价记录' });
    await expect(log.getByRole('columnheader').allInnerTexts()).resolves.toEqual(['竞买号', '出价', '时间']);
    await expect(log.getByRole('row').nth(1).innerText()).resolves.toMatch(
      new RegExp(`${paddles[0]}.*10\\.00 万元.*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d`, 's'),
    );
    await pageA.getByText('出价成功').waitFor();

    // a bid below the next increment: refused in the form, and by the server when the price moved under it
    await pageB.getByLabel('出价金额').fill('100000');
    await pageB.getByRole('button', { name: '出价', exact: true }).click();
    await expect(pageB.getByRole('alert').innerText()).resolves.toContain('出价低于当前价加一个加价幅度');
    await pageB.getByRole('button', { name: '10.50 万元' }).click();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await pageB.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('PlaceBid')) await held;
      await route.continue();
    });
    await pageB.getByRole('button', { name: '出价', exact: true }).click();
    await must(bp.platform, BID, { l: id, a: '105000', k: 'c-1' }, bidders[2]!.token); // C gets there first
    release();
    await expect(pageB.getByRole('alert').innerText()).resolves.toContain('出价低于当前价加一个加价幅度');
    await pageB.unroute('**/graphql');
    await expect(figure(pageB, '当前价').innerText()).resolves.toBe('10.50 万元');

    // a double click on 出价 stores one bid
    await expect(pageB.getByLabel('出价金额').inputValue()).resolves.toBe('110000.00');
    await pageB.getByRole('button', { name: '出价', exact: true }).dblclick();
    await pageB.getByText('出价成功').waitFor();
    await figure(pageA, '当前价').getByText('11.00 万元').waitFor();
    const afterDouble = await state(id);
    expect(afterDouble.auction.bidCount).toBe(3);
    expect(afterDouble.auction.bids.filter((x: { paddle: string }) => x.paddle === paddles[1])).toEqual([
      { paddle: paddles[1], amount: '110000.00' },
    ]);
    await expect(pageB.getByRole('alert').count()).resolves.toBe(0);
    await expect(figure(pageA, '保留价').innerText()).resolves.toBe('有 · 已达');

    // a bid in the last seconds moves the end: both rooms show the extension and the new end
    const end = new Date(afterDouble.endsAt).getTime();
    await new Promise((r) => setTimeout(r, Math.max(0, end - Date.now() - 12_000)));
    await pageA.getByLabel('出价金额').focus();
    await pageA.keyboard.press('Tab'); // to 出价
    await pageA.keyboard.press('Enter');
    await pageA.getByText('出价成功').waitFor();
    const extended = await state(id);
    expect(new Date(extended.endsAt).getTime()).toBeGreaterThan(end);
    const shown = new Date(new Date(extended.endsAt).getTime() + 8 * 3600_000)
      .toISOString()
      .slice(0, 19)
      .replace('T', ' ');
    for (const page of [pageA, pageB]) {
      await page.getByRole('status').getByText(`延时至 ${shown}`).waitFor({ timeout: 1000 });
      await expect(figure(page, '结束时间').innerText()).resolves.toBe(shown);
    }
    await bp.screenshot(pageB, 'auction-room');

    // the close: 成交 to both, live, with the deal
    for (const page of [pageA, pageB])
      await page.getByRole('status').getByText('成交：11.50 万元').waitFor({ timeout: 40_000 });
    expect((await state(id)).status).toBe('DEALT');
    await expect(figure(pageA, '剩余时间').innerText()).resolves.toBe('已成交');
    // the contract is for its parties: the winner sees its state, the other bidder only the deal
    await pageA
      .getByRole('status')
      .getByText(/合同待签署/)
      .waitFor({ timeout: 5000 });
    await expect(
      pageB.getByRole('status').filter({ hasText: '成交：11.50 万元' }).innerText(),
    ).resolves.not.toMatch(/合同/);
    // the evidence chain, opened from the keyboard: every step recorded, the chain verified
    await pageA.getByRole('button', { name: '存证（证据链）' }).focus();
    await pageA.keyboard.press('Enter');
    await expect(pageA.getByRole('status', { name: '存证校验' }).innerText()).resolves.toMatch(/通过/);
    await pageA.getByRole('cell', { name: '出价', exact: true }).first().waitFor();
    await bp.screenshot(pageA, 'auction-room-closed');
  }, 180_000);

  it('retries a bid whose answer was lost with the same key: one bid stored, shown as placed', async () => {
    const { id, paddles } = await runningAuction(120);
    const page = await (await signedIn(bidders[2]!)).newPage();
    await page.goto(`/trade/${id}`);
    await page.getByText('保证金已缴纳').waitFor();
    const keys: string[] = [];
    // the first bid reaches the server, but its answer never reaches the browser
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (!body.includes('PlaceBid')) return route.continue();
      keys.push(JSON.parse(body).variables.idempotencyKey as string);
      if (keys.length === 1) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.getByRole('button', { name: '出价', exact: true }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('网络连接失败');
    await expect(page.getByLabel('出价金额').inputValue()).resolves.toBe('100000.00');
    await page.getByRole('button', { name: '出价', exact: true }).click();
    await page.getByText('出价成功').waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    const { auction } = await state(id);
    expect(auction.bids).toEqual([{ paddle: paddles[2], amount: '100000.00' }]);
  }, 120_000);
});
