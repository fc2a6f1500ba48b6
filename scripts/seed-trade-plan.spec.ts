import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTradePlan, daysAfter, type DemoTradePlan } from './seed-trade-plan.js';

const demo = (file: string) => JSON.parse(readFileSync(join(process.cwd(), 'data', 'demo', file), 'utf8'));
const plan: DemoTradePlan = demo('trade.json');
const orgs: string[] = demo('organizations.json').map((o: { name: string }) => o.name);
const copy = (): DemoTradePlan => structuredClone(plan);

describe('the demo trade plan', () => {
  it('is consistent with the demo organizations', () => {
    expect(() => checkTradePlan(plan, orgs)).not.toThrow();
  });

  it('names no organization the demo does not have', () => {
    const p = copy();
    p.challenge.proposals[0].solver = '不存在的研究院';
    expect(() => checkTradePlan(p, orgs)).toThrow('unknown organization 不存在的研究院');
  });

  it('lets only registered bidders bid, never twice in a row', () => {
    const unregistered = copy();
    unregistered.auction.bidders = unregistered.auction.bidders.slice(0, 2);
    const outsider = plan.auction.bidders[2];
    expect(() => checkTradePlan(unregistered, orgs)).toThrow(`${outsider} bids without registering`);
    const twice = copy();
    twice.auction.bids[1].bidder = twice.auction.bids[0].bidder;
    expect(() => checkTradePlan(twice, orgs)).toThrow('bids twice in a row');
  });

  it('runs every trade for at least a day and takes one proposal per solver', () => {
    const short = copy();
    short.auction.endsInDays = 0.5;
    expect(() => checkTradePlan(short, orgs)).toThrow('the auction must run at least a day');
    const again = copy();
    again.challenge.proposals[1].solver = again.challenge.proposals[0].solver;
    expect(() => checkTradePlan(again, orgs)).toThrow('one proposal per solver');
  });

  it('ends trades whole days after the moment the demo is loaded', () => {
    expect(daysAfter(new Date('2026-12-05T00:00:00Z'), 4).toISOString()).toBe('2026-12-09T00:00:00.000Z');
  });
});
