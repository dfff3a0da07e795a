// Parses `adb version`:
//   Android Debug Bridge version 1.0.41
//   Version 29.0.6-debian
//   Installed as /usr/lib/android-sdk/platform-tools/adb
import { CommandFailed } from './errors';

export interface AdbClientVersion {
  /** "1.0.41" */
  readonly clientVersion: string;
  /** Server protocol number the client expects (the last part, 41); compared with `host:version`. */
  readonly protocolVersion: number;
  /** Platform-tools revision, e.g. "29.0.6-debian" (absent before adb 1.0.39). */
  readonly revision?: string;
  readonly installedAs?: string;
}

export const parseAdbVersionOutput = (text: string): AdbClientVersion => {
  const version = /Android Debug Bridge version (\d+)\.(\d+)\.(\d+)/.exec(text);
  if (!version) {
    throw new CommandFailed('not an adb binary: unexpected `adb version` output', {
      deviceMessage: text.trim().slice(0, 500),
    });
  }
  const revision = /^Version (\S+)/m.exec(text)?.[1];
  const installedAs = /^Installed as (.+)$/m.exec(text)?.[1]?.trim();
  return {
    clientVersion: `${version[1]}.${version[2]}.${version[3]}`,
    protocolVersion: Number(version[3]),
    ...(revision === undefined ? {} : { revision }),
    ...(installedAs === undefined ? {} : { installedAs }),
  };
};
