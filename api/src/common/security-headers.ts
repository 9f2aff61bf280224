import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of the app and the web pages served with it. Styles allow
 * 'unsafe-inline' only because survey-react-ui sets style attributes; scripts never run inline.
 * No upgrade-insecure-requests: plain-http use on a local network must keep working.
 */
const APP_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    // X-Frame-Options for browsers that predate frame-ancestors.
    frameguard: { action: 'deny' },
  });
}
