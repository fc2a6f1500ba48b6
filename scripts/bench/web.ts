// `npm run bench:web`: how fast the public catalogue becomes usable in headless Chromium on this machine,
// beside a static page in the same run, and the initial script of every page (gzip) from Vite's manifest.
// Without --url it starts its own platform: a fresh database with the demo data, the built API and worker.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../project-root.js';
import {
  admin,
  benchEnv,
  databaseUrl,
  freePort,
  Processes,
  removeKeys,
  untilHealthy,
} from './bench-processes.js';
import { pageSizes, signedInOnly } from './web-sizes.js';
import { percentile } from './web-stats.js';

const USAGE = `usage: node dist/scripts/bench/web.js [--runs 20] [--url http://127.0.0.1:3000]
  --runs  timed loads of each page (after 2 untimed ones), each in a fresh browser context (cold cache)
  --url   measure a running console instead of starting one (with the demo data loaded)
  CHROMIUM_PATH (default /usr/bin/chromium); the sizes need \`npm run build:web\` (dist/web/.vite/manifest.json)`;

const TARGET_MS = 2000;
const TARGET_KB = 350;
const STATIC_HTML = 'data:text/html,<!doctype html><meta charset=utf-8><title>static</title><p>静态页面</p>';

interface Running {
  url: string;
  stop(): Promise<void>;
}

async function startOwn(): Promise<Running> {
  const tag = randomBytes(4).toString('hex');
  const dbName = `techmarket_bench_web_${tag}`;
  const prefix = `tm-bench-web-${tag}`;
  const env = { ...benchEnv(databaseUrl(dbName), prefix), PORT: String(await freePort()) };
  const processes = new Processes();
  const stop = async () => {
    await processes.stopAll();
    await admin(`drop database if exists "${dbName}" with (force)`).catch(() => undefined);
    await removeKeys(prefix).catch(() => 0);
  };
  try {
    console.log(`platform: database ${dbName} with the demo data (node dist/scripts/db.js setup)...`);
    // demo data loads in development only (its members' password is in the repository); the API and
    // worker then run in production mode, as in the other benchmarks
    execFileSync(process.execPath, ['dist/scripts/db.js', 'setup'], {
      cwd: projectRoot(),
      env: { ...env, NODE_ENV: 'development' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    processes.launch('dist/apps/api/src/main.js', env, 'api');
    processes.launch('dist/apps/worker/src/main.js', env, 'worker');
    const url = `http://127.0.0.1:${env.PORT}`;
    await untilHealthy(url);
    return { url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** ms from navigation until `ready` holds, in a fresh context (no cache, no session). */
async function timeLoad(
  browser: Browser,
  target: string,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  try {
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(target, { waitUntil: 'commit' });
    await ready(page);
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

/** The catalogue is usable: the first result link is visible and the search box takes input. */
async function catalogueReady(page: Page): Promise<void> {
  await page.getByRole('list', { name: '成果列表' }).getByRole('link').first().waitFor({ state: 'visible' });
  const box = page.getByRole('textbox', { name: '搜索' });
  await box.fill('镁');
  if ((await box.inputValue()) !== '镁') throw new Error('the search box did not take input');
}

async function measure(browser: Browser, runs: number, target: string, ready: (p: Page) => Promise<void>) {
  for (let i = 0; i < 2; i++) await timeLoad(browser, target, ready);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeLoad(browser, target, ready));
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '20' },
      url: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1\n${USAGE}`);

  console.log('initial script per page (entry + page chunk + their static imports), gzip:');
  const sizes = pageSizes(`${projectRoot()}/dist/web`);
  for (const s of sizes)
    console.log(
      `  ${s.page.padEnd(52)} ${(s.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  (${(s.rawBytes / 1024).toFixed(0)} KB raw, ${s.files} files)  ${signedInOnly(s.page) ? 'signed-in page' : s.gzipBytes / 1024 <= TARGET_KB ? 'ok' : 'OVER'}`,
    );
  const largest = Math.max(...sizes.filter((s) => !signedInOnly(s.page)).map((s) => s.gzipBytes)) / 1024;
  console.log(
    `  largest public page ${largest.toFixed(1)} KB; target ≤ ${TARGET_KB} KB: ${largest <= TARGET_KB ? 'ok' : 'OVER'}`,
  );

  const running = values.url
    ? { url: values.url.replace(/\/$/, ''), stop: async () => undefined }
    : await startOwn();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    console.log(`\nloads in headless Chromium, ${runs} runs each (fresh context, cold cache), ms:`);
    const rows: Array<[string, { p50: number; p95: number; max: number }]> = [
      [
        'static page (data: URL, text visible)',
        await measure(browser, runs, STATIC_HTML, (p) => p.getByText('静态页面').waitFor()),
      ],
      [
        'static answer of the same API (/health)',
        await measure(browser, runs, `${running.url}/health`, (p) => p.waitForLoadState('load')),
      ],
      [
        '/achievements interactive',
        await measure(browser, runs, `${running.url}/achievements`, catalogueReady),
      ],
    ];
    for (const [name, r] of rows)
      console.log(
        `  ${name.padEnd(42)} p50 ${r.p50.toFixed(0).padStart(5)}  p95 ${r.p95.toFixed(0).padStart(5)}  max ${r.max.toFixed(0).padStart(5)}`,
      );
    const catalogue = rows[2]![1];
    console.log(
      `  /achievements p95 ${catalogue.p95.toFixed(0)} ms; target ≤ ${TARGET_MS} ms: ${catalogue.p95 <= TARGET_MS ? 'ok' : 'OVER'}`,
    );
  } finally {
    await browser.close();
    await running.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
