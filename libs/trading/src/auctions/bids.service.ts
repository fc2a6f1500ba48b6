import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { DataSource } from 'typeorm';
import { OrganizationsService } from '@techmarket/identity';
import { NotificationsService } from '@techmarket/notifications';
import {
  afterCommit,
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  checkPageSize,
  badInput,
  groupByKeys,
  conflict,
  DomainError,
  forbidden,
  fromFen,
  isUuid,
  notFound,
  parseMoney,
  PUB_SUB,
  type RequestLoaders,
  toFen,
} from '@techmarket/shared';
import { EvidenceSigner } from '../evidence/evidence-signer.js';
import { nextEvidenceEntry } from '../evidence/evidence.service.js';
import { closeDueJob, TRADING_QUEUE } from '../clock/trading.queue.js';
import { TradeMode, TradeStatus } from '../listings/trade.enums.js';
import { validateBid } from '../rules/index.js';
import { refusal } from '../trading-errors.js';
import { idempotencyKey as checkKey } from '../idempotency-key.js';
import { bidDecisions } from './bid-metrics.js';
import { asSeenBy, BidWriteGate } from './bid-write-gate.js';
import { auctionChannel, type AuctionRow, auctionStateOf } from './auction-state.js';
import {
  lockListing,
  preparedSql,
  readBidSnapshot,
  type Sql,
  sqlState,
  transactionSql,
  type BidSnapshot,
  type BidWriteResult,
  type StoredNotice,
  writeAcceptedBid,
} from './bid-store.js';
import type { Bid } from './auction-state.model.js';

interface Accepted {
  bid: Bid;
  replay: boolean;
  state?: AuctionRow;
  extended?: boolean;
  /** OUTBID notifications stored with the bid, pushed after the commit. */
  notices?: StoredNotice[];
}

const OUTBID_TITLE = '您的出价已被超过';

type BidAttemptInput = { listingId: string; org: string; key: string; amount: string };
type Try = Accepted | { lost: true; newer?: BidSnapshot };

/** Locked tries only repeat when the clock passes the end between the read and the write. */
const LOCKED_TRIES = 3;
const UNIQUE_VIOLATION = '23505';

/**
 * 竞价. A bid is decided by the pure rule on one consistent read (the auction, its leader, the
 * bidder's registration and any earlier bid under the same key, the database clock) and, when
 * accepted, written by one statement that applies only if the listing row is still the version read
 * and the clock still before its end. A refusal is true of the auction as it stood at that read; an
 * acceptance is true when the write commits, since nothing about the lot changed in between. When the
 * write finds the lot changed (another bid won the race), the bid is decided again on the state that
 * statement read (or on a fresh read when it saw none newer). Nothing waits on the row lock across
 * round trips, so a burst of bidders racing for the next increment costs each loser one statement,
 * not a place in a queue; within one process, bids accepted on a version another of its bids is already
 * writing do not even send that statement: they wait for the write and are decided again on the lot
 * it left (BidWriteGate). After BID_OPTIMISTIC_TRIES lost races the bid takes the row lock and decides
 * under it, so every bid gets an answer. A replay of an accepted (bidder, key)
 * is answered with the same bid; the unique (registration, key) index makes a racing replay one bid.
 */
@Injectable()
export class BidsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    @Inject(PUB_SUB) private readonly pubsub: RedisPubSub,
    @InjectQueue(TRADING_QUEUE) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signer: EvidenceSigner,
    private readonly organizations: OrganizationsService,
  ) {
    this.sql = preparedSql(db);
  }

  private readonly sql: Sql;
  private readonly gate = new BidWriteGate<BidSnapshot>();

  /**
   * The latest bids of a lot (the highest are the latest), under paddle numbers only; `first` ≤ 100.
   * Batched per request: the lots of a page cost one statement. Not cached: a subscription keeps
   * its context (and loaders) for every event, and each event must read the bids anew.
   */
  async latest(loaders: RequestLoaders, listingId: string, first: number | null | undefined): Promise<Bid[]> {
    const limit = checkPageSize(first);
    const loader = loaders.get<string, Array<Bid & { listingId: string }>>(
      `latestBids:${limit}`,
      async (ids) =>
        groupByKeys(
          ids,
          await this.db.query(
            `select k.id as "listingId", b.id, b.paddle, b.amount, b."createdAt"
               from unnest($1::uuid[]) as k(id) cross join lateral (
                 select id, paddle, amount, created_at as "createdAt" from bids where listing_id = k.id
                  order by amount desc limit $2) b
              order by k.id, b.amount desc`,
            [ids, limit],
          ),
          (r: { listingId: string }) => r.listingId,
        ),
    );
    const bids = await loader.load(listingId);
    loader.clear(listingId);
    return bids;
  }

  async place(user: AuthUser, listingId: string, amountInput: string, key: string): Promise<Bid> {
    if (!user.organizationId) throw forbidden('MEMBERS_ONLY', 'Bids are placed for an organization');
    if (!isUuid(listingId)) throw notFound('TradeListing', listingId);
    await this.organizations.requireVerified(user, 'BID');
    const idempotencyKey = checkKey(key, true) as string;
    const attempt = {
      listingId,
      org: user.organizationId,
      key: idempotencyKey,
      amount: parseMoney(amountInput, 'amount'),
    };
    let known: BidSnapshot | undefined; // a newer snapshot handed back by a lost race
    const optimistic = this.config.bidOptimisticTries;
    const maxTries = optimistic + LOCKED_TRIES;
    for (let tries = 1; tries <= maxTries; tries++) {
      const path = tries <= optimistic ? 'read' : 'lock';
      let result: Try;
      try {
        result =
          path === 'read'
            ? await this.tryOnce(this.sql, attempt, known, true)
            : await this.db.transaction(async (em) => {
                await lockListing(em, listingId);
                return this.tryOnce(transactionSql(em), attempt);
              });
      } catch (err) {
        bidDecisions.inc({ path, outcome: err instanceof DomainError ? 'refused' : 'error' });
        throw err;
      }
      if ('lost' in result) {
        bidDecisions.inc({ path, outcome: 'lost_race' });
        known = result.newer;
        continue;
      }
      bidDecisions.inc({ path, outcome: result.replay ? 'replay' : 'accepted' });
      if (!result.replay) await this.afterBid(listingId, result);
      return result.bid;
    }
    throw new Error(`bid on ${listingId} undecided after ${maxTries} tries`);
  }

  /**
   * One decision, on `known` or else a read. A refusal throws; a lost race hands back the newer
   * snapshot the write saw, when it saw one, for the next decision. On the optimistic path an accepted
   * bid whose lot version another bid of this process is already writing waits for that write instead
   * of sending its own doomed one (BidWriteGate).
   */
  private async tryOnce(q: Sql, a: BidAttemptInput, known?: BidSnapshot, gated = false): Promise<Try> {
    const s = known ?? (await readBidSnapshot(q, a.listingId, a.org, a.key));
    if (!s) throw notFound('TradeListing', a.listingId);
    if (s.priorId)
      return {
        bid: { id: s.priorId, paddle: s.priorPaddle!, amount: s.priorAmount!, createdAt: s.priorCreatedAt! },
        replay: true,
      };
    const decision = decideBid(s, a);
    const bidder = `${a.org}/${a.key}`;
    const underWay = gated ? this.gate.inFlight(a.listingId, s.version, bidder) : undefined;
    if (underWay) {
      bidDecisions.inc({ path: 'read', outcome: 'waited' });
      const after = await underWay;
      // refused on the lot that write left, a state it had during this request; accepted on it: read
      // afresh, so that the bid's time is the database clock after that write
      if (after) decideBid(asSeenBy(after, s), a);
      return { lost: true };
    }
    const endsAt = new Date(decision.endsAtMs);
    const paddle = s.paddle!;
    const evidence = nextEvidenceEntry(
      a.listingId,
      { length: s.evidenceLength, hash: s.evidenceHead, at: s.now },
      'BID',
      { paddle, amount: a.amount, endsAt: endsAt.toISOString() },
    );
    const write = () =>
      writeAcceptedBid(q, {
        listingId: a.listingId,
        org: a.org,
        version: s.version,
        registrationId: s.registrationId!,
        paddle,
        amount: a.amount,
        idempotencyKey: a.key,
        at: s.now,
        endsAt,
        evidence,
        checkpoint: this.signer.checkpointAfter(a.listingId, evidence),
        outbid: { organizationId: s.leaderOrg, title: OUTBID_TITLE, body: `当前价 ${a.amount} 元` },
      });
    const state: BidSnapshot = {
      ...s,
      status: TradeStatus.OPEN,
      currentPrice: a.amount,
      leadingPaddle: paddle,
      leaderOrg: a.org,
      bidCount: s.bidCount + 1,
      endsAt,
      evidenceLength: s.evidenceLength + 1,
      evidenceHead: evidence.hash,
    };
    let written: BidWriteResult;
    try {
      written = gated
        ? // waiters learn the lot only from a stored bid: the one write between their read and that state
          await this.gate.run(a.listingId, s.version, bidder, write, (w) =>
            w.bid && w.version ? { ...state, version: w.version } : undefined,
          )
        : await write();
    } catch (err) {
      // a replay of this (bidder, key) won the same race: the next read answers with its bid
      if (sqlState(err) === UNIQUE_VIOLATION) return { lost: true };
      throw err;
    }
    const { bid } = written;
    if (!bid) return { lost: true, newer: newerThan(s, written.fresh) };
    const { notices, ...stored } = bid;
    return { bid: stored, replay: false, state, extended: decision.extended, notices };
  }

  /** After commit: watchers see the bid, the close moves with an extension, the outbid bidder hears. */
  private async afterBid(listingId: string, r: Accepted): Promise<void> {
    const state = auctionStateOf(r.state as AuctionRow);
    const close = closeDueJob(listingId, state.endsAt);
    await afterCommit(
      `after the bid on ${listingId}`,
      Promise.all([
        this.pubsub.publish(auctionChannel(listingId), { auctionUpdated: state }),
        r.extended ? this.queue.add(close.name, close.data, close.opts) : Promise.resolve(),
        this.notifications.push(r.notices ?? []),
      ]),
    );
  }
}

/** The pure rule on one snapshot: the acceptance, or the refusal thrown. */
function decideBid(s: BidSnapshot, a: BidAttemptInput) {
  if (s.currentMode !== TradeMode.AUCTION)
    throw conflict('NOT_AN_AUCTION', 'this listing does not take bids');
  const decision = validateBid(
    {
      status: s.status,
      startsAtMs: new Date(s.startsAt).getTime(),
      endsAtMs: new Date(s.endsAt).getTime(),
      startPriceFen: toFen(s.startPrice),
      incrementFen: toFen(s.increment),
      currentPriceFen: s.currentPrice === null ? null : toFen(s.currentPrice),
      leadingBidderId: s.leaderOrg,
      sellerOrgId: s.sellerId,
      extensionSeconds: s.extensionSeconds,
    },
    {
      bidderOrgId: a.org,
      amountFen: toFen(a.amount),
      atMs: s.now.getTime(),
      depositPaid: s.depositStatus === 'PAID',
    },
  );
  if (!decision.ok)
    throw refusal(
      decision.reason,
      decision.minimumFen === undefined ? {} : { minimum: fromFen(decision.minimumFen) },
    );
  return decision;
}

/** A snapshot a write saw, when it is a newer version of the lot than `s`. */
const newerThan = (s: BidSnapshot, fresh?: BidSnapshot) =>
  fresh && fresh.version !== s.version ? fresh : undefined;
