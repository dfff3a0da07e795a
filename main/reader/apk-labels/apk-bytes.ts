// What the label reader knows of one APK file on the phone: its size and the ranges read so far
// (4 KiB blocks from `dd bs=4096`, plus the tail from `tail -c`). A lookup either answers from
// those bytes or records the range it is missing, so the next round trip can fetch every
// missing range of every app at once. Positions are absolute file offsets; a range outside
// the file is an ApkFormatError (a corrupt offset), never a read past the end.
import { ApkFormatError } from './apk-errors';
import { ByteView } from './byte-view';

export const BLOCK_SIZE = 4096;

export interface ByteRange {
  readonly offset: number;
  readonly length: number;
}

export class ApkBytes {
  readonly size: number;
  readonly #blocks = new Map<number, Uint8Array>();
  readonly #ranges: { offset: number; bytes: Uint8Array }[] = [];
  #needs: ByteRange[] = [];

  constructor(size: number) {
    this.size = size;
  }

  /** Stores bytes read at `offset`; whole blocks are kept as blocks, anything else as a range. */
  add(offset: number, bytes: Uint8Array): void {
    if (offset < 0 || offset + bytes.length > this.size) {
      throw new ApkFormatError(`read of ${bytes.length} bytes at ${offset} past a ${this.size}-byte file`);
    }
    if (offset % BLOCK_SIZE !== 0) {
      this.#ranges.push({ offset, bytes });
      return;
    }
    for (let at = 0; at < bytes.length; at += BLOCK_SIZE) {
      const block = bytes.subarray(at, at + BLOCK_SIZE);
      if (block.length === BLOCK_SIZE || offset + at + block.length === this.size) {
        this.#blocks.set((offset + at) / BLOCK_SIZE, block);
      } else {
        this.#ranges.push({ offset: offset + at, bytes: block });
      }
    }
  }

  /**
   * The bytes of [offset, offset + length), or undefined after recording the need (widened
   * to `prefetch` bytes when given, for walks that will want what follows).
   */
  at(offset: number, length: number, options: { prefetch?: number } = {}): ByteView | undefined {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
      throw new ApkFormatError(`bad range ${offset}+${length}`);
    }
    if (offset + length > this.size) {
      throw new ApkFormatError(`range ${offset}+${length} past the end of a ${this.size}-byte file`);
    }
    const found = this.#fromBlocks(offset, length) ?? this.#fromRanges(offset, length);
    if (found !== undefined) return new ByteView(found, offset);
    const wanted = Math.min(Math.max(length, options.prefetch ?? 0), this.size - offset);
    this.#needs.push({ offset, length: wanted });
    return undefined;
  }

  /** The ranges asked for since the last call (then forgotten). */
  takeNeeds(): ByteRange[] {
    const needs = this.#needs;
    this.#needs = [];
    return needs;
  }

  #fromBlocks(offset: number, length: number): Uint8Array | undefined {
    if (length === 0) return new Uint8Array();
    const first = Math.floor(offset / BLOCK_SIZE);
    const last = Math.floor((offset + length - 1) / BLOCK_SIZE);
    const parts: Uint8Array[] = [];
    for (let index = first; index <= last; index += 1) {
      const block = this.#blocks.get(index);
      if (block === undefined) return undefined;
      parts.push(block);
    }
    const start = offset - first * BLOCK_SIZE;
    if (parts.length === 1) return (parts[0] as Uint8Array).subarray(start, start + length);
    return Buffer.concat(parts).subarray(start, start + length);
  }

  #fromRanges(offset: number, length: number): Uint8Array | undefined {
    for (const range of this.#ranges) {
      const start = offset - range.offset;
      if (start >= 0 && start + length <= range.bytes.length)
        return range.bytes.subarray(start, start + length);
    }
    return undefined;
  }
}

/** Block-aligned `dd` reads (skip/count in blocks) covering `needs`, merged when they touch. */
export const blockReads = (needs: readonly ByteRange[], size: number): { skip: number; count: number }[] => {
  const spans = needs
    .filter((need) => need.length > 0)
    .map((need) => ({
      first: Math.floor(need.offset / BLOCK_SIZE),
      last: Math.floor((Math.min(size, need.offset + need.length) - 1) / BLOCK_SIZE),
    }))
    .sort((a, b) => a.first - b.first);
  const merged: { first: number; last: number }[] = [];
  for (const span of spans) {
    const previous = merged.at(-1);
    if (previous !== undefined && span.first <= previous.last + 1)
      previous.last = Math.max(previous.last, span.last);
    else merged.push({ ...span });
  }
  return merged.map((span) => ({ skip: span.first, count: span.last - span.first + 1 }));
};
