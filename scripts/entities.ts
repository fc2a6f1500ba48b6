import { catalogEntities } from '@techmarket/catalog';
import { identityEntities } from '@techmarket/identity';
import { marketsEntities } from '@techmarket/markets';
import { matchingEntities } from '@techmarket/matching';
import { notificationEntities } from '@techmarket/notifications';
import { statsEntities } from '@techmarket/stats';
import { tradingEntities } from '@techmarket/trading';

/** Every entity of every domain: what the migrations must describe. */
export const allEntities = [
  ...marketsEntities,
  ...identityEntities,
  ...notificationEntities,
  ...catalogEntities,
  ...matchingEntities,
  ...tradingEntities,
  ...statsEntities,
];
