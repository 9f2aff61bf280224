import { ApiProperty } from '@nestjs/swagger';

/** A name or title in the three UI languages. Missing translations fall back to Finnish. */
export class LocalisedTextDto {
  @ApiProperty({ example: 'Vantaan ja Keravan hyvinvointialue' })
  fi: string;

  @ApiProperty({ example: 'Vanda och Kervo välfärdsområde' })
  sv: string;

  @ApiProperty({ example: 'Wellbeing services county of Vantaa and Kerava' })
  en: string;
}

export function localised(fi: string, sv?: string | null, en?: string | null): LocalisedTextDto {
  return { fi, sv: sv || fi, en: en || fi };
}
