import { applyDecorators } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { OrganizationInput } from '../../organizations/dto/organization.input.js';

export const MIN_PASSWORD_LENGTH = 8;

/** A password's length, as sign-up and every other account checks it. */
export const PasswordRules = () =>
  applyDecorators(
    IsString(),
    MinLength(MIN_PASSWORD_LENGTH, {
      context: { reason: 'PASSWORD_TOO_SHORT' },
      message: `password must be at least ${MIN_PASSWORD_LENGTH} characters`,
    }),
    MaxLength(128, {
      context: { reason: 'PASSWORD_TOO_LONG' },
      message: 'password must be at most 128 characters',
    }),
  );

@InputType('RegisterInput')
export class RegisterInput {
  @Field(() => String)
  @MaxLength(254, { context: { reason: 'INVALID_EMAIL' }, message: 'email must be at most 254 characters' })
  @IsEmail({}, { context: { reason: 'INVALID_EMAIL' }, message: 'email must be an email address' })
  email: string;

  @Field(() => String)
  @PasswordRules()
  password: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { context: { reason: 'NAME_REQUIRED' }, message: 'name is required' })
  @MaxLength(100, { context: { reason: 'NAME_TOO_LONG' }, message: 'name must be at most 100 characters' })
  name: string;

  @Field(() => OrganizationInput)
  @ValidateNested()
  @Type(() => OrganizationInput)
  organization: OrganizationInput;
}
