import { Field, ID, ObjectType } from '@nestjs/graphql';

/** The kinds PRODUCT.md lists; `kind` stays a String in the API so that new kinds break no client. */
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
