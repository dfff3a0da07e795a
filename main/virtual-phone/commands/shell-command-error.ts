// The text a real device prints when a Java exception escapes a shell command, in the three
// envelopes of FORMATS.md §0.1:
// - ≤ 7 (Pm.java main): `Error: java.lang.X: msg`; grant/revoke caught it themselves and print
//   `Operation not allowed: java.lang.SecurityException: msg` (Pm.runGrantRevokePermission).
// - 8–10 (android.os.ShellCommand.exec): SecurityException → `Security exception: msg`, blank,
//   stack; any other Throwable → blank, `Exception occurred while executing:`, stack.
// - 11+ (BasicShellCommandHandler.exec): blank, `Exception occurred while executing 'verb':`, stack.
//   The handler frame is `android.os.BasicShellCommandHandler` on 11 and
//   `com.android.modules.utils.BasicShellCommandHandler` from 12.
// Stack frames are TAB-indented (`\tat …`) as Throwable.printStackTrace prints them.

export interface ShellCommandErrorOptions {
  /** ro.build.version.sdk of the modelled phone. */
  readonly sdk: number;
  /** The shell command verb (`grant`, `hide`, `set` …), printed from Android 11. */
  readonly verb: string;
  /** Fully qualified exception class, e.g. `java.lang.SecurityException`. */
  readonly exception: string;
  readonly message: string;
  /** Frames from the throw site up to `…ShellCommand.onCommand(…)`, without `at `. */
  readonly frames?: readonly string[];
  /** Frames after `android.os.ShellCommand.exec`, e.g. `…PackageManagerService.onShellCommand(…)`. */
  readonly serviceFrames?: readonly string[];
  /** ≤ 7 only: the command caught the exception and prints this prefix (`Operation not allowed`). */
  readonly legacyPrefix?: string;
}

/** Exit status a shell command returns after printing an exception (`return -1` → 255). */
export const SHELL_COMMAND_EXCEPTION_STATUS = 255;
/** Exit status Pm.java returns on Android ≤ 7 (`System.exit(1)`). */
export const LEGACY_PM_EXCEPTION_STATUS = 1;

const SECURITY_EXCEPTION = 'java.lang.SecurityException';

const DEFAULT_SERVICE_FRAMES: readonly string[] = [
  'com.android.server.pm.PackageManagerService.onShellCommand(PackageManagerService.java:21345)',
  'android.os.Binder.shellCommand(Binder.java:950)',
  'android.os.Binder.onTransact(Binder.java:834)',
  'android.content.pm.IPackageManager$Stub.onTransact(IPackageManager.java:4818)',
  'com.android.server.pm.PackageManagerService.onTransact(PackageManagerService.java:8874)',
  'android.os.Binder.execTransactInternal(Binder.java:1184)',
  'android.os.Binder.execTransact(Binder.java:1143)',
];

const handlerFrames = (sdk: number): string[] => {
  if (sdk >= 31) {
    return [
      'com.android.modules.utils.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:97)',
      'android.os.ShellCommand.exec(ShellCommand.java:38)',
    ];
  }
  if (sdk === 30) {
    return [
      'android.os.BasicShellCommandHandler.exec(BasicShellCommandHandler.java:98)',
      'android.os.ShellCommand.exec(ShellCommand.java:44)',
    ];
  }
  return ['android.os.ShellCommand.exec(ShellCommand.java:104)'];
};

const stackTrace = (options: ShellCommandErrorOptions): string => {
  const frames = [
    ...(options.frames ?? []),
    ...handlerFrames(options.sdk),
    ...(options.serviceFrames ?? DEFAULT_SERVICE_FRAMES),
  ];
  return [`${options.exception}: ${options.message}`, ...frames.map((frame) => `\tat ${frame}`)]
    .map((line) => `${line}\n`)
    .join('');
};

/** The exact text (ending with a newline) a device of `sdk` prints on stderr for the exception. */
export const formatShellCommandError = (options: ShellCommandErrorOptions): string => {
  const { sdk, verb, exception, message } = options;
  if (sdk <= 25) {
    const prefix = options.legacyPrefix ?? 'Error';
    return `${prefix}: ${exception}: ${message}\n`;
  }
  if (sdk <= 29) {
    if (exception === SECURITY_EXCEPTION) {
      return `Security exception: ${message}\n\n${stackTrace(options)}`;
    }
    return `\nException occurred while executing:\n${stackTrace(options)}`;
  }
  return `\nException occurred while executing '${verb}':\n${stackTrace(options)}`;
};

/** Exit status that goes with {@link formatShellCommandError} for the same sdk. */
export const shellCommandErrorStatus = (sdk: number): number =>
  sdk <= 25 ? LEGACY_PM_EXCEPTION_STATUS : SHELL_COMMAND_EXCEPTION_STATUS;
