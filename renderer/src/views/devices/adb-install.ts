// How to install adb on each desktop system, the current one first. Commands are the same in
// every language, so they live here rather than in the message catalogues.
import type { PlainMessageKey } from '../../i18n/translate';

export type InstallOs = 'windows' | 'windowsZip' | 'macos' | 'debian' | 'fedora';

export interface InstallOption {
  readonly os: InstallOs;
  readonly label: PlainMessageKey;
  /** Commands to type; empty when the option is a manual download. */
  readonly commands: readonly string[];
  readonly steps?: PlainMessageKey;
  readonly current: boolean;
}

const OPTIONS: readonly Omit<InstallOption, 'current'>[] = [
  { os: 'windows', label: 'devices.adb.os.windows', commands: ['winget install Google.PlatformTools'] },
  {
    os: 'windowsZip',
    label: 'devices.adb.os.windowsZip',
    commands: [],
    steps: 'devices.adb.os.windowsZipSteps',
  },
  { os: 'macos', label: 'devices.adb.os.macos', commands: ['brew install --cask android-platform-tools'] },
  { os: 'debian', label: 'devices.adb.os.debian', commands: ['sudo apt install adb'] },
  { os: 'fedora', label: 'devices.adb.os.fedora', commands: ['sudo dnf install android-tools'] },
];

/** `platform` is Node's `process.platform` as `app:info` reports it (win32, darwin, linux). */
const currentOses = (platform: string | undefined): readonly InstallOs[] => {
  if (platform === 'win32') return ['windows', 'windowsZip'];
  if (platform === 'darwin') return ['macos'];
  if (platform === 'linux') return ['debian', 'fedora'];
  return [];
};

export const installOptions = (platform: string | undefined): readonly InstallOption[] => {
  const current = currentOses(platform);
  const options = OPTIONS.map((option) => ({ ...option, current: current.includes(option.os) }));
  return [...options.filter((option) => option.current), ...options.filter((option) => !option.current)];
};

/** Stops a server of another version on the given port so ours can start. */
export const killServerCommand = (port: number): string =>
  port === 5037 ? 'adb kill-server' : `adb -P ${port} kill-server`;
