// The result envelope every API call answers with (IPC and the browser bridge alike).
// Electron mangles thrown errors across `invoke`, so errors travel as data and the
// client rebuilds a typed `ApiCallError` from them.

export const ApiErrorCode = {
  InvalidArgument: 'invalid-argument',
  UnknownChannel: 'unknown-channel',
  ForbiddenSender: 'forbidden-sender',
  Unauthorized: 'unauthorized',
  AdbUnavailable: 'adb-unavailable',
  AdbVersionMismatch: 'adb-version-mismatch',
  DeviceNotFound: 'device-not-found',
  DeviceUnauthorized: 'device-unauthorized',
  DeviceOffline: 'device-offline',
  CommandTimeout: 'command-timeout',
  CommandFailed: 'command-failed',
  Cancelled: 'cancelled',
  /** Another run (this app, another window or the CLI) is changing the same phone right now. */
  DeviceBusy: 'device-busy',
  /** The batch was made before a system update: resume/roll back/undo need an acknowledgement. */
  SystemUpdated: 'system-updated',
  /** The client lost its connection to the main process (browser bridge socket closed). */
  Disconnected: 'disconnected',
  Internal: 'internal',
} as const;
export type ApiErrorCode = (typeof ApiErrorCode)[keyof typeof ApiErrorCode];

export interface ApiErrorData {
  readonly code: ApiErrorCode;
  /** English, developer-facing; the UI shows a localised text chosen by `code`. */
  readonly message: string;
  /** Optional structured detail, e.g. the validation issues or the device's own message. */
  readonly details?: readonly string[];
}

export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };

export class ApiCallError extends Error {
  override readonly name = 'ApiCallError';
  readonly code: ApiErrorCode;
  readonly details: readonly string[];

  constructor(error: ApiErrorData) {
    super(error.message);
    this.code = error.code;
    this.details = error.details ?? [];
  }
}

export const unwrapResult = <T>(result: ApiResult<T>): T => {
  if (result.ok) return result.value;
  throw new ApiCallError(result.error);
};
