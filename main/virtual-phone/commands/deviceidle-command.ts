// `cmd deviceidle whitelist [+PKG|-PKG|=PKG …]` (DeviceIdleController.onShellCommand):
// the user part of the battery-optimisation exemption list.
import { uidOf } from '../android/phone-state';
import type { CommandContext } from './command';

export const runDeviceIdle = (context: CommandContext, args: readonly string[]): number => {
  const [verb, ...rest] = args;
  const { state } = context;
  if (verb !== 'whitelist') {
    context.stdout(`Unknown command: ${verb ?? ''}\n`);
    return 255;
  }
  if (rest.length === 0) {
    for (const name of state.deviceIdleWhitelist) {
      const pkg = state.packages.get(name);
      context.stdout(`user,${name},${pkg === undefined ? 0 : uidOf(pkg.appId, 0)}\n`);
    }
    return 0;
  }
  for (const arg of rest) {
    const sign = arg[0];
    const name = arg.slice(1);
    if (sign === '+') {
      if (!state.packages.has(name)) {
        context.stdout(`Unknown package: ${name}\n`);
        continue;
      }
      if (!state.deviceIdleWhitelist.includes(name)) state.deviceIdleWhitelist.push(name);
      context.stdout(`Added: ${name}\n`);
    } else if (sign === '-') {
      const index = state.deviceIdleWhitelist.indexOf(name);
      if (index >= 0) {
        state.deviceIdleWhitelist.splice(index, 1);
        context.stdout(`Removed: ${name}\n`);
      }
    } else if (sign === '=') {
      context.stdout(`${String(state.deviceIdleWhitelist.includes(name))}\n`);
    } else {
      context.stdout(`Package must be prefixed with +, -, or =: ${arg}\n`);
      return 255;
    }
  }
  return 0;
};
