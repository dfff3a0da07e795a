// Turns what adbkit, the adb server and child processes throw into our typed errors.
// The adb server answers FAIL with texts such as "device offline", "device unauthorized.\n…",
// "device 'X' not found"; adbkit wraps them as `Failure: '…'`.
import { PrivacyScopeError } from '../errors';
import { adbInstallHint } from './adb-install-hint';
import { AdbUnavailable, CommandFailed, DeviceNotFound, DeviceOffline, DeviceUnauthorized } from './errors';

export interface ErrorContext {
  /** Device serial the call was about, if any. */
  readonly serial?: string;
  /** `host:port` of the adb server. */
  readonly server?: string;
  /** Short description of the call, for messages ("shell", "list devices"). */
  readonly what?: string;
  readonly platform?: NodeJS.Platform;
}

const FAILURE_TEXT = /^Failure: '([\s\S]*)'$/;
const NOT_FOUND = /device '([^']*)' not found/;

/** The adb server's own message inside an adbkit `Failure: '…'` error, or the plain message. */
export const adbFailureText = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return FAILURE_TEXT.exec(message)?.[1] ?? message;
};

const errorCode = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
};

/** Maps a device-state failure text (from adb or the CLI) to a typed error, or undefined. */
export const mapDeviceFailureText = (
  text: string,
  context: ErrorContext & { cause?: unknown },
): PrivacyScopeError | undefined => {
  const serial = context.serial ?? '';
  const options = { cause: context.cause, details: [text.trim()] };
  if (/\bdevice offline\b/i.test(text)) return new DeviceOffline(serial, options);
  if (/\bdevice (unauthorized|still authorizing)\b/i.test(text)) {
    return new DeviceUnauthorized(serial, options);
  }
  const notFound = NOT_FOUND.exec(text);
  if (notFound) return new DeviceNotFound(notFound[1] ?? serial, options);
  if (/no devices\/emulators found|device not found/i.test(text)) {
    return new DeviceNotFound(serial, options);
  }
  return undefined;
};

export const mapAdbError = (error: unknown, context: ErrorContext = {}): PrivacyScopeError => {
  if (error instanceof PrivacyScopeError) return error;
  const text = adbFailureText(error);
  const device = mapDeviceFailureText(text, { ...context, cause: error });
  if (device) return device;
  const code = errorCode(error);
  const server = context.server ?? 'the adb server';
  if (code === 'ECONNREFUSED') {
    return new AdbUnavailable(`adb server is not running at ${server}`, { cause: error });
  }
  const syscall = (error as { syscall?: unknown } | null)?.syscall;
  if (code === 'ENOENT' && typeof syscall === 'string' && syscall.startsWith('spawn')) {
    const hint = adbInstallHint(context.platform ?? process.platform);
    return new AdbUnavailable(`adb not found. ${hint}`, { cause: error });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || /Premature end of stream|Connection closed/.test(text)) {
    return new CommandFailed(`${context.what ?? 'adb call'}: ${server} closed the connection`, {
      cause: error,
      deviceMessage: text,
    });
  }
  return new CommandFailed(`${context.what ?? 'adb call'} failed: ${text}`, {
    cause: error,
    deviceMessage: text,
  });
};
