import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AccountRef, assertAllowed, canManageAccount } from '../access/access-policy';
import type { Principal } from '../access/principal';
import { PLACE_ROLES, Role } from '../access/roles';
import { Clock } from '../common/clock';
import { FieldError, ProblemException, ValidationProblem } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { ExportTokensService } from '../exports/export-tokens.service';
import { MeetingPlace } from '../organisations/meeting-place.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { Region } from '../organisations/region.entity';
import { CreatedUserDto, CreateUserDto, ScopeInputDto, TemporaryPasswordDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { PasswordHasher } from './password-hasher';
import { generateTemporaryPassword } from './temporary-password';
import { UserAccount } from './user-account.entity';

/** An account to create outside the API: the ADMIN_EMAIL admin and the demo accounts. */
export interface AccountSeed {
  email: string;
  password: string;
  role: Role;
  regions?: string[];
  meetingPlaces?: string[];
}

type PrincipalData = Omit<Principal, 'authenticatedBy' | 'sessionId'>;

@Injectable()
export class UsersService {
  private readonly logger = new Logger('Users');

  constructor(
    @InjectRepository(UserAccount) private readonly accounts: Repository<UserAccount>,
    private readonly transactions: TransactionRunner,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly exportTokens: ExportTokensService,
  ) {}

  findByEmail(email: string): Promise<UserAccount | null> {
    return this.accounts.findOneBy({ email: email.trim().toLowerCase() });
  }

  /** What a request acts as; null when the account is gone or deactivated. */
  async loadPrincipal(userId: string): Promise<PrincipalData | null> {
    const account = await this.accounts.findOne({ where: { id: userId }, relations: { regions: true, meetingPlaces: true } });
    if (!account || !account.active) return null;
    return {
      userId: account.id,
      email: account.email,
      role: account.role,
      regionCodes: account.regions.map((r) => r.code).sort(),
      meetingPlaces: await this.placesWithRegion(account.meetingPlaces),
      mustChangePassword: account.mustChangePassword,
    };
  }

  /** Admins see every account; a region analyst the accounts it may manage. */
  async list(principal: Principal): Promise<UserDto[]> {
    const accounts = await this.accounts.find({ relations: { regions: true, meetingPlaces: true }, order: { email: 'ASC' } });
    // Every account's places' regions in one query, not one a account.
    const regionOf = await this.organisations.regionCodesOf(accounts.flatMap((a) => a.meetingPlaces.map((p) => p.municipalityCode)));
    return accounts.filter((account) => canManageAccount(principal, accountRef(account, regionOf))).map((a) => this.toDto(a));
  }

  async get(principal: Principal, id: string): Promise<UserDto> {
    return this.toDto(await this.findManageable(principal, id));
  }

  async create(principal: Principal, dto: CreateUserDto): Promise<CreatedUserDto> {
    const email = dto.email.trim().toLowerCase();
    const scope = await this.resolveScope(dto.role, dto.scope);
    assertAllowed(
      canManageAccount(principal, { role: dto.role, regionCodes: await this.scopeRegions(dto.role, scope) }),
      'Your account cannot create an account with this role or scope.',
    );
    if (await this.accounts.existsBy({ email })) {
      throw new ProblemException(409, 'email-taken', 'There is already an account with this email.');
    }
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const account = await this.transactions.run(async (manager) => {
      const created = await this.insertAccount(manager, { email, passwordHash, role: dto.role, mustChangePassword: true, ...scope });
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'user.created',
        target: { type: 'user', id: created.id },
        details: { role: created.role, scope: this.scopeOf(created) },
      });
      return created;
    });
    return { ...this.toDto(account), temporaryPassword };
  }

  async update(principal: Principal, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const account = await this.findManageable(principal, id);
    if (account.id === principal.userId) {
      throw new ProblemException(
        409,
        'own-account',
        'You cannot change your own role, scope or status: another admin can. Change your own password at /api/auth/password.',
      );
    }
    const role = dto.role ?? account.role;
    // Without a new scope the old one stays when it still fits: coordinator ↔ steering-group keep their places.
    const scopeFits = role === account.role || (PLACE_ROLES.includes(role) && PLACE_ROLES.includes(account.role));
    const scopeInput = dto.scope ?? (scopeFits ? this.scopeOf(account) : {});
    const scope = await this.resolveScope(role, scopeInput);
    assertAllowed(
      canManageAccount(principal, { role, regionCodes: await this.scopeRegions(role, scope) }),
      'Your account cannot give this role or scope.',
    );
    const before = { role: account.role, scope: this.scopeOf(account), active: account.active };
    account.role = role;
    account.regions = scope.regions;
    account.meetingPlaces = scope.meetingPlaces;
    if (dto.active !== undefined) account.active = dto.active;
    const after = { role: account.role, scope: this.scopeOf(account), active: account.active };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return this.toDto(account);

    const saved = await this.transactions.run(async (manager) => {
      const result = await manager.save(UserAccount, account);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'user.updated',
        target: { type: 'user', id: account.id },
        details: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      });
      if (before.active && !after.active) await this.exportTokens.revokeAllMadeBy(manager, principal.userId, account.id);
      return result;
    });
    return this.toDto(saved);
  }

  /**
   * A new temporary password for someone who forgot theirs. It also unlocks the account, and
   * every session that started before it ends (the old password may be known to someone else).
   */
  async issueTemporaryPassword(principal: Principal, id: string): Promise<TemporaryPasswordDto> {
    const account = await this.findManageable(principal, id);
    if (account.id === principal.userId) {
      throw new ProblemException(409, 'own-account', 'Change your own password at /api/auth/password.');
    }
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await this.hasher.hash(temporaryPassword);
    await this.transactions.run(async (manager) => {
      await manager.update(UserAccount, account.id, {
        passwordHash,
        mustChangePassword: true,
        passwordChangedAt: this.clock.now(),
        failedLoginCount: 0,
        lockedUntil: null,
      });
      await this.audit.record(manager, { actorId: principal.userId, action: 'user.temporary-password-issued', target: { type: 'user', id: account.id } });
    });
    return { temporaryPassword };
  }

  /**
   * ADMIN_EMAIL/ADMIN_PASSWORD at boot: the account exists, is an active admin and has this
   * password, with no forced change. Hashing only when the password really changed keeps the
   * boot fast and the audit log quiet.
   */
  async ensureAdmin(email: string, password: string): Promise<void> {
    const existing = await this.findByEmail(email);
    const passwordMatches = existing ? await this.hasher.verify(existing.passwordHash, password) : false;
    if (existing && passwordMatches && existing.role === 'admin' && existing.active && !existing.mustChangePassword && !existing.lockedUntil) {
      return;
    }
    const passwordHash = passwordMatches ? existing!.passwordHash : await this.hasher.hash(password);
    await this.transactions.run(async (manager) => {
      let id: string;
      if (existing) {
        id = existing.id;
        await manager.save(UserAccount, {
          ...existing,
          passwordHash,
          role: 'admin' as const,
          active: true,
          mustChangePassword: false,
          failedLoginCount: 0,
          lockedUntil: null,
          passwordChangedAt: passwordMatches ? existing.passwordChangedAt : this.clock.now(),
          regions: [],
          meetingPlaces: [],
        });
      } else {
        id = (await this.insertAccount(manager, { email, passwordHash, role: 'admin', mustChangePassword: false, regions: [], meetingPlaces: [] })).id;
      }
      await this.audit.record(manager, { actorId: null, action: 'user.admin-ensured', target: { type: 'user', id } });
    });
    this.logger.log('The ADMIN_EMAIL account is an active admin with the configured password');
  }

  /** Demo accounts (known passwords, no forced change), skipping emails that already exist. */
  async seedAccounts(seeds: readonly AccountSeed[]): Promise<number> {
    let created = 0;
    for (const seed of seeds) {
      if (await this.findByEmail(seed.email)) continue;
      const scope = await this.resolveScope(seed.role, { regions: seed.regions, meetingPlaces: seed.meetingPlaces });
      const passwordHash = await this.hasher.hash(seed.password);
      await this.transactions.run((manager) =>
        this.insertAccount(manager, { email: seed.email, passwordHash, role: seed.role, mustChangePassword: false, ...scope }),
      );
      created += 1;
    }
    return created;
  }

  private async insertAccount(
    manager: EntityManager,
    fields: Pick<UserAccount, 'email' | 'passwordHash' | 'role' | 'mustChangePassword' | 'regions' | 'meetingPlaces'>,
  ): Promise<UserAccount> {
    const now = this.clock.now();
    return manager.save(UserAccount, {
      id: randomUUID(),
      ...fields,
      active: true,
      failedLoginCount: 0,
      lockedUntil: null,
      passwordChangedAt: now,
      createdAt: now,
      lastLoginAt: null,
    });
  }

  /** 404 for an unknown id; 403 when the account is outside what the principal manages. */
  private async findManageable(principal: Principal, id: string): Promise<UserAccount> {
    const account = /^[0-9a-f-]{36}$/i.test(id)
      ? await this.accounts.findOne({ where: { id: id.toLowerCase() }, relations: { regions: true, meetingPlaces: true } })
      : null;
    if (!account) throw new ProblemException(404, 'user-not-found', `There is no account "${id}".`);
    assertAllowed(canManageAccount(principal, await this.accountRef(account)), 'This account is outside what your account manages.');
    return account;
  }

  /**
   * Checks that the scope fits the role (regions for analysts, places for coordinators and
   * steering groups, nothing for admins) and that every region and place exists.
   */
  private async resolveScope(
    role: Role,
    input: Partial<ScopeInputDto> = {},
  ): Promise<{ regions: Region[]; meetingPlaces: MeetingPlace[] }> {
    const regionCodes = [...new Set(input.regions ?? [])];
    const placeKeys = [...new Set(input.meetingPlaces ?? [])];
    const errors: FieldError[] = [];
    const a = role === 'admin' ? 'An admin' : `A ${role}`;
    if (role === 'region-analyst' && regionCodes.length === 0) errors.push({ field: 'scope.regions', message: `${a} needs at least one region.`, code: 'region-required' });
    if (role !== 'region-analyst' && regionCodes.length > 0) errors.push({ field: 'scope.regions', message: `${a} has no regions.`, code: 'regions-not-allowed' });
    if (PLACE_ROLES.includes(role) && placeKeys.length === 0) errors.push({ field: 'scope.meetingPlaces', message: `${a} needs at least one meeting place.`, code: 'meeting-place-required' });
    if (!PLACE_ROLES.includes(role) && placeKeys.length > 0) errors.push({ field: 'scope.meetingPlaces', message: `${a} has no meeting places.`, code: 'meeting-places-not-allowed' });

    const regions = regionCodes.length ? await this.accounts.manager.findBy(Region, { code: In(regionCodes) }) : [];
    for (const code of regionCodes) {
      if (!regions.some((r) => r.code === code)) errors.push({ field: 'scope.regions', message: `There is no region "${code}".`, code: 'unknown-region' });
    }
    const found = await this.organisations.findMeetingPlaces(placeKeys);
    const meetingPlaces: MeetingPlace[] = [];
    for (const key of placeKeys) {
      const place = found.get(key);
      if (!place) errors.push({ field: 'scope.meetingPlaces', message: `There is no meeting place "${key}".`, code: 'unknown-meeting-place' });
      else if (!meetingPlaces.includes(place)) meetingPlaces.push(place);
    }
    if (errors.length > 0) throw new ValidationProblem(errors);
    return { regions, meetingPlaces };
  }

  private async scopeRegions(role: Role, scope: { regions: Region[]; meetingPlaces: MeetingPlace[] }): Promise<string[]> {
    if (role === 'region-analyst') return scope.regions.map((r) => r.code);
    return regionsOfScope(role, scope, await this.organisations.regionCodesOf(scope.meetingPlaces.map((p) => p.municipalityCode)));
  }

  /** A principal's places with their regions, by slug, in one query for the regions. */
  private async placesWithRegion(places: MeetingPlace[]): Promise<{ id: string; slug: string; regionCode: string }[]> {
    const regionOf = await this.organisations.regionCodesOf(places.map((p) => p.municipalityCode));
    return [...places].sort((a, b) => a.slug.localeCompare(b.slug)).map((p) => ({ id: p.id, slug: p.slug, regionCode: regionOf.get(p.municipalityCode)! }));
  }

  private async accountRef(account: UserAccount): Promise<AccountRef> {
    return { role: account.role, regionCodes: await this.scopeRegions(account.role, account) };
  }

  private scopeOf(account: Pick<UserAccount, 'regions' | 'meetingPlaces'>): { regions: string[]; meetingPlaces: string[] } {
    return {
      regions: account.regions.map((r) => r.code).sort(),
      meetingPlaces: account.meetingPlaces.map((p) => p.slug).sort(),
    };
  }

  private toDto(account: UserAccount): UserDto {
    return {
      id: account.id,
      email: account.email,
      role: account.role,
      scope: this.scopeOf(account),
      active: account.active,
      mustChangePassword: account.mustChangePassword,
      locked: account.lockedUntil !== null && account.lockedUntil > this.clock.now(),
      createdAt: account.createdAt.toISOString(),
      lastLoginAt: account.lastLoginAt ? account.lastLoginAt.toISOString() : null,
    };
  }
}

/** The regions an account's scope lies in: an analyst's own, or those of its places. */
function regionsOfScope(role: Role, scope: { regions: Region[]; meetingPlaces: MeetingPlace[] }, regionOf: Map<string, string>): string[] {
  if (role === 'region-analyst') return scope.regions.map((r) => r.code);
  return [...new Set(scope.meetingPlaces.map((p) => regionOf.get(p.municipalityCode)!))];
}

function accountRef(account: UserAccount, regionOf: Map<string, string>): AccountRef {
  return { role: account.role, regionCodes: regionsOfScope(account.role, account, regionOf) };
}
