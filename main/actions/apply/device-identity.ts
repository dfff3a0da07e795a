// Which phone is connected: serial plus ro.build.fingerprint. A plan or journal batch is only
// ever applied to (or resumed on) the identity it was made for.
import type { DeviceSession } from '../../adb/device-session';
import type { DeviceIdentity } from '../../journal/journal-types';
import { DeviceIdentityMismatch } from '../../plan/plan-errors';

export const readDeviceIdentity = async (
  session: DeviceSession,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<DeviceIdentity> => {
  const properties = await session.getProperties({
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const fingerprint = (properties as Record<string, string | undefined>)['ro.build.fingerprint'] ?? '';
  return { serial: session.serial, fingerprint };
};

const describe = (identity: { serial: string; fingerprint?: string }): string =>
  `${identity.serial} (${identity.fingerprint === undefined || identity.fingerprint === '' ? 'no fingerprint' : identity.fingerprint})`;

/** Throws DeviceIdentityMismatch unless serial and fingerprint both match. */
export const assertSameDevice = (
  expected: { serial: string; fingerprint?: string },
  actual: DeviceIdentity,
): void => {
  if (expected.serial === actual.serial && (expected.fingerprint ?? '') === actual.fingerprint) return;
  throw new DeviceIdentityMismatch({ expected: describe(expected), actual: describe(actual) });
};
