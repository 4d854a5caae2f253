import type { ClientErrorCode, ClientResult, ErrorCode } from '../../../shared/result.js';
import type { HttpErrorBody } from '../../../shared/auth.js';
import { clientError, toClientCode } from './errors.js';

type Method = 'GET' | 'POST' | 'DELETE';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  429: 'rate_limited',
};

function isErrorBody(body: unknown): body is HttpErrorBody {
  const error = (body as HttpErrorBody | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

function failure(status: number, body: unknown): ClientResult<never> {
  if (!isErrorBody(body)) return clientError(CODE_BY_STATUS[status] ?? 'internal');
  const { code, ...rest } = body.error;
  const clientCode: ClientErrorCode = toClientCode(code);
  return { ok: false, error: { ...rest, code: clientCode } };
}

/** Same-origin JSON call that never throws: every outcome is a ClientResult. */
export async function requestJson<T>(method: Method, path: string, body?: unknown): Promise<ClientResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        method === 'GET'
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
    });
  } catch {
    return clientError('disconnected');
  }
  const json = await readJson(response);
  if (!response.ok) return failure(response.status, json);
  return { ok: true, data: json as T };
}

function filenameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain filename
    }
  }
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/** Fetch a file and hand it to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string): Promise<ClientResult<{ filename: string }>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch {
    return clientError('disconnected');
  }
  if (!response.ok) return failure(response.status, await readJson(response));
  const filename = filenameFrom(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, data: { filename } };
}
