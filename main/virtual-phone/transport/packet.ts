// ADB wire packets: a 24-byte little-endian header (command, arg0, arg1, data length,
// data checksum, magic = command ^ 0xFFFFFFFF) followed by the payload.
// See AOSP `adb/protocol.txt` and ../../../../shared/reference/virtual-phone.md.

export const AdbCommand = {
  SYNC: 0x434e5953,
  CNXN: 0x4e584e43,
  AUTH: 0x48545541,
  OPEN: 0x4e45504f,
  OKAY: 0x59414b4f,
  CLSE: 0x45534c43,
  WRTE: 0x45545257,
  STLS: 0x534c5453,
} as const;
export type AdbCommand = (typeof AdbCommand)[keyof typeof AdbCommand];

/** AUTH packet arg0 values. */
export const AuthType = { TOKEN: 1, SIGNATURE: 2, RSAPUBLICKEY: 3 } as const;
export type AuthType = (typeof AuthType)[keyof typeof AuthType];

export const HEADER_LENGTH = 24;
/** Protocol version from which checksums are skipped (adb ≥ 1.0.36). */
export const VERSION_SKIP_CHECKSUM = 0x01000001;
/** Highest version this device speaks. */
export const DEVICE_VERSION = 0x01000001;
/** adbd's MAX_PAYLOAD for versions ≥ VERSION_SKIP_CHECKSUM. */
export const MAX_PAYLOAD = 1024 * 1024;

export interface AdbPacket {
  readonly command: number;
  readonly arg0: number;
  readonly arg1: number;
  readonly payload: Uint8Array;
}

const EMPTY = new Uint8Array(0);

export const packet = (command: number, arg0: number, arg1: number, payload: Uint8Array = EMPTY) => ({
  command,
  arg0: arg0 >>> 0,
  arg1: arg1 >>> 0,
  payload,
});

/** Sum of all payload bytes modulo 2^32 (only sent to hosts older than VERSION_SKIP_CHECKSUM). */
export const payloadChecksum = (payload: Uint8Array): number => {
  let sum = 0;
  for (const byte of payload) sum = (sum + byte) >>> 0;
  return sum;
};

/** The 24-byte header for `packet`; the payload is written separately to avoid a copy. */
export const encodeHeader = (adbPacket: AdbPacket, protocolVersion: number): Buffer => {
  const header = Buffer.allocUnsafe(HEADER_LENGTH);
  header.writeUInt32LE(adbPacket.command >>> 0, 0);
  header.writeUInt32LE(adbPacket.arg0 >>> 0, 4);
  header.writeUInt32LE(adbPacket.arg1 >>> 0, 8);
  header.writeUInt32LE(adbPacket.payload.length, 12);
  const check = protocolVersion >= VERSION_SKIP_CHECKSUM ? 0 : payloadChecksum(adbPacket.payload);
  header.writeUInt32LE(check, 16);
  header.writeUInt32LE((adbPacket.command ^ 0xffffffff) >>> 0, 20);
  return header;
};

/** Header and payload in one buffer (tests and small control packets). */
export const encodePacket = (adbPacket: AdbPacket, protocolVersion: number): Buffer =>
  Buffer.concat([encodeHeader(adbPacket, protocolVersion), adbPacket.payload]);

/** Four-letter name of a command, for logs and errors. */
export const commandName = (command: number): string => {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(command >>> 0, 0);
  return bytes.toString('latin1');
};
