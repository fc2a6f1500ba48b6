import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@techmarket/shared';
import { DismissReason, MatchReasonKind, MatchStatus, MatchTarget } from './match.enums.js';

@ObjectType('MatchReason')
export class MatchReason {
  @Field(() => MatchReasonKind) kind: MatchReasonKind;
  @Field(() => String) detail: string;
  @Field(() => Float) weight: number;
}

@ObjectType('Match')
export class Match {
  @Field(() => ID) id: string;
  @Field(() => Float) score: number;
  @Field(() => [MatchReason]) reasons: MatchReason[];
  @Field(() => MatchStatus) status: MatchStatus;
  @Field(() => DismissReason, { nullable: true }) dismissReason: DismissReason | null;
  @Field(() => Date) createdAt: Date;
  needId: string;
  target: MatchTarget;
  achievementId: string | null;
  expertId: string | null;
}

@ObjectType('MatchConnection')
export class MatchConnection extends Connection(Match, 'Match') {}
