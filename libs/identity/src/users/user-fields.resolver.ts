import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLRequestContext } from '@techmarket/shared';
import { Organization } from '../organizations/organization.model.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { User } from './user.model.js';

@Resolver(() => User)
export class UserFieldsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() user: User, @Context() ctx: GraphQLRequestContext) {
    return user.organizationId ? this.organizations.load(ctx.loaders, user.organizationId) : null;
  }
}
