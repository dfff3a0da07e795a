// `dumpsys package` of the virtual phone against the real captures: same section order, and
// the package blocks have the same line shapes (indentation, keys, flag syntax per version).
import { describe, expect, it } from 'vitest';
import { formatPackageDump } from '../../../../main/virtual-phone/dumpsys/package/package-dump';
import {
  missingShapes,
  sameRelativeOrder,
  sectionHeaders,
  shapesOf,
  sliceBlock,
} from '../../../support/line-shapes';
import { contextOf, phone, readSample } from './sample-phones';

const block = (text: string, start: RegExp): Set<string> => shapesOf(sliceBlock(text, { start, end: /^\S/ }));

/** Shapes of `a` missing from `b`, minus the ones a test explains. */
const diff = (a: Set<string>, b: Set<string>, explained: readonly string[] = []): string[] =>
  missingShapes(a, b).filter((shape) => !explained.includes(shape));

describe('dumpsys package <pkg> — Android 11 (emulator sample)', () => {
  const state = phone(30, {
    packages: [
      {
        name: 'com.sunmi.displaydemo',
        label: 'Demo',
        targetSdk: 30,
        minSdk: 29,
        flags: ['DEBUGGABLE', 'HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'TEST_ONLY', 'ALLOW_BACKUP'],
        permissions: [
          'CAMERA',
          'ACCESS_BACKGROUND_LOCATION',
          'ACCESS_COARSE_LOCATION',
          'ACCESS_FINE_LOCATION',
        ],
        grants: {
          CAMERA: {
            granted: false,
            flags: ['USER_SENSITIVE_WHEN_GRANTED', 'USER_SENSITIVE_WHEN_DENIED', 'ONE_TIME'],
          },
        },
      },
    ],
  });
  const virtual = formatPackageDump(contextOf(state), ['com.sunmi.displaydemo']);
  const real = readSample('dumpsys-package_emulator_11_com.sunmi.displaydemo.txt');

  it('prints the sections in the real order', () => {
    expect(sameRelativeOrder(sectionHeaders(virtual), sectionHeaders(real))).toBe(true);
    expect(sectionHeaders(virtual)).toEqual(
      sectionHeaders(real).filter((header) => !header.includes('APEX')),
    );
  });

  it('prints the package block with the same line shapes', () => {
    const v = block(virtual, /^Packages:/);
    const r = block(real, /^Packages:/);
    expect(diff(r, v)).toEqual([]);
    expect(diff(v, r)).toEqual([]);
  });

  it('uses the Android 10+ flag syntax and restricted=true', () => {
    expect(virtual).toContain(
      '        android.permission.CAMERA: granted=false, flags=[ USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED|ONE_TIME]\n',
    );
    expect(virtual).toContain('      android.permission.ACCESS_BACKGROUND_LOCATION: restricted=true\n');
  });
});

/** Real lines the virtual phone does not model (libraries, overlays, component states …). */
const NOT_MODELLED = [
  '      <PATH>',
  '        <PATH>',
  '      <NAME>',
  '        <NAME>',
  '      disabledComponents:',
  '      enabledComponents:',
  '      overlay paths:',
  '      legacy overlay paths:',
  '    libraries:',
  '    usesLibraries:',
  '    usesLibraryFiles:',
  '    usesOptionalLibraries:',
  '    supportsScreens=[medium, large, xlarge, resizeable, anyDensity]',
  // `prot=dangerous, COSTS_MONEY, INSTALLED` (7.1) and `dataDir=null` of odd packages
  '      <NAME>: prot=<V>, OP, OP',
  '    dataDir=<V>',
];

const notModelled = (shape: string): boolean =>
  NOT_MODELLED.includes(shape) ||
  shape.startsWith('    queriesIntents=') ||
  shape.startsWith('    versionName=');

describe('dumpsys package — Android 7.1.2 full dump (Rockchip sample)', () => {
  const state = phone(25, {
    systemPackageNames: ['android'],
    packages: [
      {
        name: 'com.android.providers.media',
        system: true,
        sharedUser: 'android.media',
        permissions: [
          'INTERNET',
          'BLUETOOTH',
          'READ_EXTERNAL_STORAGE',
          'WRITE_EXTERNAL_STORAGE',
          'READ_CALENDAR',
        ],
        grants: {
          READ_CALENDAR: { granted: true, flags: ['SYSTEM_FIXED', 'GRANTED_BY_DEFAULT'] },
          READ_EXTERNAL_STORAGE: { granted: true, flags: [] },
          WRITE_EXTERNAL_STORAGE: { granted: true, flags: ['GRANTED_BY_DEFAULT'] },
        },
      },
      {
        name: 'com.android.externalstorage',
        system: true,
        privileged: true,
        permissions: ['WRITE_MEDIA_STORAGE', 'READ_EXTERNAL_STORAGE', 'WRITE_EXTERNAL_STORAGE'],
      },
      {
        name: 'com.android.documentsui',
        system: true,
        permissions: ['INTERNET', 'READ_CONTACTS'],
        lastDisabledCaller: '1000',
      },
      {
        name: 'com.netflix.mediaclient',
        targetSdk: 25,
        minSdk: 19,
        installer: 'com.android.vending',
        flags: ['HAS_CODE', 'ALLOW_CLEAR_USER_DATA', 'LARGE_HEAP'],
        privateFlags: ['HAS_DOMAIN_URLS'],
        declaredPermissions: [
          { name: 'com.netflix.mediaclient.permission.C2D_MESSAGE', protectionLevel: 'signature' },
        ],
        permissions: ['INTERNET', 'BLUETOOTH', 'com.netflix.mediaclient.permission.C2D_MESSAGE'],
        stopped: true,
        notLaunched: true,
      },
    ],
  });
  const virtual = formatPackageDump(contextOf(state), []);
  const real = readSample('dumpsys-package_rockchip-tvbox_7.1.2_full.txt');

  it('prints the sections in the real order', () => {
    expect(sameRelativeOrder(sectionHeaders(virtual), sectionHeaders(real))).toBe(true);
    for (const header of [
      'Database versions:',
      'Permissions:',
      'Packages:',
      'Shared users:',
      'Dexopt state:',
    ]) {
      expect(sectionHeaders(virtual)).toContain(header);
    }
  });

  it('prints package and shared-user blocks with the same line shapes', () => {
    for (const start of [/^Packages:/, /^Shared users:/]) {
      const v = block(virtual, start);
      const r = block(real, start);
      expect(diff(v, r)).toEqual([]);
      expect(missingShapes(r, v).filter((shape) => !notModelled(shape))).toEqual([]);
    }
    // permission definitions: every line shape the phone prints is a real one
    expect(diff(block(virtual, /^Permissions:/), block(real, /^Permissions:/))).toEqual([]);
  });

  it('uses the pre-10 flag syntax `[ A B ]` and no requested permissions', () => {
    expect(virtual).toContain(
      '        android.permission.READ_EXTERNAL_STORAGE: granted=true, flags=[ SYSTEM_FIXED GRANTED_BY_DEFAULT ]\n',
    );
    expect(virtual).toContain(
      '        android.permission.READ_CONTACTS: granted=true, flags=[ GRANTED_BY_DEFAULT ]\n',
    );
    expect(virtual).not.toContain('requested permissions:');
    expect(virtual).toMatch(/Read completed successfully: 5 packages, 2 shared uids\n/);
  });
});

describe('dumpsys package — Android 10 full dump (Samsung sample)', () => {
  const state = phone(29, {
    packages: [
      {
        name: 'com.samsung.android.provider.filterprovider',
        system: true,
        sharedUser: 'android.uid.system',
        declaredPermissions: [
          {
            name: 'com.samsung.android.provider.filterprovider.permission.READ_FILTER',
            protectionLevel: 'normal',
          },
        ],
      },
      {
        name: 'com.sec.android.app.DataCreate',
        system: true,
        permissions: ['INTERNET', 'BLUETOOTH', 'BLUETOOTH_ADMIN', 'CAMERA', 'READ_CONTACTS'],
        declaredPermissions: [
          {
            name: 'com.sec.android.app.DataCreate.permission.KEYSTRING',
            protectionLevel: 'signature|privileged',
          },
        ],
        grants: {
          CAMERA: { granted: false, flags: ['USER_SENSITIVE_WHEN_GRANTED'] },
          READ_CONTACTS: {
            granted: false,
            flags: ['USER_SENSITIVE_WHEN_GRANTED', 'RESTRICTION_UPGRADE_EXEMPT'],
          },
        },
      },
    ],
  });
  const virtual = formatPackageDump(contextOf(state), []);
  const real = readSample('dumpsys-package_samsung_10_full-trimmed.txt');

  it('prints the package blocks with the same line shapes', () => {
    const v = block(virtual, /^Packages:/);
    const r = block(real, /^Packages:/);
    expect(diff(v, r)).toEqual([]);
    expect(missingShapes(r, v).filter((shape) => !notModelled(shape))).toEqual([]);
  });

  it('prints `instant= virtual=` but no distractionFlags in the User line', () => {
    expect(virtual).toMatch(
      /^ {4}User 0: ceDataInode=\d+ installed=true hidden=false suspended=false stopped=false notLaunched=false enabled=0 instant=false virtual=false$/m,
    );
  });
});

describe('dumpsys package <pkg> — Android 14 with a hidden system package (Wear OS sample)', () => {
  const state = phone(34, {
    packages: [
      {
        name: 'com.tekartik.package1',
        system: true,
        updatedSystem: true,
        installer: 'com.android.vending',
        lastDisabledCaller: 'com.android.vending',
        splits: ['config.fr', 'config.xhdpi'],
        declaredPermissions: [
          {
            name: 'com.tekartik.package1.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
            protectionLevel: 'signature',
          },
        ],
        permissions: [
          'WAKE_LOCK',
          'com.tekartik.package1.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
          'READ_CONTACTS',
        ],
      },
    ],
  });
  const virtual = formatPackageDump(contextOf(state), ['com.tekartik.package1']);
  const real = readSample('dumpsys-package_wearos-qualcomm_14_pkg1-with-hidden-system.txt');

  it('prints the sections in the real order, with `Hidden system packages:`', () => {
    expect(sameRelativeOrder(sectionHeaders(virtual), sectionHeaders(real))).toBe(true);
    expect(sectionHeaders(virtual)).toEqual(
      expect.arrayContaining([
        'Packages:',
        'Hidden system packages:',
        'Queries:',
        'Package Changes:',
        'Dexopt state:',
      ]),
    );
  });

  it('prints both blocks with the same line shapes', () => {
    for (const start of [/^Packages:/, /^Hidden system packages:/]) {
      const v = block(virtual, start);
      const r = block(real, start);
      expect(diff(v, r)).toEqual([]);
      expect(missingShapes(r, v).filter((shape) => !notModelled(shape))).toEqual([]);
    }
  });

  it('lists the same package twice: the update and the factory copy', () => {
    expect(virtual.match(/^ {2}Package \[com\.tekartik\.package1\]/gm)).toHaveLength(2);
    expect(virtual).toContain(
      'flags=[ SYSTEM HAS_CODE ALLOW_CLEAR_USER_DATA UPDATED_SYSTEM_APP ALLOW_BACKUP ]',
    );
  });
});

describe('dumpsys package <pkg> — Android 16 (Pixel sample)', () => {
  const state = phone(36, {
    packages: [
      {
        name: 'com.example.ytdash_rn',
        initiatingInstaller: 'com.android.shell',
        notLaunched: true,
        stopped: true,
        declaredPermissions: [
          {
            name: 'com.example.ytdash_rn.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
            protectionLevel: 'signature',
          },
        ],
        permissions: [
          'SYSTEM_ALERT_WINDOW',
          'INTERNET',
          'VIBRATE',
          'com.example.ytdash_rn.DYNAMIC_RECEIVER_NOT_EXPORTED_PERMISSION',
        ],
      },
    ],
  });
  const virtual = formatPackageDump(contextOf(state), ['com.example.ytdash_rn']);
  const real = readSample('dumpsys-package_pixel_16_com.example.ytdash_rn.txt');

  it('prints the package block with the same line shapes (appId=, firstInstallTime in the user block)', () => {
    const v = block(virtual, /^Packages:/);
    const r = block(real, /^Packages:/);
    expect(diff(v, r)).toEqual([]);
    expect(missingShapes(r, v).filter((shape) => !notModelled(shape))).toEqual([]);
    expect(virtual).toMatch(/^ {6}firstInstallTime=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/m);
    expect(virtual).not.toMatch(/^ {4}firstInstallTime=/m);
  });

  it('prints the sections in the real order', () => {
    expect(sameRelativeOrder(sectionHeaders(virtual), sectionHeaders(real))).toBe(true);
  });
});

describe('dumpsys package <absent pkg>', () => {
  it('prints the one-line error of recent versions', () => {
    const real = readSample('dumpsys-package_unknown_unknown_not-installed.txt').trim();
    const virtual = formatPackageDump(contextOf(phone(34, {})), ['com.funnyenglish.app']);
    expect(virtual.trim()).toBe(real);
  });
});
