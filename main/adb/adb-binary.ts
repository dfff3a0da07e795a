// Finds the `adb` binary: the explicit setting alone when there is one (a user who names a
// binary means that one: silently taking another adb would bring back version fights), else
// PATH, then ANDROID_HOME / ANDROID_SDK_ROOT platform-tools, then the usual install folders per
// OS. Everything that touches the machine (env, platform, home, file checks) is injected so each
// OS is unit-testable.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export const AdbSource = {
  Setting: 'setting',
  Path: 'path',
  AndroidHome: 'android-home',
  AndroidSdkRoot: 'android-sdk-root',
  UsualFolder: 'usual-folder',
} as const;
export type AdbSource = (typeof AdbSource)[keyof typeof AdbSource];

export interface AdbCandidate {
  readonly path: string;
  readonly source: AdbSource;
}

export interface FindAdbOptions {
  /** adb path from the settings; when set, the only candidate. */
  readonly explicitPath?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homeDir: string;
  /** True when `path` is an executable file. */
  readonly exists: (path: string) => Promise<boolean>;
}

/** Env lookup; Windows variable names are case-insensitive (`Path`, `PATH`). */
const envValue = (options: FindAdbOptions, name: string): string | undefined => {
  if (options.platform !== 'win32') return options.env[name] || undefined;
  const key = Object.keys(options.env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : options.env[key] || undefined;
};

const usualFolders = (options: FindAdbOptions): string[] => {
  const { homeDir, platform } = options;
  if (platform === 'win32') {
    const local = envValue(options, 'LOCALAPPDATA') ?? win32.join(homeDir, 'AppData', 'Local');
    const programFilesX86 = envValue(options, 'ProgramFiles(x86)') ?? 'C:\\Program Files (x86)';
    return [
      win32.join(local, 'Android', 'Sdk', 'platform-tools', 'adb.exe'),
      win32.join(local, 'Microsoft', 'WinGet', 'Links', 'adb.exe'),
      win32.join(homeDir, 'scoop', 'apps', 'adb', 'current', 'platform-tools', 'adb.exe'),
      win32.join(programFilesX86, 'Android', 'android-sdk', 'platform-tools', 'adb.exe'),
      'C:\\platform-tools\\adb.exe',
    ];
  }
  if (platform === 'darwin') {
    return [
      posix.join(homeDir, 'Library', 'Android', 'sdk', 'platform-tools', 'adb'),
      '/opt/homebrew/bin/adb',
      '/usr/local/bin/adb',
    ];
  }
  return [
    posix.join(homeDir, 'Android', 'Sdk', 'platform-tools', 'adb'),
    '/usr/bin/adb',
    '/usr/lib/android-sdk/platform-tools/adb',
    '/opt/android-sdk/platform-tools/adb',
    '/usr/local/bin/adb',
  ];
};

/** Every place we look, in order (duplicates removed); only the setting when there is one. */
export const adbCandidates = (options: FindAdbOptions): AdbCandidate[] => {
  if (options.explicitPath) return [{ path: options.explicitPath, source: AdbSource.Setting }];
  const path = options.platform === 'win32' ? win32 : posix;
  const exe = options.platform === 'win32' ? 'adb.exe' : 'adb';
  const candidates: AdbCandidate[] = [];
  const searchPath = envValue(options, 'PATH') ?? '';
  for (const dir of searchPath.split(options.platform === 'win32' ? ';' : ':')) {
    if (dir.trim() !== '') candidates.push({ path: path.join(dir.trim(), exe), source: AdbSource.Path });
  }
  for (const [name, source] of [
    ['ANDROID_HOME', AdbSource.AndroidHome],
    ['ANDROID_SDK_ROOT', AdbSource.AndroidSdkRoot],
  ] as const) {
    const sdk = envValue(options, name);
    if (sdk) candidates.push({ path: path.join(sdk, 'platform-tools', exe), source });
  }
  for (const folder of usualFolders(options))
    candidates.push({ path: folder, source: AdbSource.UsualFolder });
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.path) && seen.add(c.path));
};

export const findAdbBinary = async (options: FindAdbOptions): Promise<AdbCandidate | undefined> => {
  for (const candidate of adbCandidates(options)) {
    if (await options.exists(candidate.path)) return candidate;
  }
  return undefined;
};

/** Default `exists`: a regular file we may execute. */
export const isExecutableFile = async (path: string): Promise<boolean> => {
  try {
    if (!(await stat(path)).isFile()) return false;
    await access(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The real machine's options (process env, platform, home, file system). */
export const systemFindAdbOptions = (explicitPath?: string): FindAdbOptions => ({
  ...(explicitPath === undefined ? {} : { explicitPath }),
  env: process.env,
  platform: process.platform,
  homeDir: homedir(),
  exists: isExecutableFile,
});
