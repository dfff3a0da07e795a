// Damaged APKs never escape as anything but a typed ApkLabelError: cuts at any length, random
// byte flips in the manifest, table and directory, and a manifest parser fed random cuts.
// Every read the resolver asks for lies inside the file (ApkBytes refuses others), and it
// always finishes within a bounded number of rounds.
import { describe, expect, test } from 'vitest';
import { ApkLabelError } from '../../../../main/reader/apk-labels/apk-errors';
import { readManifestLabel } from '../../../../main/reader/apk-labels/manifest-label';
import { buildApk } from '../../../../main/virtual-phone/apk/apk-builder';
import { buildManifestXml } from '../../../../main/virtual-phone/apk/manifest-writer';
import { randomInt, seededRandom } from '../../../support/seeded-random';
import { resolveInMemory } from './resolve-in-memory';

const APK = buildApk({
  packageName: 'com.example.fuzz',
  label: { kind: 'resource', values: { '': 'Fuzz', 'zh-CN': '模糊', en: 'Fuzz' } },
  drawables: 50,
  stringsBefore: 20,
  deflateManifest: false,
});

const settles = (file: Uint8Array): 'ok' | 'typed' => {
  try {
    resolveInMemory(file, { maxRounds: 40 });
    return 'ok';
  } catch (error) {
    if (error instanceof ApkLabelError) return 'typed';
    throw error;
  }
};

describe('APK label fuzzing', () => {
  test('the intact APK resolves', () => {
    expect(resolveInMemory(APK).outcome).toMatchObject({ status: 'found', label: { zh: '模糊' } });
  });

  test('cuts at 400 random lengths end in a result or a typed error', () => {
    const next = seededRandom(11);
    const outcomes = new Set<string>();
    for (let run = 0; run < 400; run += 1) {
      outcomes.add(settles(APK.subarray(0, randomInt(next, 0, APK.length - 1))));
    }
    expect(outcomes.has('typed')).toBe(true);
  });

  test('1–8 byte flips in 1500 copies end in a result or a typed error', () => {
    const next = seededRandom(29);
    let typed = 0;
    for (let run = 0; run < 1500; run += 1) {
      const copy = Uint8Array.from(APK);
      for (let flip = randomInt(next, 1, 8); flip > 0; flip -= 1) {
        copy[randomInt(next, 0, copy.length - 1)] = randomInt(next, 0, 255);
      }
      if (settles(copy) === 'typed') typed += 1;
    }
    expect(typed).toBeGreaterThan(0);
  });

  test('the manifest parser throws only ApkLabelErrors on cut or flipped binary XML', () => {
    const manifest = buildManifestXml({ packageName: 'a.b', label: { kind: 'literal', value: 'Label' } });
    const next = seededRandom(5);
    for (let run = 0; run < 2000; run += 1) {
      const copy = Uint8Array.from(manifest.subarray(0, randomInt(next, 0, manifest.length)));
      if (copy.length > 0) copy[randomInt(next, 0, copy.length - 1)] = randomInt(next, 0, 255);
      try {
        readManifestLabel(copy);
      } catch (error) {
        expect(error).toBeInstanceOf(ApkLabelError);
      }
    }
  });
});
