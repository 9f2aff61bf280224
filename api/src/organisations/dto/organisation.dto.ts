import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { LocalisedTextDto } from '../../common/localised-text.dto';

export class RegionDto {
  @ApiProperty({ example: '04', description: 'Two-digit wellbeing region code; 90 is Helsinki' })
  code: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class MunicipalityDto {
  @ApiProperty({ example: '092', description: 'Three-digit municipality code, as text' })
  code: string;

  @ApiProperty({ example: '04' })
  regionCode: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class ServiceAreaRefDto {
  @ApiProperty({ example: 'vantaa-itainen' })
  id: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class OrganisationRefDto {
  @ApiProperty({ example: 'MLL Uusimaa' })
  name: string;

  @ApiProperty({ enum: ['city', 'ngo', 'parish', 'other'] })
  type: string;
}

export class MeetingPlaceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'koivukyla' })
  slug: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;

  @ApiProperty({ example: '092', description: 'Three-digit municipality code, as text' })
  municipalityCode: string;

  @ApiProperty({ example: '04' })
  regionCode: string;

  @ApiProperty({ type: ServiceAreaRefDto, nullable: true })
  serviceArea: ServiceAreaRefDto | null;

  @ApiProperty({ type: String, nullable: true, example: 'Koivukylän puistotie 2, 01360 Vantaa' })
  address: string | null;

  @ApiProperty({ type: [OrganisationRefDto], description: 'The city units, NGOs and parishes that run the place' })
  organisations: OrganisationRefDto[];

  @ApiProperty()
  active: boolean;
}

export class MeetingPlaceQueryDto {
  @ApiPropertyOptional({ example: '04', description: 'Only the places of this wellbeing region' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'region must be a two-digit region code such as 04' })
  region?: string;
}
