import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { LocalisedTextDto } from '../../common/localised-text.dto';
import { AREA_LEVELS, AreaLevel } from '../area-tree';

const VALUE_DESCRIPTION =
  'Share (0–1) or mean on the item scale, rounded to 4 decimals, from the release of the period. null when suppressed ' +
  '(fewer than 5 answers, or withheld so that a small group cannot be recovered by subtraction), without answers, ' +
  'or while the period is open (not released yet).';

export const FIGURE_STATUSES = ['published', 'suppressed', 'no-answers', 'not-released'] as const;
export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/** The days of a period an instrument was collecting (reports/instruments.ts, periodCoverage). */
export class CoverageDto {
  @ApiProperty({ example: '2024-12-06', description: 'First covered day (Finnish time)' })
  from: string;

  @ApiProperty({ example: '2024-12-31', description: 'Last covered day: the period’s last day' })
  to: string;

  @ApiProperty({
    description:
      'true when a continuously collected instrument (the kiosk) began collecting more than a week after the period began: ' +
      'the period is not comparable with a full one, and no change is computed against it',
  })
  partial: boolean;
}

/** One indicator's figure for one area and period. */
export class IndicatorValueDto {
  @ApiProperty({ example: 'felt-welcome' })
  key: string;

  @ApiProperty({ type: Number, nullable: true, example: 0.8333, description: VALUE_DESCRIPTION })
  value: number | null;

  @ApiProperty({
    example: 24,
    description:
      'Respondents who answered the item (0 without answers). Participation, not answers: shown exactly whatever the status; ' +
      'suppression protects the values (docs/disclosure.md).',
  })
  n: number;

  @ApiProperty({ example: false, description: 'true whenever no value is shown: n < 5, withheld, no answers, or not released yet' })
  suppressed: boolean;

  @ApiProperty({
    enum: FIGURE_STATUSES,
    description: 'Why a value is or is not shown; not-released: the period is still open (or within its grace for late paper forms)',
  })
  status: FigureStatus;

  @ApiProperty({ type: String, nullable: true, example: '2027-01-15T06:00:00.000Z', description: 'When the release this figure comes from was made; null while not released' })
  releasedAt: string | null;

  @ApiProperty({
    type: [Number],
    // A pair (lower, upper): the generated web types then read [number, number].
    minItems: 2,
    maxItems: 2,
    nullable: true,
    example: [0.6411, 0.9332],
    description:
      '95 % interval: Wilson for shares, t for means (clipped to the scale); for pooled areas widened by the design effect of ' +
      'places as clusters (docs/indicators.md); null when value is null',
  })
  ci95: [number, number] | null;

  @ApiProperty({ type: CoverageDto, nullable: true, description: 'Which days of the period the figures cover; null until released' })
  coverage: CoverageDto | null;
}

export class PreviousValueDto {
  @ApiProperty({ example: '2025' })
  period: string;

  @ApiProperty({ type: Number, nullable: true, example: 0.7812 })
  value: number | null;

  @ApiProperty({ example: 32 })
  n: number;

  @ApiProperty()
  suppressed: boolean;

  @ApiProperty({ enum: FIGURE_STATUSES })
  status: FigureStatus;

  @ApiProperty({ type: CoverageDto, nullable: true })
  coverage: CoverageDto | null;
}

/** The change from the previous period, with its own interval (docs/indicators.md, "Change"). */
export class ChangeDto {
  @ApiProperty({ example: 0.0521, description: 'value − previous.value from unrounded values, in the unit of the indicator (share as a fraction)' })
  value: number;

  @ApiProperty({ type: [Number], minItems: 2, maxItems: 2, example: [-0.0312, 0.1344], description: '95 % interval of the change (MOVER: Newcombe’s method for shares)' })
  ci95: [number, number];

  @ApiProperty({
    description: 'true only when the interval excludes zero and the question is comparable: only then is the change called better or worse',
  })
  clear: boolean;

  @ApiProperty({ description: 'false when the item was reworded between the periods (see the indicator’s note): not comparable' })
  comparable: boolean;
}

export class IndicatorChangeDto extends IndicatorValueDto {
  @ApiProperty({ type: PreviousValueDto, nullable: true, description: 'The previous year or half-year; null when it had no answers' })
  previous: PreviousValueDto | null;

  @ApiProperty({
    type: ChangeDto,
    nullable: true,
    description: 'null unless both figures are published and both periods fully covered (coverage.partial false)',
  })
  change: ChangeDto | null;
}

export class ItemScaleDto {
  @ApiProperty({ enum: ['agreement', 'frequency', 'faces'] })
  kind: string;

  @ApiProperty({ example: 1 })
  min: number;

  @ApiProperty({ example: 5 })
  max: number;
}

/** What an indicator is (reports/indicator-catalogue.ts). */
export class IndicatorDescriptionDto {
  @ApiProperty({ example: 'felt-welcome' })
  key: string;

  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  description: LocalisedTextDto;

  @ApiProperty({ example: 'visitor-survey' })
  instrument: string;

  @ApiProperty({ description: "One of the contract's seven core shared indicators" })
  core: boolean;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: 'share' | 'mean';

  @ApiProperty({ enum: ['higher-is-better', 'lower-is-better'] })
  direction: 'higher-is-better' | 'lower-is-better';

  @ApiProperty({ type: ItemScaleDto })
  scale: ItemScaleDto;

  @ApiProperty({ enum: ['year', 'half-year'], isArray: true })
  periods: ('year' | 'half-year')[];

  @ApiPropertyOptional({ type: LocalisedTextDto, description: 'A caveat for comparisons over time' })
  note?: LocalisedTextDto;
}

export class IndicatorResultDto extends IndicatorChangeDto {
  @ApiProperty({ type: LocalisedTextDto })
  title: LocalisedTextDto;

  @ApiProperty({ type: LocalisedTextDto })
  description: LocalisedTextDto;

  @ApiProperty({ example: 'visitor-survey' })
  instrument: string;

  @ApiProperty()
  core: boolean;

  @ApiProperty({ enum: ['share', 'mean'] })
  unit: 'share' | 'mean';

  @ApiProperty({ enum: ['higher-is-better', 'lower-is-better'] })
  direction: 'higher-is-better' | 'lower-is-better';

  @ApiProperty({ type: ItemScaleDto })
  scale: ItemScaleDto;

  @ApiPropertyOptional({ type: LocalisedTextDto })
  note?: LocalisedTextDto;
}

export class AreaRefDto {
  @ApiProperty({ enum: AREA_LEVELS })
  level: AreaLevel;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '04',
    description: 'null for national and for a municipality\'s group of places without a service area',
  })
  code: string | null;

  @ApiProperty({ type: LocalisedTextDto })
  name: LocalisedTextDto;
}

export class AreaIndicatorsDto extends AreaRefDto {
  @ApiProperty({ example: '2026' })
  period: string;

  @ApiProperty({ enum: ['year', 'half-year'] })
  periodType: 'year' | 'half-year';

  @ApiProperty({ type: AreaRefDto, nullable: true, description: 'The area one level up; null for national' })
  parent: AreaRefDto | null;

  @ApiProperty({
    type: [IndicatorResultDto],
    description: 'Every indicator published for this kind of period, in catalogue order (the seven core ones first)',
  })
  indicators: IndicatorResultDto[];

  @ApiProperty({
    type: () => [HalfYearIndicatorsDto],
    description:
      'For a year: its two half-years with the indicators published only per half-year (the children’s Huomaa minut rounds), ' +
      'so that the year shows every instrument; empty for a half-year',
  })
  halfYearly: HalfYearIndicatorsDto[];
}

export class HalfYearIndicatorsDto {
  @ApiProperty({ example: '2026-H1' })
  period: string;

  @ApiProperty({ type: [IndicatorResultDto] })
  indicators: IndicatorResultDto[];
}

export class SeriesPointDto extends IndicatorValueDto {
  @ApiProperty({ example: '2025' })
  period: string;
}

export class IndicatorSeriesDto extends AreaRefDto {
  @ApiProperty({ type: IndicatorDescriptionDto })
  indicator: IndicatorDescriptionDto;

  @ApiProperty({ enum: ['year', 'half-year'] })
  granularity: 'year' | 'half-year';

  @ApiProperty({ type: [SeriesPointDto], description: 'Every period from the first to the last with answers anywhere, oldest first' })
  points: SeriesPointDto[];
}

export class ComparisonRowDto extends AreaRefDto {
  @ApiPropertyOptional({ description: "true for a municipality's group of places without a service area" })
  unassigned?: boolean;

  @ApiProperty({ description: 'Places and service areas can be closed; their earlier answers still count' })
  active: boolean;

  @ApiProperty({ type: [IndicatorChangeDto] })
  indicators: IndicatorChangeDto[];
}

/** One period's table of a comparison: its indicators, the area itself and the areas inside it. */
export class ComparisonTableDto {
  @ApiProperty({ type: [IndicatorDescriptionDto], description: 'The columns: indicators published for this kind of period' })
  indicators: IndicatorDescriptionDto[];

  @ApiProperty({ type: ComparisonRowDto, description: 'The area itself' })
  total: ComparisonRowDto;

  @ApiProperty({ type: [ComparisonRowDto], description: 'The areas at childLevel inside it' })
  areas: ComparisonRowDto[];
}

export class HalfYearComparisonDto extends ComparisonTableDto {
  @ApiProperty({ example: '2026-H1' })
  period: string;
}

export class IndicatorComparisonDto extends IntersectionType(AreaRefDto, ComparisonTableDto) {
  @ApiProperty({ example: '2026' })
  period: string;

  @ApiProperty({ enum: ['year', 'half-year'] })
  periodType: 'year' | 'half-year';

  @ApiProperty({ enum: AREA_LEVELS.slice(1) })
  childLevel: AreaLevel;

  @ApiProperty({
    type: [HalfYearComparisonDto],
    description: 'For a year: its half-years with the indicators published only per half-year (Huomaa minut rounds); empty for a half-year',
  })
  halfYearly: HalfYearComparisonDto[];
}
