import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@techmarket/shared';
import { FieldNode } from './field.model.js';
import { FieldsService } from './fields.service.js';

@Resolver(() => FieldNode)
export class FieldsResolver {
  constructor(private readonly taxonomy: FieldsService) {}

  @Public()
  @Query(() => [FieldNode], { description: 'the industry field taxonomy, parents before their children' })
  fields() {
    return this.taxonomy.list();
  }
}
