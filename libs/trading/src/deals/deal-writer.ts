import type { EntityManager } from 'typeorm';
import { AchievementStatus, dealMade, moveMarketStatus, TransferMode } from '@techmarket/catalog';
import type { TradeListingEntity } from '../listings/trade-listing.entity.js';
import { ContractKind } from '../listings/trade.enums.js';

/** The contract kind a deal's transfer terms call for (作价入股 is transferred as 技术转让). */
export const CONTRACT_KIND_OF: Readonly<Record<TransferMode, ContractKind>> = {
  [TransferMode.TRANSFER]: ContractKind.TRANSFER,
  [TransferMode.LICENSE]: ContractKind.LICENSE,
  [TransferMode.EQUITY]: ContractKind.TRANSFER,
  [TransferMode.CO_DEVELOPMENT]: ContractKind.DEVELOPMENT,
  [TransferMode.CONSULTING]: ContractKind.CONSULTING,
  [TransferMode.SERVICE]: ContractKind.SERVICE,
};

/** 成交: the deal and its draft contract, in the closing transaction; the unique listing key makes a second deal impossible. */
export async function writeDeal(
  em: EntityManager,
  l: TradeListingEntity,
  buyerId: string,
  price: string,
): Promise<string> {
  const [{ title }] = await em.query(`select title from achievements where id = $1`, [l.achievementId]);
  const [contract] = await em.query(
    `insert into contracts (title, kind, amount, seller_id, buyer_id, achievement_id) values ($1, $2, $3, $4, $5, $6) returning id`,
    [
      `${title}（技术合同）`.slice(0, 200),
      CONTRACT_KIND_OF[l.terms],
      price,
      l.sellerId,
      buyerId,
      l.achievementId,
    ],
  );
  const [deal] = await em.query(
    `insert into deals (listing_id, buyer_id, seller_id, price, contract_id) values ($1, $2, $3, $4, $5) returning id`,
    [l.id, buyerId, l.sellerId, price, contract.id],
  );
  await moveMarketStatus(
    em,
    'ACHIEVEMENT',
    l.achievementId,
    [AchievementStatus.IN_TRADE],
    AchievementStatus.DEALT,
  );
  await dealMade(em, { sellerId: l.sellerId, buyerId, achievementId: l.achievementId });
  return deal.id;
}
