import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FieldEntity } from './fields/field.entity.js';
import { FieldsResolver } from './fields/fields.resolver.js';
import { FieldsService } from './fields/fields.service.js';

export const catalogEntities = [FieldEntity];

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  providers: [FieldsService, FieldsResolver],
  exports: [FieldsService],
})
export class CatalogModule {}
