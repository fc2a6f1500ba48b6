import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The kinds PRODUCT.md lists, and TRADE_STEP for the trading steps none of them names (a listing's
 * outcome, a listing turned into an auction, a notice's end, a cancellation); `kind` stays a String
 * in the API so that a new kind breaks no client.
 */
export const NOTIFICATION_KINDS = [
  'MATCH_FOUND',
  'DOCKING_REQUESTED',
  'DOCKING_ANSWERED',
  'OUTBID',
  'AUCTION_WON',
  'AUCTION_LOST',
  'REVIEW_RESULT',
  'OFFER_RECEIVED',
  'OFFER_ANSWERED',
  'CONTRACT_STEP',
  'PROPOSAL_RESULT',
  'TRADE_STEP',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

@ObjectType('Notification')
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => String) kind: string;
  @Field(() => String) title: string;
  @Field(() => String) body: string;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}
