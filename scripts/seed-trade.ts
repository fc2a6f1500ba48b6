import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import type { TransferMode } from '@techmarket/catalog';
import {
  APP_CONFIG,
  type AppConfig,
  type AuthUser,
  DatabaseModule,
  PubSubModule,
  QueueModule,
} from '@techmarket/shared';
import {
  BidsService,
  ChallengesService,
  ListingsService,
  NegotiationService,
  OfferAction,
  RegistrationsService,
  TradeMode,
  TradingModule,
} from '@techmarket/trading';
import { projectRoot } from './project-root.js';
import { checkTradePlan, daysAfter, type DemoTradePlan } from './seed-trade-plan.js';

/** The configuration the loader was given (the test's database, queue prefix), in place of the environment's. */
@Global()
@Module({})
class GivenConfigModule {
  static of(config: AppConfig): DynamicModule {
    return {
      module: GivenConfigModule,
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/** Trading as the API runs it (Postgres, the trading queue, live events), without GraphQL or HTTP. */
@Module({})
class DemoTradingModule {
  static of(config: AppConfig): DynamicModule {
    return {
      module: DemoTradingModule,
      imports: [GivenConfigModule.of(config), DatabaseModule, PubSubModule, QueueModule, TradingModule],
    };
  }
}

/**
 * The operator who confirms the demo deposits: the loader acts as one in its own process only; no
 * account with a known password is made for it (OPERATOR_EMAIL makes a real one).
 */
const DEMO_OPERATOR: AuthUser = {
  id: '00000000-0000-4000-8000-00000000d0d0',
  role: 'OPERATOR',
  organizationId: null,
};

interface Ids {
  org: (name: string) => Promise<AuthUser>;
  ownerOf: (a: { ownerId: string }) => Promise<AuthUser>;
  achievement: (title: string) => Promise<{ id: string; ownerId: string }>;
  expert: (org: string, name: string) => Promise<string>;
  need: (title: string) => Promise<{ id: string; ownerId: string }>;
}

/** Names in trade.json to ids in the database; a member of each organization acts for it. */
function idsIn(db: DataSource): Ids {
  const one = async (what: string, sql: string, params: unknown[]) => {
    const [row] = await db.query(sql, params);
    if (!row) throw new Error(`trade.json: no ${what} ${params.join(' ')}`);
    return row;
  };
  // the organization's first member acts for it (its own id stands in where the demo has no members)
  const actor = async (column: 'name' | 'id', value: string): Promise<AuthUser> => {
    const o = await one(
      'organization',
      `select o.id, (select u.id from users u where u.organization_id = o.id order by u.created_at limit 1) as "userId"
         from organizations o where o.${column} = $1`,
      [value],
    );
    return { id: o.userId ?? o.id, role: 'MEMBER', organizationId: o.id };
  };
  return {
    org: (name) => actor('name', name),
    ownerOf: (a) => actor('id', a.ownerId),
    achievement: (title) =>
      one(
        'listed achievement',
        `select id, owner_id as "ownerId" from achievements where title = $1 and status = 'LISTED'`,
        [title],
      ),
    expert: async (org, name) =>
      (
        await one(
          'expert',
          `select e.id from experts e join organizations o on o.id = e.organization_id where o.name = $1 and e.name = $2`,
          [org, name],
        )
      ).id,
    need: (title) =>
      one('open need', `select id, owner_id as "ownerId" from needs where title = $1 and status = 'OPEN'`, [
        title,
      ]),
  };
}

/**
 * Every step through the platform's own services, as members and an operator would take them over
 * the API: the evidence chains, deposits, paddles, notices and queued closes are theirs.
 */
async function runPlan(
  plan: DemoTradePlan,
  ids: Ids,
  s: {
    listings: ListingsService;
    registrations: RegistrationsService;
    bids: BidsService;
    negotiation: NegotiationService;
    challenges: ChallengesService;
  },
  now: Date,
): Promise<void> {
  const { auction, listing, negotiation, challenge } = plan;

  // 拍卖: registered bidders, deposits confirmed by the operator, bids by different paddles
  const lot = await ids.achievement(auction.achievement);
  const auctionListing = await s.listings.create(await ids.ownerOf(lot), {
    achievementId: lot.id,
    mode: TradeMode.AUCTION,
    terms: auction.terms as TransferMode,
    endsAt: daysAfter(now, auction.endsInDays),
    auction: {
      startPrice: auction.startPrice,
      increment: auction.increment,
      depositAmount: auction.depositAmount,
    },
  });
  const bidders = new Map<string, AuthUser>();
  for (const name of auction.bidders) {
    const bidder = await ids.org(name);
    const reg = await s.registrations.register(bidder, auctionListing.id);
    await s.registrations.confirmDeposit(DEMO_OPERATOR, reg.id);
    bidders.set(name, bidder);
  }
  for (const [i, bid] of auction.bids.entries())
    await s.bids.place(bidders.get(bid.bidder) as AuthUser, auctionListing.id, bid.amount, `demo-bid-${i}`);

  // 挂牌: a posted price and one intent whose deposit is confirmed
  const posted = await ids.achievement(listing.achievement);
  const postedListing = await s.listings.create(await ids.ownerOf(posted), {
    achievementId: posted.id,
    mode: TradeMode.LISTING,
    terms: listing.terms as TransferMode,
    listPrice: listing.listPrice,
    endsAt: daysAfter(now, listing.endsInDays),
    auction: {
      startPrice: listing.listPrice,
      increment: listing.increment,
      durationSeconds: listing.auctionDurationSeconds,
    },
  });
  for (const name of listing.intents) {
    const reg = await s.registrations.register(await ids.org(name), postedListing.id);
    await s.registrations.confirmDeposit(DEMO_OPERATOR, reg.id);
  }

  // 协议定价: an offer, the seller's counter, the buyer's acceptance; the price is on public notice
  const negotiated = await ids.achievement(negotiation.achievement);
  const seller = await ids.ownerOf(negotiated);
  const negotiatedListing = await s.listings.create(seller, {
    achievementId: negotiated.id,
    mode: TradeMode.NEGOTIATED,
    terms: negotiation.terms as TransferMode,
    listPrice: negotiation.listPrice,
    endsAt: daysAfter(now, negotiation.endsInDays),
  });
  const buyer = await ids.org(negotiation.buyer);
  const offer = await s.negotiation.offer(
    buyer,
    negotiatedListing.id,
    negotiation.offer.amount,
    negotiation.offer.message,
  );
  await s.negotiation.respond(seller, offer.id, OfferAction.COUNTER, negotiation.counter);
  await s.negotiation.respond(buyer, offer.id, OfferAction.ACCEPT);

  // 揭榜挂帅: proposals to an enterprise's challenge, with the solvers' experts
  const need = await ids.need(challenge.need);
  for (const p of challenge.proposals)
    await s.challenges.submit(await ids.org(p.solver), need.id, {
      summary: p.summary,
      price: p.price,
      durationDays: p.durationDays,
      expertIds: await Promise.all(p.experts.map((name) => ids.expert(p.solver, name))),
    });
}

/** data/demo/trade.json, checked against the demo organizations before anything is written. */
export function readTradePlan(organizations: readonly string[]): DemoTradePlan {
  const plan = JSON.parse(
    readFileSync(join(projectRoot(), 'data', 'demo', 'trade.json'), 'utf8'),
  ) as DemoTradePlan;
  checkTradePlan(plan, organizations);
  return plan;
}

/**
 * The living market of data/demo/trade.json, on the demo catalogue just loaded: an auction running for
 * days with bids, a posted-price listing with an intent, a negotiated price on public notice and a
 * challenge with proposals. Runs in a Nest context of its own over `config`'s database and Redis.
 */
export async function seedTrades(db: DataSource, config: AppConfig, plan: DemoTradePlan): Promise<string> {
  const app = await NestFactory.createApplicationContext(DemoTradingModule.of(config), {
    logger: ['error', 'warn'],
  });
  try {
    const [{ now }] = await db.query(`select now() as now`);
    await runPlan(
      plan,
      idsIn(db),
      {
        listings: app.get(ListingsService),
        registrations: app.get(RegistrationsService),
        bids: app.get(BidsService),
        negotiation: app.get(NegotiationService),
        challenges: app.get(ChallengesService),
      },
      new Date(now),
    );
  } finally {
    await app.close();
  }
  return (
    `an auction with ${plan.auction.bids.length} bids by ${plan.auction.bidders.length} paddles, ` +
    `a posted-price listing with ${plan.listing.intents.length} intent, a negotiated price on public notice, ` +
    `a challenge with ${plan.challenge.proposals.length} proposals`
  );
}
