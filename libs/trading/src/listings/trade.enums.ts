import { registerEnumType } from '@nestjs/graphql';

export enum TradeMode {
  NEGOTIATED = 'NEGOTIATED',
  LISTING = 'LISTING',
  AUCTION = 'AUCTION',
}
export enum TradeStatus {
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  DEALT = 'DEALT',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
export enum DepositStatus {
  PENDING = 'PENDING',
  PAID = 'PAID',
  REFUNDED = 'REFUNDED',
  APPLIED = 'APPLIED',
  FORFEITED = 'FORFEITED',
}
export enum ContractKind {
  DEVELOPMENT = 'DEVELOPMENT',
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  CONSULTING = 'CONSULTING',
  SERVICE = 'SERVICE',
}
export enum ContractStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
  REGISTERED = 'REGISTERED',
}

registerEnumType(TradeMode, { name: 'TradeMode' });
registerEnumType(TradeStatus, { name: 'TradeStatus' });
registerEnumType(DepositStatus, { name: 'DepositStatus' });
registerEnumType(ContractKind, { name: 'ContractKind' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });
