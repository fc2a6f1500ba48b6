import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
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
    [{ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-value' }, 'EVIDENCE_SIGNING_KEY'],
    [{ EVIDENCE_SIGNING_KEY: 'not-a-key' }, 'EVIDENCE_SIGNING_KEY'],
    [{ EVIDENCE_SIGNING_KEY: 'ab'.repeat(31) }, 'EVIDENCE_SIGNING_KEY'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^[\\s\\S]*${name}:`));
  });

  it('falls back to the development key only when NODE_ENV says development or test', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret.length).toBeGreaterThanOrEqual(16);
    expect(loadConfig({ NODE_ENV: 'test' }).jwtSecret.length).toBeGreaterThanOrEqual(16);
    const prod = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-value',
      EVIDENCE_SIGNING_KEY: SEED,
    });
    expect(prod.jwtSecret).toBe('a-production-secret-value');
    const unset = loadConfig({ JWT_SECRET: 'a-production-secret-value', EVIDENCE_SIGNING_KEY: SEED });
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

  it('signs evidence with a key from the repository in development and test only', () => {
    const dev = loadConfig({ NODE_ENV: 'development' }).evidenceSigningKey;
    const test = loadConfig({ NODE_ENV: 'test' }).evidenceSigningKey;
    expect(dev.asymmetricKeyType).toBe('ed25519');
    expect(spki(test)).toBe(spki(dev));
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-value' })).toThrow(
      /EVIDENCE_SIGNING_KEY: is required unless NODE_ENV is development or test/,
    );
  });

  it('refuses an EVIDENCE_SIGNING_KEY of another key type', () => {
    expect(() => loadConfig({ EVIDENCE_SIGNING_KEY: rsaPkcs8Base64() })).toThrow(
      /EVIDENCE_SIGNING_KEY: must be an Ed25519 private key.*not a rsa key/,
    );
  });

  it('takes EVIDENCE_SIGNING_KEY as a hex seed, base64 PKCS8 DER or PKCS8 PEM: the same key each way', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const seedHex = der.subarray(-32).toString('hex');
    const keys = [seedHex, seedHex.toUpperCase(), der.toString('base64'), pem].map(
      (v) => loadConfig({ NODE_ENV: 'test', EVIDENCE_SIGNING_KEY: v }).evidenceSigningKey,
    );
    const message = Buffer.from('checkpoint');
    for (const key of keys) {
      expect(spki(key)).toBe(spki(privateKey));
      expect(verify(null, message, createPublicKey(privateKey), sign(null, message, key))).toBe(true);
    }
  });
});

const SEED = '11'.repeat(32);
const spki = (key: Parameters<typeof createPublicKey>[0]) =>
  createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('hex');
function rsaPkcs8Base64(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  return privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
}
