import type {
  ChangePasswordInput,
  DeleteAccountInput,
  LoginInput,
  RegisterInput,
  Viewer,
} from '../../../../shared/auth.js';
import { downloadFile, requestJson } from '../../lib/http.js';

/** The /api/auth endpoints: the only calls that set or clear the session cookie. */
export const authApi = {
  me: () => requestJson<Viewer>('GET', '/api/auth/me'),
  register: (input: RegisterInput) => requestJson<Viewer>('POST', '/api/auth/register', input),
  login: (input: LoginInput) => requestJson<Viewer>('POST', '/api/auth/login', input),
  logout: () => requestJson<Viewer>('POST', '/api/auth/logout', {}),
  changePassword: (input: ChangePasswordInput) => requestJson<Viewer>('POST', '/api/auth/password', input),
  deleteAccount: (input: DeleteAccountInput) => requestJson<Viewer>('DELETE', '/api/auth/account', input),
  exportData: (fallbackName: string) => downloadFile('/api/auth/export', fallbackName),
};
