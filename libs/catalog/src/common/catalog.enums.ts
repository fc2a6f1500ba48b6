import { registerEnumType } from '@nestjs/graphql';

/** 实验室 / 小试样机 / 中试 / 小批量 / 产业化, in order of readiness. */
export enum Maturity {
  LAB = 'LAB',
  PROTOTYPE = 'PROTOTYPE',
  PILOT = 'PILOT',
  SMALL_BATCH = 'SMALL_BATCH',
  INDUSTRIALIZED = 'INDUSTRIALIZED',
}

export enum TransferMode {
  TRANSFER = 'TRANSFER',
  LICENSE = 'LICENSE',
  EQUITY = 'EQUITY',
  CO_DEVELOPMENT = 'CO_DEVELOPMENT',
  CONSULTING = 'CONSULTING',
  SERVICE = 'SERVICE',
}

export enum PatentKind {
  INVENTION = 'INVENTION',
  UTILITY_MODEL = 'UTILITY_MODEL',
  DESIGN = 'DESIGN',
  SOFTWARE_COPYRIGHT = 'SOFTWARE_COPYRIGHT',
  OTHER = 'OTHER',
}

export enum AchievementStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  LISTED = 'LISTED',
  REJECTED = 'REJECTED',
  IN_TRADE = 'IN_TRADE',
  DEALT = 'DEALT',
  WITHDRAWN = 'WITHDRAWN',
}

export enum NeedStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  OPEN = 'OPEN',
  REJECTED = 'REJECTED',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}

registerEnumType(Maturity, { name: 'Maturity', description: '实验室 / 小试样机 / 中试 / 小批量 / 产业化' });
registerEnumType(TransferMode, { name: 'TransferMode' });
registerEnumType(PatentKind, { name: 'PatentKind' });
registerEnumType(AchievementStatus, { name: 'AchievementStatus' });
registerEnumType(NeedStatus, { name: 'NeedStatus' });
