import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { OrganizationKind, ServiceCategory } from '../organization.enums.js';

@InputType('OrganizationInput')
export class OrganizationInput {
  @Field(() => String)
  @IsString()
  @MinLength(2, {
    context: { reason: 'NAME_TOO_SHORT' },
    message: 'organization name must be at least 2 characters',
  })
  @MaxLength(200, {
    context: { reason: 'NAME_TOO_LONG' },
    message: 'organization name must be at most 200 characters',
  })
  name: string;

  @Field(() => OrganizationKind) @IsEnum(OrganizationKind) kind: OrganizationKind;

  /** checked in the service against GB 32100-2015, so that the refusal names INVALID_CREDIT_CODE */
  @Field(() => String) @IsString() creditCode: string;

  @Field(() => String) @IsString() regionCode: string;

  @Field(() => [ServiceCategory], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(7)
  @IsEnum(ServiceCategory, { each: true })
  serviceCategories?: ServiceCategory[] | null;
}
