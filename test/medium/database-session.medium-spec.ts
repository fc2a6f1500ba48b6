import type { DataSource } from 'typeorm';
import { openTestDataSource } from '../support/databases.js';

let dataSource: DataSource;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ dataSource, close } = await openTestDataSource('session'));
});
afterAll(() => close?.());

describe('every connection of the platform', () => {
  it('starts without JIT and with 16 MB of work_mem, as dataSourceOptions asks', async () => {
    const rows = await Promise.all(
      [0, 1, 2].map(() =>
        dataSource.query(`select current_setting('jit') as jit, current_setting('work_mem') as "workMem"`),
      ),
    );
    expect(rows.flat()).toEqual(Array(3).fill({ jit: 'off', workMem: '16MB' }));
  });
});
