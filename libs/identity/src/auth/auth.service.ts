import { Injectable } from '@nestjs/common';
import { type AuthUser, checkRegionCode, conflict, unauthenticated } from '@techmarket/shared';
import { checkCreditCode } from '../organizations/credit-code.js';
import { OrganizationsRepository } from '../organizations/organizations.repository.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersRepository } from '../users/users.repository.js';
import { RegisterInput } from './dto/register.input.js';
import { AuthRateLimiter } from './auth-rate-limiter.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';
import { TokensService } from './tokens.service.js';

export interface AuthResult {
  accessToken: string;
  user: UserEntity;
}

const asAuthUser = (u: UserEntity): AuthUser => ({
  id: u.id,
  role: u.role,
  organizationId: u.organizationId,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly tokens: TokensService,
    private readonly rateLimiter: AuthRateLimiter,
  ) {}

  /** Creates an organization with its first member and signs the member in. */
  async register(input: RegisterInput, ip?: string): Promise<AuthResult> {
    await this.rateLimiter.consumeSignup(ip);
    const email = input.email.trim().toLowerCase();
    const creditCode = checkCreditCode(input.organization.creditCode);
    const regionCode = checkRegionCode(input.organization.regionCode, 'organization.regionCode');
    if (await this.users.findByEmail(email))
      throw conflict('EMAIL_TAKEN', 'An account with this email exists');
    if (await this.organizations.findByCreditCode(creditCode)) {
      throw conflict(
        'ORGANIZATION_EXISTS',
        'An organization with this credit code is registered; ask its members to add you',
      );
    }
    const { user } = await this.users.createWithOrganization(
      {
        name: input.organization.name.trim(),
        kind: input.organization.kind,
        creditCode,
        regionCode,
        serviceCategories: [...new Set(input.organization.serviceCategories ?? [])],
      },
      { email, passwordHash: await hashPassword(input.password), name: input.name.trim() },
    );
    return { accessToken: this.tokens.sign(asAuthUser(user)), user };
  }

  async login(emailInput: string, password: string, ip?: string): Promise<AuthResult> {
    const email = emailInput.trim().toLowerCase();
    await this.rateLimiter.consume(email, ip);
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) throw unauthenticated('INVALID_CREDENTIALS', 'Email or password is wrong');
    return { accessToken: this.tokens.sign(asAuthUser(user)), user };
  }

  me(user: AuthUser | null): Promise<UserEntity | null> {
    return user ? this.users.findById(user.id) : Promise.resolve(null);
  }
}
