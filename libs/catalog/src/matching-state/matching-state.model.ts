import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchingStatus } from './matching-state.entity.js';

registerEnumType(MatchingStatus, { name: 'MatchingStatus' });

@ObjectType('MatchingState')
export class MatchingState {
  @Field(() => MatchingStatus) status: MatchingStatus;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => Int) candidates: number;
}
