import fc from 'fast-check';
import {
  appendEntry,
  type ChainAnchor,
  entryHash,
  type EvidenceEntry,
  verifyChain,
} from './evidence-chain.js';

const build = (payloads: readonly unknown[]): EvidenceEntry[] =>
  payloads.reduce<EvidenceEntry[]>((chain, p) => [...chain, appendEntry(chain.at(-1) ?? null, p)], []);

const steps = [
  { kind: 'LISTING', price: 100_000_00n },
  { kind: 'REGISTRATION', paddle: '001' },
  { kind: 'BID', amount: 105_000_00n, at: new Date(0) },
  { kind: 'CLOSE' },
];

describe('entryHash', () => {
  it('is SHA-256 hex over the previous hash (empty at first) and the canonical JSON', () => {
    const first = entryHash(null, { b: 1, a: [2, 'x'] });
    expect(first).toBe('bbb8e7667558a86d3622dafcc40ea84605d1835a87b06ee47ea8adac48be8d7a');
    expect(entryHash(first, { kind: 'BID' })).toBe(
      '4176bf8bdc50518efbcfc1ac4b2f36bfbe2cc00798473709d96e52fc378be4ac',
    );
  });
});

describe('verifyChain', () => {
  const chain = build(steps);
  const head = chain.at(-1)!.hash;

  it('accepts an empty chain and an intact one, even after a JSON round trip of the payloads', () => {
    expect(verifyChain([])).toEqual({
      valid: true,
      length: 0,
      headHash: null,
      firstInvalidIndex: null,
      anchoredLength: 0,
    });
    expect(verifyChain(chain)).toEqual({
      valid: true,
      length: 4,
      headHash: head,
      firstInvalidIndex: null,
      anchoredLength: 0,
    });
    const fromDb = chain.map((e) => ({
      ...e,
      payload: JSON.parse(
        JSON.stringify(e.payload, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
      ),
    }));
    expect(verifyChain(fromDb).valid).toBe(true);
  });

  it.each<[string, (c: EvidenceEntry[]) => EvidenceEntry[], number]>([
    [
      'a changed payload',
      (c) => c.map((e, i) => (i === 2 ? { ...e, payload: { ...steps[2], amount: 1n } } : e)),
      2,
    ],
    ['a changed hash', (c) => c.map((e, i) => (i === 1 ? { ...e, hash: '0'.repeat(64) } : e)), 1],
    ['a changed prevHash', (c) => c.map((e, i) => (i === 3 ? { ...e, prevHash: c[1]!.hash } : e)), 3],
    ['a first entry with a prevHash', (c) => c.map((e, i) => (i === 0 ? { ...e, prevHash: 'x' } : e)), 0],
    ['a deleted middle entry', (c) => c.filter((_e, i) => i !== 1), 1],
    ['a deleted first entry', (c) => c.slice(1), 0],
    ['two swapped entries', (c) => [c[0]!, c[2]!, c[1]!, c[3]!], 1],
    [
      'a payload with no canonical form',
      (c) => c.map((e, i) => (i === 3 ? { ...e, payload: { n: Number.NaN } } : e)),
      3,
    ],
  ])('finds %s at its index', (_n, mutate, index) => {
    const broken = mutate(chain);
    const r = verifyChain(broken);
    expect(r).toMatchObject({ valid: false, firstInvalidIndex: index, length: broken.length });
    expect(r.headHash).toBe(index === 0 ? null : broken[index - 1]!.hash);
  });

  it('needs an anchor to see entries dropped from the end', () => {
    expect(verifyChain(chain.slice(0, 2)).valid).toBe(true);
    expect(verifyChain(chain.slice(0, 2), { length: 4, headHash: head })).toMatchObject({
      valid: false,
      firstInvalidIndex: 2,
    });
    expect(verifyChain(chain, { length: 4, headHash: head }).valid).toBe(true);
    expect(verifyChain(build([...steps, { kind: 'DEAL' }]), { length: 4, headHash: head }).valid).toBe(true);
    expect(
      verifyChain(build(steps.map((s) => ({ ...s, forged: true }))), { length: 4, headHash: head }),
    ).toMatchObject({ valid: false, firstInvalidIndex: 3 });
  });

  it('detects any single mutation at the index where it happened', () => {
    const chainArb = fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }).map(build);
    const mutation = fc.constantFrom('payload', 'hash', 'prevHash', 'delete', 'swap');
    fc.assert(
      fc.property(chainArb, mutation, fc.nat(), fc.nat(), (c, kind, a, b) => {
        const i = a % c.length;
        const broken = [...c];
        let expected = i;
        if (kind === 'payload') broken[i] = { ...c[i]!, payload: { tampered: c[i]!.payload ?? null } };
        if (kind === 'hash') broken[i] = { ...c[i]!, hash: entryHash('tamper', c[i]!.payload) };
        if (kind === 'prevHash') broken[i] = { ...c[i]!, prevHash: i === 0 ? '' : entryHash('x', i) };
        if (kind === 'delete') {
          if (i === c.length - 1) return; // dropping the head needs an anchor (tested above)
          broken.splice(i, 1);
        }
        if (kind === 'swap') {
          const j = i + 1 + (b % Math.max(1, c.length - i - 1));
          if (j >= c.length) return;
          [broken[i], broken[j]] = [c[j]!, c[i]!];
          expected = i;
        }
        expect(verifyChain(broken)).toMatchObject({ valid: false, firstInvalidIndex: expected });
      }),
    );
  });

  it('checks links, length and head without hashing when asked for links only', () => {
    const links = chain.map(({ prevHash, hash }) => ({ prevHash, hash }));
    expect(verifyChain(links, { length: 4, headHash: head }, [], 'links')).toEqual({
      valid: true,
      length: 4,
      headHash: head,
      firstInvalidIndex: null,
      anchoredLength: 0,
    });
    // a payload changed in place keeps its links: only the full check sees it
    const edited = chain.map((e, i) =>
      i === 1 ? { ...e, payload: { kind: 'REGISTRATION', paddle: '999' } } : e,
    );
    expect(verifyChain(edited, undefined, [], 'links').valid).toBe(true);
    expect(verifyChain(edited).firstInvalidIndex).toBe(1);
    // a broken link, a dropped tail or a head that is not the recorded one shows either way
    const relinked = links.map((e, i) => (i === 2 ? { ...e, prevHash: 'f'.repeat(64) } : e));
    expect(verifyChain(relinked, undefined, [], 'links').firstInvalidIndex).toBe(2);
    expect(verifyChain(links.slice(0, 3), { length: 4, headHash: head }, [], 'links').firstInvalidIndex).toBe(
      3,
    );
  });
});

/** The chain as a careful forger leaves it: entry k's payload replaced, every later hash recomputed. */
const rewriteFrom = (c: readonly EvidenceEntry[], k: number, payload: unknown): EvidenceEntry[] =>
  c.reduce<EvidenceEntry[]>(
    (out, e, i) => [...out, i < k ? e : appendEntry(out.at(-1) ?? null, i === k ? payload : e.payload)],
    [],
  );
const headsOf = (c: readonly EvidenceEntry[]): ChainAnchor[] =>
  c.map((e, i) => ({ length: i + 1, headHash: e.hash }));
const headOf = (c: readonly EvidenceEntry[]): ChainAnchor => headsOf(c).at(-1)!;

describe('verifyChain against signed checkpoints', () => {
  const chain = build(steps);
  const checkpoints = headsOf(chain);

  it('vouches for a chain whose every head was signed', () => {
    expect(verifyChain(chain, headOf(chain), checkpoints)).toMatchObject({
      valid: true,
      firstInvalidIndex: null,
      anchoredLength: 4,
    });
    expect(verifyChain(chain, headOf(chain), checkpoints.slice(1, 2))).toMatchObject({
      valid: false,
      firstInvalidIndex: 2,
      anchoredLength: 2,
    });
  });

  it('names the rewritten entry of a complete consistent rewrite, which the links and the listing head miss', () => {
    const forged = rewriteFrom(chain, 1, { kind: 'REGISTRATION', paddle: '999' });
    expect(verifyChain(forged, headOf(forged))).toMatchObject({ valid: true });
    expect(verifyChain(forged, headOf(forged), checkpoints)).toMatchObject({
      valid: false,
      firstInvalidIndex: 1,
      headHash: chain[0]!.hash,
      anchoredLength: 1,
    });
  });

  it('finds entries dropped from the end, and unsigned entries added after the last checkpoint', () => {
    expect(verifyChain(chain.slice(0, 3), headOf(chain.slice(0, 3)), checkpoints)).toMatchObject({
      valid: false,
      firstInvalidIndex: 3,
      anchoredLength: 3,
    });
    const longer = build([...steps, { kind: 'DEAL' }]);
    expect(verifyChain(longer, headOf(longer), checkpoints)).toMatchObject({
      valid: false,
      firstInvalidIndex: 4,
      anchoredLength: 4,
    });
  });

  it('still names a naive edit under a matching checkpoint at its own index', () => {
    const edited = chain.map((e, i) =>
      i === 1 ? { ...e, payload: { kind: 'REGISTRATION', paddle: '9' } } : e,
    );
    expect(verifyChain(edited, headOf(chain), checkpoints)).toMatchObject({
      firstInvalidIndex: 1,
      anchoredLength: 1,
    });
  });

  it('names the first entry past the last checkpoint at or before any consistent rewrite', () => {
    const arb = fc.array(fc.jsonValue(), { minLength: 1, maxLength: 8 }).chain((payloads) =>
      fc.record({
        chain: fc.constant(build(payloads)),
        k: fc.nat(payloads.length - 1),
        signedAt: fc.subarray([...payloads.keys()], { minLength: 1 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ chain: c, k, signedAt }) => {
        const signed = headsOf(c).filter((_h, i) => signedAt.includes(i));
        const forged = rewriteFrom(c, k, { forged: c[k]!.payload ?? null });
        const expected = Math.max(0, ...signed.map((h) => h.length).filter((n) => n <= k));
        expect(verifyChain(forged, headOf(forged), signed)).toMatchObject({
          valid: false,
          firstInvalidIndex: expected,
          anchoredLength: expected,
        });
        const intact = verifyChain(c, headOf(c), signed);
        expect(intact.anchoredLength).toBe(Math.max(...signed.map((h) => h.length)));
        expect(intact.valid).toBe(intact.anchoredLength === c.length);
      }),
    );
  });
});
