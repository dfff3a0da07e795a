// Typed errors of the APK label reader. The parsers throw them on bytes that are not what they
// claim to be (bad signature, offset out of range, truncated string); the reader catches them
// per app, so one corrupt APK only leaves that app without a label.

export abstract class ApkLabelError extends Error {
  abstract override readonly name: string;
}

/** The bytes are not a readable zip / binary XML / resource table (or are cut short). */
export class ApkFormatError extends ApkLabelError {
  override readonly name = 'ApkFormatError';
}

/** A valid APK using something this reader does not support (zip64, encryption, …). */
export class ApkUnsupportedError extends ApkLabelError {
  override readonly name = 'ApkUnsupportedError';
}

/** A size over the reader's limits (a huge central directory, manifest or string). */
export class ApkLimitError extends ApkLabelError {
  override readonly name = 'ApkLimitError';
}
