import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DockingStatus } from './docking.entity.js';

registerEnumType(DockingStatus, { name: 'DockingStatus' });

@ObjectType('Docking')
export class Docking {
  @Field(() => ID) id: string;
  @Field(() => DockingStatus) status: DockingStatus;
  @Field(() => String) message: string;
  @Field(() => String, { nullable: true }) reply: string | null;
  @Field(() => Date) createdAt: Date;
  requesterId: string;
  targetId: string;
  achievementId: string | null;
  needId: string | null;
  expertId: string | null;
  matchId: string | null;
  brokerUserId: string | null;
}

@InputType('DockingInput')
export class DockingInput {
  @Field(() => ID, { nullable: true }) matchId?: string | null;
  @Field(() => ID, { nullable: true }) achievementId?: string | null;
  @Field(() => ID, { nullable: true }) expertId?: string | null;
  @Field(() => ID, { nullable: true }) needId?: string | null;
  @Field(() => String) message: string;
}
