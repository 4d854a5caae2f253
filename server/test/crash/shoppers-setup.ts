import Database from 'better-sqlite3';
import * as assert from 'uvu/assert';
import { createSessionCookie } from '../../features/auth/session-cookie.js';
import { cookieFrom, GOOD_PASSWORD } from '../harness.js';
import type { Shopper } from './shopper.js';

/** Who shops in a crash test: guests and registered members, each with variants of its own. */
export interface Crowd {
  /** The server's SESSION_SECRET: a guest's session id is read from its cookie. */
  secret: string;
  guests: number;
  members: number;
  variantsEach: number;
  /** Members sign up as `<emailPrefix>-<i>@example.com`. */
  emailPrefix: string;
}

/**
 * Guests (a cookie from the first visit) and members (signed up), each given `variantsEach`
 * variants only it buys, from those with the most stock, so no shopper's stock budget races another's.
 */
export async function signUpShoppers(url: string, initialStock: Map<number, number>, crowd: Crowd): Promise<Shopper[]> {
  const cookies = createSessionCookie(crowd.secret, false);
  const headers = { origin: url, 'content-type': 'application/json' };
  const pool = [...initialStock].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const everyone = crowd.guests + crowd.members;
  const shoppers: Shopper[] = [];
  for (let i = 0; i < everyone; i++) {
    const variants = pool.filter((_, n) => n % everyone === i).slice(0, crowd.variantsEach);
    const base = {
      variants,
      attempts: [],
      pending: null,
      replays: 0,
      cancelAsked: new Set<string>(),
      cancelled: new Set<string>(),
    };
    if (i < crowd.guests) {
      const cookie = cookieFrom(await fetch(`${url}/api/auth/me`, { headers }));
      shoppers.push({ ...base, name: `guest ${i + 1}`, cookie, owner: { sessionId: (await cookies.read(cookie))! } });
    } else {
      const email = `${crowd.emailPrefix}-${i}@example.com`;
      const body = JSON.stringify({ email, name: 'Crash Shopper', password: GOOD_PASSWORD });
      const res = await fetch(`${url}/api/auth/register`, { method: 'POST', headers, body });
      assert.is(res.status, 201, await res.clone().text());
      shoppers.push({ ...base, name: `member ${i - crowd.guests + 1}`, cookie: cookieFrom(res), owner: { email } });
    }
  }
  return shoppers;
}

/** The stock of every variant, read from the database file. */
export function readStock(file: string): Map<number, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return new Map(
      (db.prepare('select id, stock from variants').all() as Array<{ id: number; stock: number }>).map((r) => [
        r.id,
        r.stock,
      ]),
    );
  } finally {
    db.close();
  }
}
