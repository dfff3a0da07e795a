// Which phone is connected, from one getprop round trip: its stable hardware id (ro.serialno,
// else ro.boot.serialno, else the adb serial) and the build it runs (ro.build.fingerprint).
// A plan is only applied to the phone and build it was made for; a journal batch is only
// resumed, rolled back or undone on the same phone, and on another build (a system update
// since) only when the user explicitly accepts it.
import type { DeviceSession } from '../../adb/device-session';
import type { PhoneIdentity } from '../../journal/journal-types';
import { DeviceIdentityMismatch } from '../../plan/plan-errors';
import { SystemUpdatedSinceBatch } from './apply-errors';

/** Values some builds print for an unset serial property. */
const NO_SERIAL = new Set(['', 'unknown', 'null']);

const serialProperty = (props: Readonly<Record<string, string | undefined>>): string | undefined =>
  ['ro.serialno', 'ro.boot.serialno']
    .map((key) => props[key]?.trim() ?? '')
    .find((value) => !NO_SERIAL.has(value.toLowerCase()));

/** The identity getprop's answer gives (pure). */
export const identityFromProperties = (options: {
  readonly serial: string;
  readonly props: Readonly<Record<string, string | undefined>>;
}): PhoneIdentity => {
  const fromProperty = serialProperty(options.props);
  return {
    serial: options.serial,
    fingerprint: options.props['ro.build.fingerprint'] ?? '',
    hardwareId: fromProperty ?? options.serial,
    identitySource: fromProperty === undefined ? 'adb-serial' : 'property',
  };
};

export const readDeviceIdentity = async (
  session: DeviceSession,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<PhoneIdentity> => {
  const properties = await session.getProperties({
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  return identityFromProperties({
    serial: session.serial,
    props: properties as Record<string, string | undefined>,
  });
};

const describe = (identity: { serial: string; fingerprint?: string; hardwareId?: string }): string => {
  const build =
    identity.fingerprint === undefined || identity.fingerprint === ''
      ? 'no fingerprint'
      : identity.fingerprint;
  const id =
    identity.hardwareId === undefined || identity.hardwareId === identity.serial
      ? ''
      : `, hardware id ${identity.hardwareId}`;
  return `${identity.serial} (${build}${id})`;
};

/** Plans: throws DeviceIdentityMismatch unless serial and fingerprint both match. */
export const assertSameDevice = (
  expected: { serial: string; fingerprint?: string },
  actual: PhoneIdentity,
): void => {
  if (expected.serial === actual.serial && (expected.fingerprint ?? '') === actual.fingerprint) return;
  throw new DeviceIdentityMismatch({ expected: describe(expected), actual: describe(actual) });
};

/**
 * Journal batches: another phone (other hardware id) is refused with DeviceIdentityMismatch;
 * the same phone on another build with SystemUpdatedSinceBatch unless `acceptUpdatedSystem`.
 * The adb serial may differ (a wireless phone on a new port).
 */
export const assertSamePhone = (options: {
  readonly batch: { readonly id: string; readonly device: PhoneIdentity };
  readonly actual: PhoneIdentity;
  readonly acceptUpdatedSystem?: boolean;
}): void => {
  const { batch, actual } = options;
  if (batch.device.hardwareId !== actual.hardwareId) {
    throw new DeviceIdentityMismatch({ expected: describe(batch.device), actual: describe(actual) });
  }
  if (batch.device.fingerprint === actual.fingerprint || options.acceptUpdatedSystem === true) return;
  throw new SystemUpdatedSinceBatch({
    batchId: batch.id,
    batchFingerprint: batch.device.fingerprint,
    currentFingerprint: actual.fingerprint,
  });
};
