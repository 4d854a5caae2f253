import type {
  ChangePasswordInput,
  DeleteAccountInput,
  LoginInput,
  RegisterInput,
  Viewer,
} from '../../../../shared/auth.js';
import type {
  CodeRequired,
  DisableTwoFactorInput,
  EnableTwoFactorInput,
  Enrolment,
  LoginCodeInput,
  RecoveryCodes,
  TwoFactorStatus,
} from '../../../../shared/two-factor.js';
import { downloadFile, requestJson } from '../../lib/http.js';

/** The /api/auth endpoints: the only calls that set or clear the session cookie. */
export const authApi = {
  me: () => requestJson<Viewer>('GET', '/api/auth/me'),
  register: (input: RegisterInput) => requestJson<Viewer>('POST', '/api/auth/register', input),
  /** The password step: the viewer, or "code required" with a pending sign-in. */
  login: (input: LoginInput) => requestJson<Viewer | CodeRequired>('POST', '/api/auth/login', input),
  /** The code step; `recoveryCodes` when this sign-in finished enrolling. */
  loginCode: (input: LoginCodeInput) =>
    requestJson<Viewer & Partial<RecoveryCodes>>('POST', '/api/auth/login/code', input),
  twoFactorStatus: () => requestJson<TwoFactorStatus>('GET', '/api/auth/two-factor'),
  twoFactorSetup: () => requestJson<Enrolment>('POST', '/api/auth/two-factor/setup', {}),
  twoFactorEnable: (input: EnableTwoFactorInput) =>
    requestJson<RecoveryCodes>('POST', '/api/auth/two-factor/enable', input),
  twoFactorDisable: (input: DisableTwoFactorInput) =>
    requestJson<TwoFactorStatus>('POST', '/api/auth/two-factor/disable', input),
  logout: () => requestJson<Viewer>('POST', '/api/auth/logout', {}),
  changePassword: (input: ChangePasswordInput) => requestJson<Viewer>('POST', '/api/auth/password', input),
  deleteAccount: (input: DeleteAccountInput) => requestJson<Viewer>('DELETE', '/api/auth/account', input),
  exportData: (fallbackName: string) => downloadFile('/api/auth/export', fallbackName),
};
