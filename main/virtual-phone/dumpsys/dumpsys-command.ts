// The `dumpsys` command: dispatches `dumpsys <service> [args…]` to the pure formatters of
// this folder (each a function of the phone state, the phone clock and the SDK level).
// Unknown service → `Can't find service: X` (cmds/dumpsys/dumpsys.cpp), as real devices print.
import { phoneNow, sdkOf } from '../android/phone-state';
import { formatAppOpsDump } from '../appops/dump-appops';
import type { CommandContext } from '../commands/command';
import type { DumpContext } from './dump-context';
import { formatDevicePolicyDump } from './device-policy';
import { formatNotificationDump } from './notification';
import { formatPackageDump } from './package/package-dump';
import { formatAccessibilityDump, formatDeviceIdleDump } from './small-services';
import { formatUsageStatsDump } from './usagestats';

type ServiceDump = (context: DumpContext, args: readonly string[]) => string;

export const DUMPSYS_SERVICES: Readonly<Record<string, ServiceDump>> = {
  package: formatPackageDump,
  appops: formatAppOpsDump,
  device_policy: (context) => formatDevicePolicyDump(context),
  notification: (context) => formatNotificationDump(context),
  usagestats: (context) => formatUsageStatsDump(context),
  deviceidle: formatDeviceIdleDump,
  accessibility: (context) => formatAccessibilityDump(context),
};

export const dumpsysCommand = (context: CommandContext): number => {
  const [, service, ...args] = context.argv;
  if (service === undefined || service === '-l') {
    context.stdout(
      `Currently running services:\n${Object.keys(DUMPSYS_SERVICES)
        .map((name) => `  ${name}\n`)
        .join('')}`,
    );
    return 0;
  }
  const dump = DUMPSYS_SERVICES[service];
  if (dump === undefined) {
    context.stderr(`Can't find service: ${service}\n`);
    return 0;
  }
  const { state } = context;
  context.stdout(dump({ state, now: phoneNow(state), sdk: sdkOf(state) }, args));
  return 0;
};
