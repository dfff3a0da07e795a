import { describe, expect, it } from 'vitest';
import { parsePmListUsers } from '../../../main/reader/parsers/pm-list-users';
import { fuzz, readSample } from './offline/sample-support';

const MANAGED = 'android.os.usertype.profile.MANAGED';
const SYSTEM = 'android.os.usertype.full.SYSTEM';

describe('parsePmListUsers on real samples', () => {
  it('pre-11 two users (TAB indented, hex flags 13 and 10)', () => {
    const result = parsePmListUsers(readSample('pm-list-users_unknown_pre11_two-users.txt'));
    expect(result.value).toEqual([
      { id: 0, name: 'Owner', flags: 0x13, running: true, type: SYSTEM },
      { id: 10, name: 'jane', flags: 0x10, running: true },
    ]);
    // The markdown fences and the prompt are reported, not parsed.
    expect(result.warnings.map((warning) => warning.line)).toEqual([1, 2, 7]);
  });

  it('Samsung work profile 11 and Secure Folder 151 (8-space indent, annotated line)', () => {
    const result = parsePmListUsers(
      readSample('pm-list-users_samsung_unknown_secure-folder-workprofile.txt'),
    );
    expect(result.value).toEqual([
      { id: 0, name: 'MY-NAME', flags: 0xc13, running: true, type: SYSTEM },
      { id: 11, name: 'Arbeitsprofil', flags: 0x1030, running: true, type: MANAGED },
      { id: 151, name: 'Secure Folder', flags: 0x10061030, running: true, type: MANAGED },
    ]);
    expect(
      result.warnings.some((warning) => warning.line === 6 && warning.message.includes('----> workprofile')),
    ).toBe(true);
  });

  it('Samsung Android 14 Secure Folder 150 with FLAG_MAIN (4c13), inside a markdown issue', () => {
    const result = parsePmListUsers(
      readSample('pm-list-packages-error-and-pm-list-users_samsung_14_secure-folder.txt'),
    );
    expect(result.value).toEqual([
      { id: 0, name: 'UserName', flags: 0x4c13, running: true, type: SYSTEM },
      { id: 150, name: 'Secure Folder', flags: 0x10061030, running: true, type: MANAGED },
    ]);
  });
});

describe('parsePmListUsers formats', () => {
  it('names with colons, null names, stopped users, MIUI second space 999 and guests', () => {
    const text =
      'Users:\n\tUserInfo{0:null:c13} running\n\tUserInfo{999:XSpace:a:801010}\n\tUserInfo{12:Guest:414}\n';
    expect(parsePmListUsers(text).value).toEqual([
      { id: 0, name: 'null', flags: 0xc13, running: true, type: SYSTEM },
      { id: 999, name: 'XSpace:a', flags: 0x801010, running: false },
      { id: 12, name: 'Guest', flags: 0x414, running: false, type: 'android.os.usertype.full.GUEST' },
    ]);
  });

  it('`cmd user list -v` lines', () => {
    const text =
      'users:\n0: id=0, name=Owner, type=full.SYSTEM, flags=ADMIN|FULL|INITIALIZED|MAIN|PRIMARY|SYSTEM (running) (current)\n' +
      '1: id=10, name=Work, type=profile.MANAGED, flags=INITIALIZED|PROFILE (parentId=0)\n';
    expect(parsePmListUsers(text).value).toEqual([
      { id: 0, name: 'Owner', running: true, type: SYSTEM },
      { id: 10, name: 'Work', running: false, type: MANAGED },
    ]);
  });

  it('`dumpsys user` lines: run state not on the line, detail lines skipped quietly', () => {
    const text =
      'Users:\n  UserInfo{0:Owner:c13} serialNo=0 isPrimary=true parentId=-1\n    State: RUNNING_UNLOCKED\n';
    const result = parsePmListUsers(text);
    expect(result.value).toEqual([{ id: 0, name: 'Owner', flags: 0xc13, type: SYSTEM }]);
    expect(result.warnings).toEqual([]);
  });

  it('never throws on mutated samples', () => {
    const texts = [
      'pm-list-users_unknown_pre11_two-users.txt',
      'pm-list-users_samsung_unknown_secure-folder-workprofile.txt',
    ].map(readSample);
    expect(fuzz(texts, { seed: 5, rounds: 100, parse: parsePmListUsers })).toBe(200);
  });
});
