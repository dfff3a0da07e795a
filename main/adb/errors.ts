// Typed failures of the ADB layer. Each carries the `ApiErrorCode` the renderer explains;
// `error-mapping.ts` turns adbkit / adb server / spawn failures into these.
import { ApiErrorCode } from '../../preload/contract/result';
import { PrivacyScopeError } from '../errors';

type ErrorOptions = { cause?: unknown; details?: readonly string[] };

/** No usable adb: binary not found, or the adb server cannot be reached. */
export class AdbUnavailable extends PrivacyScopeError {
  constructor(message: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.AdbUnavailable, message, options);
  }
}

/**
 * The adb settings (port or binary) changed while this work held a session of the previous
 * configuration: it is stopped rather than sent to a server the user has left.
 */
export class AdbReconfigured extends AdbUnavailable {
  constructor(what: string) {
    super(`${what}: the adb settings changed while it ran; start it again`);
  }
}

/** The running adb server speaks another version than our adb client binary. */
export class AdbVersionMismatch extends PrivacyScopeError {
  readonly serverVersion: number;
  readonly clientVersion: number;

  constructor(versions: { serverVersion: number; clientVersion: number }, options: ErrorOptions = {}) {
    super(
      ApiErrorCode.AdbVersionMismatch,
      `adb server version (${versions.serverVersion}) doesn't match this client (${versions.clientVersion})`,
      options,
    );
    this.serverVersion = versions.serverVersion;
    this.clientVersion = versions.clientVersion;
  }
}

export class DeviceNotFound extends PrivacyScopeError {
  readonly serial: string;

  constructor(serial: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.DeviceNotFound, `device '${serial}' not found`, options);
    this.serial = serial;
  }
}

export class DeviceUnauthorized extends PrivacyScopeError {
  readonly serial: string;

  constructor(serial: string, options: ErrorOptions = {}) {
    super(
      ApiErrorCode.DeviceUnauthorized,
      `device '${serial}' is unauthorized: accept the USB debugging prompt on the phone`,
      options,
    );
    this.serial = serial;
  }
}

export class DeviceOffline extends PrivacyScopeError {
  readonly serial: string;

  constructor(serial: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.DeviceOffline, `device '${serial}' is offline`, options);
    this.serial = serial;
  }
}

export class CommandTimeout extends PrivacyScopeError {
  readonly timeoutMs: number;

  constructor(what: string, timeoutMs: number, options: ErrorOptions = {}) {
    super(ApiErrorCode.CommandTimeout, `${what} timed out after ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}

/** A command ran (or adb refused it) and failed; carries the device's own message. */
export class CommandFailed extends PrivacyScopeError {
  /** Exit status when known (shell commands); undefined for adb-level refusals. */
  readonly exitCode: number | undefined;
  /** What the device / adb printed, trimmed. */
  readonly deviceMessage: string;

  constructor(message: string, failure: { exitCode?: number; deviceMessage?: string } & ErrorOptions = {}) {
    const deviceMessage = failure.deviceMessage ?? '';
    super(ApiErrorCode.CommandFailed, message, {
      cause: failure.cause,
      details: failure.details ?? (deviceMessage === '' ? [] : [deviceMessage]),
    });
    this.exitCode = failure.exitCode;
    this.deviceMessage = deviceMessage;
  }
}

/** The command printed more than the caller allowed; the stream was closed. */
export class OutputTooLarge extends CommandFailed {
  readonly limitBytes: number;

  constructor(limitBytes: number) {
    super(`command output exceeded ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** The shell stream ended without our exit marker: the connection dropped mid-command. */
export class OutputTruncated extends CommandFailed {
  constructor(receivedBytes: number) {
    super(`command output ended without an exit status after ${receivedBytes} bytes (connection dropped?)`);
  }
}

export class Cancelled extends PrivacyScopeError {
  constructor(what: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.Cancelled, `${what} was cancelled`, options);
  }
}

/** An argument failed its pattern; nothing was sent to the device. */
export class UnsafeShellArgument extends PrivacyScopeError {
  readonly kind: string;

  constructor(kind: string, reason: string) {
    super(ApiErrorCode.InvalidArgument, `unsafe shell argument (${kind}): ${reason}`);
    this.kind = kind;
  }
}
