import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../users/password-hasher';
import { ScopeDto } from '../../users/dto/user.dto';
import { ROLES, Role } from '../../access/roles';
import { CapabilitiesDto } from './capabilities.dto';

export class LoginDto {
  @ApiProperty({ example: 'coordinator@kohtaamo.example' })
  @IsString()
  @Length(1, 254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `newPassword must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(MAX_PASSWORD_LENGTH, { message: `newPassword must be at most ${MAX_PASSWORD_LENGTH} characters` })
  newPassword: string;
}

export class MeDto {
  @ApiProperty({ example: 'coordinator@kohtaamo.example' })
  email: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: ScopeDto, description: 'admin: both lists empty (admins are not scoped)' })
  scope: ScopeDto;

  @ApiProperty({
    description: 'true: a temporary password; until it is changed only /api/auth/me, /api/auth/logout and /api/auth/password work',
  })
  mustChangePassword: boolean;

  @ApiProperty({
    type: CapabilitiesDto,
    description:
      'What the account may do, computed by the same access policy the routes apply: clients show and hide by these, never by role name. The server still decides every request.',
  })
  capabilities: CapabilitiesDto;
}
