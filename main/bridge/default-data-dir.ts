// Where `privacyscope serve` keeps its data when no --data-dir is given: the same folder
// convention as a desktop app on each platform.
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

export interface DataDirEnvironment {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly home: string;
}

/**
 * Linux and other Unix: `$XDG_CONFIG_HOME/privacyscope` or `~/.config/privacyscope`;
 * macOS: `~/Library/Application Support/PrivacyScope`; Windows: `%APPDATA%/PrivacyScope`.
 */
export const defaultDataDir = (
  environment: DataDirEnvironment = { platform: process.platform, env: process.env, home: homedir() },
): string => {
  const { platform, env, home } = environment;
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), 'PrivacyScope');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'PrivacyScope');
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says relative values are invalid and must be ignored.
  return xdg && xdg.startsWith('/')
    ? posix.join(xdg, 'privacyscope')
    : posix.join(home, '.config', 'privacyscope');
};
