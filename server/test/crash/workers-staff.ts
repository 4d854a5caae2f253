import type { Db } from '../../db/client.js';
import { createPasswordHasher } from '../../features/auth/password-hasher.js';
import { insertUser } from '../../features/auth/users.repo.js';
import { enrolStaff } from '../../features/two-factor/staff-enrolment.js';
import { cookieFrom, GOOD_PASSWORD, type TestApp } from '../harness.js';
import { signInWithCode } from '../two-factor-helpers.js';

/**
 * A staff member written into the database of a server running in another process, signed in
 * (password and code) at `url`: their session cookie. The sign-in helpers need only the API and
 * a clock: here the server's own (the real time).
 */
export async function staffCookieAt(db: Db, url: string, name: string, email: string): Promise<string> {
  const hasher = createPasswordHasher(4, 1);
  const passwordHash = await hasher.hash(GOOD_PASSWORD);
  await hasher.close();
  const user = insertUser(db, { email, name, passwordHash, role: 'staff' }, Date.now())!;
  const { secret } = enrolStaff(db, user.id, Date.now());
  const remote = {
    api: (path: string, init: { body?: unknown; cookie?: string } = {}) =>
      fetch(url + path, {
        method: 'POST',
        headers: { origin: url, 'content-type': 'application/json', ...(init.cookie ? { cookie: init.cookie } : {}) },
        body: JSON.stringify(init.body),
      }),
    clock: { now: Date.now() },
  } as unknown as TestApp;
  const signedIn = await signInWithCode(remote, email, GOOD_PASSWORD, secret);
  if (signedIn.status !== 200) throw new Error(`staff sign-in at ${url}: ${signedIn.status}`);
  return cookieFrom(signedIn);
}

/** A staff member named `name` with an address of their own for this test process: their session cookie at `url`. */
export const signedInStaff = (db: Db, url: string, name = 'Ada'): Promise<string> =>
  staffCookieAt(db, url, name, `staff-${name.toLowerCase()}-${process.pid}@visionx.example`);
