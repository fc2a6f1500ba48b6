import type { BidSnapshot } from './bid-store.js';
import { asSeenBy, BidWriteGate } from './bid-write-gate.js';

/** A promise settled from outside: the write the gate is running. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('BidWriteGate', () => {
  it('tells a bid on the version being written what the write left, and forgets the write once done', async () => {
    const gate = new BidWriteGate<string>();
    const write = deferred<string>();
    expect(gate.inFlight('L', 'v1', 'A/k1')).toBeUndefined();
    const running = gate.run(
      'L',
      'v1',
      'A/k1',
      () => write.promise,
      (r) => `after ${r}`,
    );
    const waiting = gate.inFlight('L', 'v1', 'B/k1');
    expect(waiting).toBeDefined();
    expect(gate.inFlight('L', 'v2', 'B/k1')).toBeUndefined(); // another version: not this write's business
    expect(gate.inFlight('M', 'v1', 'B/k1')).toBeUndefined(); // another lot
    write.resolve('stored');
    await expect(running).resolves.toBe('stored');
    await expect(waiting).resolves.toBe('after stored');
    expect(gate.inFlight('L', 'v1', 'B/k1')).toBeUndefined();
    expect(gate.size).toBe(0);
  });

  it("never makes a bidder's replay (same organization and key) wait on its own write", () => {
    const gate = new BidWriteGate<string>();
    void gate.run(
      'L',
      'v1',
      'A/k1',
      () => new Promise<string>(() => undefined),
      () => 'x',
    );
    expect(gate.inFlight('L', 'v1', 'A/k1')).toBeUndefined();
    expect(gate.inFlight('L', 'v1', 'A/k2')).toBeDefined();
  });

  it('runs a second write on a version already being written without taking over the first', async () => {
    const gate = new BidWriteGate<string>();
    const first = deferred<string>();
    const firstRun = gate.run(
      'L',
      'v1',
      'A/k1',
      () => first.promise,
      () => 'first',
    );
    const waiting = gate.inFlight('L', 'v1', 'B/k1');
    await expect(
      gate.run(
        'L',
        'v1',
        'A/k1',
        async () => 'replay',
        () => 'second',
      ),
    ).resolves.toBe('replay');
    first.resolve('ok');
    await firstRun;
    await expect(waiting).resolves.toBe('first');
  });

  it('sends waiters to read afresh when the write fails, and the failure to its own caller', async () => {
    const gate = new BidWriteGate<string>();
    const write = deferred<string>();
    const running = gate.run(
      'L',
      'v1',
      'A/k1',
      () => write.promise,
      () => 'never',
    );
    const waiting = gate.inFlight('L', 'v1', 'B/k1');
    write.reject(new Error('connection lost'));
    await expect(running).rejects.toThrow('connection lost');
    await expect(waiting).resolves.toBeUndefined();
    expect(gate.size).toBe(0);
  });

  it('answers undefined to waiters when the write could not say what it left', async () => {
    const gate = new BidWriteGate<string>();
    const running = gate.run(
      'L',
      'v1',
      'A/k1',
      async () => 'lost',
      () => undefined,
    );
    const waiting = gate.inFlight('L', 'v1', 'B/k1');
    await running;
    await expect(waiting).resolves.toBeUndefined();
  });
});

describe('asSeenBy', () => {
  const snapshot = (over: Partial<BidSnapshot>): BidSnapshot => ({
    version: 'v1',
    id: 'L',
    status: 'OPEN' as BidSnapshot['status'],
    currentMode: 'AUCTION',
    sellerId: 'S',
    startPrice: '100.00',
    increment: '10.00',
    depositAmount: '10.00',
    reservePrice: null,
    currentPrice: '100.00',
    bidCount: 1,
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2026-12-02T00:00:00Z'),
    extensionSeconds: 0,
    forfeitIfNoBid: false,
    evidenceLength: 3,
    evidenceHead: 'h3',
    leadingPaddle: 'P1',
    leaderOrg: 'A',
    registrationId: 'rA',
    paddle: 'P1',
    depositStatus: 'PAID',
    priorId: null,
    priorPaddle: null,
    priorAmount: null,
    priorCreatedAt: null,
    now: new Date('2026-12-01T10:00:00Z'),
    ...over,
  });

  it("takes the lot from the other write and the bidder's registration from its own read, at the later clock", () => {
    const lot = snapshot({
      version: 'v2',
      currentPrice: '110.00',
      leaderOrg: 'A',
      paddle: 'P1',
      registrationId: 'rA',
    });
    const own = snapshot({
      registrationId: 'rB',
      paddle: 'P2',
      depositStatus: 'PENDING',
      now: new Date('2026-12-01T10:00:01Z'),
    });
    const seen = asSeenBy(lot, own);
    expect(seen).toMatchObject({
      version: 'v2',
      currentPrice: '110.00',
      leaderOrg: 'A',
      registrationId: 'rB',
      paddle: 'P2',
      depositStatus: 'PENDING',
      priorId: null,
    });
    expect(seen.now).toEqual(own.now);
    expect(asSeenBy(snapshot({ now: new Date('2026-12-01T11:00:00Z') }), own).now).toEqual(
      new Date('2026-12-01T11:00:00Z'),
    );
  });
});
