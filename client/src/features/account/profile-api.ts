import type { ChangeEmailInput, UpdateProfileInput } from '../../../../shared/account.js';
import type { Viewer } from '../../../../shared/auth.js';
import type { ClientResult } from '../../../../shared/result.js';
import { request } from '../../lib/socket.js';
import { showProfile } from './viewer.js';

/** The account page's profile over the socket; the ack is shown at once, other tabs follow by push. */
async function andShow(call: Promise<ClientResult<Viewer>>): Promise<ClientResult<Viewer>> {
  const result = await call;
  if (result.ok) showProfile(result.data);
  return result;
}

export const updateName = (input: UpdateProfileInput) => andShow(request('account:update-profile', input));
export const changeEmail = (input: ChangeEmailInput) => andShow(request('account:change-email', input));
export const resendVerification = () => request('account:resend-verification', {});
export const verifyEmail = (token: string) => request('account:verify-email', { token });
