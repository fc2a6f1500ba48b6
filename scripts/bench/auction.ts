// Issue #5, live auction throughput: N bidders on one lot for S seconds through the real API (GraphQL over
// keep-alive HTTP), beside the same run's raw Postgres rate of locked read-modify-write transactions on one
// row, then the invariants. Targets: API bid attempts/s ≥ 0.5 × the raw rate, p99 latency ≤ 100 ms.
//   npm run bench:auction [-- --bidders 40 --seconds 15 --raw-clients 40 --warmup 2 --apis 1]
// --apis N runs N API processes side by side, bidder i bidding through process i mod N.
// The lot ends 10 minutes after it is listed with extensionSeconds 0, so its end never moves in the run.
// The raw rate is measured first (API idle), then the bidders. Database and Redis keys are removed at the end.
import { parseArgs } from 'node:util';
import { checkInvariants } from './auction-check.js';
import { quantile, runBidders } from './auction-load.js';
import { startAuctionPlatform } from './auction-platform.js';
import { rawLockedRate } from './auction-raw.js';
import { setUpLot } from './auction-setup.js';

const { values } = parseArgs({
  options: {
    bidders: { type: 'string', default: '40' },
    seconds: { type: 'string', default: '15' },
    'raw-clients': { type: 'string', default: '40' },
    warmup: { type: 'string', default: '2' },
    apis: { type: 'string', default: '1' },
  },
});
const bidders = Number(values.bidders);
const seconds = Number(values.seconds);
const rawClients = Number(values['raw-clients']);
const warmup = Number(values.warmup);
const apis = Number(values.apis);
for (const [name, n] of Object.entries({ bidders, seconds, 'raw-clients': rawClients, apis }))
  if (!Number.isInteger(n) || n < 1) {
    console.error(
      `--${name} must be a whole number of at least 1, got ${String(values[name as keyof typeof values])}`,
    );
    process.exit(2);
  }
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 100;

const f1 = (n: number) => n.toFixed(1);

async function main(): Promise<number> {
  const p = await startAuctionPlatform(bidders + 8, apis);
  try {
    const lot = await setUpLot(p, bidders, 600);
    console.log(`lot ${lot.listingId}: ${bidders} bidders registered, deposits confirmed`);

    const raw = await rawLockedRate(p.dbUrl, rawClients, seconds);
    console.log(
      `raw Postgres, ${rawClients} clients, BEGIN; SELECT … FOR UPDATE; UPDATE; COMMIT on one row, ${seconds} s: ` +
        `${raw.transactions} tx, ${f1(raw.perSecond)} tx/s, p99 ${f1(raw.p99Ms)} ms`,
    );

    // the API's CPU over the measured window: how busy the process is per attempt (is it CPU-bound?)
    let cpuAtStart: number | null = null;
    const cpuTimer = setTimeout(() => (cpuAtStart = p.apiCpuMs()), warmup * 1000);
    const load = await runBidders(p, lot, warmup, seconds);
    clearTimeout(cpuTimer);
    const cpuAtEnd = p.apiCpuMs();
    const apiCpu = cpuAtStart !== null && cpuAtEnd !== null ? cpuAtEnd - cpuAtStart : null;
    const lat = [...load.latenciesMs].sort((a, b) => a - b);
    const attemptsPerSecond = load.attempts / load.seconds;
    const p99 = quantile(lat, 0.99);
    const refused = Object.entries(load.refused)
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
    console.log(
      `API${apis > 1 ? ` (${apis} processes)` : ''}, ${bidders} bidders, ${seconds} s (after ${warmup} s warm-up): ${load.attempts} attempts, ` +
        `${f1(attemptsPerSecond)} attempts/s, ${f1(load.accepted / load.seconds)} accepted bids/s (${load.accepted})`,
    );
    console.log(`  refused: ${refused || 'none'}`);
    console.log(
      `  latency p50 ${f1(quantile(lat, 0.5))} ms, p95 ${f1(quantile(lat, 0.95))} ms, p99 ${f1(p99)} ms, max ${f1(lat[lat.length - 1])} ms`,
    );
    for (const [outcome, ms] of Object.entries(load.latenciesByOutcome)) {
      const sorted = [...ms].sort((a, b) => a - b);
      console.log(
        `  ${outcome.toLowerCase()}: ${sorted.length}, p50 ${f1(quantile(sorted, 0.5))} ms, p99 ${f1(quantile(sorted, 0.99))} ms`,
      );
    }
    if (apiCpu !== null)
      console.log(
        `  API process${apis > 1 ? 'es' : ''} CPU ${f1(apiCpu / load.attempts)} ms per attempt, ${f1(apiCpu / 10 / seconds)}% of one core`,
      );
    const decided = new Map<string, number>();
    for (const line of (await p.metrics()).split('\n')) {
      const m = /^auction_bid_decisions_total\{path="(\w+)",outcome="(\w+)"\} (\d+)/.exec(line);
      if (m) decided.set(`${m[1]}/${m[2]}`, (decided.get(`${m[1]}/${m[2]}`) ?? 0) + Number(m[3]));
    }
    const decisions = [...decided].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`  decisions (path/outcome, warm-up and replays included): ${decisions}`);
    const ratio = attemptsPerSecond / raw.perSecond;
    const ratioOk = ratio >= TARGET_RATIO;
    const p99Ok = p99 <= TARGET_P99_MS;
    console.log(
      `ratio API attempts/s ÷ raw tx/s = ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO}: ${ratioOk ? 'met' : 'MISSED'})`,
    );
    console.log(`p99 ${f1(p99)} ms (target ≤ ${TARGET_P99_MS} ms: ${p99Ok ? 'met' : 'MISSED'})`);

    const checks = await checkInvariants(p, lot, load.bids);
    for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
    const invariantsOk = checks.every((c) => c.ok);
    console.log(`invariants: ${invariantsOk ? 'all hold' : 'VIOLATED'}`);
    return invariantsOk ? 0 : 1;
  } finally {
    await p.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
