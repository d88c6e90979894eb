/** The signed-in user as the console keeps it between page loads (the token is opaque to us). */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  displayName?: string | null;
  townshipId?: string | null;
  villageId?: string | null;
}

export type Role =
  'ADMIN' | 'VILLAGE_CLERK' | 'TOWNSHIP_OFFICER' | 'DISTRICT_ASSESSOR' | 'FINANCE_OFFICER' | 'VIEWER';

const TOKEN = 'fanben.token';
const USER = 'fanben.user';
const LOCALE = 'fanben.locale';

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN),
  user(): SessionUser | null {
    const raw = localStorage.getItem(USER);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  },
  save(token: string, user: SessionUser) {
    localStorage.setItem(TOKEN, token);
    localStorage.setItem(USER, JSON.stringify(user));
  },
  clear() {
    localStorage.removeItem(TOKEN);
    localStorage.removeItem(USER);
  },
  locale: (): 'zh-CN' | 'en' => (localStorage.getItem(LOCALE) === 'en' ? 'en' : 'zh-CN'),
  setLocale: (locale: string) => localStorage.setItem(LOCALE, locale),
};

/** Headers every request to the API carries: the bearer token and the console's language. */
export function apiHeaders(): Record<string, string> {
  const token = session.token();
  return {
    'accept-language': session.locale(),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}
