import type { Db } from '../../db/client.js';
import { createPasswordHasher } from '../../features/auth/password-hasher.js';
import { insertUser } from '../../features/auth/users.repo.js';
import { enrolStaff } from '../../features/two-factor/staff-enrolment.js';
import { cookieFrom, GOOD_PASSWORD, type TestApp } from '../harness.js';
import { signInWithCode } from '../two-factor-helpers.js';

/**
 * A staff member created in the shop's file and signed in (password and two-step code) through
 * the API of the process at `url`: the cookie of their session, for a socket on that process.
 */
export async function signedInStaff(db: Db, url: string, name = 'Ada'): Promise<string> {
  const hasher = createPasswordHasher(4, 1);
  const email = `staff-${name.toLowerCase()}-${process.pid}@visionx.example`;
  const user = insertUser(
    db,
    { email, name, passwordHash: await hasher.hash(GOOD_PASSWORD), role: 'staff' },
    Date.now(),
  )!;
  await hasher.close();
  const { secret } = enrolStaff(db, user.id, Date.now());
  // The sign-in helpers need only the API and a clock: here the server's own (the real time).
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
  if (signedIn.status !== 200) throw new Error(`staff sign-in answered ${signedIn.status}`);
  return cookieFrom(signedIn);
}
