import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startTestApp } from '../../test/harness.js';
import { signInStaff } from '../../test/helpers.js';

test('closing the app leaves no staff-away timer behind (staff sockets closing with the app start none)', async () => {
  const app = await startTestApp();
  const staff = await signInStaff(app);
  await app.connect(staff.cookie);
  await app.stop();
  // A timer left here would fire two minutes later against a closed database and crash the process.
  assert.is(app.staff.awayTimers.size, 0);
});

test.run();
