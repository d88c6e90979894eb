import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, GraphQLClient } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username role townshipId villageId } } }';

describe('login, sessions and roles', () => {
  let t: TestServer;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startTestServer();
    admin = await t.as('admin');
  });
  afterAll(() => t?.stop());

  it('logs in with the documented demo password and answers me', async () => {
    const anon = t.anonymous();
    const res = await anon.data<{
      login: { token: string; user: { username: string; role: string; villageId: string } };
    }>(LOGIN, { u: 'demo.clerk', p: 'fanben-demo' });
    expect(res.login.user).toMatchObject({ username: 'demo.clerk', role: 'VILLAGE_CLERK' });
    expect(res.login.user.villageId).toBeTruthy();
    anon.token = res.login.token;
    expect(await anon.data('{ me { username role } }')).toEqual({
      me: { username: 'demo.clerk', role: 'VILLAGE_CLERK' },
    });
  });

  it('a wrong username and a wrong password give the same answer', async () => {
    const anon = t.anonymous();
    const unknownUser = await anon.request(LOGIN, { u: 'nobody', p: 'fanben-demo' });
    const wrongPassword = await anon.request(LOGIN, { u: 'demo.clerk', p: 'not-the-password' });
    expect(codeOf(unknownUser)).toBe('UNAUTHENTICATED');
    expect(unknownUser.errors).toEqual(wrongPassword.errors);
    expect(unknownUser.status).toBe(wrongPassword.status);
  });

  it('stores passwords as salted scrypt and session tokens only as hashes', async () => {
    const client = await t.as('demo.viewer');
    const users = await t.sql<{ password_hash: string }>(
      "select password_hash from app_user where username in ('demo.viewer', 'demo.finance')",
    );
    expect(users).toHaveLength(2);
    for (const u of users) expect(u.password_hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    // Same password, different salts.
    expect(users[0].password_hash).not.toBe(users[1].password_hash);
    const sessions = await t.sql<{ token_hash: string }>('select token_hash from session');
    expect(sessions.map((s) => s.token_hash)).not.toContain(client.token);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.token_hash))).toBe(true);
  });

  it('logout ends the session', async () => {
    const client = await t.as('demo.finance');
    expect(await client.data('mutation { logout }')).toEqual({ logout: true });
    expect(await client.data('{ me { id } }')).toEqual({ me: null });
    expect(codeOf(await client.request('{ allTownships { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('an expired session no longer answers', async () => {
    const client = await t.as('demo.assessor');
    await t.sql(
      "update session set expires_at = now() - interval '1 second' where user_id = (select id from app_user where username = 'demo.assessor')",
    );
    expect(await client.data('{ me { id } }')).toEqual({ me: null });
  });

  async function createUser(username: string, role: string, extra: Record<string, unknown> = {}) {
    const data = await admin.data<{ createUser: { id: string; version: number } }>(
      `mutation ($u: String!, $r: Role!, $t: ID, $v: ID) {
        createUser(username: $u, password: "correct-horse", role: $r, townshipId: $t, villageId: $v) { id version }
      }`,
      { u: username, r: role, ...extra },
    );
    const client = new GraphQLClient(t.url);
    await client.login(username, 'correct-horse');
    return { ...data.createUser, client };
  }

  it('deactivating a user ends the sessions at once', async () => {
    const user = await createUser('viewer.two', 'VIEWER');
    expect(await user.client.data('{ me { username } }')).toEqual({ me: { username: 'viewer.two' } });
    await admin.data('mutation ($id: ID!) { updateUser(id: $id, active: false) { id } }', { id: user.id });
    expect(await user.client.data('{ me { username } }')).toEqual({ me: null });
    expect(codeOf(await t.anonymous().request(LOGIN, { u: 'viewer.two', p: 'correct-horse' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changing the role ends the sessions at once', async () => {
    const user = await createUser('finance.two', 'FINANCE_OFFICER');
    await admin.data('mutation ($id: ID!) { updateUser(id: $id, role: VIEWER) { id } }', { id: user.id });
    expect(await user.client.data('{ me { username } }')).toEqual({ me: null });
  });

  it('a clerk takes the village’s township as scope; a clerk without a village is refused', async () => {
    const [v] = await t.sql<{ id: string; township_id: string }>(
      'select id, township_id from village limit 1',
    );
    const clerk = await createUser('clerk.two', 'VILLAGE_CLERK', { v: v.id });
    const me = await clerk.client.data<{ me: { villageId: string; townshipId: string } }>(
      '{ me { villageId townshipId } }',
    );
    expect(me.me).toEqual({ villageId: v.id, townshipId: v.township_id });

    const res = await admin.request(
      'mutation { createUser(username: "clerk.three", password: "correct-horse", role: VILLAGE_CLERK) { id } }',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.field).toBe('villageId');
  });

  it('only the administrator manages users, and nobody else sees other accounts', async () => {
    const officer = await t.as('demo.township');
    const res = await officer.request(
      'mutation { createUser(username: "x.y", password: "correct-horse", role: ADMIN) { id } }',
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    const list = await officer.data<{ allUsers: { username: string }[] }>('{ allUsers { username } }');
    expect(list.allUsers.map((u) => u.username)).toEqual(['demo.township']);
    const all = await admin.data<{ _allUsersMeta: { count: number } }>('{ _allUsersMeta { count } }');
    expect(all._allUsersMeta.count).toBeGreaterThanOrEqual(7);
  });

  it('the administrator cannot lock themselves out', async () => {
    const me = await admin.data<{ me: { id: string } }>('{ me { id } }');
    const res = await admin.request('mutation ($id: ID!) { updateUser(id: $id, role: VIEWER) { id } }', {
      id: me.me.id,
    });
    expect(codeOf(res)).toBe('INVALID_STATE');
    expect(await admin.data('{ me { role } }')).toEqual({ me: { role: 'ADMIN' } });
  });
});
