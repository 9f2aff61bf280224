import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ExportTokensModule } from '../exports/export-tokens.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PasswordHasher } from './password-hasher';
import { UserAccount } from './user-account.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserAccount]), OrganisationsModule, AuditModule, ExportTokensModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher],
  exports: [UsersService, PasswordHasher],
})
export class UsersModule {}
