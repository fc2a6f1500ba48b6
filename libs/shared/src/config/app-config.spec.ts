import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/techmarket');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.publicNoticeSeconds).toBe(1_296_000);
    expect(config.operator).toBeNull();
    expect(config.signupsPerHour).toBe(20);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ PUBLIC_NOTICE_SECONDS: '-5' }, 'PUBLIC_NOTICE_SECONDS'],
    [{ NODE_ENV: 'test', SIGNUPS_PER_HOUR: '0' }, 'SIGNUPS_PER_HOUR'],
    [{ NODE_ENV: 'test', SIGNUPS_PER_HOUR: 'many' }, 'SIGNUPS_PER_HOUR'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{}, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'techmarket-development-key-change-me' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'techmarket-development-key-change-me' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'staging', JWT_SECRET: 'a-production-secret-value' }, 'NODE_ENV'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ OPERATOR_EMAIL: 'ops@example.com' }, 'OPERATOR_PASSWORD'],
    [{ OPERATOR_EMAIL: 'not-an-email', OPERATOR_PASSWORD: 'longenough' }, 'OPERATOR_EMAIL'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^[\\s\\S]*${name}:`));
  });

  it('falls back to the development key only when NODE_ENV says development or test', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret.length).toBeGreaterThanOrEqual(16);
    expect(loadConfig({ NODE_ENV: 'test' }).jwtSecret.length).toBeGreaterThanOrEqual(16);
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-value' });
    expect(prod.jwtSecret).toBe('a-production-secret-value');
    const unset = loadConfig({ JWT_SECRET: 'a-production-secret-value' });
    expect(unset.env).toBe('production');
  });

  it('sets the operator only when both values are given', () => {
    expect(
      loadConfig({ NODE_ENV: 'test', OPERATOR_EMAIL: 'ops@example.com', OPERATOR_PASSWORD: 'secret-pass' })
        .operator,
    ).toEqual({
      email: 'ops@example.com',
      password: 'secret-pass',
    });
  });
});
