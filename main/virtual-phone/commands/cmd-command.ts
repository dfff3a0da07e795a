// `cmd <service> …` (frameworks/native cmds/cmd/cmd.cpp): hands the arguments to a service's
// shell command — package → pm, appops → appops, settings, activity → am, notification,
// deviceidle. Unknown services answer like cmd.cpp (`Can't find service`, exit 20).
import { sdkOf } from '../android/phone-state';
import { NOT_FOUND_STATUS, notFoundMessage } from '../shell/interpreter';
import type { VirtualCommand } from './command';
import { runDeviceIdle } from './deviceidle-command';
import { runNotification } from './notification-command';

const DELEGATES: Readonly<Record<string, string>> = {
  package: 'pm',
  appops: 'appops',
  settings: 'settings',
  activity: 'am',
};

export const CMD_SERVICES = [
  'activity',
  'appops',
  'deviceidle',
  'notification',
  'package',
  'settings',
] as const;

/** `cmd` arrived in Android 7.0; older shells do not have it. */
const CMD_MIN_SDK = 24;

export const cmdCommand: VirtualCommand = async (context) => {
  if (sdkOf(context.state) < CMD_MIN_SDK) {
    context.stderr(notFoundMessage('cmd'));
    return NOT_FOUND_STATUS;
  }
  const [, service, ...args] = context.argv;
  if (service === undefined) {
    context.stderr('cmd: No service specified; use -l to view all services\n');
    return 20;
  }
  if (service === '-l') {
    context.stdout(`Currently running services:\n${CMD_SERVICES.map((name) => `  ${name}\n`).join('')}`);
    return 0;
  }
  if (service === 'notification') return runNotification(context, args);
  if (service === 'deviceidle') return runDeviceIdle(context, args);
  const delegate = Object.hasOwn(DELEGATES, service) ? DELEGATES[service] : undefined;
  if (delegate === undefined) {
    context.stderr(`cmd: Can't find service: ${service}\n`);
    return 20;
  }
  return context.run([delegate, ...args]);
};
