import { Injectable, NestMiddleware } from '@nestjs/common';
import { json, text } from 'express';
import type { NextFunction, Request, Response } from 'express';
import { ProblemException, ValidationProblem } from './problem';

/** The largest body the API accepts: a long visitor survey with free text is well under it. */
export const MAX_BODY_BYTES = 64 * 1024;

const parseJson = json({ limit: MAX_BODY_BYTES, strict: true, type: ['application/json', 'application/*+json'] });

/** CSV imports (paper responses, the place registry) are files: larger, and only on /api/imports. */
export const MAX_CSV_IMPORT_BYTES = 2 * 1024 * 1024;
const CSV_IMPORT_PATH = /^\/api\/imports\//;
const parseCsvText = text({ limit: MAX_CSV_IMPORT_BYTES, type: 'text/csv', defaultCharset: 'utf-8' });

/**
 * Parses JSON bodies as Nest middleware (not Express's), so that parse and size errors reach
 * the problem+json filter. Writes with a body in any other media type get 415, except CSV
 * files sent to the import endpoints.
 */
@Injectable()
export class JsonBodyMiddleware implements NestMiddleware {
  /** Async and throwing (not next(error)): Nest hands only thrown errors to the exception filter. */
  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    if (hasNulCharacter(request.originalUrl)) {
      throw new ValidationProblem([{ field: 'url', message: 'The address must not contain NUL characters.' }]);
    }
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (hasBody && CSV_IMPORT_PATH.test(request.originalUrl) && request.is('text/csv')) {
      await new Promise<void>((resolve, reject) => parseCsvText(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
      if (typeof request.body === 'string' && request.body.includes('\u0000')) {
        throw new ValidationProblem([{ field: 'file', message: 'The file must not contain NUL characters.' }]);
      }
      next();
      return;
    }
    if (hasBody && !request.is(['application/json', 'application/*+json'])) {
      throw new ProblemException(415, 'unsupported-media-type', 'Send the request body as application/json.');
    }
    await new Promise<void>((resolve, reject) => parseJson(request, response, (error?: unknown) => (error ? reject(error) : resolve())));
    const unsafe = findUnsafeKey(request.body);
    if (unsafe) throw unsafe;
    next();
  }
}

/** A NUL byte, raw or percent-encoded (%00) anywhere in the address. */
function hasNulCharacter(url: string): boolean {
  return url.includes('\u0000') || /%00/i.test(url);
}

/** Keys that would reach object prototypes in naive code; no Kohtaamo field is named so. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Kohtaamo's bodies are shallow; deeper nesting is only ever an attack on a parser. */
const MAX_DEPTH = 16;

/** Walks the parsed body (iteratively: a deep body must not overflow our stack). */
function findUnsafeKey(body: unknown): ValidationProblem | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) {
      return new ValidationProblem([{ field: path || 'body', message: `Nesting deeper than ${MAX_DEPTH} levels is not accepted.` }]);
    }
    for (const key of Object.keys(value)) {
      const field = path ? `${path}.${key}` : key;
      if (UNSAFE_KEYS.has(key)) return new ValidationProblem([{ field, message: `"${key}" is not allowed as a field name.` }]);
      const child = (value as Record<string, unknown>)[key];
      // PostgreSQL text cannot hold NUL, and no answer needs one: refuse it here, not as a 500 later.
      if (key.includes('\u0000') || (typeof child === 'string' && child.includes('\u0000'))) {
        return new ValidationProblem([{ field, message: 'Text must not contain NUL characters.' }]);
      }
      stack.push({ value: child, path: field, depth: depth + 1 });
    }
  }
  return undefined;
}
