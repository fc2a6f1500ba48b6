import { Field, ID, InputType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';
import { ContractKind } from '../listings/trade.enums.js';
import type { ContractInputFields } from './contract-input.js';

/** A contract for a deal made offline; checked by `checkContractInput`, so each refusal names its rule. */
@InputType('ContractInput')
export class ContractInput implements ContractInputFields {
  @Field(() => String) title: string;
  @Field(() => ContractKind) kind: ContractKind;
  @Field(() => MoneyScalar) amount: string;
  @Field(() => ID) sellerId: string;
  @Field(() => ID) buyerId: string;
  @Field(() => ID, { nullable: true }) achievementId?: string | null;
}
