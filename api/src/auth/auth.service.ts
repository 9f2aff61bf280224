import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ProblemException, TooManyRequestsProblem, ValidationProblem } from '../common/problem';
import { ServerSecrets } from '../common/server-secrets.service';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { TransactionRunner } from '../database/transaction-runner';
import { PasswordHasher } from '../users/password-hasher';
import { UserAccount } from '../users/user-account.entity';
import { UsersService } from '../users/users.service';
import { OrganisationsService } from '../organisations/organisations.service';
import { Capabilities, capabilitiesOf } from '../access/capabilities';
import { ChangePasswordDto, LoginDto, MeDto } from './dto/auth.dto';
import { LoginRateLimiter } from './login-rate-limiter';
import type { Principal } from '../access/principal';
import { IssuedSession, SessionService } from './session.service';

/**
 * One answer for an unknown email, a wrong password, a locked and a deactivated account, so
 * that the login form does not tell which emails have accounts.
 */
export class InvalidCredentialsProblem extends ProblemException {
  constructor(maxFailures: number) {
    super(
      401,
      'invalid-credentials',
      `Wrong email or password. After ${maxFailures} failed attempts in a row, each further attempt from the same network must wait longer.`,
    );
  }
}

/** The first delay after a run of failures; it doubles with every further failure. */
const FIRST_DELAY_SECONDS = 5;

/**
 * How long an account makes the addresses that failed on it wait after `failures` wrong
 * passwords in a row: nothing up to the allowed number, then 5 s, 10 s, 20 s … up to the
 * longest delay. Addresses that have not failed on the account (its owner, elsewhere) are not
 * held up, so a run of wrong passwords can slow an attacker down but never lock the owner out.
 */
export function loginDelaySeconds(failures: number, maxFailures: number, longestMinutes: number): number {
  if (failures < maxFailures) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** Math.min(failures - maxFailures, 20), longestMinutes * 60);
}

export class TooManyLoginAttemptsProblem extends TooManyRequestsProblem {
  constructor(retryAfterSeconds: number) {
    super('too-many-login-attempts', `Too many failed logins from your network. Try again in ${retryAfterSeconds} seconds.`, retryAfterSeconds);
  }
}

type FailureReason = 'unknown-email' | 'wrong-password' | 'locked' | 'inactive';

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    @InjectRepository(UserAccount) private readonly accounts: Repository<UserAccount>,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly secrets: ServerSecrets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `clientIp` only feeds the in-memory limit of failed logins; it is never stored or logged. */
  async login(dto: LoginDto, clientIp: string): Promise<{ me: MeDto; session: IssuedSession }> {
    const retryAfter = this.rateLimiter.retryAfter(clientIp);
    if (retryAfter !== null) throw new TooManyLoginAttemptsProblem(retryAfter);
    const email = dto.email.trim().toLowerCase();
    const accountKey = this.secrets.hash('login-account', email);
    try {
      const started = await this.verifyAndStart(dto, email, this.rateLimiter.hasFailedOn(clientIp, accountKey));
      this.rateLimiter.recordSuccess(clientIp, accountKey);
      return started;
    } catch (error) {
      if (error instanceof InvalidCredentialsProblem) this.rateLimiter.recordFailure(clientIp, accountKey);
      throw error;
    }
  }

  /** `failedHereBefore`: this address has failed on this account lately, so the account's delay holds it up. */
  private async verifyAndStart(dto: LoginDto, email: string, failedHereBefore: boolean): Promise<{ me: MeDto; session: IssuedSession }> {
    const account = await this.users.findByEmail(email);
    if (!account) {
      // Same work as for a real account: the response time does not tell the email is unknown.
      await this.hasher.verifyDummy(dto.password);
      return this.fail(null, email, 'unknown-email');
    }
    const now = this.clock.now();
    const passwordOk = await this.hasher.verify(account.passwordHash, dto.password);
    if (!account.active) return this.fail(account, email, 'inactive');
    // While the account makes failing addresses wait, they are refused even the right password
    // and their attempts do not count; any other address is checked as usual.
    if (failedHereBefore && account.lockedUntil && account.lockedUntil > now) return this.fail(account, email, 'locked');
    if (!passwordOk) return this.fail(account, email, 'wrong-password');

    const session = await this.transactions.run(async (manager) => {
      await manager.update(UserAccount, account.id, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now });
      await this.sessions.removeEnded(manager);
      const issued = await this.sessions.create(manager, account.id);
      await this.audit.record(manager, { actorId: account.id, action: 'auth.login', target: { type: 'user', id: account.id } });
      return issued;
    });
    const principal = await this.users.loadPrincipal(account.id);
    return { me: await this.me({ ...principal!, authenticatedBy: 'session' }), session };
  }

  /** The account as GET /api/auth/me describes it, with its capabilities at every region and place. */
  async me(principal: Principal): Promise<MeDto> {
    const { regionCodes, places } = await this.organisations.accessMap();
    return toMe(principal, capabilitiesOf(principal, regionCodes, places));
  }

  async logout(principal: Principal): Promise<void> {
    await this.transactions.run(async (manager) => {
      if (principal.sessionId) await this.sessions.revoke(manager, principal.sessionId);
      await this.audit.record(manager, { actorId: principal.userId, action: 'auth.logout', target: { type: 'user', id: principal.userId } });
    });
  }

  /**
   * Changes the own password and clears mustChangePassword. Every session of the account ends
   * (a stolen session does not survive the change); the caller gets a fresh one.
   */
  async changePassword(principal: Principal, dto: ChangePasswordDto): Promise<IssuedSession> {
    if (principal.authenticatedBy !== 'session') {
      throw new ProblemException(403, 'session-required', 'Log in with your password to change it.');
    }
    const account = await this.accounts.findOneByOrFail({ id: principal.userId });
    if (!(await this.hasher.verify(account.passwordHash, dto.currentPassword))) {
      throw new ValidationProblem([{ field: 'currentPassword', message: 'The current password is not correct.', code: 'wrong-current-password' }]);
    }
    if (dto.newPassword === dto.currentPassword) {
      throw new ValidationProblem([{ field: 'newPassword', message: 'The new password must differ from the current one.', code: 'password-unchanged' }]);
    }
    const passwordHash = await this.hasher.hash(dto.newPassword);
    return this.transactions.run(async (manager) => {
      await manager.update(UserAccount, account.id, { passwordHash, mustChangePassword: false, passwordChangedAt: this.clock.now() });
      await this.sessions.revokeAllOf(manager, account.id);
      const issued = await this.sessions.create(manager, account.id);
      await this.audit.record(manager, { actorId: account.id, action: 'auth.password-changed', target: { type: 'user', id: account.id } });
      return issued;
    });
  }

  private async fail(account: UserAccount | null, email: string, reason: FailureReason): Promise<never> {
    const { maxFailedLogins, lockoutMinutes } = this.config.auth;
    await this.transactions.run(async (manager) => {
      const target = account ? { type: 'user', id: account.id } : undefined;
      // The attempted email only as an HMAC keyed with the server secret: the same email gives the
      // same value (repeated attempts show), but a password typed into the email field cannot be
      // cracked from the log by anyone who reads it.
      await this.audit.record(manager, { actorId: null, action: 'auth.login-failed', target, details: { reason, emailHmac: this.secrets.hash('audit-email', email) } });
      if (!account || reason !== 'wrong-password') return;
      // Incremented in SQL so that parallel attempts cannot lose a count.
      await manager.increment(UserAccount, { id: account.id }, 'failedLoginCount', 1);
      const { failedLoginCount } = await manager.findOneOrFail(UserAccount, { select: ['id', 'failedLoginCount'], where: { id: account.id } });
      const delay = loginDelaySeconds(failedLoginCount, maxFailedLogins, lockoutMinutes);
      if (delay > 0) {
        // The count goes on (each failure doubles the delay) until a successful login resets it.
        const lockedUntil = new Date(this.clock.now().getTime() + delay * 1000);
        await manager.update(UserAccount, account.id, { lockedUntil });
        await this.audit.record(manager, {
          actorId: null,
          action: 'auth.account-locked',
          target: { type: 'user', id: account.id },
          details: { until: lockedUntil.toISOString(), seconds: delay, failures: failedLoginCount },
        });
        this.logger.warn(`Account ${account.id} holds failing addresses back for ${delay} s after ${failedLoginCount} failed logins in a row`);
      }
    });
    throw new InvalidCredentialsProblem(maxFailedLogins);
  }
}

export function toMe(principal: Principal, capabilities: Capabilities): MeDto {
  return {
    email: principal.email,
    role: principal.role,
    scope: { regions: principal.regionCodes, meetingPlaces: principal.meetingPlaces.map((p) => p.slug) },
    mustChangePassword: principal.mustChangePassword,
    capabilities,
  };
}
