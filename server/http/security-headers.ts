import type { RequestHandler } from 'express';

/**
 * The built client is files only: scripts and styles from /assets, images from /images, the
 * favicon, and one Socket.IO connection back to this host (no inline script or style in
 * index.html, no third parties). Solid sets dynamic styles through the CSSOM, which
 * style-src does not govern.
 */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // data: for the two-step QR code, drawn by the server as an SVG and shown as an image (an
  // image cannot run script, and no injected markup is needed); nothing else is a data: URL.
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** A Host header as browsers send it (name or IP literal, optional port); anything else must not reach a header. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Security headers on every response. HSTS only in production: a development server on
 * plain http://localhost must not teach the browser to insist on https for localhost.
 */
export function securityHeaders(production: boolean): RequestHandler {
  return (req, res, next) => {
    const host = req.get('host') ?? '';
    // CSP Level 3 lets 'self' cover ws:/wss: to the same host; older browsers (Safari before 15.4) need them spelled out.
    const socket = HOST.test(host) ? ` ws://${host} wss://${host}` : '';
    res.set({
      'Content-Security-Policy': [...POLICY, `connect-src 'self'${socket}`].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      // For browsers without CSP frame-ancestors.
      'X-Frame-Options': 'DENY',
    });
    if (production) res.set('Strict-Transport-Security', 'max-age=31536000');
    next();
  };
}
