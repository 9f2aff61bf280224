import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../access/principal';
import { TransactionRunner } from '../database/transaction-runner';
import { ExportTokensService } from './export-tokens.service';

/**
 * Every export download leaves a trace in the audit log: who took which data, when. A token's
 * download is the token's use (and updates its last use); a person's is their own event.
 */
@Injectable()
export class ExportAuditService {
  constructor(
    private readonly tokens: ExportTokensService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async recordDownload(principal: Principal, file: string, query: Record<string, unknown>): Promise<void> {
    if (principal.exportTokenId) return this.tokens.recordUse(principal.exportTokenId, file, query);
    await this.transactions.run((manager) =>
      this.audit.record(manager, {
        actorId: principal.userId,
        action: 'export.downloaded',
        target: { type: 'export', id: file },
        details: { export: file, ...query },
      }),
    );
  }
}
