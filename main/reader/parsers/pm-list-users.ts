// `pm list users` (PackageManagerShellCommand.runListUsers): `Users:` then one TAB-indented
// `UserInfo{<id>:<name>:<flags hex>}[ running]` per user (UserInfo.toString). The name may be
// `null` or hold spaces and colons (`Secure Folder`), so the id and flags are taken from the
// ends. `cmd user list -v` (UserManagerServiceShellCommand) prints
// `0: id=0, name=Owner, type=full.SYSTEM, flags=…[ (running)]`; `dumpsys user` prints the
// same UserInfo{…} with ` serialNo=…` after it. FORMATS.md §3.
import type { UserProfile } from '../../snapshot/device-snapshot';
import { splitLines } from './line-splitter';
import { WarningSink, type ParseResult } from './parse-result';

const USER_INFO = /UserInfo\{(\d{1,10}):(.*):([0-9a-fA-F]{1,8})\}(.*)$/;
const VERBOSE = /^\s*\d+: id=(\d{1,10}), name=(.*?), type=([\w.]+), flags=([A-Z_|]*)(.*)$/;

/** android.content.pm.UserInfo flag bits. */
const UserFlag = {
  Primary: 0x1,
  Guest: 0x4,
  Restricted: 0x8,
  ManagedProfile: 0x20,
  Full: 0x400,
  System: 0x800,
  Profile: 0x1000,
} as const;

/** The UserManager user type the flags imply, when they imply one. */
const typeFromFlags = (id: number, flags: number): string | undefined => {
  const has = (bit: number) => (flags & bit) !== 0;
  if (has(UserFlag.ManagedProfile)) return 'android.os.usertype.profile.MANAGED';
  if (has(UserFlag.Guest)) return 'android.os.usertype.full.GUEST';
  if (has(UserFlag.Restricted)) return 'android.os.usertype.full.RESTRICTED';
  if (id === 0 && (has(UserFlag.System) || has(UserFlag.Primary))) {
    return has(UserFlag.Full) || !has(UserFlag.System)
      ? 'android.os.usertype.full.SYSTEM'
      : 'android.os.usertype.system.HEADLESS';
  }
  if (has(UserFlag.Full)) return 'android.os.usertype.full.SECONDARY';
  return undefined;
};

export const parsePmListUsers = (text: string): ParseResult<UserProfile[]> => {
  const sink = new WarningSink('pm list users');
  const users: UserProfile[] = [];
  const seen = new Set<number>();
  const add = (user: UserProfile, line: number): void => {
    if (seen.has(user.id)) {
      sink.warn(`user ${user.id} listed twice`, line);
      return;
    }
    seen.add(user.id);
    users.push(user);
  };
  splitLines(text).forEach((raw, index) => {
    const line = raw.trimEnd();
    const lineNo = index + 1;
    if (line.trim() === '' || /^users:$/i.test(line.trim())) return;
    const info = USER_INFO.exec(line);
    if (info !== null) {
      const [, idText = '', name = '', flagsText = '', rest = ''] = info;
      const id = Number(idText);
      const flags = Number.parseInt(flagsText, 16);
      // `dumpsys user` puts the run state on a later line: leave `running` unset there.
      const fromDumpsysUser = /\bserialNo=/.test(rest);
      const running = /(^|\s|<)running\b/.test(rest);
      const extra = rest.replace(/^\s*running\b/, '').trim();
      if (extra !== '' && !/^serialNo=/.test(extra)) {
        sink.warn(`text after the user entry ignored: ${JSON.stringify(extra.slice(0, 60))}`, lineNo);
      }
      const type = typeFromFlags(id, flags);
      add(
        { id, name, flags, ...(fromDumpsysUser ? {} : { running }), ...(type === undefined ? {} : { type }) },
        lineNo,
      );
      return;
    }
    const verbose = VERBOSE.exec(line);
    if (verbose !== null) {
      const [, idText = '', name = '', type = '', , rest = ''] = verbose;
      const fullType = type.startsWith('android.os.usertype.') ? type : `android.os.usertype.${type}`;
      add({ id: Number(idText), name, running: rest.includes('(running)'), type: fullType }, lineNo);
      return;
    }
    // Indented detail lines of `dumpsys user` are expected; column-0 noise is reported.
    if (!/^\s/.test(line)) sink.warn(`not a user line: ${JSON.stringify(line.slice(0, 80))}`, lineNo);
  });
  return { value: users, warnings: sink.warnings, partial: false };
};
