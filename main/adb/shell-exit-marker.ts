// adbkit only speaks the v1 `shell:` service, which carries no exit status. We append
// `; echo <token>:$?` where the token holds a random nonce per call, and recover the status
// from the very end of the output. Output that merely looks like a marker (another nonce,
// the marker in the middle, `$?` unexpanded) is left alone; a missing marker means the
// stream was cut (connection dropped, adbd restarted) and is an error, never "exit 0".
import { randomBytes } from 'node:crypto';
import { OutputTruncated } from './errors';

export interface ExitMarker {
  /** `__PS_EXIT_<24 hex>` */
  readonly token: string;
}

export const createExitMarker = (nonce: string = randomBytes(12).toString('hex')): ExitMarker => ({
  token: `__PS_EXIT_${nonce}`,
});

/** The line actually sent: the quoted command, then the marker with `$?`. */
export const withExitMarker = (commandText: string, marker: ExitMarker): string =>
  `${commandText}; echo ${marker.token}:$?`;

const STATUS = /^([0-9]{1,3})\r?\n?$/;
/** Longest possible `<token>:255\r\n` — the tail we must hold back while streaming. */
const tailLength = (marker: ExitMarker): number => marker.token.length + 6;

export interface MarkedOutput {
  readonly stdout: Buffer;
  readonly exitCode: number;
}

/** Splits complete output into the command's own output and its exit status. */
export const parseMarkedOutput = (output: Buffer, marker: ExitMarker): MarkedOutput | undefined => {
  const needle = Buffer.from(`${marker.token}:`, 'ascii');
  const at = output.lastIndexOf(needle);
  if (at < 0) return undefined;
  const status = STATUS.exec(output.subarray(at + needle.length).toString('latin1'));
  if (!status?.[1]) return undefined;
  const exitCode = Number(status[1]);
  if (exitCode > 255) return undefined;
  return { stdout: output.subarray(0, at), exitCode };
};

/** Streaming form: releases output as it comes, holding back only a possible marker. */
export class ExitMarkerScanner {
  readonly #marker: ExitMarker;
  readonly #hold: number;
  #tail: Buffer = Buffer.alloc(0);
  #received = 0;

  constructor(marker: ExitMarker) {
    this.#marker = marker;
    this.#hold = tailLength(marker);
  }

  /** Feeds raw bytes; returns the bytes that are certainly command output. */
  push(chunk: Buffer): Buffer {
    this.#received += chunk.length;
    const pending = this.#tail.length === 0 ? chunk : Buffer.concat([this.#tail, chunk]);
    if (pending.length <= this.#hold) {
      this.#tail = pending;
      return Buffer.alloc(0);
    }
    const cut = pending.length - this.#hold;
    this.#tail = Buffer.from(pending.subarray(cut));
    return pending.subarray(0, cut);
  }

  /** At end of stream: the remaining output and the status; throws OutputTruncated. */
  finish(): MarkedOutput {
    const parsed = parseMarkedOutput(this.#tail, this.#marker);
    if (!parsed) throw new OutputTruncated(this.#received);
    return parsed;
  }
}
