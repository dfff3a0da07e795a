// A scripted one-app phone for executor unit tests: it answers the commands the executors send
// (`dumpsys package`, `appops get|set|reset`, `pm grant|revoke|…-permission-flags|hide|suspend|
// disable-user|enable|default-state|uninstall`, `cmd package install-existing`,
// `cmd notification`, `settings`, `am force-stop`) from a small mutable state, records every
// command line, and lets a test replace any answer (`override`) to model refusals and no-ops.
import type { ActionContext } from '../../../main/actions/action-executor';
import type { DeviceSession } from '../../../main/adb/device-session';
import type { ShellCommand } from '../../../main/adb/shell-arguments';

export interface FakePermission {
  granted: boolean;
  flags: string[];
}

export interface FakeState {
  packageName: string;
  installed: boolean;
  targetSdk: number;
  enabled: number;
  hidden: boolean;
  suspended: boolean;
  permissions: Map<string, FakePermission>;
  /** Package op modes; `uid:OP` keys hold uid modes. */
  ops: Map<string, string>;
  settings: Map<string, string>;
}

export interface Reply {
  readonly stdout: string;
  readonly exitCode?: number;
}

export const ENABLED_NAMES = ['default', 'enabled', 'disabled', 'disabled-user', 'disabled-until-used'];

const dumpsys = (state: FakeState): string => {
  if (!state.installed && state.permissions.size === 0)
    return `Unable to find package: ${state.packageName}\n`;
  const permissions = [...state.permissions.entries()];
  return [
    'Packages:',
    `  Package [${state.packageName}] (1a2b3c):`,
    '    userId=10100',
    `    versionCode=1 minSdk=21 targetSdk=${state.targetSdk}`,
    '    flags=[ HAS_CODE ]',
    '    requested permissions:',
    ...permissions.map(([name]) => `      ${name}`),
    `    User 0: ceDataInode=1 installed=${state.installed} hidden=${state.hidden} suspended=${state.suspended} stopped=false notLaunched=false enabled=${state.enabled} instant=false virtual=false`,
    '      runtime permissions:',
    ...permissions.map(
      ([name, entry]) => `        ${name}: granted=${entry.granted}, flags=[ ${entry.flags.join('|')}]`,
    ),
    '',
  ].join('\n');
};

const flagName = (flag: string): string => flag.toUpperCase().replaceAll('-', '_');

/** The default behaviour of a modern phone (Android 11+ semantics). */
const respond = (state: FakeState, argv: readonly string[]): Reply => {
  const [program, verb, ...rest] = argv;
  const withoutUser = rest.filter((part, index) => part !== '--user' && rest[index - 1] !== '--user');
  if (program === 'dumpsys') return { stdout: dumpsys(state) };
  if (program === 'am') return { stdout: '' };
  if (program === 'appops') {
    const positional = withoutUser.filter((part) => part !== '--uid');
    if (verb === 'get') {
      const [, op] = positional;
      const lines = [...state.ops.entries()]
        .filter(([key]) => op === undefined || key === op || key === `uid:${op}`)
        .map(([key, mode]) =>
          key.startsWith('uid:') ? `Uid mode: ${key.slice(4)}: ${mode}` : `${key}: ${mode}`,
        );
      return { stdout: lines.length === 0 ? 'No operations.\n' : `${lines.join('\n')}\n` };
    }
    if (verb === 'set') {
      const [, op = '', mode = ''] = positional;
      state.ops.set(rest.includes('--uid') ? `uid:${op}` : op, mode);
      return { stdout: '' };
    }
    if (verb === 'reset') {
      state.ops.clear();
      return { stdout: `Reset all modes for: user 0, package ${state.packageName}\n` };
    }
  }
  if (program === 'settings') {
    // settings --user N get|put|delete secure KEY [VALUE]
    const [, , , action, , key = '', value = ''] = argv;
    if (action === 'get') return { stdout: `${state.settings.get(key) ?? 'null'}\n` };
    if (action === 'put') {
      state.settings.set(key, value);
      return { stdout: '' };
    }
    if (action === 'delete') {
      state.settings.delete(key);
      return { stdout: 'Deleted 1 rows\n' };
    }
  }
  if (program === 'cmd' && verb === 'notification') {
    const [action, component = ''] = rest;
    const key = 'enabled_notification_listeners';
    const list = (state.settings.get(key) ?? '')
      .split(':')
      .filter((entry) => entry !== '' && entry !== component);
    state.settings.set(key, (action === 'allow_listener' ? [...list, component] : list).join(':'));
    return { stdout: '' };
  }
  if (program === 'cmd' && verb === 'package') {
    state.installed = true;
    state.hidden = false;
    return { stdout: `Package ${state.packageName} installed for user: 0\n` };
  }
  if (program === 'pm') {
    const [, permission = '', ...flags] = withoutUser;
    const entry = state.permissions.get(permission);
    switch (verb) {
      case 'grant':
      case 'revoke':
        if (entry !== undefined) entry.granted = verb === 'grant';
        return { stdout: '' };
      case 'set-permission-flags':
      case 'clear-permission-flags':
        if (entry !== undefined) {
          const names = flags.map(flagName);
          entry.flags =
            verb === 'set-permission-flags'
              ? [...entry.flags, ...names.filter((flag) => !entry.flags.includes(flag))]
              : entry.flags.filter((flag) => !names.includes(flag));
        }
        return { stdout: '' };
      case 'hide':
      case 'unhide':
        state.hidden = verb === 'hide';
        return { stdout: `Package ${state.packageName} new hidden state: ${state.hidden}\n` };
      case 'suspend':
      case 'unsuspend':
        state.suspended = verb === 'suspend';
        return { stdout: `Package ${state.packageName} new suspended state: ${state.suspended}\n` };
      case 'disable-user':
      case 'enable':
      case 'default-state':
        state.enabled = verb === 'disable-user' ? 3 : verb === 'enable' ? 1 : 0;
        return { stdout: `Package ${state.packageName} new state: ${ENABLED_NAMES[state.enabled]}\n` };
      case 'uninstall':
        state.installed = false;
        return { stdout: 'Success\n' };
      default:
        break;
    }
  }
  return { stdout: `Unknown command: ${verb ?? ''}\n`, exitCode: 255 };
};

export interface FakeDevice {
  readonly state: FakeState;
  /** Command lines sent, arguments joined with spaces (no quoting). */
  readonly sent: string[];
  /** Mutating commands only (no dumpsys / appops get / settings get). */
  readonly changes: () => string[];
  /** Answer a command line differently; return undefined to fall back to the model. */
  override: ((line: string, state: FakeState) => Reply | undefined) | undefined;
  context(sdk: number): ActionContext;
}

export const createFakeDevice = (initial: Partial<FakeState> = {}): FakeDevice => {
  const state: FakeState = {
    packageName: 'com.example.app',
    installed: true,
    targetSdk: 34,
    enabled: 0,
    hidden: false,
    suspended: false,
    permissions: new Map([['android.permission.CAMERA', { granted: true, flags: ['USER_SET'] }]]),
    ops: new Map(),
    settings: new Map(),
    ...initial,
  };
  const sent: string[] = [];
  const device: FakeDevice = {
    state,
    sent,
    changes: () => sent.filter((line) => !/^(dumpsys|appops get|settings --user \d+ get)\b/.test(line)),
    override: undefined,
    context: (sdk) => ({ session, sdk }),
  };
  const run = async (command: ShellCommand) => {
    const line = command.argv.join(' ');
    sent.push(line);
    const reply = device.override?.(line, state) ?? respond(state, command.argv);
    return { stdout: reply.stdout, exitCode: reply.exitCode ?? 0 };
  };
  const session = {
    serial: 'fake-1',
    server: 'fake:0',
    run,
    runChecked: run,
    stream: () => {
      throw new Error('not used');
    },
    getProperties: async () => ({}),
    pull: async () => Buffer.alloc(0),
  } as unknown as DeviceSession;
  return device;
};
