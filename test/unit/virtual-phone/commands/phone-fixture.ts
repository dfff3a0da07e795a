// A small hand-built PhoneState for command and shell tests: one modelled Android version,
// a third-party app with runtime grants in every flag situation, a system app, a legacy app
// (targetSdk 22) and a device-admin app.
import {
  createPackageUserState,
  type PackageState,
  type PackageUserState,
  type PhoneState,
  type RuntimePermissionState,
} from '../../../../main/virtual-phone/android/phone-state';
import { createAndroidShell } from '../../../../main/virtual-phone/shell/android-shell';

export const P = (name: string): string => `android.permission.${name}`;

const userState = (runtimePermissions: RuntimePermissionState[]): PackageUserState =>
  createPackageUserState({ stopped: false, notLaunched: false, runtimePermissions });

const pkg = (options: Partial<PackageState> & { name: string; appId: number }): PackageState => ({
  versionName: '1.0',
  versionCode: 1,
  targetSdk: 33,
  codePath: `/data/app/~~abc==/${options.name}-xyz==`,
  apkFiles: ['base.apk'],
  apkSizeBytes: 4096,
  system: false,
  updatedSystem: false,
  pkgFlags: ['HAS_CODE'],
  privateFlags: [],
  firstInstallTime: 1_700_000_000_000,
  lastUpdateTime: 1_700_000_000_000,
  requestedPermissions: [],
  installPermissions: [],
  declaredPermissions: [],
  components: {},
  users: { 0: userState([]) },
  ...options,
});

export const MAPS = 'com.example.maps';
export const SETTINGS = 'com.android.settings';
export const LEGACY = 'com.legacy.app';
export const ADMIN = 'com.example.mdm';

/** sdk: 25 (7.1), 29 (10), 31 (12), 34 (14), 36 (16). */
export const createPhone = (options: { sdk: number; quirks?: PhoneState['quirks'] }): PhoneState => ({
  description: `test phone sdk ${options.sdk}`,
  props: {
    'ro.build.version.sdk': String(options.sdk),
    'ro.product.model': 'Pixel Test',
    'ro.product.manufacturer': 'Google',
    'sys.boot_completed': '1',
  },
  clockOffsetMs: 0,
  timeZone: 'UTC',
  users: [
    { id: 0, name: 'Owner', flags: 0xc13, running: true },
    { id: 10, name: 'Work', flags: 0x1030, running: true },
  ],
  packages: new Map(
    [
      pkg({
        name: MAPS,
        appId: 10150,
        installer: 'com.android.vending',
        requestedPermissions: [
          P('CAMERA'),
          P('ACCESS_FINE_LOCATION'),
          P('ACCESS_COARSE_LOCATION'),
          P('READ_CONTACTS'),
          P('RECORD_AUDIO'),
          P('INTERNET'),
        ],
        installPermissions: [P('INTERNET')],
        users: {
          0: userState([
            { name: P('CAMERA'), granted: true, flags: ['USER_SET'] },
            { name: P('ACCESS_FINE_LOCATION'), granted: true, flags: [] },
            { name: P('ACCESS_COARSE_LOCATION'), granted: true, flags: ['SYSTEM_FIXED'] },
            { name: P('READ_CONTACTS'), granted: true, flags: ['POLICY_FIXED'] },
            { name: P('RECORD_AUDIO'), granted: false, flags: [] },
          ]),
          10: userState([{ name: P('CAMERA'), granted: true, flags: [] }]),
        },
      }),
      pkg({
        name: SETTINGS,
        appId: 1000,
        sharedUser: 'android.uid.system',
        system: true,
        codePath: '/system/priv-app/Settings',
        apkFiles: ['Settings.apk'],
        requestedPermissions: [P('CAMERA')],
        users: { 0: userState([{ name: P('CAMERA'), granted: true, flags: ['GRANTED_BY_DEFAULT'] }]) },
      }),
      pkg({
        name: LEGACY,
        appId: 10151,
        targetSdk: 22,
        requestedPermissions: [P('CAMERA')],
        users: { 0: userState([{ name: P('CAMERA'), granted: true, flags: [] }]) },
      }),
      pkg({
        name: ADMIN,
        appId: 10152,
        installer: 'com.android.vending',
        apkFiles: ['base.apk', 'split_config.arm64_v8a.apk'],
      }),
    ].map((entry) => [entry.name, entry]),
  ),
  settings: {
    global: new Map([['adb_enabled', '1']]),
    secure: new Map([[0, new Map([['android_id', 'abcdef0123456789']])]]),
    system: new Map([[0, new Map([['screen_brightness', '128']])]]),
  },
  devicePolicy: { profileOwners: [], activeAdmins: [{ component: `${ADMIN}/.AdminReceiver`, userId: 0 }] },
  deviceIdleWhitelist: [],
  quirks: options.quirks ?? {},
  files: new Map(),
});

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs one command line through the phone's shell and collects what it printed. */
export const run = async (
  state: PhoneState,
  commandLine: string,
  options: { runAs?: 'shell' | 'root'; pty?: boolean; signal?: AbortSignal } = {},
): Promise<RunResult> => {
  const shell = createAndroidShell({ state, runAs: options.runAs ?? 'shell' });
  let stdout = '';
  let stderr = '';
  const decode = (chunk: Uint8Array | string): string =>
    typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
  const status = await shell.execute(commandLine, {
    stdout: (chunk) => {
      stdout += decode(chunk);
    },
    stderr: (chunk) => {
      stderr += decode(chunk);
    },
    signal: options.signal ?? new AbortController().signal,
    pty: options.pty ?? false,
  });
  return { status, stdout, stderr };
};

export const permission = (
  state: PhoneState,
  options: { pkg: string; name: string; user?: number },
): RuntimePermissionState | undefined =>
  state.packages
    .get(options.pkg)
    ?.users[options.user ?? 0]?.runtimePermissions.find((entry) => entry.name === options.name);
