import { describe, expect, it } from 'vitest';
import { parsePmPath } from '../../../main/reader/parsers/pm-path';
import { readSample } from '../../support/adb-samples';
import { seededRandom } from '../../support/seeded-random';

/** The TS18 capture runs `pm path` per package, each output after a `===== <pkg> =====` line. */
const ts18 = (): Map<string, string> => {
  const text = readSample('pm-path_pm-list-packages-fiU-filtered_pm-list-packages-du_topway-ts18_10.txt');
  const loop = text.slice(0, text.indexOf('Exit code:'));
  const outputs = new Map<string, string>();
  for (const part of loop.split('\n===== ').slice(1)) {
    const [header = '', ...body] = part.split('\n');
    outputs.set(header.replace(' =====', ''), body.join('\n'));
  }
  return outputs;
};

describe('pm path — Topway TS18 (Android 10) loop', () => {
  const outputs = ts18();

  it('finds the nine packages of the loop', () => {
    expect([...outputs.keys()]).toEqual([
      'com.dofun.variety',
      'com.tw.music',
      'com.tw.media',
      'com.navimods.radio',
      'org.oxycblt.auxio',
      'com.tw.launcher',
      'com.tw.service',
      'com.tw.radio',
      'com.android.systemui',
    ]);
  });

  it('reads a base APK plus two split APKs', () => {
    const result = parsePmPath(outputs.get('com.navimods.radio') ?? '');
    expect(result.value).toEqual({
      paths: [
        '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/base.apk',
        '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/split_config.arm64_v8a.apk',
        '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/split_config.mdpi.apk',
      ],
      basePath: '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/base.apk',
      splits: [
        {
          name: 'config.arm64_v8a',
          path: '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/split_config.arm64_v8a.apk',
        },
        {
          name: 'config.mdpi',
          path: '/data/app/com.navimods.radio-fTrw3wNq_UuFmKILNY9vVQ==/split_config.mdpi.apk',
        },
      ],
    });
    expect(result.warnings).toEqual([]);
  });

  it('reads single system APKs, and empty output for packages that are not installed', () => {
    expect(parsePmPath(outputs.get('com.tw.music') ?? '').value.basePath).toBe(
      '/system/priv-app/com.tw.music_a41e/com.tw.music_a41e.apk',
    );
    expect(parsePmPath(outputs.get('com.android.systemui') ?? '').value.paths).toEqual([
      '/system/priv-app/SystemUI/SystemUI.apk',
    ]);
    for (const absent of ['org.oxycblt.auxio', 'com.tw.launcher']) {
      const result = parsePmPath(outputs.get(absent) ?? 'x');
      expect(result.value).toEqual({ paths: [], splits: [] });
      expect(result.partial).toBe(false);
    }
  });

  it('warns about lines that are not pm path output (the -f -i -U lines of the same file)', () => {
    const text = readSample('pm-path_pm-list-packages-fiU-filtered_pm-list-packages-du_topway-ts18_10.txt');
    const result = parsePmPath(text);
    expect(result.value.paths).toHaveLength(9);
    expect(result.warnings.filter((w) => w.message === 'not an APK path')).toHaveLength(10);
  });
});

describe('pm path — errors and fuzz', () => {
  it('returns an embedded exception as error + partial', () => {
    const text = [
      '',
      "Exception occurred while executing 'path':",
      'java.lang.SecurityException: Shell does not have permission to access user 10',
      '\tat com.android.server.am.UserController.handleIncomingUser(UserController.java:2892)',
    ].join('\n');
    const result = parsePmPath(text);
    expect(result.value.error?.exception).toBe('java.lang.SecurityException');
    expect(result.value.paths).toEqual([]);
    expect(result.partial).toBe(true);
  });

  it('never throws on mutated copies (seeded)', () => {
    const text = outputs().get('com.navimods.radio') ?? '';
    const next = seededRandom(3);
    for (let round = 0; round < 200; round += 1) {
      const chars = [...text];
      for (let flip = 0; flip < 5; flip += 1)
        chars[Math.floor(next() * chars.length)] = ' \n=:;$\0'[Math.floor(next() * 7)] ?? '';
      const result = parsePmPath(chars.join('').slice(0, Math.floor(next() * text.length)));
      for (const path of result.value.paths) expect(path).toMatch(/^\/[^\s;$]+\.apk$/);
    }
  });
});

const outputs = ts18;
