// Deterministic stand-ins for values a real phone derives from object identity or the
// filesystem: `Integer.toHexString(System.identityHashCode(o))` in `Package [x] (hex):`,
// `PackageSetting{hex …}`, ceDataInode, and the random base64 names of /data/app folders.

/** FNV-1a 32-bit hash of a string. */
export const hash32 = (text: string): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
};

/** Like an identity hash code in hex: no leading zeros, 5–8 digits. */
export const identityHex = (seed: string): string => ((hash32(seed) | 0x10000) >>> 0).toString(16);

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 22 url-safe base64 characters + `==`, as in `/data/app/~~<b64>==/pkg-<b64>==`. */
export const base64Token = (seed: string): string => {
  let out = '';
  let h = hash32(seed);
  for (let i = 0; i < 22; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = (h + i + 0x9e3779b9) >>> 0;
    out += B64[h % 64];
  }
  return `${out}==`;
};
