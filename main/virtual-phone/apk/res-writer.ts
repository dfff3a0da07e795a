// Little-endian writers shared by the binary XML and resource table builders: a growable byte
// buffer and ResStringPool chunks (UTF-8 or UTF-16, as aapt2 writes them).

export class ResWriter {
  #bytes = new Uint8Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  #grow(extra: number): void {
    if (this.#length + extra <= this.#bytes.length) return;
    const next = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + extra));
    next.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = next;
  }

  u8(value: number): this {
    this.#grow(1);
    this.#bytes[this.#length++] = value & 0xff;
    return this;
  }

  u16(value: number): this {
    return this.u8(value).u8(value >>> 8);
  }

  u32(value: number): this {
    return this.u16(value & 0xffff).u16(value >>> 16);
  }

  bytes(data: Uint8Array): this {
    this.#grow(data.length);
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
    return this;
  }

  zeros(count: number): this {
    return this.bytes(new Uint8Array(count));
  }

  /** Overwrites a u32 written earlier (chunk sizes known only at the end). */
  patchU32(at: number, value: number): void {
    for (let index = 0; index < 4; index += 1) this.#bytes[at + index] = (value >>> (index * 8)) & 0xff;
  }

  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

const encodeLength8 = (value: number): number[] =>
  value > 0x7f ? [0x80 | (value >> 8), value & 0xff] : [value];
const encodeLength16 = (value: number): number[] =>
  value > 0x7fff ? [0x8000 | (value >> 16), value & 0xffff] : [value];

/** A complete RES_STRING_POOL_TYPE chunk. */
export const stringPoolChunk = (strings: readonly string[], options: { utf8: boolean }): Uint8Array => {
  const data = new ResWriter();
  const offsets: number[] = [];
  for (const text of strings) {
    offsets.push(data.length);
    if (options.utf8) {
      const encoded = new TextEncoder().encode(text);
      for (const byte of [...encodeLength8(text.length), ...encodeLength8(encoded.length)]) data.u8(byte);
      data.bytes(encoded).u8(0);
    } else {
      for (const unit of encodeLength16(text.length)) data.u16(unit);
      for (let index = 0; index < text.length; index += 1) data.u16(text.charCodeAt(index));
      data.u16(0);
    }
  }
  while (data.length % 4 !== 0) data.u8(0);
  const headerSize = 28;
  const stringsStart = headerSize + strings.length * 4;
  const chunk = new ResWriter()
    .u16(0x0001)
    .u16(headerSize)
    .u32(stringsStart + data.length)
    .u32(strings.length)
    .u32(0)
    .u32(options.utf8 ? 1 << 8 : 0)
    .u32(stringsStart)
    .u32(0);
  for (const offset of offsets) chunk.u32(offset);
  return chunk.bytes(data.toBytes()).toBytes();
};
