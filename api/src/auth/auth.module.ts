import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ExportTokensModule } from '../exports/export-tokens.module';
import { UserAccount } from '../users/user-account.entity';
import { UsersModule } from '../users/users.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { Session } from './session.entity';
import { SessionService } from './session.service';

@Module({
  imports: [TypeOrmModule.forFeature([Session, UserAccount]), UsersModule, OrganisationsModule, AuditModule, ExportTokensModule],
  controllers: [AuthController],
  // The guard is global: every route of every module passes it (deny by default).
  providers: [AuthService, SessionService, LoginRateLimiter, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService],
})
export class AuthModule {}
