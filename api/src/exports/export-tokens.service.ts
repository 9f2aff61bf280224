import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canReadRegionResponses } from '../access/access-policy';
import type { BearerAuthenticator } from '../auth/bearer-authenticator';
import type { Principal } from '../access/principal';
import { Clock } from '../common/clock';
import { ProblemException } from '../common/problem';
import { TransactionRunner } from '../database/transaction-runner';
import { Region } from '../organisations/region.entity';
import { UserAccount } from '../users/user-account.entity';
import { CreateExportTokenDto, CreatedExportTokenDto, ExportTokenDto } from './dto/export-token.dto';
import { ExportToken } from './export-token.entity';

/** Tokens start with a recognisable prefix so that leaked ones are easy to spot in logs and repos. */
const TOKEN_PREFIX = 'kht_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Export tokens: read-only credentials for a region's exports, for BI tools that pull on a
 * schedule. Shown once, stored hashed, revocable; every use is audited.
 */
@Injectable()
export class ExportTokensService implements BearerAuthenticator {
  constructor(
    @InjectRepository(ExportToken) private readonly tokens: Repository<ExportToken>,
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(UserAccount) private readonly accounts: Repository<UserAccount>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, dto: CreateExportTokenDto): Promise<CreatedExportTokenDto> {
    if (!(await this.regions.existsBy({ code: dto.regionCode }))) {
      throw new ProblemException(400, 'validation', 'Unknown region.', [{ field: 'regionCode', message: 'There is no wellbeing region with this code.', code: 'unknown-region' }]);
    }
    if (!canReadRegionResponses(principal, dto.regionCode)) {
      throw new ProblemException(403, 'out-of-scope', 'You can make tokens only for the regions your account covers.');
    }
    const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
    const entity: ExportToken = {
      id: randomUUID(),
      name: dto.name.trim(),
      tokenHash: hashToken(token),
      regionCode: dto.regionCode,
      createdBy: principal.userId,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.transactions.run(async (manager) => {
      await manager.insert(ExportToken, entity);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'export-token.created',
        target: { type: 'export-token', id: entity.id },
        details: { name: entity.name, regionCode: entity.regionCode },
      });
    });
    return { ...this.toDto(entity), token };
  }

  /** Admins see every token; analysts the tokens of their regions. Never the token itself. */
  async list(principal: Principal): Promise<ExportTokenDto[]> {
    const all = await this.tokens.find({ order: { createdAt: 'DESC' } });
    return all.filter((t) => canReadRegionResponses(principal, t.regionCode)).map((t) => this.toDto(t));
  }

  async revoke(principal: Principal, id: string): Promise<ExportTokenDto> {
    const token = await this.tokens.findOneBy({ id });
    if (!token) throw new ProblemException(404, 'export-token-not-found', 'There is no such export token.');
    if (!canReadRegionResponses(principal, token.regionCode)) {
      throw new ProblemException(403, 'out-of-scope', 'This token belongs to a region outside your account’s scope.');
    }
    if (!token.revokedAt) {
      token.revokedAt = this.clock.now();
      await this.transactions.run(async (manager) => {
        await manager.update(ExportToken, { id }, { revokedAt: token.revokedAt });
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'export-token.revoked',
          target: { type: 'export-token', id },
        });
      });
    }
    return this.toDto(token);
  }

  /**
   * BearerAuthenticator: a live token acts as a read-only analyst of its one region, and only
   * while the account that made it is active and still covers that region: a deactivated,
   * moved or demoted analyst's tokens stop with its own rights.
   */
  async authenticate(token: string): Promise<Omit<Principal, 'authenticatedBy' | 'sessionId'> | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const found = await this.tokens.findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() });
    if (!found) return null;
    const creator = await this.accounts.findOne({ where: { id: found.createdBy }, relations: { regions: true } });
    if (!creator?.active || !canReadRegionResponses({ role: creator.role, regionCodes: creator.regions.map((r) => r.code) }, found.regionCode)) {
      return null;
    }
    return {
      userId: found.createdBy,
      email: `export-token:${found.name}`,
      role: 'region-analyst',
      regionCodes: [found.regionCode],
      meetingPlaces: [],
      mustChangePassword: false,
      exportTokenId: found.id,
    };
  }

  /** Deactivating an account revokes the tokens it made, inside the deactivation's transaction. */
  async revokeAllMadeBy(manager: EntityManager, actorId: string, creatorId: string): Promise<void> {
    const live = await manager.findBy(ExportToken, { createdBy: creatorId, revokedAt: IsNull() });
    for (const token of live) {
      await manager.update(ExportToken, { id: token.id }, { revokedAt: this.clock.now() });
      await this.audit.record(manager, {
        actorId,
        action: 'export-token.revoked',
        target: { type: 'export-token', id: token.id },
        details: { reason: 'creator-deactivated' },
      });
    }
  }

  /** Called by the exports for every request a token makes. */
  async recordUse(tokenId: string, what: string, query: Record<string, unknown>): Promise<void> {
    const now = this.clock.now();
    await this.transactions.run(async (manager) => {
      await manager.update(ExportToken, { id: tokenId }, { lastUsedAt: now });
      await this.audit.record(manager, {
        actorId: null,
        action: 'export-token.used',
        target: { type: 'export-token', id: tokenId },
        details: { export: what, ...query },
      });
    });
  }

  private toDto(token: ExportToken): ExportTokenDto {
    return {
      id: token.id,
      name: token.name,
      regionCode: token.regionCode,
      createdAt: token.createdAt.toISOString(),
      lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
      revokedAt: token.revokedAt?.toISOString() ?? null,
    };
  }
}
