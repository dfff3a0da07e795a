// resources.arsc as the table reader sees it: positions relative to the table's first byte,
// answered from a stored entry's bytes inside the APK (read on demand) or from an inflated
// copy in memory. Out-of-table ranges are ApkFormatErrors.
import { ApkFormatError } from './apk-errors';
import type { ApkBytes } from './apk-bytes';
import { ByteView } from './byte-view';

export interface ArscSource {
  readonly size: number;
  /** The bytes, or undefined once the missing range is recorded (see ApkBytes.at). */
  at(offset: number, length: number, options?: { prefetch?: number }): ByteView | undefined;
}

const checkRange = (offset: number, length: number, size: number): void => {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0) {
    throw new ApkFormatError(`bad table range ${offset}+${length}`);
  }
  if (offset + length > size)
    throw new ApkFormatError(`table range ${offset}+${length} past its ${size} bytes`);
};

/** A STORED resources.arsc whose data starts at `dataStart` in the APK. */
export const storedArsc = (apk: ApkBytes, options: { dataStart: number; size: number }): ArscSource => ({
  size: options.size,
  at: (offset, length, prefetch) => {
    checkRange(offset, length, options.size);
    const wanted = Math.min(prefetch?.prefetch ?? 0, options.size - offset);
    const view = apk.at(options.dataStart + offset, length, { prefetch: wanted });
    return view === undefined ? undefined : new ByteView(view.bytes, offset);
  },
});

/** An inflated resources.arsc held whole. */
export const memoryArsc = (bytes: Uint8Array): ArscSource => ({
  size: bytes.length,
  at: (offset, length) => {
    checkRange(offset, length, bytes.length);
    return new ByteView(bytes.subarray(offset, offset + length), offset);
  },
});
