// Typed errors of the zip reader: a corrupt archive, a feature we refuse (zip64, encryption,
// multi-disk, unknown compression), or a limit hit (entry too large, suspicious ratio).

export abstract class ZipError extends Error {
  abstract override readonly name: string;
}

/** The bytes are not a readable zip (bad signature, truncated, CRC mismatch …). */
export class ZipFormatError extends ZipError {
  override readonly name = 'ZipFormatError';
}

/** A valid zip using something this reader does not support. */
export class ZipUnsupportedError extends ZipError {
  override readonly name = 'ZipUnsupportedError';
}

/** An entry is larger than allowed or expands suspiciously (zip bomb guard). */
export class ZipLimitError extends ZipError {
  override readonly name = 'ZipLimitError';
}
