import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class AuditLogQueryDto {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(200)
  pageSize?: number;

  @ApiPropertyOptional({ example: 'auth.login-failed', description: 'Only events of this action' })
  @IsOptional()
  @Matches(/^[a-z-]+\.[a-z-]+$/, { message: 'action must be an action such as auth.login' })
  action?: string;
}

export class AuditActorDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'coordinator@kohtaamo.example' })
  email: string;
}

export class AuditTargetDto {
  @ApiProperty({ example: 'user', description: 'user, meeting-place, service-area, …' })
  type: string;

  @ApiProperty({ example: 'koivukyla' })
  id: string;
}

export class AuditEventDto {
  @ApiProperty({ example: 1042 })
  id: number;

  @ApiProperty({ example: '2026-03-01T10:00:00.000Z' })
  occurredAt: string;

  @ApiProperty({ type: AuditActorDto, nullable: true, description: 'null: the system, or a failed login' })
  actor: AuditActorDto | null;

  @ApiProperty({
    example: 'auth.login',
    description:
      'auth.login, auth.login-failed, auth.account-locked, auth.logout, auth.password-changed, user.created, ' +
      'user.updated, user.temporary-password-issued, user.admin-ensured, meeting-place.created, ' +
      'meeting-place.updated, service-area.created, service-area.updated, import.registry, import.paper-responses, ' +
      'export-token.created, export-token.revoked, export-token.used, export.downloaded (row-level data), free-text.read (written answers)',
  })
  action: string;

  @ApiProperty({ type: AuditTargetDto, nullable: true })
  target: AuditTargetDto | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { reason: 'wrong-password', emailHmac: '9f86d081…' },
    description: 'What changed or why a login failed; a failed login names the email only as its sha256',
  })
  details: Record<string, unknown> | null;
}

export class AuditLogPageDto {
  @ApiProperty({ type: [AuditEventDto] })
  items: AuditEventDto[];

  @ApiProperty({ example: 1 })
  page: number;

  @ApiProperty({ example: 50 })
  pageSize: number;

  @ApiProperty({ example: 1234 })
  total: number;
}
