// Java exceptions `appops set` / `reset` end in, printed through the shared per-version
// envelope (commands/shell-command-error.ts). Frames follow the captured samples:
// appops-set-error_unknown_11_manage-app-ops-modes.txt (11),
// cmd-appops-set-error_unknown_15_receive-sensitive-notifications.txt (12+),
// appops-set-error_unknown_8or9_bad-operation.txt (≤ 10, com.android.server.AppOpsService).
import { formatShellCommandError } from '../commands/shell-command-error';

const serviceClass = (sdk: number): string =>
  sdk >= 30 ? 'com.android.server.appop.AppOpsService' : 'com.android.server.AppOpsService';

const serviceFrames = (sdk: number): string[] => {
  const cls = serviceClass(sdk);
  if (sdk >= 31) {
    return [
      `${cls}.onShellCommand(AppOpsService.java:6119)`,
      'android.os.Binder.shellCommand(Binder.java:1164)',
      'android.os.Binder.onTransact(Binder.java:966)',
      'com.android.internal.app.IAppOpsService$Stub.onTransact(IAppOpsService.java:1415)',
      'android.os.Binder.execTransactInternal(Binder.java:1444)',
      'android.os.Binder.execTransact(Binder.java:1378)',
    ];
  }
  if (sdk === 30) {
    return [
      `${cls}.onShellCommand(AppOpsService.java:4763)`,
      'android.os.Binder.shellCommand(Binder.java:936)',
      'android.os.Binder.onTransact(Binder.java:820)',
      'com.android.internal.app.IAppOpsService$Stub.onTransact(IAppOpsService.java:1055)',
      'android.os.Binder.execTransactInternal(Binder.java:1166)',
      'android.os.Binder.execTransact(Binder.java:1130)',
    ];
  }
  return [
    `${cls}.onShellCommand(AppOpsService.java:1990)`,
    'android.os.Binder.shellCommand(Binder.java:581)',
    'android.os.Binder.onTransact(Binder.java:481)',
    'com.android.internal.app.IAppOpsService$Stub.onTransact(IAppOpsService.java:327)',
    'android.os.Binder.execTransact(Binder.java:682)',
  ];
};

const shellFrames = (sdk: number): string[] => {
  const cls = serviceClass(sdk);
  if (sdk <= 29) {
    return [
      `${cls}.onShellCommand(AppOpsService.java:2045)`,
      `${cls}$Shell.onCommand(AppOpsService.java:1816)`,
    ];
  }
  return sdk >= 31
    ? [`${cls}.onShellCommand(AppOpsService.java:6178)`, `${cls}$Shell.onCommand(AppOpsService.java:5947)`]
    : [`${cls}.onShellCommand(AppOpsService.java:4822)`, `${cls}$Shell.onCommand(AppOpsService.java:4591)`];
};

/** Line numbers of the Android 11 and Android 15 captures. */
const enforceFrames = (sdk: number): string[] => {
  const cls = serviceClass(sdk);
  const [enforce, enforcePermission, manage, setMode, setModeOuter] =
    sdk >= 31 ? [2493, 2502, 2238, 2584, 2579] : [2073, 2082, 2214, 2487, 2482];
  return [
    `android.app.ContextImpl.enforce(ContextImpl.java:${enforce})`,
    `android.app.ContextImpl.enforcePermission(ContextImpl.java:${enforcePermission})`,
    `${cls}.enforceManageAppOpsModes(AppOpsService.java:${manage})`,
    `${cls}.setMode(AppOpsService.java:${setMode})`,
    `${cls}.setMode(AppOpsService.java:${setModeOuter})`,
  ];
};

/** ColorOS-style refusal: `uid 2000 does not have android.permission.MANAGE_APP_OPS_MODES.` */
export const manageAppOpsModesError = (options: { sdk: number; verb: string }): string => {
  const { sdk, verb } = options;
  return formatShellCommandError({
    sdk,
    verb,
    exception: 'java.lang.SecurityException',
    message: 'uid 2000 does not have android.permission.MANAGE_APP_OPS_MODES.',
    frames: [...enforceFrames(sdk), ...shellFrames(sdk)],
    serviceFrames: serviceFrames(sdk),
  });
};

/** A numeric op the release does not have: `java.lang.IllegalArgumentException: Bad operation #76`. */
export const badOperationError = (options: { sdk: number; code: number }): string => {
  const { sdk, code } = options;
  const cls = serviceClass(sdk);
  return formatShellCommandError({
    sdk,
    verb: 'set',
    exception: 'java.lang.IllegalArgumentException',
    message: `Bad operation #${code}`,
    frames: [
      `${cls}.verifyIncomingOp(AppOpsService.java:1331)`,
      `${cls}.setUidMode(AppOpsService.java:562)`,
      ...shellFrames(sdk),
    ],
    serviceFrames: serviceFrames(sdk),
  });
};
