import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles } from '@techmarket/shared';
import type { AuthUser } from '@techmarket/shared';
import { Organization, OrganizationConnection } from './organization.model.js';
import { OrganizationKind } from './organization.enums.js';
import { OrganizationsService } from './organizations.service.js';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly service: OrganizationsService) {}

  @Public()
  @Query(() => Organization, { nullable: true })
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Public()
  @Query(() => OrganizationConnection)
  organizations(
    @Args('query', { type: () => String, nullable: true }) query?: string,
    @Args('kind', { type: () => OrganizationKind, nullable: true }) kind?: OrganizationKind,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode?: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list({ query, kind, regionCode, first, after });
  }

  @Roles('OPERATOR')
  @Query(() => OrganizationConnection, {
    description: 'operator: organizations still to verify, newest first',
  })
  unverifiedOrganizations(
    @CurrentUser() user: AuthUser,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.listUnverified(user, { first, after });
  }

  @Roles('OPERATOR')
  @Mutation(() => Organization)
  verifyOrganization(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser) {
    return this.service.verify(user, id);
  }
}
