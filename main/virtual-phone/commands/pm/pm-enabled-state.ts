// `pm enable|disable|disable-user|disable-until-used|default-state [--user N] PKG[/CLS]`
// (PackageManagerShellCommand.runSetEnabledSetting → PackageManagerService.setEnabledSetting).
// The shell may only move a whole package between DEFAULT, ENABLED and DISABLED_USER.
import type { EnabledSetting } from '../../android/phone-state';
import { illegalArgument, securityException } from '../shell-command-args';
import type { PmContext, PmVerb } from './pm-context';
import { findPackage, readUserOptions, userStateOf } from './pm-context';

/** PackageManagerShellCommand.enabledSettingToString. */
export const ENABLED_SETTING_NAMES = [
  'default',
  'enabled',
  'disabled',
  'disabled-user',
  'disabled-until-used',
] as const;

const SHELL_ALLOWED: readonly number[] = [0, 1, 3];

const setEnabledFrames = (sdk: number): string[] =>
  sdk >= 33
    ? [
        'com.android.server.pm.PackageManagerService.setEnabledSettings(PackageManagerService.java:4360)',
        'com.android.server.pm.PackageManagerService.-$$Nest$msetEnabledSettings(PackageManagerService.java:0)',
        'com.android.server.pm.PackageManagerService$IPackageManagerImpl.setApplicationEnabledSetting(PackageManagerService.java:6424)',
        'com.android.server.pm.PackageManagerShellCommand.runSetEnabledSetting(PackageManagerShellCommand.java:2537)',
        'com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:282)',
      ]
    : [
        'com.android.server.pm.PackageManagerService.setEnabledSetting(PackageManagerService.java:21605)',
        'com.android.server.pm.PackageManagerService.setApplicationEnabledSetting(PackageManagerService.java:21405)',
        'com.android.server.pm.PackageManagerShellCommand.runSetEnabledSetting(PackageManagerShellCommand.java:2164)',
        'com.android.server.pm.PackageManagerShellCommand.onCommand(PackageManagerShellCommand.java:235)',
      ];

const refuse = (pm: PmContext, options: { pkg: string; cls: string | undefined; state: number }): Error => {
  const target =
    pm.sdk >= 33 && options.cls === undefined ? 'null' : `${options.pkg}/${options.cls ?? 'null'}`;
  return securityException(
    `Shell cannot change component state for ${target} to ${options.state}`,
    setEnabledFrames(pm.sdk),
  );
};

export const runSetEnabledSetting =
  (newState: EnabledSetting): PmVerb =>
  (pm) => {
    const userId = readUserOptions(pm);
    const target = pm.args.next();
    if (target === undefined) {
      pm.err('Error: no package or component specified');
      return 1;
    }
    const slash = target.indexOf('/');
    const packageName = slash < 0 ? target : target.slice(0, slash);
    // ComponentName.unflattenFromString: `pkg/.Cls` means `pkg/pkg.Cls`.
    const shortClass = slash < 0 ? undefined : target.slice(slash + 1);
    const cls = shortClass?.startsWith('.') ? `${packageName}${shortClass}` : shortClass;
    const pkg = findPackage(pm.state, packageName);
    const user = pkg === undefined ? undefined : userStateOf(pkg, userId);
    if (pkg === undefined || user === undefined) {
      throw illegalArgument(
        `Unknown ${cls === undefined ? 'package' : 'component'}: ${target}`,
        setEnabledFrames(pm.sdk),
      );
    }
    const isShell = pm.command.runAs !== 'root';
    if (pm.state.quirks.refuseDisableSystemPackages && pkg.system && newState >= 2) {
      throw securityException('Cannot disable system packages.', [
        'com.android.server.pm.PackageManagerServiceImpl.shouldRestrictEnabledSettingsChange(PackageManagerServiceImpl.java:869)',
        ...setEnabledFrames(pm.sdk),
      ]);
    }
    const testOnly = pkg.pkgFlags.includes('TEST_ONLY');
    if (
      isShell &&
      !testOnly &&
      (cls !== undefined || !SHELL_ALLOWED.includes(user.enabled) || !SHELL_ALLOWED.includes(newState))
    ) {
      throw refuse(pm, { pkg: packageName, cls, state: newState });
    }
    const name = ENABLED_SETTING_NAMES[newState];
    if (cls !== undefined) {
      pm.out(`Component {${packageName}/${cls}} new state: ${name}`);
      return 0;
    }
    user.enabled = newState;
    // runSetEnabledSetting passes "shell:" + Process.myUid(): system_server's 1000 from 8.0,
    // the pm process's own uid (2000, or 0 as root) in Pm.java up to 7.
    const callerUid = pm.sdk >= 26 ? 1000 : isShell ? 2000 : 0;
    if (newState === 2 || newState === 3) user.lastDisabledCaller = `shell:${callerUid}`;
    else delete user.lastDisabledCaller;
    pm.out(`Package ${packageName} new state: ${name}`);
    return 0;
  };
