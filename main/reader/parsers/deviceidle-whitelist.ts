// Battery-optimisation exemptions (DeviceIdleController):
// - `cmd deviceidle whitelist` / `dumpsys deviceidle whitelist` (the shell's listing):
//   `system-excidle,<pkg>,<uid>`, `system,<pkg>,<uid>`, `user,<pkg>,<uid>` lines;
// - full `dumpsys deviceidle` (as in a bugreport): `  Whitelist (except idle) system apps:`,
//   `  Whitelist system apps:`, `  Whitelist user apps:` each followed by `    <pkg>` lines.
// User entries are what the user (or an app via REQUEST_IGNORE_BATTERY_OPTIMIZATIONS) added;
// system entries come from the firmware's sysconfig.
import { isPackageName } from './device-names';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

export interface DeviceIdleWhitelist {
  /** Exempted by the user (removable). */
  readonly user: readonly string[];
  /** Exempted by the system image from Doze and App Standby. */
  readonly system: readonly string[];
  /** Exempted by the system image from App Standby only (`system-excidle`). */
  readonly systemExceptIdle: readonly string[];
}

type Kind = keyof DeviceIdleWhitelist;

const SHELL_LINE = /^\s*(system-excidle|system|user),([^,\s]+),(-?\d{1,10})\s*$/;
const DUMP_HEADER = /^\s*Whitelist (\(except idle\) system|system|user) apps:\s*$/;
const DUMP_ENTRY = /^\s{4,}(\S+)\s*$/;
const FAILURE = /^(Can't find service|Unknown command|Permission Denial)/;

const kindOf = (word: string): Kind =>
  word === 'user' ? 'user' : word === 'system' ? 'system' : 'systemExceptIdle';

export const parseDeviceIdleWhitelist = (text: string): ParseResult<DeviceIdleWhitelist> => {
  const sink = new WarningSink('deviceidle whitelist');
  const lists: Record<Kind, string[]> = { user: [], system: [], systemExceptIdle: [] };
  let section: Kind | undefined;
  const add = (kind: Kind, name: string, line: number): void => {
    if (!isPackageName(name)) {
      sink.warn(`not a package name: ${JSON.stringify(name.slice(0, 80))}`, line);
      return;
    }
    if (!lists[kind].includes(name)) lists[kind].push(name);
  };
  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    if (line.trim() === '') return;
    let match: RegExpExecArray | null;
    if ((match = SHELL_LINE.exec(line)) !== null) {
      section = undefined;
      add(kindOf(match[1] ?? ''), match[2] ?? '', lineNo);
    } else if ((match = DUMP_HEADER.exec(line)) !== null) {
      const word = match[1] ?? '';
      section = word === 'user' ? 'user' : word === 'system' ? 'system' : 'systemExceptIdle';
    } else if (section !== undefined && (match = DUMP_ENTRY.exec(line)) !== null) {
      add(section, match[1] ?? '', lineNo);
    } else if (FAILURE.test(line.trim())) {
      sink.warn(`whitelist not read: ${line.trim().slice(0, 120)}`, lineNo);
      section = undefined;
    } else {
      // Other parts of a full deviceidle dump (Settings:, Whitelist user app ids:, …).
      section = undefined;
    }
  });
  return { value: lists, warnings: sink.warnings, partial: false };
};
