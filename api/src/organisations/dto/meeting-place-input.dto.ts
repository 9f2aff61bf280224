import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { ORGANISATION_TYPES, OrganisationType } from '../organisation.entity';

/** Lower-case words joined by hyphens: used in survey links and QR codes, so it never changes. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class LocalisedNameInputDto {
  @ApiProperty({ example: 'Koivukylän perheiden avoin kohtaamispaikka' })
  @IsString()
  @Length(1, 200)
  fi: string;

  @ApiPropertyOptional({ example: 'Björkby öppna mötesplats för familjer', description: 'Falls back to Finnish' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  sv?: string;

  @ApiPropertyOptional({ example: 'Koivukylä open meeting place for families', description: 'Falls back to Finnish' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  en?: string;
}

export class OrganisationInputDto {
  @ApiProperty({ example: 'MLL Uusimaa', description: 'An existing organisation of this name is reused' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES, { message: `type must be one of ${ORGANISATION_TYPES.join(', ')}` })
  type: OrganisationType;
}

export class CreateMeetingPlaceDto {
  @ApiProperty({ example: 'koivukyla', description: 'Lower-case letters, digits and hyphens; cannot be changed later' })
  @IsString()
  @Length(2, 64)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters, digits and single hyphens, such as koivukyla' })
  slug: string;

  @ApiProperty({ type: LocalisedNameInputDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNameInputDto)
  name: LocalisedNameInputDto;

  @ApiProperty({ example: '092', description: 'Three-digit municipality code' })
  @IsString()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code such as 092' })
  municipalityCode: string;

  @ApiPropertyOptional({ example: 'vantaa-itainen', description: 'Id of an active service area of the same municipality' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  serviceArea?: string;

  @ApiPropertyOptional({ example: 'Koivukylän puistotie 2, 01360 Vantaa' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  address?: string;

  @ApiPropertyOptional({ type: [OrganisationInputDto], description: 'The city units, NGOs and parishes that run the place' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrganisationInputDto)
  organisations?: OrganisationInputDto[];
}

/**
 * Every field optional. Name, address and organisations: admin, the region's analyst or the
 * place's coordinator. Municipality, service area and active: admin or the region's analyst.
 */
export class UpdateMeetingPlaceDto {
  @ApiPropertyOptional({ type: LocalisedNameInputDto, description: 'Replaces the whole name' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNameInputDto)
  name?: LocalisedNameInputDto;

  @ApiPropertyOptional({ example: '092' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code such as 092' })
  municipalityCode?: string;

  @ApiPropertyOptional({ type: String, example: 'vantaa-itainen', nullable: true, description: 'null: no service area' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  serviceArea?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  address?: string | null;

  @ApiPropertyOptional({ type: [OrganisationInputDto], description: 'Replaces the whole list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OrganisationInputDto)
  organisations?: OrganisationInputDto[];

  @ApiPropertyOptional({ description: 'false: the place no longer collects answers; its data stays' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
