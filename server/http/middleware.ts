import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { AppContext } from '../context.js';
import { AppError, HTTP_STATUS } from '../errors.js';
import type { ErrorCode, ErrorReason } from '../../shared/result.js';
import { isAllowedOrigin } from './origin.js';

const JSON_LIMIT = '16kb';

/** POST/PUT/PATCH/DELETE: JSON bodies only, from our own origin (CSRF). */
export function guardStateChanges(ctx: AppContext): RequestHandler[] {
  const parseJson = express.json({ limit: JSON_LIMIT, strict: true, type: 'application/json' });
  const guard: RequestHandler = (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    if (!isAllowedOrigin(req.get('origin'), req.get('host'), ctx.config.ALLOWED_ORIGINS)) {
      return next(new AppError('forbidden', 'cross_site'));
    }
    if (!req.is('application/json')) return next(new HttpError(415, 'bad_request', 'not_json'));
    next();
  };
  return [guard, parseJson];
}

/** An AppError with a status other than its code's usual one (415, 413). */
export class HttpError extends AppError {
  constructor(
    readonly status: number,
    code: AppError['code'],
    reason: ErrorReason,
  ) {
    super(code, reason);
  }
}

/** Wrap an async route so a rejection reaches the error handler. */
export const route =
  (fn: (req: express.Request, res: express.Response) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res).catch(next);
  };

/** Every error becomes `{ error: { code, reason?, params?, fields? } }`; unknown ones are logged and answered `internal`. */
export function errorHandler(ctx: AppContext): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let appError: AppError;
    let status: number;
    if (err instanceof AppError) {
      appError = err;
      status = err instanceof HttpError ? err.status : HTTP_STATUS[err.code];
    } else if (err?.type === 'entity.too.large') {
      [appError, status] = [new AppError('bad_request', 'too_large'), 413];
    } else if (err?.type === 'entity.parse.failed') {
      [appError, status] = [new AppError('bad_request', 'invalid_json'), 400];
    } else if (isClientHttpError(err)) {
      [appError, status] = [new AppError(CODE_OF_STATUS[err.status] ?? 'bad_request'), err.status];
    } else {
      ctx.log.error({ err, method: req.method, path: req.path }, 'request failed');
      [appError, status] = [new AppError('internal'), 500];
    }
    if (appError.retryAfterMs !== undefined) res.set('Retry-After', String(Math.ceil(appError.retryAfterMs / 1000)));
    res.status(status).json({ error: appError.toBody() });
  };
}

/**
 * Express, its router and serve-static report the client's mistakes (an undecodable path, a
 * null byte, an unsatisfiable range) as errors carrying a 4xx `status`. Those are answers, not
 * failures: no error log, and only the code goes out, since their messages can name files on the server.
 */
function isClientHttpError(err: unknown): err is { status: number } {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500;
}

const CODE_OF_STATUS: Partial<Record<number, ErrorCode>> = Object.fromEntries(
  Object.entries(HTTP_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/** One structured line per API request: method, path, status, time. Never headers or bodies. */
export function requestLog(ctx: AppContext): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    res.on('finish', () => {
      ctx.log.info(
        {
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - start),
        },
        'http',
      );
    });
    next();
  };
}
