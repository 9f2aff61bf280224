import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { TransactionRunner } from '../database/transaction-runner';
import { UserAccount } from '../users/user-account.entity';
import { AuditEvent } from './audit-event.entity';
import { AuditEventDto, AuditLogPageDto, AuditLogQueryDto } from './dto/audit.dto';

export interface AuditEntry {
  /** The account that acted; null for the system and for logins that failed. */
  actorId: string | null;
  action: string;
  target?: { type: string; id: string };
  /** Never an IP address, a password or (for failed logins) an email in clear. */
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly clock: Clock,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Written with the change it describes, in the same transaction. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEvent, {
      occurredAt: this.clock.now(),
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.target?.type ?? null,
      targetId: entry.target?.id ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    });
  }

  /** For a read of sensitive data: nothing else changes, so the entry gets a transaction of its own. */
  async recordRead(entry: AuditEntry): Promise<void> {
    await this.transactions.run((manager) => this.record(manager, entry));
  }

  /** Newest first. */
  async list(query: AuditLogQueryDto): Promise<AuditLogPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [events, total] = await this.events.findAndCount({
      where: query.action ? { action: query.action } : {},
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
    const actors = actorIds.length
      ? await this.events.manager.find(UserAccount, { select: ['id', 'email'], where: actorIds.map((id) => ({ id })) })
      : [];
    const emailOf = new Map(actors.map((a) => [a.id, a.email]));
    const items = events.map(
      (e): AuditEventDto => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        actor: e.actorId ? { id: e.actorId, email: emailOf.get(e.actorId) ?? '' } : null,
        action: e.action,
        target: e.targetType && e.targetId ? { type: e.targetType, id: e.targetId } : null,
        details: e.details ? (JSON.parse(e.details) as Record<string, unknown>) : null,
      }),
    );
    return { items, page, pageSize, total };
  }
}
