import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field: string;

  @ApiProperty({ example: 'email must be an email', description: 'English, for developers' })
  message: string;

  @ApiProperty({
    example: 'is-email',
    description: 'Stable kebab-case code for clients to explain the error in their own language; `invalid` when nothing more specific applies',
  })
  code: string;
}

/** RFC 9457 problem details, for the OpenAPI document (the filter writes them). */
export class ProblemDto {
  @ApiProperty({ example: '/problems/out-of-scope', description: 'Stable identifier to switch on' })
  type: string;

  @ApiProperty({ example: 'Forbidden' })
  title: string;

  @ApiProperty({ example: 403 })
  status: number;

  @ApiProperty({ example: 'This is outside the places and regions your account covers.' })
  detail: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
