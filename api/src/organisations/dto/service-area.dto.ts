import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsObject, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { LocalisedTextDto } from '../../common/localised-text.dto';
import { LocalisedNameInputDto, SLUG_PATTERN } from './meeting-place-input.dto';

export class ServiceAreaDto {
  @ApiProperty({ example: 'vantaa-itainen' })
  id: string;

  @ApiProperty({ example: '092' })
  municipalityCode: string;

  @ApiProperty({ example: '04' })
  regionCode: string;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;

  @ApiProperty()
  active: boolean;
}

export class ServiceAreaQueryDto {
  @ApiPropertyOptional({ example: '04' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'region must be a two-digit region code such as 04' })
  region?: string;

  @ApiPropertyOptional({ example: '092' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'municipality must be a three-digit municipality code such as 092' })
  municipality?: string;
}

export class CreateServiceAreaDto {
  @ApiProperty({ example: 'vantaa-itainen', description: 'Lower-case letters, digits and hyphens; cannot be changed later' })
  @IsString()
  @Length(2, 64)
  @Matches(SLUG_PATTERN, { message: 'id must be lower-case letters, digits and single hyphens, such as vantaa-itainen' })
  id: string;

  @ApiProperty({ example: '092', description: 'The municipality the area lies in; cannot be changed later' })
  @IsString()
  @Matches(/^\d{3}$/, { message: 'municipalityCode must be a three-digit municipality code such as 092' })
  municipalityCode: string;

  @ApiProperty({ type: LocalisedNameInputDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNameInputDto)
  name: LocalisedNameInputDto;
}

export class UpdateServiceAreaDto {
  @ApiPropertyOptional({ type: LocalisedNameInputDto, description: 'Replaces the whole name' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNameInputDto)
  name?: LocalisedNameInputDto;

  @ApiPropertyOptional({ description: 'false: no new places can join it; existing places keep it' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
