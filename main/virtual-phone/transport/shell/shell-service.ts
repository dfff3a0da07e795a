// `shell:` (v1), `shell,v2,…:` and `exec:` streams: runs one command line through the
// ShellExecutor seam and carries its output back.
// - v1 and exec: raw bytes, stderr merged into stdout, no exit status (adbd runs both in a
//   raw PTY, `shell_service.cpp`), then CLSE.
// - v2: stdout/stderr frames, then the exit frame, then CLSE. Host frames (stdin,
//   close-stdin, window size) are acknowledged by the connection and otherwise ignored.
import type { ShellExecutor, ShellIo } from '../../shell-executor';
import type { DeviceStream } from '../device-stream';
import { delay, untilAborted, type TransportFaults } from '../faults';
import { exitFrame, shellFrameHeader, ShellFrameId } from './shell-v2-frame';

export type ShellFraming = 'v1' | 'v2' | 'exec';

export interface ShellServiceOptions {
  readonly stream: DeviceStream;
  readonly executor: ShellExecutor;
  readonly faults: () => TransportFaults;
  readonly command: string;
  readonly framing: ShellFraming;
  readonly pty: boolean;
}

/** Exit status reported when the executor itself fails. */
export const EXECUTOR_FAILURE_STATUS = 255;

/** Frames stay small like adbd's (its buffer is one packet), so any host parser copes. */
const MAX_FRAME_DATA = 64 * 1024;
const encoder = new TextEncoder();
const LF = 0x0a;
const CR = 0x0d;

const toBytes = (chunk: Uint8Array | string): Uint8Array =>
  typeof chunk === 'string' ? encoder.encode(chunk) : chunk;

/** A PTY's ONLCR: a bare LF becomes CRLF (an existing CRLF is left alone). */
const createOnlcr = () => {
  let lastByte = 0;
  return (bytes: Uint8Array): Uint8Array => {
    let bare = 0;
    for (let index = 0; index < bytes.length; index += 1) {
      const previous = index === 0 ? lastByte : bytes[index - 1];
      if (bytes[index] === LF && previous !== CR) bare += 1;
    }
    const previousLast = lastByte;
    lastByte = bytes[bytes.length - 1] ?? lastByte;
    if (bare === 0) return bytes;
    const out = new Uint8Array(bytes.length + bare);
    let at = 0;
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index] as number;
      const previous = index === 0 ? previousLast : bytes[index - 1];
      if (byte === LF && previous !== CR) out[at++] = CR;
      out[at++] = byte;
    }
    return out;
  };
};

const createWriters = (options: ShellServiceOptions) => {
  const { stream } = options;
  const translate = options.pty ? createOnlcr() : (bytes: Uint8Array) => bytes;
  if (options.framing !== 'v2') {
    const merged = (chunk: Uint8Array | string) => stream.write(translate(toBytes(chunk)));
    return { stdout: merged, stderr: merged };
  }
  const framed = (id: ShellFrameId) => (chunk: Uint8Array | string) => {
    const bytes = translate(toBytes(chunk));
    for (let at = 0; at < bytes.length && !stream.closed; at += MAX_FRAME_DATA) {
      const part = bytes.subarray(at, at + MAX_FRAME_DATA);
      stream.write(shellFrameHeader(id, part.length));
      stream.write(part);
    }
  };
  return { stdout: framed(ShellFrameId.STDOUT), stderr: framed(ShellFrameId.STDERR) };
};

export const runShellService = async (options: ShellServiceOptions): Promise<void> => {
  const { stream, command } = options;
  const { signal } = stream;
  const faults = options.faults();
  await delay(faults.latencyMs, signal);
  if (signal.aborted) return;
  const hang = faults.hangCommandPattern;
  if (hang) hang.lastIndex = 0; // a /g or /y pattern would otherwise match only every other time
  if (hang?.test(command)) {
    await untilAborted(signal);
    return;
  }
  const writers = createWriters(options);
  const io: ShellIo = { ...writers, signal, pty: options.pty };
  let status: number;
  try {
    status = await options.executor.execute(command, io);
  } catch (error) {
    writers.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    status = EXECUTOR_FAILURE_STATUS;
  }
  if (signal.aborted) return;
  if (options.framing === 'v2') stream.write(exitFrame(status));
  stream.end();
};
