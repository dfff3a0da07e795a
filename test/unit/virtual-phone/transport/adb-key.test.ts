// ADB host keys: Android's RSAPublicKey layout parsed, and token signatures verified the way
// adbd checks them (PKCS#1 v1.5 over SHA-1 DigestInfo + token).
import { constants, generateKeyPairSync, privateEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseAdbPublicKey, verifyTokenSignature } from '../../../../main/virtual-phone/transport/adb-key';

const DIGEST_INFO = Buffer.from('3021300906052b0e03021a05000414', 'hex');

/** Encodes a public key like `adb` does (n0inv and rr are not needed to verify; left 0). */
const encodeAdbKey = (publicKey: KeyObject): Buffer => {
  const jwk = publicKey.export({ format: 'jwk' });
  const modulus = Buffer.from(jwk.n ?? '', 'base64url');
  const words = modulus.length / 4;
  const body = Buffer.alloc(8 + words * 8 + 4);
  body.writeUInt32LE(words, 0);
  Buffer.from(modulus).reverse().copy(body, 8);
  body.writeUInt32LE(Buffer.from(jwk.e ?? '', 'base64url').readUIntBE(0, 3), 8 + words * 8);
  return Buffer.from(`${body.toString('base64')} tester@host\0`);
};

const sign = (privateKey: KeyObject, token: Uint8Array) =>
  privateEncrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_PADDING },
    Buffer.concat([DIGEST_INFO, token]),
  );

describe('adb host keys', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicExponent: 65537,
  });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });

  it('parses the adb public key format and verifies a token signature', () => {
    const key = parseAdbPublicKey(encodeAdbKey(publicKey));
    expect(key?.export({ format: 'jwk' })).toEqual(publicKey.export({ format: 'jwk' }));
    const token = randomBytes(20);
    expect(verifyTokenSignature({ key: key as KeyObject, token, signature: sign(privateKey, token) })).toBe(
      true,
    );
  });

  it('rejects a signature of another token or by another key', () => {
    const key = parseAdbPublicKey(encodeAdbKey(publicKey)) as KeyObject;
    const token = randomBytes(20);
    expect(verifyTokenSignature({ key, token, signature: sign(privateKey, randomBytes(20)) })).toBe(false);
    expect(verifyTokenSignature({ key, token, signature: sign(other.privateKey, token) })).toBe(false);
    expect(verifyTokenSignature({ key, token, signature: new Uint8Array(256).fill(7) })).toBe(false);
  });

  it('returns undefined for malformed keys', () => {
    expect(parseAdbPublicKey(new TextEncoder().encode('QAAAA… user@host\0'))).toBeUndefined();
    expect(parseAdbPublicKey(new Uint8Array(0))).toBeUndefined();
    expect(parseAdbPublicKey(Buffer.from(`${Buffer.alloc(600).toString('base64')} x`))).toBeUndefined();
  });
});
