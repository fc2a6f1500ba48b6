import { badInput, isUuid, parseMoney, toFen } from '@techmarket/shared';
import { ContractKind } from '../listings/trade.enums.js';

/** What `createContract` receives, as the GraphQL input carries it. */
export interface ContractInputFields {
  title: string;
  kind: ContractKind;
  amount: string;
  sellerId: string;
  buyerId: string;
  achievementId?: string | null;
}

export interface CheckedContractInput {
  readonly title: string;
  readonly kind: ContractKind;
  /** normalised decimal yuan, "3000000.00" */
  readonly amount: string;
  readonly sellerId: string;
  readonly buyerId: string;
  readonly achievementId: string | null;
}

export const MAX_CONTRACT_TITLE = 200;

const id = (value: string | null | undefined, field: string): string => {
  if (typeof value !== 'string' || !isUuid(value))
    throw badInput('INVALID_ID', `${field} is not an id`, { field });
  return value.toLowerCase();
};

/**
 * The shape of an offline contract (no database): a title of 1..200 characters, a known kind, an
 * amount above zero, two different parties. Each refusal is BAD_USER_INPUT naming its field; whether
 * the parties and the achievement exist is the service's to check.
 */
export function checkContractInput(input: ContractInputFields): CheckedContractInput {
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (!title) throw badInput('TITLE_REQUIRED', 'title is required', { field: 'title' });
  if ([...title].length > MAX_CONTRACT_TITLE)
    throw badInput('TITLE_TOO_LONG', `title is at most ${MAX_CONTRACT_TITLE} characters`, { field: 'title' });
  if (!Object.values(ContractKind).includes(input.kind))
    throw badInput('INVALID_KIND', 'kind is not a contract kind', { field: 'kind' });
  const amount = parseMoney(input.amount, 'amount');
  if (toFen(amount) <= 0n) throw badInput('INVALID_AMOUNT', 'amount must be above zero', { field: 'amount' });
  const sellerId = id(input.sellerId, 'sellerId');
  const buyerId = id(input.buyerId, 'buyerId');
  if (sellerId === buyerId)
    throw badInput('SAME_PARTY', 'the seller and the buyer are different organizations', {
      field: 'buyerId',
    });
  const achievementId = input.achievementId == null ? null : id(input.achievementId, 'achievementId');
  return { title, kind: input.kind, amount, sellerId, buyerId, achievementId };
}
