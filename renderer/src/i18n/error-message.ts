// Turns anything a failed API call throws into a localised, actionable sentence. Never shows
// stack traces; the developer-facing English `message` is only used as detail for the device's own text.
import { ApiErrorCode } from '../../../preload/contract';
import type { PlainMessageKey, Translate } from './translate';

export const ERROR_MESSAGE_KEYS = {
  [ApiErrorCode.InvalidArgument]: 'error.code.invalid-argument',
  [ApiErrorCode.UnknownChannel]: 'error.code.unknown-channel',
  [ApiErrorCode.ForbiddenSender]: 'error.code.forbidden-sender',
  [ApiErrorCode.Unauthorized]: 'error.code.unauthorized',
  [ApiErrorCode.AdbUnavailable]: 'error.code.adb-unavailable',
  [ApiErrorCode.AdbVersionMismatch]: 'error.code.adb-version-mismatch',
  [ApiErrorCode.DeviceNotFound]: 'error.code.device-not-found',
  [ApiErrorCode.DeviceUnauthorized]: 'error.code.device-unauthorized',
  [ApiErrorCode.DeviceOffline]: 'error.code.device-offline',
  [ApiErrorCode.CommandTimeout]: 'error.code.command-timeout',
  [ApiErrorCode.CommandFailed]: 'error.code.command-failed',
  [ApiErrorCode.Cancelled]: 'error.code.cancelled',
  [ApiErrorCode.DeviceBusy]: 'error.code.device-busy',
  [ApiErrorCode.SystemUpdated]: 'error.code.system-updated',
  [ApiErrorCode.Disconnected]: 'error.connection',
  [ApiErrorCode.Internal]: 'error.code.internal',
} as const satisfies { readonly [C in ApiErrorCode]: PlainMessageKey };

const API_ERROR_CODES: readonly string[] = Object.values(ApiErrorCode);

export const isApiErrorCode = (value: unknown): value is ApiErrorCode =>
  typeof value === 'string' && API_ERROR_CODES.includes(value);

/** The `code` of an `ApiCallError` (or any error carrying a known code), else undefined. */
export const apiErrorCodeOf = (error: unknown): ApiErrorCode | undefined => {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return isApiErrorCode(code) ? code : undefined;
};

/** A failure with no API code (e.g. fetch itself failed) that names the connection. */
const CONNECTION_WORDS = /socket|network|connection|disconnect|failed to fetch/i;

export const errorMessageKey = (error: unknown): PlainMessageKey => {
  const code = apiErrorCodeOf(error);
  if (code !== undefined) return ERROR_MESSAGE_KEYS[code];
  return error instanceof Error && CONNECTION_WORDS.test(error.message)
    ? 'error.connection'
    : 'error.unexpected';
};

export const describeError = (error: unknown, t: Translate): string => t(errorMessageKey(error));
