// The raw Postgres ceiling for one hot row, measured in the bench database: N clients each looping
// BEGIN; SELECT ... FOR UPDATE; UPDATE ...; COMMIT on the same row of a scratch table (dropped after).
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { quantile } from './auction-load.js';

export interface RawResult {
  transactions: number;
  seconds: number;
  perSecond: number;
  p99Ms: number;
}

export async function rawLockedRate(dbUrl: string, clients: number, seconds: number): Promise<RawResult> {
  const setup = new pg.Client({ connectionString: dbUrl });
  await setup.connect();
  const table = 'bench_auction_hot_row';
  await setup.query(`create table ${table} (id int primary key, price bigint not null, n int not null)`);
  await setup.query(`insert into ${table} values (1, 0, 0)`);
  const conns = await Promise.all(
    Array.from({ length: clients }, async () => {
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      return c;
    }),
  );
  const latencies: number[] = [];
  let transactions = 0;
  try {
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      conns.map(async (c) => {
        while (performance.now() < until) {
          const t0 = performance.now();
          await c.query('begin');
          const { rows } = await c.query(`select price, n from ${table} where id = 1 for update`);
          await c.query(`update ${table} set price = $1, n = $2 where id = 1`, [
            Number(rows[0].price) + 1,
            rows[0].n + 1,
          ]);
          await c.query('commit');
          latencies.push(performance.now() - t0);
          transactions += 1;
        }
      }),
    );
    // the read-modify-write lost nothing: the counter equals the committed transactions
    const { rows } = await setup.query(`select n from ${table} where id = 1`);
    if (rows[0].n !== transactions)
      throw new Error(`raw: counter ${rows[0].n} ≠ ${transactions} transactions`);
  } finally {
    await Promise.all(conns.map((c) => c.end()));
    await setup.query(`drop table if exists ${table}`);
    await setup.end();
  }
  latencies.sort((a, b) => a - b);
  return { transactions, seconds, perSecond: transactions / seconds, p99Ms: quantile(latencies, 0.99) };
}
