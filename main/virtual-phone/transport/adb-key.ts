// The host keys of ADB authentication. The host sends its public key (AUTH RSAPUBLICKEY) in
// Android's `RSAPublicKey` layout, base64 encoded, followed by ` user@host`:
//   u32 words, u32 n0inv, u32 n[words] (little-endian words), u32 rr[words], u32 exponent.
// It signs our 20-byte token with RSA PKCS#1 v1.5 as if the token were a SHA-1 digest
// (`RSA_sign(NID_sha1, …)`), so a signature verifies when it decrypts to the SHA-1 DigestInfo
// prefix plus the token. See AOSP `adb/client/auth.cpp` and `libcrypto_utils/android_pubkey.cpp`.
import { createPublicKey, publicDecrypt, constants, type KeyObject } from 'node:crypto';

const SHA1_DIGEST_INFO = Buffer.from('3021300906052b0e03021a05000414', 'hex');

const base64Url = (bytes: Buffer): string => bytes.toString('base64url');

/** The host key, or undefined when the payload is not a well-formed ADB public key. */
export const parseAdbPublicKey = (payload: Uint8Array): KeyObject | undefined => {
  const text = Buffer.from(payload).toString('latin1').replace(/\0+$/, '');
  const encoded = text.split(' ')[0] ?? '';
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length < 12) return undefined;
  const words = bytes.readUInt32LE(0);
  if (words < 16 || words > 512 || bytes.length < 8 + words * 8 + 4) return undefined;
  const modulusLittleEndian = bytes.subarray(8, 8 + words * 4);
  const modulus = Buffer.from(modulusLittleEndian).reverse();
  const exponent = bytes.readUInt32LE(8 + words * 8);
  if (exponent === 0) return undefined;
  const exponentBytes = Buffer.alloc(4);
  exponentBytes.writeUInt32BE(exponent, 0);
  const trimmed = exponentBytes.subarray(exponentBytes.findIndex((byte) => byte !== 0));
  try {
    return createPublicKey({
      key: { kty: 'RSA', n: base64Url(modulus), e: base64Url(trimmed) },
      format: 'jwk',
    });
  } catch {
    return undefined;
  }
};

/** True when `signature` is `key`'s signature of `token` the way adb signs AUTH tokens. */
export const verifyTokenSignature = (options: {
  key: KeyObject;
  token: Uint8Array;
  signature: Uint8Array;
}): boolean => {
  try {
    const decrypted = publicDecrypt(
      { key: options.key, padding: constants.RSA_PKCS1_PADDING },
      Buffer.from(options.signature),
    );
    return decrypted.equals(Buffer.concat([SHA1_DIGEST_INFO, Buffer.from(options.token)]));
  } catch {
    return false;
  }
};
