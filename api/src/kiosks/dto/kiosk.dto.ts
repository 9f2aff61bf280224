import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { LocalisedTextDto } from '../../common/localised-text.dto';

export class CreateKioskDto {
  @ApiProperty({ example: 'Ovi', description: 'What the staff call the tablet (1–60 characters)' })
  @IsString()
  @Length(1, 60)
  name: string;

  @ApiProperty({ example: '4071', description: '4–8 digits: leaves kiosk mode on the tablet' })
  @IsString()
  @Matches(/^\d{4,8}$/, { message: 'pin must be 4–8 digits' })
  pin: string;
}

export class UpdateKioskDto {
  @ApiPropertyOptional({ example: 'Ovi', description: 'A new name (1–60 characters)' })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  name?: string;

  @ApiPropertyOptional({ example: 5, description: 'Taps on the tablet closer than this many seconds count once (1–60)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  repeatIntervalSeconds?: number;
}

export class ActivateKioskDto {
  @ApiProperty({ example: 'K7M4-PX9Q-2R', description: 'The one-time setup code shown when the kiosk was registered' })
  @IsString()
  @Length(8, 40)
  setupCode: string;
}

/** What registering a kiosk answers once: the setup code is never shown again. */
export class RegisteredKioskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ovi' })
  name: string;

  @ApiProperty({ example: 'K7M4PX9Q2R', description: 'Works once, until expiresAt; letters and digits that cannot be mistaken for each other' })
  setupCode: string;

  @ApiProperty({
    example: '/kiosk#setup=K7M4PX9Q2R',
    description: 'Open on the tablet (or scan its QR code): the code travels in the fragment, which browsers never send to a server',
  })
  setupUrl: string;

  @ApiProperty({ example: '2026-12-11T10:00:00.000Z' })
  expiresAt: string;
}

export class KioskPlaceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  slug: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

/** What the tablet keeps after activation. */
export class ActivatedKioskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ovi' })
  name: string;

  @ApiProperty({ description: 'Send as `Authorization: Kiosk <deviceToken>` with every answer; shown only this once' })
  deviceToken: string;

  @ApiProperty({ type: KioskPlaceDto })
  meetingPlace: KioskPlaceDto;

  @ApiProperty({ example: 'pbkdf2-sha256$100000$…$…', description: 'The PIN’s salted PBKDF2-SHA256 hash, so leaving kiosk mode works offline' })
  pinHash: string;

  @ApiProperty({ example: 3, description: 'Taps closer than this many seconds count once' })
  repeatIntervalSeconds: number;
}

/** A kiosk as its place's staff see it: no secrets, a count of today's answers and never their values. */
export class KioskDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Ovi' })
  name: string;

  @ApiProperty({ enum: ['waiting-for-activation', 'setup-expired', 'active', 'revoked'] })
  status: 'waiting-for-activation' | 'setup-expired' | 'active' | 'revoked';

  @ApiProperty({ type: String, nullable: true })
  activatedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'The last time it sent an answer or checked in' })
  lastSeenAt: string | null;

  @ApiProperty({ type: String, nullable: true })
  revokedAt: string | null;

  @ApiProperty({ type: String, description: 'Until when the setup code works (while waiting for activation)' })
  setupExpiresAt: string;

  @ApiProperty({ example: 42, description: 'Answers it sent today (Finnish time): a count only' })
  answersToday: number;

  @ApiProperty({ example: 3, description: 'Taps closer than this many seconds count once' })
  repeatIntervalSeconds: number;
}

/** What a kiosk learns about itself when it checks in. */
export class KioskStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: KioskPlaceDto })
  meetingPlace: KioskPlaceDto;

  @ApiProperty({ example: 3, description: 'Taps closer than this many seconds count once (the staff may change it)' })
  repeatIntervalSeconds: number;
}
