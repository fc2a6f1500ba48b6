// Browser tests: the real platform (the built API serving the built console, and the worker) driven by
// Debian's Chromium through playwright-core. scripts/test.sh installs chromium when it is missing.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startPlatform, type Platform } from './platform.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(process.cwd(), 'docs/screenshots');

export interface BrowserPlatform {
  platform: Platform;
  browser: Browser;
  /** A fresh context (its own cookies and localStorage), offline when asked (the API stays reachable). */
  context(options?: { offline?: boolean }): Promise<BrowserContext>;
  /** A page in a fresh context, at `path` of the console when given. */
  page(path?: string): Promise<Page>;
  /** Saves a full-page screenshot to docs/screenshots/<name>.png and returns its path. */
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}

export async function startBrowserPlatform(extraEnv: Record<string, string> = {}): Promise<BrowserPlatform> {
  const platform = await startPlatform(extraEnv);
  const browser = await launchBrowser().catch(async (err: unknown) => {
    await platform.stop();
    throw err;
  });
  const contexts: BrowserContext[] = [];
  const context = async (options: { offline?: boolean } = {}) => {
    const ctx = await browser.newContext({
      baseURL: platform.url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    if (options.offline) {
      // "offline": every request that is not to the platform itself is refused
      await ctx.route(
        (url) => url.origin !== new URL(platform.url).origin,
        (route) => route.abort('internetdisconnected'),
      );
    }
    contexts.push(ctx);
    return ctx;
  };
  return {
    platform,
    browser,
    context,
    page: async (path) => {
      const page = await (await context()).newPage();
      if (path !== undefined) await page.goto(path);
      return page;
    },
    screenshot: async (page, name) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const file = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    stop: async () => {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close().catch(() => undefined);
      await platform.stop();
    },
  };
}
