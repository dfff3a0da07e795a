// Incremental packet decoder: TCP chunks never line up with packets, so bytes are queued
// until a whole header plus payload is available. Never throws: a bad magic or an oversized
// payload is reported once as an error and the decoder stays failed (the caller drops the
// connection, as adbd does).
import { HEADER_LENGTH, type AdbPacket } from './packet';

export const PacketErrorReason = { BAD_MAGIC: 'bad-magic', TOO_LARGE: 'payload-too-large' } as const;
export type PacketErrorReason = (typeof PacketErrorReason)[keyof typeof PacketErrorReason];

export class AdbPacketError extends Error {
  readonly reason: PacketErrorReason;

  constructor(reason: PacketErrorReason, message: string) {
    super(message);
    this.name = 'AdbPacketError';
    this.reason = reason;
  }
}

export interface DecodeResult {
  readonly packets: AdbPacket[];
  readonly error?: AdbPacketError;
}

interface PendingHeader {
  readonly command: number;
  readonly arg0: number;
  readonly arg1: number;
  readonly length: number;
}

export class PacketDecoder {
  #chunks: Buffer[] = [];
  #buffered = 0;
  #header: PendingHeader | undefined;
  #error: AdbPacketError | undefined;
  #maxPayload: number;

  constructor(options: { maxPayload: number }) {
    this.#maxPayload = options.maxPayload;
  }

  get bufferedBytes(): number {
    return this.#buffered;
  }

  set maxPayload(value: number) {
    this.#maxPayload = value;
  }

  push(chunk: Uint8Array): DecodeResult {
    if (this.#error) return { packets: [], error: this.#error };
    if (chunk.length > 0) {
      this.#chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
      this.#buffered += chunk.length;
    }
    const packets: AdbPacket[] = [];
    for (;;) {
      if (!this.#header) {
        if (this.#buffered < HEADER_LENGTH) break;
        const header = this.#parseHeader(this.#take(HEADER_LENGTH));
        if (this.#error) return { packets, error: this.#error };
        this.#header = header;
      }
      const header = this.#header;
      if (!header || this.#buffered < header.length) break;
      const payload = header.length === 0 ? new Uint8Array(0) : this.#take(header.length);
      packets.push({ command: header.command, arg0: header.arg0, arg1: header.arg1, payload });
      this.#header = undefined;
    }
    return { packets };
  }

  #parseHeader(bytes: Buffer): PendingHeader | undefined {
    const command = bytes.readUInt32LE(0);
    const length = bytes.readUInt32LE(12);
    const magic = bytes.readUInt32LE(20);
    if (magic !== (command ^ 0xffffffff) >>> 0) {
      this.#fail(
        PacketErrorReason.BAD_MAGIC,
        `bad magic 0x${magic.toString(16)} for command 0x${command.toString(16)}`,
      );
      return undefined;
    }
    if (length > this.#maxPayload) {
      this.#fail(PacketErrorReason.TOO_LARGE, `payload of ${length} bytes exceeds ${this.#maxPayload}`);
      return undefined;
    }
    return { command, arg0: bytes.readUInt32LE(4), arg1: bytes.readUInt32LE(8), length };
  }

  #fail(reason: PacketErrorReason, message: string): void {
    this.#error = new AdbPacketError(reason, message);
    this.#chunks = [];
    this.#buffered = 0;
  }

  /** Removes and returns the first `count` bytes (count ≤ buffered). */
  #take(count: number): Buffer {
    const first = this.#chunks[0];
    if (first && first.length >= count) {
      this.#buffered -= count;
      if (first.length === count) this.#chunks.shift();
      else this.#chunks[0] = first.subarray(count);
      return first.subarray(0, count);
    }
    const out = Buffer.allocUnsafe(count);
    let filled = 0;
    while (filled < count) {
      const chunk = this.#chunks[0];
      if (!chunk) break;
      const used = Math.min(chunk.length, count - filled);
      chunk.copy(out, filled, 0, used);
      filled += used;
      if (used === chunk.length) this.#chunks.shift();
      else this.#chunks[0] = chunk.subarray(used);
    }
    this.#buffered -= count;
    return out;
  }
}
