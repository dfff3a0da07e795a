import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UnsafeShellArgument } from '../../../main/adb/errors';
import { arg, isShellCommand, quoteShellArgument, shellCommand } from '../../../main/adb/shell-arguments';

const execFileAsync = promisify(execFile);

const INJECTIONS = [
  'com.evil;reboot',
  'com.evil && reboot',
  'com.evil$(reboot)',
  'com.evil`reboot`',
  "com.evil'",
  'com.evil"',
  'com.evil\nreboot',
  'com.evil\u0000x',
  'com.evil|sh',
  'com.evil>x',
  'com.evil x',
  'com.еvil', // Cyrillic е
  'com.evil\u200b',
  '-rf',
  '../com.x',
  '',
];

describe('arg validators', () => {
  it('accepts real names', () => {
    expect(arg.package('com.tencent.mm').value).toBe('com.tencent.mm');
    expect(arg.package('com.sina_weibo.app2').value).toBe('com.sina_weibo.app2');
    expect(arg.permission('android.permission.ACCESS_FINE_LOCATION').value).toBe(
      'android.permission.ACCESS_FINE_LOCATION',
    );
    expect(arg.permission('com.google.android.c2dm.permission.RECEIVE').kind).toBe('permission');
    expect(arg.appOp('READ_CLIPBOARD').value).toBe('READ_CLIPBOARD');
    expect(arg.appOp('android:read_clipboard').value).toBe('android:read_clipboard');
    expect(arg.component('com.x.y/.Svc').value).toBe('com.x.y/.Svc');
    expect(arg.component('com.x.y/com.x.y.Outer$Inner').value).toBe('com.x.y/com.x.y.Outer$Inner');
    expect(arg.settingKey('enabled_accessibility_services').value).toBe('enabled_accessibility_services');
    expect(arg.settingValue('com.a/.S:com.b/com.b.T').value).toBe('com.a/.S:com.b/com.b.T');
    expect(arg.property('ro.build.version.sdk').value).toBe('ro.build.version.sdk');
    expect(arg.devicePath('/data/app/com.x-1/base.apk').value).toBe('/data/app/com.x-1/base.apk');
    expect(arg.appOpMode('foreground').value).toBe('foreground');
    expect(arg.settingNamespace('secure').value).toBe('secure');
    expect(arg.flag('--user').value).toBe('--user');
    expect(arg.word('set-permission-flags').value).toBe('set-permission-flags');
  });

  it.each(INJECTIONS)('refuses %j for every name kind', (value) => {
    for (const make of [arg.package, arg.permission, arg.appOp, arg.settingKey, arg.property, arg.word]) {
      expect(() => make(value)).toThrow(UnsafeShellArgument);
    }
    expect(() => arg.component(`${value}/.X`)).toThrow(UnsafeShellArgument);
    expect(() => arg.component(`com.x/${value}`)).toThrow(UnsafeShellArgument);
    expect(() => arg.settingValue(`${value}'`)).toThrow(UnsafeShellArgument);
  });

  it('refuses overlong names', () => {
    expect(() => arg.package(`com.${'a'.repeat(300)}`)).toThrow(/longer than 255/);
    expect(() => arg.permission(`a.${'B'.repeat(300)}`)).toThrow(UnsafeShellArgument);
  });

  it('refuses package names without a dot or starting with a digit', () => {
    expect(() => arg.package('android')).toThrow(UnsafeShellArgument);
    expect(() => arg.package('1com.x')).toThrow(UnsafeShellArgument);
    expect(() => arg.appOp('read_clipboard')).toThrow(UnsafeShellArgument);
  });

  it('validates user ids: integers ≥ 0, keywords only where allowed', () => {
    expect(arg.user(0).value).toBe('0');
    expect(arg.user('10').value).toBe('10');
    expect(arg.user('all', { allow: ['all'] }).value).toBe('all');
    for (const bad of [-1, '-1', '1.5', '01', 'all', 'current', ' 0', '0;reboot', 2 ** 31, Number.NaN]) {
      expect(() => arg.user(bad)).toThrow(UnsafeShellArgument);
    }
    expect(() => arg.user('current', { allow: ['all'] })).toThrow(UnsafeShellArgument);
  });

  it('allows only fixed mode, namespace and flag words', () => {
    expect(() => arg.appOpMode('allow;reboot' as 'allow')).toThrow(UnsafeShellArgument);
    expect(() => arg.settingNamespace('system ' as 'system')).toThrow(UnsafeShellArgument);
    expect(() => arg.flag('--exec')).toThrow(UnsafeShellArgument);
    expect(() => arg.devicePath('/data/../etc/passwd')).toThrow(/\.\./);
    expect(() => arg.devicePath('relative/path')).toThrow(UnsafeShellArgument);
  });

  it('refuses non-strings smuggled past the types', () => {
    expect(() => arg.package(42 as unknown as string)).toThrow(UnsafeShellArgument);
    expect(() => arg.package({ toString: () => 'com.x.y' } as unknown as string)).toThrow(
      UnsafeShellArgument,
    );
  });
});

describe('shellCommand', () => {
  it('builds argv from validated parts and quotes every argument', () => {
    const command = shellCommand(
      'pm',
      'revoke',
      '--user',
      arg.user(0),
      arg.package('com.tencent.mm'),
      arg.permission('android.permission.CAMERA'),
    );
    expect(command.argv).toEqual([
      'pm',
      'revoke',
      '--user',
      '0',
      'com.tencent.mm',
      'android.permission.CAMERA',
    ]);
    expect(command.text).toBe("pm 'revoke' '--user' '0' 'com.tencent.mm' 'android.permission.CAMERA'");
    expect(isShellCommand(command)).toBe(true);
    expect(isShellCommand({ argv: ['pm'], text: 'reboot' })).toBe(false);
  });

  it('treats plain strings as words or known flags only', () => {
    expect(() => shellCommand('pm', 'list', 'com.x.y')).toThrow(UnsafeShellArgument);
    expect(() => shellCommand('pm', '--force-queryable')).toThrow(/known flag/);
    expect(() => shellCommand('pm;reboot')).toThrow(UnsafeShellArgument);
    expect(() => shellCommand('/system/bin/sh')).toThrow(UnsafeShellArgument);
    expect(() => shellCommand('exit', arg.int(3))).toThrow(/builtin exit/);
    expect(() => shellCommand('exec', 'sh')).toThrow(UnsafeShellArgument);
    expect(() => shellCommand('eval', 'reboot')).toThrow(UnsafeShellArgument);
    expect(() => shellCommand('dumpsys', 'package', '$(reboot)')).toThrow(UnsafeShellArgument);
  });
});

describe('quoteShellArgument', () => {
  const hostile = [
    "it's",
    "'",
    "''",
    '$(id)',
    '`id`',
    'a"b',
    'a\\b',
    'line\nbreak',
    '; reboot',
    '*',
    '~',
    'ünï',
  ];

  it('round-trips through a real sh', async () => {
    const script = `printf '%s\\0' ${hostile.map(quoteShellArgument).join(' ')}`;
    const { stdout } = await execFileAsync('/bin/sh', ['-c', script], { encoding: 'utf8' });
    expect(stdout.split('\0').slice(0, -1)).toEqual(hostile);
  });

  it('round-trips a built command through sh', async () => {
    const command = shellCommand('printf', arg.word('x'), arg.package('com.a.b'), arg.user(10));
    const { stdout } = await execFileAsync('/bin/sh', ['-c', command.text.replace('printf', "printf '%s|'")]);
    expect(stdout).toBe('x|com.a.b|10|');
  });
});
