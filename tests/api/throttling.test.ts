import { loadConfig } from '@fanben/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLErrorShape } from '../support/graphql-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const LOGIN =
  'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }';
const PER_USER = 2;
const PER_ADDRESS = 4;
const WINDOW_MINUTES = 15;

describe('login throttling and session expiry', () => {
  let t: TestServer;

  beforeAll(async () => {
    // Small limits keep the test short (each failed login costs a full scrypt). The test server
    // trusts its loopback "proxy", so X-Forwarded-For plays clients at different addresses.
    t = await startTestServer({
      LOGIN_FAILURES_PER_USER: String(PER_USER),
      LOGIN_FAILURES_PER_ADDRESS: String(PER_ADDRESS),
      LOGIN_THROTTLE_MINUTES: String(WINDOW_MINUTES),
      TRUST_PROXY: 'loopback',
      SESSION_TTL_HOURS: '2',
    });
  });
  afterAll(() => t?.stop());

  async function login(username: string, password: string, address: string) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
    });
    const body = (await res.json()) as { data?: { login: { token: string } }; errors?: GraphQLErrorShape[] };
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      code: body.errors?.[0]?.extensions?.code,
      error: body.errors?.[0],
      token: body.data?.login.token,
    };
  }

  const expectThrottled = (res: Awaited<ReturnType<typeof login>>) => {
    expect(res.status).toBe(429);
    expect(res.code).toBe('TOO_MANY_REQUESTS');
    expect(res.error?.message).toMatch(/^Too many failed logins\. Try again in \d+ minutes?\.$/);
    const seconds = res.error?.extensions?.retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(WINDOW_MINUTES * 60);
    expect(res.retryAfter).toBe(String(seconds));
    // Apollo's instructions for the response are not part of the error the client reads.
    expect(res.error?.extensions).not.toHaveProperty('http');
  };

  it('after the allowed failures for a username, even the right password is refused, from any address', async () => {
    for (let i = 0; i < PER_USER; i++) {
      expect((await login('demo.viewer', 'wrong-password', '203.0.113.1')).code).toBe('UNAUTHENTICATED');
    }
    expectThrottled(await login('demo.viewer', 'fanben-demo', '203.0.113.1'));
    // The username is what is counted: another address does not help.
    expectThrottled(await login('demo.viewer', 'fanben-demo', '203.0.113.2'));
    // Another user at the first address is not affected (that address is under its own limit).
    expect((await login('demo.finance', 'fanben-demo', '203.0.113.1')).token).toBeTruthy();
  });

  it('an unknown username is throttled exactly like a known one', async () => {
    for (let i = 0; i < PER_USER; i++) {
      expect((await login('nobody.here', 'wrong-password', '203.0.113.3')).code).toBe('UNAUTHENTICATED');
    }
    const unknown = await login('nobody.here', 'wrong-password', '203.0.113.3');
    // demo.viewer has been throttled by the test above.
    const known = await login('demo.viewer', 'wrong-password', '203.0.113.8');
    expectThrottled(unknown);
    expect(unknown.error?.message).toBe(known.error?.message);
    expect(unknown.status).toBe(known.status);
  });

  it('a successful login forgets the username’s failures', async () => {
    const address = '203.0.113.4';
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < PER_USER - 1; i++) {
        expect((await login('demo.assessor', 'wrong-password', address)).code).toBe('UNAUTHENTICATED');
      }
      // Without the reset, the second round would be throttled here (1 + 1 + 1 attempts > 2).
      expect((await login('demo.assessor', 'fanben-demo', address)).token).toBeTruthy();
    }
  });

  it('after the allowed failures from one address, every username is refused there, and only there', async () => {
    const address = '203.0.113.5';
    for (let i = 0; i < PER_ADDRESS; i++) {
      expect((await login(`guess.${i}`, 'wrong-password', address)).code).toBe('UNAUTHENTICATED');
    }
    expectThrottled(await login('demo.township', 'fanben-demo', address));
    expect((await login('demo.township', 'fanben-demo', '203.0.113.6')).token).toBeTruthy();
  });

  it('sessions last SESSION_TTL_HOURS, and a login purges the expired ones', async () => {
    expect((await login('demo.clerk', 'fanben-demo', '203.0.113.7')).token).toBeTruthy();
    const [session] = await t.sql<{ hours: string }>(
      `select extract(epoch from s.expires_at - s.created_at) / 3600 as hours from session s
         join app_user u on u.id = s.user_id where u.username = 'demo.clerk'`,
    );
    expect(Number(session.hours)).toBeCloseTo(2, 1);

    await t.sql(
      `update session set expires_at = now() - interval '1 minute'
         where user_id = (select id from app_user where username = 'demo.clerk')`,
    );
    const [{ expired }] = await t.sql<{ expired: string }>(
      'select count(*) as expired from session where expires_at <= now()',
    );
    expect(Number(expired)).toBeGreaterThan(0);
    const before = Number((await t.sql<{ n: string }>('select count(*) as n from session'))[0].n);

    expect((await login('demo.viewer2', 'x', '203.0.113.7')).code).toBe('UNAUTHENTICATED');
    // A failed login deletes nothing; a successful one deletes every expired session.
    expect(Number((await t.sql<{ n: string }>('select count(*) as n from session'))[0].n)).toBe(before);
    expect((await login('demo.finance', 'fanben-demo', '203.0.113.7')).token).toBeTruthy();
    const [{ left }] = await t.sql<{ left: string }>(
      'select count(*) as left from session where expires_at <= now()',
    );
    expect(Number(left)).toBe(0);
    expect(Number((await t.sql<{ n: string }>('select count(*) as n from session'))[0].n)).toBe(
      before - Number(expired) + 1,
    );
  });
});

describe('throttling configuration', () => {
  it('defaults to 5 failures per username and 20 per address in 15 minutes, no proxy trusted', () => {
    expect(loadConfig({})).toMatchObject({
      loginThrottle: { failuresPerUser: 5, failuresPerAddress: 20, windowMinutes: 15 },
      trustProxy: false,
    });
  });

  it('reads TRUST_PROXY as a number of proxies or a list of addresses, and refuses anything else', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, ::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/^Invalid TRUST_PROXY="true"/);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/^Invalid TRUST_PROXY=/);
    expect(() => loadConfig({ LOGIN_FAILURES_PER_USER: '0' })).toThrow(/^Invalid LOGIN_FAILURES_PER_USER=/);
  });
});
