import type { EntityManager } from 'typeorm';
import { formatContractNumber, MAX_CONTRACT_SERIAL } from '../rules/index.js';

/** Allocates the next registration number of (year, region) in the caller's transaction. */
export async function nextContractNumber(
  em: EntityManager,
  year: number,
  regionCode: string,
): Promise<string> {
  const [{ n }] = await em.query(
    `insert into contract_number_counters (year, region_code, n) values ($1, $2, 1)
     on conflict (year, region_code) do update set n = contract_number_counters.n + 1 returning n`,
    [year, regionCode],
  );
  if (n > MAX_CONTRACT_SERIAL)
    throw new RangeError(`contract serials of ${year}/${regionCode} are exhausted`);
  return formatContractNumber({ year, regionCode, serial: n });
}
