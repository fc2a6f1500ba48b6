import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyScalar } from '@techmarket/shared';

@ObjectType('StatBucket')
export class StatBucket {
  @Field(() => String) key: string;
  @Field(() => Int) count: number;
  @Field(() => MoneyScalar, { nullable: true }) amount: string | null;
}

@ObjectType('MarketStats')
export class MarketStats {
  @Field(() => Int) achievements: number;
  @Field(() => Int) needs: number;
  @Field(() => Int) experts: number;
  @Field(() => Int) organizations: number;
  @Field(() => Int) matches: number;
  @Field(() => Int) dockings: number;
  @Field(() => Int) deals: number;
  @Field(() => MoneyScalar) dealAmount: string;
  @Field(() => Int) contractsRegistered: number;
  @Field(() => MoneyScalar) contractAmount: string;
  @Field(() => [StatBucket], {
    description: 'listed achievements by top-level field, with the amount of their deals',
  })
  byField: StatBucket[];
  @Field(() => [StatBucket], {
    description: 'listed achievements by province (by city inside a province filter), with deal amounts',
  })
  byRegion: StatBucket[];
  @Field(() => [StatBucket], { description: 'deals by month (YYYY-MM, China time), with their amount' })
  byMonth: StatBucket[];
}
