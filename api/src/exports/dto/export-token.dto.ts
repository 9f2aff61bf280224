import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class CreateExportTokenDto {
  @ApiProperty({ example: 'Power BI, monthly report', description: 'What the token is for' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ example: '04', description: 'The region whose exports the token may read' })
  @Matches(/^\d{2}$/, { message: 'regionCode must be a two-digit region code such as 04' })
  regionCode: string;
}

export class ExportTokenDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ example: '04' })
  regionCode: string;

  @ApiProperty()
  createdAt: string;

  @ApiProperty({ nullable: true, type: String })
  lastUsedAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  revokedAt: string | null;
}

export class CreatedExportTokenDto extends ExportTokenDto {
  @ApiProperty({ description: 'Shown only now: store it safely. Use as "Authorization: Bearer <token>".' })
  token: string;
}
