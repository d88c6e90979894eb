import type { AuthProvider } from 'react-admin';
import { canDo } from './access';
import { callApi, errorCodeOf, session, type SessionUser } from './dataProvider';

const USER_FIELDS = 'id username role displayName townshipId villageId';

/** Sign-in on the API's login / logout / me; the role is react-admin's permissions. */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    session.clear();
    const data = await callApi<{ login: { token: string; user: SessionUser } }>(
      `mutation Login($username: String!, $password: String!) {
        login(username: $username, password: $password) { token user { ${USER_FIELDS} } }
      }`,
      { username, password },
    ).catch((error: unknown) => {
      // react-admin translates a message key: the clerk reads why, in the console's language.
      const code = errorCodeOf(error);
      if (code === 'UNAUTHENTICATED') throw new Error('fanben.auth.badCredentials');
      if (code === 'TOO_MANY_REQUESTS') throw new Error('fanben.auth.throttled');
      throw error;
    });
    session.save(data.login.token, data.login.user);
  },
  async logout() {
    if (session.token()) {
      // The session ends on the server too; an already expired one is no reason to stay signed in.
      await callApi(`mutation Logout { logout }`).catch(() => undefined);
    }
    session.clear();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error: unknown) {
    if (errorCodeOf(error) === 'UNAUTHENTICATED') {
      session.clear();
      throw new Error('ra.auth.auth_check_error');
    }
  },
  async getPermissions() {
    return session.user()?.role ?? null;
  },
  async getIdentity() {
    const user = session.user();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { ...user, fullName: user.displayName || user.username };
  },
};

authProvider.canAccess = async ({ resource, action }) => canDo(session.user()?.role, resource, action);
