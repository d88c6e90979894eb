import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults: loopback, port 4000, embedded database with demo data', () => {
    expect(loadConfig({})).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      dataDir: './.fanben-data',
      databaseUrl: undefined,
      demoData: true,
      production: false,
      corsOrigins: [],
      shutdownGraceSeconds: 10,
      heap: { oldSpaceMb: 512, semiSpaceMb: 32 },
    });
    expect(loadConfig({ HEAP_MB: '2048', SEMISPACE_MB: '64' }).heap).toEqual({
      oldSpaceMb: 2048,
      semiSpaceMb: 64,
    });
  });

  it('with DATABASE_URL, demo data is off unless asked for', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://fanben@db:5432/fanben' }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/fanben', DEMO_DATA: '1' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('reads the CORS allowlist as a comma-separated list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NODE_ENV: '' })).toMatchObject({ port: 4000, production: false });
  });

  it.each([
    [{ PORT: 'eighty' }, /^Invalid PORT="eighty"/],
    [{ HEAP_MB: '512MB' }, /^Invalid HEAP_MB="512MB": must be a whole number of megabytes, such as 512$/],
    [{ HEAP_MB: '64' }, /^Invalid HEAP_MB="64": must be at least 128$/],
    [{ SEMISPACE_MB: '-1' }, /^Invalid SEMISPACE_MB="-1": must be a whole number of megabytes, such as 32$/],
    [{ PORT: '70000' }, /^Invalid PORT="70000"/],
    [{ NODE_ENV: 'prod' }, /^Invalid NODE_ENV="prod"/],
    [{ DEMO_DATA: 'yes' }, /^Invalid DEMO_DATA="yes"/],
    [{ CORS_ORIGINS: 'not a url' }, /^Invalid CORS_ORIGINS=/],
    [{ ADMIN_PASSWORD: 'short' }, /^Invalid ADMIN_PASSWORD=\(hidden\): must be at least 8 characters/],
    [{ DATABASE_URL: 'mysql://root@localhost/x' }, /^Invalid DATABASE_URL=\(hidden\)/],
    [{ SHUTDOWN_GRACE_SECONDS: '0' }, /^Invalid SHUTDOWN_GRACE_SECONDS="0"/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never echoes a secret', () => {
    try {
      loadConfig({ ADMIN_PASSWORD: 'abc' });
    } catch (e) {
      expect(String(e)).not.toContain('abc');
    }
    expect.assertions(1);
  });
});
