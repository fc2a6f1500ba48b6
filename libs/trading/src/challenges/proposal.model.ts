import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { ProposalStatus } from './proposal.entity.js';

registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

@ObjectType('Proposal')
export class Proposal {
  @Field(() => ID) id: string;
  @Field(() => String) summary: string;
  @Field(() => MoneyScalar) price: string;
  @Field(() => Int) durationDays: number;
  @Field(() => ProposalStatus) status: ProposalStatus;
  @Field(() => Date) createdAt: Date;
  needId: string;
  solverId: string;
}

/** Checked by `checkProposalInput`, so that each refusal names its rule. */
@InputType('ProposalInput')
export class ProposalInput {
  @Field(() => String) summary: string;
  @Field(() => MoneyScalar) price: string;
  @Field(() => Int) durationDays: number;
  @Field(() => [ID], { nullable: true }) expertIds?: string[] | null;
}
