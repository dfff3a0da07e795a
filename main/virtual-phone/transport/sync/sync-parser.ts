// Incremental parser for host→device `sync:` messages. The sync service is a byte stream:
// a request may span WRTE packets, so bytes are buffered per stream.
// Every message is `[id 4 ASCII][u32 LE]`; for STAT/LIST/RECV/SEND/DATA the u32 is the
// length of what follows, for DONE it is the mtime and for QUIT it is 0.
// See AOSP `adb/file_sync_protocol.h`.

export const SYNC_DATA_MAX = 64 * 1024;
/** adbd refuses longer paths (`file_sync_service.cpp`). */
export const SYNC_PATH_MAX = 1024;

export type SyncRequestOp = 'STAT' | 'LIST' | 'RECV' | 'SEND';

export type SyncMessage =
  | { readonly kind: 'request'; readonly op: SyncRequestOp; readonly path: string }
  | { readonly kind: 'data'; readonly bytes: Uint8Array }
  | { readonly kind: 'done'; readonly mtime: number }
  | { readonly kind: 'quit' };

export class SyncProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncProtocolError';
  }
}

export interface SyncParseResult {
  readonly messages: SyncMessage[];
  readonly error?: SyncProtocolError;
}

const REQUESTS: readonly string[] = ['STAT', 'LIST', 'RECV', 'SEND'];

export class SyncParser {
  #buffer: Buffer = Buffer.alloc(0);
  #error: SyncProtocolError | undefined;

  push(bytes: Uint8Array): SyncParseResult {
    if (this.#error) return { messages: [], error: this.#error };
    const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const messages: SyncMessage[] = [];
    while (this.#buffer.length >= 8) {
      const id = this.#buffer.toString('latin1', 0, 4);
      const value = this.#buffer.readUInt32LE(4);
      if (id === 'DONE' || id === 'QUIT') {
        messages.push(id === 'DONE' ? { kind: 'done', mtime: value } : { kind: 'quit' });
        this.#buffer = this.#buffer.subarray(8);
        continue;
      }
      const limit = id === 'DATA' ? SYNC_DATA_MAX : SYNC_PATH_MAX;
      if (id !== 'DATA' && !REQUESTS.includes(id))
        return this.#fail(messages, `unknown sync request '${printable(id)}'`);
      if (value > limit) return this.#fail(messages, `sync ${id} of ${value} bytes exceeds ${limit}`);
      if (this.#buffer.length < 8 + value) break;
      // Copy: the buffer may be a view of a packet payload that is reused.
      const body = Buffer.from(this.#buffer.subarray(8, 8 + value));
      this.#buffer = this.#buffer.subarray(8 + value);
      messages.push(
        id === 'DATA'
          ? { kind: 'data', bytes: body }
          : { kind: 'request', op: id as SyncRequestOp, path: body.toString('utf8') },
      );
    }
    return { messages };
  }

  #fail(messages: SyncMessage[], message: string): SyncParseResult {
    this.#error = new SyncProtocolError(message);
    this.#buffer = Buffer.alloc(0);
    return { messages, error: this.#error };
  }
}

const printable = (id: string): string => id.replace(/[^\x20-\x7e]/g, '?');
