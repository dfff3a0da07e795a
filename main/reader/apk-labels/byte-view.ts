// Bounds-checked little-endian reads over untrusted bytes: every offset and length is checked
// against the view before use, and a miss throws ApkFormatError (never a RangeError, never a
// read outside the buffer). `base` is the absolute position of byte 0 (file offsets in
// messages and for callers that keep absolute positions).
import { ApkFormatError } from './apk-errors';

export class ByteView {
  readonly bytes: Uint8Array;
  readonly base: number;

  constructor(bytes: Uint8Array, base = 0) {
    this.bytes = bytes;
    this.base = base;
  }

  get length(): number {
    return this.bytes.length;
  }

  /** True when [offset, offset + length) lies inside the view (relative offsets). */
  has(offset: number, length: number): boolean {
    return (
      Number.isSafeInteger(offset) &&
      Number.isSafeInteger(length) &&
      offset >= 0 &&
      length >= 0 &&
      offset + length <= this.bytes.length
    );
  }

  check(offset: number, length: number, what: string): void {
    if (!this.has(offset, length)) {
      throw new ApkFormatError(
        `${what}: ${length} bytes at ${this.base + offset} fall outside ${this.bytes.length} bytes at ${this.base}`,
      );
    }
  }

  u8(offset: number, what = 'byte'): number {
    this.check(offset, 1, what);
    return this.bytes[offset] as number;
  }

  u16(offset: number, what = 'u16'): number {
    this.check(offset, 2, what);
    return (this.bytes[offset] as number) | ((this.bytes[offset + 1] as number) << 8);
  }

  u32(offset: number, what = 'u32'): number {
    this.check(offset, 4, what);
    return (
      ((this.bytes[offset] as number) |
        ((this.bytes[offset + 1] as number) << 8) |
        ((this.bytes[offset + 2] as number) << 16) |
        ((this.bytes[offset + 3] as number) << 24)) >>>
      0
    );
  }

  slice(offset: number, length: number, what = 'slice'): Uint8Array {
    this.check(offset, length, what);
    return this.bytes.subarray(offset, offset + length);
  }

  /** A sub-view of [offset, offset + length), keeping absolute positions. */
  view(offset: number, length: number, what = 'view'): ByteView {
    return new ByteView(this.slice(offset, length, what), this.base + offset);
  }
}
