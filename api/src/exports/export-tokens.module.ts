import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { BEARER_AUTHENTICATOR } from '../auth/bearer-authenticator';
import { Region } from '../organisations/region.entity';
import { UserAccount } from '../users/user-account.entity';
import { ExportToken } from './export-token.entity';
import { ExportTokensService } from './export-tokens.service';

/**
 * Export tokens on their own: the auth guard authenticates bearer requests with them, the
 * users feature revokes an account's tokens, and the exports feature makes and lists them.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ExportToken, Region, UserAccount]), AuditModule],
  providers: [ExportTokensService, { provide: BEARER_AUTHENTICATOR, useExisting: ExportTokensService }],
  exports: [ExportTokensService, BEARER_AUTHENTICATOR],
})
export class ExportTokensModule {}
