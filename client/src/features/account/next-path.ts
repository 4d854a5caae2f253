const BASE = 'https://visionx.invalid';
const AUTH_PAGES = new Set(['/signin', '/register']);

/**
 * Where to go after signing in: a same-origin path from ?next=, never another site
 * (`//evil.example`, `/\evil.example`) and never back to a sign-in page.
 */
export function safeNextPath(next: unknown, fallback = '/account'): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || AUTH_PAGES.has(url.pathname)) return fallback;
  return url.pathname + url.search + url.hash;
}
