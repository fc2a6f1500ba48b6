import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import pg from 'pg';
import { loginAs, registerMember } from '../support/factories.js';
import { listAchievement, must as mustOn, sql as sqlOn } from '../support/flows.js';
import { OPERATOR, type Platform, startPlatform } from '../support/platform.js';

let platform: Platform;
let operator: string;
let seller: { token: string; user: any };
const bidders: Array<{ token: string; user: any }> = [];

const must = (query: string, variables: Record<string, unknown>, token?: string) =>
  mustOn(platform, query, variables, token);
const sql = (text: string, params: unknown[] = []) => sqlOn(platform, text, params);

beforeAll(async () => {
  platform = await startPlatform();
  operator = await loginAs(platform, OPERATOR.email, OPERATOR.password);
  seller = await registerMember(platform, { organization: { kind: 'UNIVERSITY', regionCode: '220102' } });
  for (let i = 0; i < 2; i += 1)
    bidders.push(
      await registerMember(platform, { organization: { kind: 'ENTERPRISE', regionCode: '220104' } }),
    );
}, 90_000);
afterAll(() => platform?.stop());

const CREATE = `mutation($input: TradeListingInput!) { createTradeListing(input: $input) { id } }`;
const REGISTER = `mutation($l: ID!) { registerForListing(listingId: $l) { id depositStatus } }`;
const CONFIRM = `mutation($r: ID!) { confirmDeposit(registrationId: $r) { id } }`;
const BID = `mutation($l: ID!, $a: Money!, $k: String!) { placeBid(listingId: $l, amount: $a, idempotencyKey: $k) { id } }`;
const VERIFY = `query($id: ID!) { verifyEvidence(listingId: $id) { valid length headHash firstInvalidIndex anchoredLength } }`;
const EXPORT = `query($id: ID!) { evidenceExport(listingId: $id) { listingId
  entries { index kind payloadJson prevHash hash }
  checkpoints { length headHash keyId signature }
  signingKey { algorithm keyId publicKeyPem }
  verification { valid firstInvalidIndex anchoredLength } } }`;

/** An auction with two paid bidders and two bids: LISTING, (REGISTRATION, DEPOSIT) ×2, BID ×2: 7 entries. */
async function auctionWithBids(): Promise<string> {
  const achievementId = await listAchievement(platform, seller.token, operator, {
    title: '一种锂电池隔膜涂覆工艺',
    summary: '陶瓷涂覆隔膜的连续生产方法',
    fieldCodes: ['0301'],
    maturity: 'PILOT',
    transferModes: ['TRANSFER'],
  });
  const { createTradeListing } = await must(
    CREATE,
    {
      input: {
        achievementId,
        mode: 'AUCTION',
        terms: 'TRANSFER',
        endsAt: new Date(Date.now() + 600_000).toISOString(),
        auction: { startPrice: '100000', increment: '5000' },
      },
    },
    seller.token,
  );
  const id = createTradeListing.id as string;
  for (const b of bidders) {
    const { registerForListing } = await must(REGISTER, { l: id }, b.token);
    if (registerForListing.depositStatus === 'PENDING')
      await must(CONFIRM, { r: registerForListing.id }, operator);
  }
  await must(BID, { l: id, a: '100000', k: 'a' }, bidders[0]!.token);
  await must(BID, { l: id, a: '105000', k: 'b' }, bidders[1]!.token);
  return id;
}

/** The forger's canonical JSON (PRODUCT.md: keys sorted, no whitespace). */
const canonical = (v: unknown): string =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? `{${Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : Array.isArray(v)
      ? `[${v.map(canonical).join(',')}]`
      : JSON.stringify(v);
const sha256 = (prev: string | null, json: string) =>
  createHash('sha256')
    .update(prev ?? '')
    .update(json)
    .digest('hex');

/**
 * The careful forger, with write access to the database and no key: entry `k`'s payload rewritten, every
 * later hash recomputed and stored, and the listing's recorded head moved along, in one transaction.
 */
async function rewriteConsistently(listingId: string, k: number, change: Record<string, unknown>) {
  const client = new pg.Client({ connectionString: platform.db.url });
  await client.connect();
  try {
    await client.query('begin');
    const { rows } = await client.query(
      `select index, payload, prev_hash as "prevHash", hash from evidence_entries where listing_id = $1 order by index`,
      [listingId],
    );
    let prev: string | null = k === 0 ? null : rows[k - 1].hash;
    for (const row of rows.slice(k)) {
      const payload = row.index === k ? { ...row.payload, ...change } : row.payload;
      const hash = sha256(prev, canonical(payload));
      await client.query(
        `update evidence_entries set payload = $3::jsonb, prev_hash = $4, hash = $5 where listing_id = $1 and index = $2`,
        [listingId, row.index, JSON.stringify(payload), prev, hash],
      );
      prev = hash;
    }
    await client.query(`update trade_listings set evidence_head = $2 where id = $1`, [listingId, prev]);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

type Exported = {
  entries: Array<{ index: number; payloadJson: string; prevHash: string | null; hash: string }>;
  checkpoints: Array<{ length: number; headHash: string; keyId: string; signature: string }>;
  signingKey: { publicKeyPem: string };
  listingId: string;
  verification?: Record<string, unknown>;
};

/** What an auditor runs offline, node:crypto alone: the links, and each checkpoint's signature. */
function auditOffline(e: Exported, checkpointsFrom: Exported = e) {
  const key = createPublicKey(checkpointsFrom.signingKey.publicKeyPem);
  const linksHold = e.entries.every(
    (x, i) =>
      x.index === i &&
      x.prevHash === (i === 0 ? null : e.entries[i - 1]!.hash) &&
      x.hash === sha256(x.prevHash, x.payloadJson),
  );
  const signed = checkpointsFrom.checkpoints.filter((c) =>
    verify(
      null,
      Buffer.from(`techmarket-evidence-checkpoint/v1\n${e.listingId}\n${c.length}\n${c.headHash}`),
      key,
      Buffer.from(c.signature, 'base64'),
    ),
  );
  const unmatched = signed.filter((c) => e.entries[c.length - 1]?.hash !== c.headHash).map((c) => c.length);
  return { linksHold, signed: signed.length, unmatched };
}

describe('evidence that survives a careful forger', () => {
  it('names the rewritten entry of a complete consistent rewrite (entry, every later hash, the head) as the first that no longer matches a signed checkpoint', async () => {
    const id = await auctionWithBids();
    expect((await must(VERIFY, { id })).verifyEvidence).toMatchObject({
      valid: true,
      length: 7,
      firstInvalidIndex: null,
      anchoredLength: 7,
    });
    const before = (await must(EXPORT, { id }, operator)).evidenceExport as Exported;
    expect(before.checkpoints.map((c) => c.length)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(auditOffline(before)).toEqual({ linksHold: true, signed: 7, unmatched: [] });

    await rewriteConsistently(id, 3, { paddle: '099' }); // the second bidder's registration
    const after = (await must(EXPORT, { id }, operator)).evidenceExport as Exported;
    // the forgery is complete: the links hold and the listing's head is the forged one ...
    expect(auditOffline(after, { ...after, checkpoints: [] })).toMatchObject({ linksHold: true });
    const [listing] = await sql(`select evidence_head as head from trade_listings where id = $1`, [id]);
    expect(listing.head).toBe(after.entries[6]!.hash);
    expect(after.entries[3]!.payloadJson).toContain('"paddle":"099"');
    // ... but the signed heads from entry 3 on no longer match, and verifyEvidence says where it starts
    expect(auditOffline(after).unmatched).toEqual([4, 5, 6, 7]);
    expect((await must(VERIFY, { id })).verifyEvidence).toEqual({
      valid: false,
      length: 7,
      headHash: before.entries[2]!.hash,
      firstInvalidIndex: 3,
      anchoredLength: 3,
    });
    expect(after.verification).toEqual({ valid: false, firstInvalidIndex: 3, anchoredLength: 3 });
  }, 60_000);

  it('keeps the checkpoints append-only in the database, and a head signed by another key anchors nothing', async () => {
    const id = await auctionWithBids();
    await rewriteConsistently(id, 6, { amount: '1.00' });
    for (const statement of [
      `update evidence_checkpoints set head_hash = repeat('0', 64) where listing_id = $1`,
      `delete from evidence_checkpoints where listing_id = $1 and length > 6`,
    ])
      await expect(sql(statement, [id])).rejects.toThrow(/evidence_checkpoints is append-only/);
    await expect(sql(`truncate evidence_checkpoints cascade`)).rejects.toThrow(/append-only: TRUNCATE/);

    // the forger's own key signs the forged head one step further on: not the server's key, no anchor
    const forger = generateKeyPairSync('ed25519');
    const [head] = await sql(`select hash from evidence_entries where listing_id = $1 and index = 6`, [id]);
    const message = Buffer.from(`techmarket-evidence-checkpoint/v1\n${id}\n8\n${head.hash}`);
    await sql(
      `insert into evidence_checkpoints (listing_id, length, head_hash, key_id, signature) values ($1, 8, $2, $3, $4)`,
      [id, head.hash, 'forger', sign(null, message, forger.privateKey).toString('base64')],
    );
    await expect(
      sql(
        `insert into evidence_checkpoints (listing_id, length, head_hash, key_id, signature) values ($1, 7, $2, 'forger', 'x')`,
        [id, head.hash],
      ),
    ).rejects.toThrow(/duplicate key/);
    expect((await must(VERIFY, { id })).verifyEvidence).toMatchObject({
      valid: false,
      firstInvalidIndex: 6,
      anchoredLength: 6,
    });
  }, 60_000);

  it('exports a chain to operators alone, and shows anyone the public key that signs', async () => {
    const id = await auctionWithBids();
    const { evidenceSigningKey } = await must(`{ evidenceSigningKey { algorithm keyId publicKeyPem } }`, {});
    expect(evidenceSigningKey.algorithm).toBe('Ed25519');
    expect(createPublicKey(evidenceSigningKey.publicKeyPem).asymmetricKeyType).toBe('ed25519');
    const exported = (await must(EXPORT, { id }, operator)).evidenceExport;
    expect(exported.signingKey).toEqual(evidenceSigningKey);
    expect(new Set(exported.checkpoints.map((c: { keyId: string }) => c.keyId))).toEqual(
      new Set([evidenceSigningKey.keyId]),
    );
    const member = await platform.gql(EXPORT, { id }, bidders[0]!.token);
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await platform.gql(EXPORT, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await platform.gql(EXPORT, { id: '00000000-0000-4000-8000-000000000000' }, operator);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);
});
