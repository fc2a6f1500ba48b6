import { refuse, type ContractStatus, type EpochMs, type Refused } from './types.js';

/** A technology contract (技术合同) as far as signing and registration go. */
export interface ContractState {
  readonly status: ContractStatus;
  readonly sellerOrgId: string;
  readonly buyerOrgId: string;
  readonly sellerSignedAtMs: EpochMs | null;
  readonly buyerSignedAtMs: EpochMs | null;
}

export type ContractRefusal =
  | 'NOT_A_PARTY' // only the seller's and the buyer's organizations sign
  | 'ALREADY_SIGNED' // this side has signed already
  | 'CONTRACT_REGISTERED' // a registered contract is final
  | 'CONTRACT_NOT_SIGNED'; // registering needs both signatures (a CONFLICT: step out of order)

export type SignResult =
  | {
      readonly ok: true;
      /** SIGNED once both sides have signed, DRAFT while one signature is missing. */
      readonly status: 'DRAFT' | 'SIGNED';
      readonly sellerSignedAtMs: EpochMs | null;
      readonly buyerSignedAtMs: EpochMs | null;
    }
  | Refused<ContractRefusal>;

/** One side signs. DRAFT → (both signed) → SIGNED. */
export function signContract(contract: ContractState, actorOrgId: string, atMs: EpochMs): SignResult {
  if (contract.status === 'REGISTERED') return refuse('CONTRACT_REGISTERED');
  const isSeller = actorOrgId === contract.sellerOrgId;
  const isBuyer = actorOrgId === contract.buyerOrgId;
  if (!isSeller && !isBuyer) return refuse('NOT_A_PARTY');
  // An organization on both sides (an offline deal within one group) signs both at once.
  if ((!isSeller || contract.sellerSignedAtMs !== null) && (!isBuyer || contract.buyerSignedAtMs !== null)) {
    return refuse('ALREADY_SIGNED');
  }
  const sellerSignedAtMs = isSeller ? (contract.sellerSignedAtMs ?? atMs) : contract.sellerSignedAtMs;
  const buyerSignedAtMs = isBuyer ? (contract.buyerSignedAtMs ?? atMs) : contract.buyerSignedAtMs;
  const status = sellerSignedAtMs !== null && buyerSignedAtMs !== null ? 'SIGNED' : 'DRAFT';
  return { ok: true, status, sellerSignedAtMs, buyerSignedAtMs };
}

/** An operator registers (技术合同登记) a SIGNED contract; numbering is `formatContractNumber`. */
export function registerContract(
  contract: Pick<ContractState, 'status'>,
): { readonly ok: true; readonly status: 'REGISTERED' } | Refused<ContractRefusal> {
  if (contract.status === 'REGISTERED') return refuse('CONTRACT_REGISTERED');
  if (contract.status !== 'SIGNED') return refuse('CONTRACT_NOT_SIGNED');
  return { ok: true, status: 'REGISTERED' };
}
