// The resolver-table parser (declared capabilities) on the real `dumpsys package` captures, on
// the virtual phone's output for every modelled handle, in chunks, and through the reader:
// CaptureParsers feeds it the same streamed text as the package parser and the snapshot's
// AppEntry carries the result.
import { describe, expect, it } from 'vitest';
import { assembleSnapshot, CaptureParsers } from '../../../main/reader/assemble';
import { CaptureName } from '../../../main/reader/offline/captured-outputs';
import { isListedPackageName } from '../../../main/reader/parsers/dumpsys-package';
import {
  createResolverTablesParser,
  parseResolverTables,
} from '../../../main/reader/parsers/resolver-tables';
import type { PackageState } from '../../../main/virtual-phone/android/phone-state';
import { formatPackageDump } from '../../../main/virtual-phone/dumpsys/package/package-dump';
import { readSample } from '../../support/adb-samples';
import { randomInt, seededRandom } from '../../support/seeded-random';
import { contextOf, phone } from '../virtual-phone/dumpsys/sample-phones';

const ROCKCHIP = 'dumpsys-package_rockchip-tvbox_7.1.2_full.txt';

const capabilitiesOf = (text: string) => Object.fromEntries(parseResolverTables(text).value.capabilities);

describe('resolver tables of the real captures', () => {
  it('Android 7.1.2 full dump: Chrome is the only browser, Play the store, two IMEs', () => {
    const result = parseResolverTables(readSample(ROCKCHIP));
    expect(result.warnings).toEqual([]);
    expect(result.partial).toBe(false);
    expect(Object.fromEntries(result.value.capabilities)).toEqual({
      'com.android.chrome': { browser: true },
      'com.android.vending': { appStore: true },
      'com.android.inputmethod.latin': { inputMethod: true },
      'com.android.inputmethod.pinyin': { inputMethod: true },
    });
  });

  it('is conservative: App Links, text/html viewers and tel: alone declare nothing', () => {
    const capabilities = parseResolverTables(readSample(ROCKCHIP)).value.capabilities;
    // Netflix and Play services handle http/https (App Links), HTMLViewer text/html, and
    // Play services' matchstick tel: — none of them is a browser or a dialer.
    for (const pkg of ['com.netflix.mediaclient', 'com.android.htmlviewer', 'com.google.android.gms']) {
      expect(capabilities.get(pkg), pkg).toBeUndefined();
    }
  });

  it('single-package dumps: a LAUNCHER activity is not a home screen; no capability elsewhere', () => {
    for (const name of [
      'dumpsys-package_emulator_11_com.sunmi.displaydemo.txt',
      'dumpsys-package_pixel_16_com.example.ytdash_rn.txt',
      'dumpsys-package_wearos-qualcomm_14_pkg1-with-hidden-system.txt',
      'dumpsys-package_samsung_10_full-trimmed.txt',
      'dumpsys-package_unknown_unknown_not-installed.txt',
    ]) {
      const result = parseResolverTables(readSample(name));
      expect(Object.fromEntries(result.value.capabilities), name).toEqual({});
      expect(result.warnings, name).toEqual([]);
    }
  });

  it('reads CATEGORY_HOME from a single-package filter dump (the Android 11 sample as a launcher)', () => {
    const text = readSample('dumpsys-package_emulator_11_com.sunmi.displaydemo.txt').replace(
      'android.intent.category.LAUNCHER',
      'android.intent.category.HOME',
    );
    expect(capabilitiesOf(text)).toEqual({ 'com.sunmi.displaydemo': { launcher: true } });
  });

  it('gives the same result however the text is chunked, CRLF included', () => {
    const text = readSample(ROCKCHIP).replace(/\n/g, '\r\n');
    const whole = capabilitiesOf(text);
    for (const size of [1, 7, 4096]) {
      const parser = createResolverTablesParser();
      for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size));
      expect(Object.fromEntries(parser.end().value.capabilities), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('never throws on damaged text (dropped lines, flipped characters, cuts); names stay valid', () => {
    const lines = readSample(ROCKCHIP).split('\n');
    for (let seed = 1; seed <= 20; seed += 1) {
      const next = seededRandom(seed);
      const damaged = lines
        .filter(() => next() > 0.05)
        .map((line) => {
          if (line.length === 0 || next() > 0.02) return line;
          const at = randomInt(next, 0, line.length - 1);
          return `${line.slice(0, at)}${String.fromCharCode(randomInt(next, 0, 0xffff))}${line.slice(at + 1)}`;
        })
        .join('\n');
      const text = damaged.slice(0, randomInt(next, 0, damaged.length));
      const result = parseResolverTables(text);
      expect(result.partial, `seed ${seed}`).toBe(false);
      for (const pkg of result.value.capabilities.keys()) {
        expect(isListedPackageName(pkg), `seed ${seed}: ${pkg}`).toBe(true);
      }
    }
  });

  it('warns on an entry that names no component, and carries on', () => {
    const text = [
      'Service Resolver Table:',
      '  Non-Data Actions:',
      '      android.view.InputMethod:',
      '        1a2b3c not-a-component',
      '        4d5e6f com.sohu.inputmethod.sogou/.SogouIME filter 7a8b9c permission android.permission.BIND_INPUT_METHOD',
      '',
    ].join('\n');
    const result = parseResolverTables(text);
    expect(Object.fromEntries(result.value.capabilities)).toEqual({
      'com.sohu.inputmethod.sogou': { inputMethod: true },
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ line: 4 });
  });
});

const HANDLES: NonNullable<PackageState['components']['handles']> = [
  'browser',
  'geo',
  'image-capture',
  'sms',
  'dialer',
  'home',
  'assistant',
  'app-store',
];

const virtualPhone = (sdk: number) => {
  const state = phone(sdk, {
    packages: [
      { name: 'com.example.everything' },
      { name: 'com.sohu.inputmethod.sogou', special: ['input-method:.SogouIME'] },
      { name: 'com.example.plain', permissions: ['CAMERA'] },
    ],
  });
  const everything = state.packages.get('com.example.everything');
  if (everything !== undefined) everything.components.handles = [...HANDLES];
  return state;
};

describe("resolver tables of the virtual phone's dumpsys package", () => {
  describe.each([25, 29, 34])('SDK %i', (sdk) => {
    it('full dump: every handle but home (no filter categories in a full dump)', () => {
      const text = formatPackageDump(contextOf(virtualPhone(sdk)), []);
      const result = parseResolverTables(text);
      expect(result.warnings).toEqual([]);
      expect(Object.fromEntries(result.value.capabilities)).toEqual({
        'com.example.everything': {
          browser: true,
          geo: true,
          imageCapture: true,
          sms: true,
          dialer: true,
          assistant: true,
          appStore: true,
        },
        'com.sohu.inputmethod.sogou': { inputMethod: true },
      });
    });
  });

  it('single-package dump (Android 11+ prints the filters): home too', () => {
    const text = formatPackageDump(contextOf(virtualPhone(34)), ['com.example.everything']);
    expect(capabilitiesOf(text)['com.example.everything']).toMatchObject({ launcher: true, browser: true });
  });
});

describe('through the reader', () => {
  it('CaptureParsers feeds the package text to both parsers; AppEntry.capabilities is set', () => {
    const parsers = new CaptureParsers({ mode: 'offline', timeZone: 'UTC' });
    const text = readSample(ROCKCHIP);
    for (let at = 0; at < text.length; at += 65_536) {
      parsers.push(CaptureName.DumpsysPackage, text.slice(at, at + 65_536));
    }
    parsers.end(CaptureName.DumpsysPackage);
    const snapshot = assembleSnapshot(parsers.result(), { userId: 0, source: 'directory', takenAtMs: 0 });
    const app = (name: string) => snapshot.apps.find((entry) => entry.packageName === name);
    expect(app('com.android.chrome')?.capabilities).toEqual({ browser: true });
    expect(app('com.android.inputmethod.pinyin')?.capabilities).toEqual({ inputMethod: true });
    expect(app('com.netflix.mediaclient')).toBeDefined();
    expect(app('com.netflix.mediaclient')?.capabilities).toBeUndefined();
    expect(snapshot.apps.filter((entry) => entry.capabilities !== undefined)).toHaveLength(4);
  });
});
