import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Every file of the built app, by URL path; read once at boot, so no request can reach outside it. */
function listFiles(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.br') && !name.endsWith('.gz')) files.set('/' + relative(root, path).split(sep).join('/'), path);
    }
  };
  walk(root);
  return files;
}

/**
 * Serves the built React app (dist/web) on the API's origin, so one strict CSP covers both.
 * Sends the brotli or gzip copy written at build time when the browser takes it (a phone on a
 * slow connection gets the survey in a fraction of the bytes), caches hashed assets for a
 * year, and answers every other non-API path with index.html for the client-side router.
 */
export function webAppMiddleware(root: string): RequestHandler {
  const files = listFiles(root);
  const index = files.get('/index.html')!;
  // The kiosk tablet's page is an app of its own (web/kiosk.html): no React, no survey-core.
  const kiosk = files.get('/kiosk.html') ?? index;
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path === '/api' || request.path.startsWith('/api/')) {
      next();
      return;
    }
    const file = files.get(request.path) ?? (request.path === '/kiosk' || request.path === '/kiosk/' ? kiosk : index);
    const hashedAsset = file !== index && request.path.startsWith('/assets/');
    response.setHeader('Cache-Control', hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    response.setHeader('Vary', 'Accept-Encoding');
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = ENCODINGS.find((e) => accepted.includes(e.name) && existsSync(file + e.suffix));
    response.type(extname(file));
    if (encoding) response.setHeader('Content-Encoding', encoding.name);
    response.sendFile(encoding ? file + encoding.suffix : file, { dotfiles: 'deny', lastModified: true }, (error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}

export function hasBuiltWebApp(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}
