import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ProblemDetails, problemTitle, TooManyRequestsProblem } from './problem';

/** body-parser's own error types, mapped to the status they mean for a client. */
const BODY_PARSER_STATUS: Record<string, number> = {
  'entity.too.large': 413,
  'entity.parse.failed': 400,
  'encoding.unsupported': 415,
  'charset.unsupported': 415,
  'request.aborted': 400,
  'entity.verify.failed': 400,
  'request.size.invalid': 400,
  'stream.encoding.set': 500,
};

/**
 * Every error leaves the API as RFC 9457 application/problem+json, and never with a stack
 * trace. Unknown errors are logged (without request bodies, which may hold answers) and
 * answered with a generic 500.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    if (exception instanceof TooManyRequestsProblem) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      if (typeof body === 'object' && body !== null && 'type' in body && 'detail' in body) {
        return body as ProblemDetails;
      }
      const message =
        typeof body === 'string' ? body : Array.isArray((body as { message?: unknown }).message)
          ? ((body as { message: string[] }).message).join('; ')
          : String((body as { message?: unknown }).message ?? exception.message);
      return { type: `/problems/http-${status}`, title: problemTitle(status), status, detail: message };
    }
    const bodyParserType = (exception as { type?: unknown })?.type;
    if (typeof bodyParserType === 'string' && bodyParserType in BODY_PARSER_STATUS) {
      const status = BODY_PARSER_STATUS[bodyParserType];
      const detail =
        status === 413
          ? `The request body is larger than the ${formatBytes((exception as { limit?: number }).limit ?? 65536)} allowed.`
          : status === 415
            ? 'The request body must be UTF-8 encoded JSON.'
            : 'The request body is not valid JSON.';
      return { type: `/problems/${status === 413 ? 'too-large' : 'malformed-body'}`, title: problemTitle(status), status, detail };
    }
    this.logger.error(exception instanceof Error ? `${exception.name}: ${exception.message}\n${exception.stack}` : String(exception));
    return { type: '/problems/internal', title: problemTitle(500), status: 500, detail: 'Something went wrong on our side.' };
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}
