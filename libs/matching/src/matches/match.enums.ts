import { registerEnumType } from '@nestjs/graphql';

export enum MatchTarget {
  ACHIEVEMENT = 'ACHIEVEMENT',
  EXPERT = 'EXPERT',
}

export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  VIEWED = 'VIEWED',
  DISMISSED = 'DISMISSED',
  DOCKING = 'DOCKING',
  DEALT = 'DEALT',
}

export enum MatchReasonKind {
  TEXT = 'TEXT',
  FIELD = 'FIELD',
  MATURITY = 'MATURITY',
  PRICE = 'PRICE',
  REGION = 'REGION',
  MODE = 'MODE',
}

/** why a party dismissed a match; counted back to the other side as feedback */
export enum DismissReason {
  TOO_EARLY_STAGE = 'TOO_EARLY_STAGE',
  PRICE = 'PRICE',
  FIELD_MISMATCH = 'FIELD_MISMATCH',
  NOT_NOVEL = 'NOT_NOVEL',
  REGION = 'REGION',
  ALREADY_SOLVED = 'ALREADY_SOLVED',
  OTHER = 'OTHER',
}

registerEnumType(MatchTarget, { name: 'MatchTarget' });
registerEnumType(MatchStatus, { name: 'MatchStatus' });
registerEnumType(MatchReasonKind, { name: 'MatchReasonKind' });
registerEnumType(DismissReason, {
  name: 'DismissReason',
  description: 'why a party dismissed a match; counted back to the other side as feedback',
});
