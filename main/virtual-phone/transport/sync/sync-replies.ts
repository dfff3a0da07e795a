// Device→host `sync:` replies. See AOSP `adb/file_sync_protocol.h` (`syncmsg`).
import type { VirtualFileStat } from '../../virtual-file-system';

const idAndValue = (id: string, value: number): Buffer => {
  const bytes = Buffer.allocUnsafe(8);
  bytes.write(id, 0, 4, 'latin1');
  bytes.writeUInt32LE(value >>> 0, 4);
  return bytes;
};

const u32 = (value: number): number => Math.max(0, Math.min(0xffffffff, Math.floor(value))) >>> 0;

/** `STAT mode size mtime`; all zeros when the path does not exist. */
export const syncStat = (stat: VirtualFileStat | undefined): Buffer => {
  const bytes = Buffer.alloc(16);
  bytes.write('STAT', 0, 4, 'latin1');
  if (stat) {
    bytes.writeUInt32LE(u32(stat.mode), 4);
    bytes.writeUInt32LE(u32(stat.size), 8);
    bytes.writeUInt32LE(u32(stat.mtimeSeconds), 12);
  }
  return bytes;
};

/** One LIST entry: `DENT mode size mtime namelen name`. */
export const syncDent = (entry: { name: string; stat: VirtualFileStat }): Buffer => {
  const name = Buffer.from(entry.name, 'utf8');
  const bytes = Buffer.allocUnsafe(20 + name.length);
  bytes.write('DENT', 0, 4, 'latin1');
  bytes.writeUInt32LE(u32(entry.stat.mode), 4);
  bytes.writeUInt32LE(u32(entry.stat.size), 8);
  bytes.writeUInt32LE(u32(entry.stat.mtimeSeconds), 12);
  bytes.writeUInt32LE(name.length, 16);
  name.copy(bytes, 20);
  return bytes;
};

/** End of a LIST: a whole zeroed dent (20 bytes), which adb and adbkit both read. */
export const syncListDone = (): Buffer => {
  const bytes = Buffer.alloc(20);
  bytes.write('DONE', 0, 4, 'latin1');
  return bytes;
};

/** Header of one RECV chunk; the chunk itself follows. */
export const syncDataHeader = (length: number): Buffer => idAndValue('DATA', length);

/** End of a RECV. */
export const syncDone = (): Buffer => idAndValue('DONE', 0);

/** Successful SEND. */
export const syncOkay = (): Buffer => idAndValue('OKAY', 0);

export const syncFail = (message: string): Buffer => {
  const text = Buffer.from(message, 'utf8');
  return Buffer.concat([idAndValue('FAIL', text.length), text]);
};
