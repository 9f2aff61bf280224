import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, the body of every error the API returns. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Required<FieldError>[];
}

export interface FieldError {
  field: string;
  /** English, for developers and logs; apps show `code` in their own language. */
  message: string;
  /**
   * Stable and kebab-case, so a client can explain the error in its user's language (the web:
   * web/src/features/staff/problem-messages.ts). From the global ValidationPipe it is the
   * class-validator constraint's name (`isEmail` → `is-email`, `maxLength` → `max-length`,
   * `whitelistValidation` → `whitelist-validation`; see validation.ts); services name their own
   * (`required`, `not-a-choice`, `region-required`, `unknown-municipality` …). Left out where no
   * client needs more than the `invalid` that the response then carries.
   */
  code?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemTitle(status: number): string {
  return TITLES[status] ?? 'Error';
}

/** A typed problem: `type` is a stable URI-like slug integrators can switch on. */
export class ProblemException extends HttpException {
  constructor(status: number, type: string, detail: string, errors?: FieldError[]) {
    const body: ProblemDetails = { type: `/problems/${type}`, title: problemTitle(status), status, detail };
    if (errors) body.errors = errors.map((e) => ({ field: e.field, message: e.message, code: e.code ?? 'invalid' }));
    super(body, status);
  }
}

export class ValidationProblem extends ProblemException {
  constructor(errors: FieldError[], detail = 'The request has invalid fields.') {
    super(400, 'validation', detail, errors);
  }
}

/** 429, with the seconds to wait; the filter sends them as Retry-After. */
export class TooManyRequestsProblem extends ProblemException {
  constructor(type: string, detail: string, readonly retryAfterSeconds: number) {
    super(429, type, detail);
  }
}
