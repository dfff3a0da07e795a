// Bytes of a captured output → text. Captures saved from Windows shells are often UTF-16
// (PowerShell `>` writes UTF-16LE with a BOM; FORMATS.md §0.7 and the unreadable leads in
// SOURCES.md), some carry a UTF-8 BOM, and device output can hold bytes that are not UTF-8
// (vendor strings, cut multi-byte sequences). Detects the encoding, decodes with U+FFFD for
// bad sequences (counted and reported), and changes nothing else: line ends stay as they are
// (LineSplitter handles LF, CRLF and CR).
import { WarningSink, type ParseResult } from './parse-result';

export const TextEncodingName = {
  Utf8: 'utf-8',
  Utf16Le: 'utf-16le',
  Utf16Be: 'utf-16be',
} as const;
export type TextEncodingName = (typeof TextEncodingName)[keyof typeof TextEncodingName];

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** A byte order mark was present (and removed). */
  readonly bom: boolean;
  /** Invalid sequences replaced by U+FFFD. */
  readonly replacements: number;
}

/** How many leading bytes the NUL-pattern sniffing looks at. */
const SNIFF_BYTES = 4096;
const REPLACEMENT = 0xfffd;

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((value, index) => bytes[index] === value);

/** UTF-16 without BOM: ASCII-heavy text has a NUL in every other byte. */
const sniffUtf16 = (bytes: Uint8Array): TextEncodingName | undefined => {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNul += 1;
    if (bytes[index + 1] === 0) oddNul += 1;
  }
  const pairs = length / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.05) return TextEncodingName.Utf16Le;
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.05) return TextEncodingName.Utf16Be;
  return undefined;
};

const countChar = (text: string, code: number): number => {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === code) count += 1;
  return count;
};

/** Literal U+FFFD already present in valid UTF-8 input (EF BF BD) is not a replacement. */
const countEncodedReplacementChars = (bytes: Uint8Array): number => {
  let count = 0;
  for (let index = 0; index + 2 < bytes.length; index += 1) {
    if (bytes[index] === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) count += 1;
  }
  return count;
};

const swapBytes = (bytes: Uint8Array): Uint8Array => {
  const swapped = new Uint8Array(bytes.length);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1] ?? 0;
    swapped[index + 1] = bytes[index] ?? 0;
  }
  return swapped;
};

const decodeUtf16 = (bytes: Uint8Array, bigEndian: boolean): { text: string; literal: number } => {
  const even = bytes.subarray(0, bytes.length & ~1);
  const little = bigEndian ? swapBytes(even) : even;
  let literal = 0;
  for (let index = 0; index + 1 < little.length; index += 2) {
    if (little[index] === 0xfd && little[index + 1] === 0xff) literal += 1;
  }
  return { text: new TextDecoder('utf-16le', { fatal: false }).decode(little), literal };
};

/** Decodes captured bytes; `source` names the input in warnings (e.g. 'getprop.txt'). */
export const decodeText = (bytes: Uint8Array, source = 'text'): ParseResult<DecodedText> => {
  const sink = new WarningSink(source);
  let encoding: TextEncodingName = TextEncodingName.Utf8;
  let bom = false;
  let body = bytes;
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) {
    bom = true;
    body = bytes.subarray(3);
  } else if (hasPrefix(bytes, [0xff, 0xfe])) {
    [bom, encoding, body] = [true, TextEncodingName.Utf16Le, bytes.subarray(2)];
  } else if (hasPrefix(bytes, [0xfe, 0xff])) {
    [bom, encoding, body] = [true, TextEncodingName.Utf16Be, bytes.subarray(2)];
  } else {
    encoding = sniffUtf16(bytes) ?? TextEncodingName.Utf8;
  }

  let text: string;
  let literal: number;
  let partial = false;
  if (encoding === TextEncodingName.Utf8) {
    text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
    literal = countEncodedReplacementChars(body);
  } else {
    ({ text, literal } = decodeUtf16(body, encoding === TextEncodingName.Utf16Be));
    if (body.length % 2 === 1) {
      partial = true;
      sink.warn(`${encoding} text has an odd number of bytes: the last byte was dropped`);
    }
  }
  const replacements = Math.max(0, countChar(text, REPLACEMENT) - literal);
  if (replacements > 0) {
    sink.warn(`${replacements} invalid ${encoding} sequence(s) replaced with U+FFFD`);
  }
  return { value: { text, encoding, bom, replacements }, warnings: sink.warnings, partial };
};
