// Shapes FORMATS.md documents from captures not in the corpus (Android 6, MIUI `User 999:`,
// 12L `Shared users:` with a `Packages` list, vendor `pkgFlagsEx`), written as small inputs.
import { describe, expect, it } from 'vitest';
import { createLocalTimeReader, parseDumpsysPackage } from '../../../../main/reader/parsers/dumpsys-package';

const ANDROID_6_MIUI = [
  'Packages:',
  '  Package [com.yaotong.crackme] (1f2e3d):',
  '    userId=10154',
  '    codePath=/data/app/com.yaotong.crackme-1',
  '    versionCode=1 targetSdk=19',
  '    versionName=1.0',
  '    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]',
  '    pkgFlagsEx=[ ]',
  '    firstInstallTime=2016-05-01 10:00:00',
  '    install permissions:',
  '      android.permission.INTERNET: granted=false',
  '    User 0:  installed=true hidden=false stopped=false notLaunched=false enabled=0',
  '      runtime permissions:',
  '        android.permission.CAMERA: granted=true, flags=[ USER_SET ]',
  '    User 999:  installed=false hidden=false stopped=true notLaunched=true enabled=4',
  '      runtime permissions:',
  '',
  'Shared users:',
  '  SharedUser [android.media] (ad0ee21):',
  '    userId=10027',
  '    Packages',
  '      PackageSetting{6e8dcb com.android.mtp/10027}',
  '    install permissions:',
  '      android.permission.WAKE_LOCK: granted=true',
  '    User 0: ',
  '      gids=[1023]',
  '      runtime permissions:',
  '        android.permission.READ_EXTERNAL_STORAGE: granted=true, flags=[ SYSTEM_FIXED|GRANTED_BY_DEFAULT]',
  '',
].join('\n');

describe('dumpsys package format variants', () => {
  it('reads Android 6 (no minSdk, double-spaced User line), MIUI User 999 and vendor fields', () => {
    const result = parseDumpsysPackage(ANDROID_6_MIUI);
    expect(result.warnings).toEqual([]);
    const app = result.value.packages.get('com.yaotong.crackme');
    expect(app).toMatchObject({ appId: 10154, versionCode: 1, targetSdk: 19 });
    expect(app?.minSdk).toBeUndefined();
    expect(app?.installPermissions).toEqual([
      { name: 'android.permission.INTERNET', type: 'install', granted: false, flags: [] },
    ]);
    expect([...(app?.users.keys() ?? [])]).toEqual([0, 999]);
    expect(app?.users.get(0)?.runtimePermissions[0]?.flags).toEqual(['USER_SET']);
    expect(app?.users.get(999)).toMatchObject({
      installed: false,
      enabled: 'disabled-until-used',
      runtimePermissions: [],
    });
  });

  it('reads 12L shared users: the Packages list, a trailing-space User line and pipe flags', () => {
    const shared = parseDumpsysPackage(ANDROID_6_MIUI).value.sharedUsers.get('android.media');
    expect(shared).toEqual({
      name: 'android.media',
      appId: 10027,
      members: ['com.android.mtp'],
      installPermissions: [
        { name: 'android.permission.WAKE_LOCK', type: 'install', granted: true, flags: [] },
      ],
      runtimePermissions: new Map([
        [
          0,
          [
            {
              name: 'android.permission.READ_EXTERNAL_STORAGE',
              type: 'runtime',
              granted: true,
              flags: ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'],
            },
          ],
        ],
      ]),
    });
  });

  it('keeps only valid names, warns once per bad line, and keeps the first of a duplicate', () => {
    const text = [
      'Packages:',
      '  Package [bad name;rm] (1):',
      '    userId=1',
      '    User 0: installed=true',
      '  Package [com.ok.app] (2):',
      '    userId=10001',
      '    requested permissions:',
      '      $(evil)',
      '      android.permission.CAMERA',
      '    User 0: installed=true enabled=9',
      '      runtime permissions:',
      '        android.permission.CAMERA: granted=maybe',
      '        android.permission.CAMERA: granted=true, flags=[ USER_SET',
      '  Package [com.ok.app] (3):',
      '    userId=10002',
      '    User 0: installed=true',
    ].join('\n');
    const result = parseDumpsysPackage(text);
    expect([...result.value.packages.keys()]).toEqual(['com.ok.app']);
    expect(result.value.packages.get('com.ok.app')?.appId).toBe(10001);
    expect(result.value.packages.get('com.ok.app')?.requestedPermissions).toEqual([
      { name: 'android.permission.CAMERA', restricted: false },
    ]);
    expect(result.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, 'not a package name: "bad name;rm"'],
      [8, 'com.ok.app: not a permission name: "$(evil)"'],
      [10, 'user 0: unknown enabled=9'],
      [12, 'user 0: no granted= value for android.permission.CAMERA'],
      [13, 'user 0: flags of android.permission.CAMERA are cut short'],
      [16, 'com.ok.app printed twice in one section; kept the first'],
    ]);
  });

  it('skips unknown sections whole, however many lines, without warnings', () => {
    const noise = Array.from({ length: 5000 }, (_, index) => `  weird ${index} line: [ ]`).join('\n');
    const text = `Dexopt state:\n${noise}\nPackages:\n  Package [com.a.b] (1):\n    User 0: installed=true\nQueries:\n${noise}\n`;
    const result = parseDumpsysPackage(text);
    expect(result.warnings).toEqual([]);
    expect(result.value.packages.get('com.a.b')?.users.get(0)?.installed).toBe(true);
  });

  it('marks a dump cut inside a package block, or mid-line, as partial', () => {
    expect(parseDumpsysPackage('Packages:\n  Package [com.a.b] (1):\n    userId=10001\n').partial).toBe(true);
    expect(
      parseDumpsysPackage('Packages:\n  Package [com.a.b] (1):\n    User 0: installed=true\n').partial,
    ).toBe(false);
    expect(
      parseDumpsysPackage('Packages:\n  Package [com.a.b] (1):\n    User 0: installed=true\nQueri').partial,
    ).toBe(true);
  });

  it('falls back to UTC with a warning for an unknown time zone, and handles UTF-16 read as 8-bit', () => {
    const text =
      'Packages:\n  Package [com.a.b] (1):\n    firstInstallTime=2020-01-01 00:00:00\n    User 0: \n';
    const result = parseDumpsysPackage(text, { timeZone: 'Mars/Olympus' });
    expect(result.warnings[0]?.message).toBe('unknown time zone "Mars/Olympus"; using UTC');
    expect(result.value.packages.get('com.a.b')?.firstInstallTime?.ms).toBe(Date.UTC(2020, 0, 1));
    const utf16 = [...`\ufeff${text}`].map((char) => `${char}\0`).join('');
    const decoded = parseDumpsysPackage(utf16.slice(2));
    expect(decoded.value.packages.get('com.a.b')?.firstInstallTime?.ms).toBe(Date.UTC(2020, 0, 1));
  });
});

describe('local times', () => {
  it('converts with DST and flags the system-image stamp in any zone', () => {
    const berlin = createLocalTimeReader('Europe/Berlin');
    expect(berlin.read('2021-07-01 12:00:00')?.ms).toBe(Date.UTC(2021, 6, 1, 10));
    expect(berlin.read('2021-01-01 12:00:00')?.ms).toBe(Date.UTC(2021, 0, 1, 11));
    expect(berlin.read('2009-01-01 01:00:00')).toMatchObject({ ms: Date.UTC(2009, 0, 1), placeholder: true });
    expect(createLocalTimeReader('Asia/Kolkata').read('2009-01-01 05:30:00')?.placeholder).toBe(true);
    expect(createLocalTimeReader().read('1970-01-01 00:00:05')?.placeholder).toBe(true);
    expect(createLocalTimeReader().read('2009-01-01 05:31:07')?.placeholder).toBe(false);
    expect(createLocalTimeReader().read('2009-13-01 00:00:00')).toBeUndefined();
    expect(createLocalTimeReader().read('2009-01-01T00:00:00')).toBeUndefined();
  });
});
