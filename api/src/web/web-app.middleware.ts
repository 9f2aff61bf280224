import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { injectPrerendered, type PrerenderedPage } from './respondent-prerender';

/** The first screen of a page rendered by the server, or null to send index.html as it is. */
export type Prerenderer = (request: Request) => Promise<PrerenderedPage | null>;

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
 * year, and answers every other non-API path with index.html for the client-side router, with
 * the page's first screen put in where `prerender` has one (the survey pages).
 */
export function webAppMiddleware(root: string, prerender?: Prerenderer): RequestHandler {
  const files = listFiles(root);
  const index = files.get('/index.html')!;
  const indexHtml = readFileSync(index, 'utf8');
  // The kiosk tablet's page is an app of its own (web/kiosk.html): no React, no survey-core.
  const kiosk = files.get('/kiosk.html') ?? index;
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path === '/api' || request.path.startsWith('/api/')) {
      next();
      return;
    }
    const file = files.get(request.path) ?? (request.path === '/kiosk' || request.path === '/kiosk/' ? kiosk : index);
    const sendFile = () => sendStatic(request, response, next, file, file !== index && request.path.startsWith('/assets/'));
    if (file !== index || !prerender || request.path === '/index.html') {
      sendFile();
      return;
    }
    prerender(request).then(
      (page) => {
        if (!page) return sendFile();
        // The language follows ?lang= and Accept-Language; the HTML is small, so it is
        // compressed per request (app.factory.ts) rather than ahead.
        response.setHeader('Cache-Control', 'no-cache');
        response.setHeader('Vary', 'Accept-Encoding, Accept-Language');
        response.type('html').send(injectPrerendered(indexHtml, page));
      },
      // The page without its first screen is still the page: the app loads it itself.
      () => sendFile(),
    );
  };
}

function sendStatic(request: Request, response: Response, next: NextFunction, file: string, hashedAsset: boolean): void {
  response.setHeader('Cache-Control', hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
  response.setHeader('Vary', 'Accept-Encoding');
  const accepted = String(request.headers['accept-encoding'] ?? '');
  const encoding = ENCODINGS.find((e) => accepted.includes(e.name) && existsSync(file + e.suffix));
  response.type(extname(file));
  if (encoding) response.setHeader('Content-Encoding', encoding.name);
  response.sendFile(encoding ? file + encoding.suffix : file, { dotfiles: 'deny', lastModified: true }, (error) => {
    if (error && !response.headersSent) next(error);
  });
}

export function hasBuiltWebApp(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}
