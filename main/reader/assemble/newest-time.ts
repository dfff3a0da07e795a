// The newest absolute time printed in parsed captures: install/update times of `dumpsys package`
// (system-image placeholders skipped) and `lastTimeUsed` of `dumpsys usagestats`. An offline
// capture without `date.txt` dates relative times (appops `time=+5m ago`) against it: the
// phone's clock was at least this late when it was captured.
import type { DumpsysPackage, LocalTime } from '../parsers/dumpsys-package';
import type { DumpsysUsageStats } from '../parsers/dumpsys-usagestats';

const real = (time: LocalTime | undefined): number | undefined =>
  time === undefined || time.placeholder ? undefined : time.ms;

export const newestTimeSeen = (inputs: {
  packages?: DumpsysPackage | undefined;
  usageStats?: DumpsysUsageStats | undefined;
}): number | undefined => {
  let newest: number | undefined;
  const consider = (ms: number | undefined): void => {
    if (ms !== undefined && (newest === undefined || ms > newest)) newest = ms;
  };
  for (const pkg of inputs.packages?.packages.values() ?? []) {
    consider(real(pkg.lastUpdateTime));
    consider(real(pkg.firstInstallTime));
    for (const user of pkg.users.values()) consider(real(user.firstInstallTime));
  }
  for (const user of inputs.usageStats?.users ?? []) {
    for (const entry of user.packages) consider(entry.lastTimeUsedMs);
  }
  return newest;
};
