/**
 * Same-origin check for browser requests (CSRF on HTTP, cross-site websocket hijacking on
 * Socket.IO). A request without an Origin header is not a cross-site browser request: browsers
 * send Origin on every cross-origin request and on every websocket handshake.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
}
