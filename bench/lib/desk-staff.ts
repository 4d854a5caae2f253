import bcrypt from 'bcryptjs';
import { Secret, TOTP } from 'otpauth';
import { openDatabase } from '../../server/db/client.js';
import { insertUser } from '../../server/features/auth/users.repo.js';
import { enrolStaff } from '../../server/features/two-factor/staff-enrolment.js';
import { connectShopper, type ShopSocket } from './guests.js';

const PASSWORD = 'bench staff password 7f3a';

/**
 * `count` staff members, each signed in as staff do (password, then the authenticator's code
 * over HTTP) and connected: one session each, because every session has its own request budget.
 * The accounts are written straight into the running server's file (no sign-up for staff).
 */
export async function staffSockets(url: string, dbFile: string, count: number): Promise<ShopSocket[]> {
  const db = openDatabase(dbFile);
  const hash = await bcrypt.hash(PASSWORD, 4); // a cheap cost: the sign-in checks it all the same
  const accounts = Array.from({ length: count }, (_, i) => {
    const email = `bench-staff-${i}@visionx.example`;
    const user = insertUser(db, { email, name: `Desk ${i}`, passwordHash: hash, role: 'staff' }, Date.now())!;
    return { email, secret: enrolStaff(db, user.id, Date.now()).secret };
  });
  db.$client.close();
  const sockets: ShopSocket[] = [];
  for (const { email, secret } of accounts) sockets.push(await connectShopper(url, await signIn(url, email, secret)));
  return sockets;
}

async function signIn(url: string, email: string, secret: string): Promise<string> {
  const post = (path: string, body: unknown) =>
    fetch(`${url}/api/auth${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify(body),
    });
  const step = await post('/login', { email, password: PASSWORD });
  const { pendingToken } = (await step.json()) as { pendingToken?: string };
  if (!pendingToken) throw new Error(`staff sign-in of ${email}: ${step.status}, no code step`);
  const code = TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() });
  const done = await post('/login/code', { pendingToken, code });
  const cookie = done.headers.getSetCookie()[0]?.split(';')[0];
  if (done.status !== 200 || !cookie) throw new Error(`staff sign-in of ${email}: ${done.status} at the code step`);
  return cookie;
}
