import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsObject,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ROLES, Role } from '../../access/roles';

export class ScopeDto {
  @ApiProperty({ example: ['04'], description: 'region-analyst: the wellbeing regions it covers; otherwise empty' })
  regions: string[];

  @ApiProperty({ example: ['koivukyla'], description: 'coordinator, steering-group: slugs of its meeting places; otherwise empty' })
  meetingPlaces: string[];
}

export class ScopeInputDto {
  @ApiPropertyOptional({ example: ['04'], description: 'Region codes, for a region-analyst' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(/^\d{2}$/, { each: true, message: 'each region must be a two-digit region code such as 04' })
  regions?: string[];

  @ApiPropertyOptional({ example: ['koivukyla'], description: 'Meeting place slugs or ids, for a coordinator or steering-group' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  meetingPlaces?: string[];
}

export class CreateUserDto {
  @ApiProperty({ example: 'coordinator@kohtaamo.example' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ type: ScopeInputDto, description: 'Required for every role except admin' })
  @IsOptional()
  // An array is an object too: without this, `scope: []` passed and failed deeper with a 500.
  @IsObject()
  @ValidateNested()
  @Type(() => ScopeInputDto)
  scope?: ScopeInputDto;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ type: ScopeInputDto, description: 'Replaces the whole scope' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ScopeInputDto)
  scope?: ScopeInputDto;

  @ApiPropertyOptional({ description: 'false deactivates the account (it can no longer log in; it is never deleted)' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'coordinator@kohtaamo.example' })
  email: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ type: ScopeDto })
  scope: ScopeDto;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: 'The account still has a temporary password' })
  mustChangePassword: boolean;

  @ApiProperty({ description: 'Locked for a while after too many failed logins' })
  locked: boolean;

  @ApiProperty({ example: '2026-03-01T10:00:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, example: '2026-03-02T08:15:00.000Z', nullable: true })
  lastLoginAt: string | null;
}

export class TemporaryPasswordDto {
  @ApiProperty({
    example: 'k7vq-3mze-h9wt-p2xa',
    description: 'Shown once; give it to the person, who must change it at first login',
  })
  temporaryPassword: string;
}

export class CreatedUserDto extends UserDto {
  @ApiProperty({ example: 'k7vq-3mze-h9wt-p2xa', description: 'Shown once; must be changed at first login' })
  temporaryPassword: string;
}
