import { createPrivateKey, type KeyObject } from 'node:crypto';

/** PKCS8 DER of an Ed25519 private key is this prefix followed by the 32-byte seed (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export const SIGNING_KEY_FORMATS =
  'an Ed25519 private key: 64 hex digits (the seed), base64 PKCS8 DER or a PKCS8 PEM';

/**
 * An Ed25519 private key from a setting: the 32-byte seed in hex, PKCS8 DER in base64, or a PKCS8
 * PEM. Throws a TypeError naming the accepted formats for anything else (another key type included).
 */
export function parseEd25519PrivateKey(text: string): KeyObject {
  const value = text.trim();
  let key: KeyObject;
  try {
    if (/^[0-9a-f]{64}$/i.test(value)) {
      key = createPrivateKey({
        key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(value, 'hex')]),
        format: 'der',
        type: 'pkcs8',
      });
    } else if (value.startsWith('-----BEGIN')) {
      key = createPrivateKey({ key: value, format: 'pem' });
    } else if (/^[A-Za-z0-9+/]+={0,2}$/.test(value)) {
      key = createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' });
    } else {
      throw new TypeError('unrecognised format');
    }
  } catch {
    throw new TypeError(`must be ${SIGNING_KEY_FORMATS}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`must be ${SIGNING_KEY_FORMATS}, not a ${key.asymmetricKeyType ?? 'other'} key`);
  }
  return key;
}
