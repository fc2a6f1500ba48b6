import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { PasswordRules } from '../auth/dto/register.input.js';

/** A market operator's account: new (a name and a password) or existing (the email alone). */
@InputType('MarketOperatorInput')
export class MarketOperatorInput {
  @Field(() => String)
  @MaxLength(254, { context: { reason: 'INVALID_EMAIL' }, message: 'email must be at most 254 characters' })
  @IsEmail({}, { context: { reason: 'INVALID_EMAIL' }, message: 'email must be an email address' })
  email: string;

  @Field(() => String, { nullable: true, description: 'a new account: its name' })
  @IsOptional()
  @IsString()
  @MinLength(1, { context: { reason: 'NAME_REQUIRED' }, message: 'name is required' })
  @MaxLength(100, { context: { reason: 'NAME_TOO_LONG' }, message: 'name must be at most 100 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'a new account: its password' })
  @IsOptional()
  @PasswordRules()
  password?: string | null;
}
