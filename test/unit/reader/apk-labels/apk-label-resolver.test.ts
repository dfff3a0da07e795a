// The label resolver on APKs made by the virtual phone's builder: literal labels, references
// resolved per locale, no label, DEFLATE or STORED manifests, tables with filler chunks to
// skip, padded files; and the typed errors for a non-zip or a missing manifest.
import { describe, expect, test } from 'vitest';
import { ApkFormatError } from '../../../../main/reader/apk-labels/apk-errors';
import { buildApk } from '../../../../main/virtual-phone/apk/apk-builder';
import { resolveInMemory } from './resolve-in-memory';

const WECHAT = { '': 'WeChat', 'zh-CN': '微信', en: 'WeChat' };

describe('APK label resolver', () => {
  test('a resource label resolves to the default, Chinese and English strings', () => {
    const apk = buildApk({ packageName: 'com.tencent.mm', label: { kind: 'resource', values: WECHAT } });
    const read = resolveInMemory(apk);
    expect(read.outcome).toEqual({ status: 'found', label: { default: 'WeChat', zh: '微信', en: 'WeChat' } });
  });

  test('a literal label needs no table; no label is "none"', () => {
    const literal = buildApk({ packageName: 'com.example.a', label: { kind: 'literal', value: 'Torch' } });
    expect(resolveInMemory(literal).outcome).toEqual({ status: 'found', label: { default: 'Torch' } });
    const none = buildApk({ packageName: 'com.example.b', label: { kind: 'none' }, deflateManifest: false });
    expect(resolveInMemory(none).outcome).toEqual({ status: 'none' });
  });

  test('Chinese falls back zh-CN → zh → zh-TW, English from en-US; default falls back to English', () => {
    const zhOnly = buildApk({
      packageName: 'a.b',
      label: { kind: 'resource', values: { '': 'Maps', zh: '地图' } },
    });
    expect(resolveInMemory(zhOnly).outcome).toMatchObject({ label: { default: 'Maps', zh: '地图' } });
    const tw = buildApk({
      packageName: 'a.c',
      label: { kind: 'resource', values: { 'zh-TW': '地圖', 'en-US': 'Map' } },
    });
    expect(resolveInMemory(tw).outcome).toEqual({
      status: 'found',
      label: { default: 'Map', zh: '地圖', en: 'Map' },
    });
  });

  test('big tables and padded files: few rounds, bytes far below the file size', () => {
    const apk = buildApk({
      packageName: 'com.taobao.taobao',
      label: { kind: 'resource', values: { '': 'Taobao', 'zh-CN': '淘宝', en: 'Taobao' } },
      drawables: 3000,
      stringsBefore: 400,
      fileSize: 3_000_000,
      seed: 7,
    });
    const read = resolveInMemory(apk);
    expect(read.outcome).toMatchObject({ label: { zh: '淘宝', default: 'Taobao' } });
    expect(read.rounds).toBeLessThanOrEqual(8);
    expect(read.bytes).toBeLessThan(200_000);
    expect(apk.length).toBe(3_000_000);
  });

  test('not a zip, or a zip without a manifest, is an ApkFormatError', () => {
    expect(() => resolveInMemory(new Uint8Array(5000).fill(7))).toThrow(ApkFormatError);
    const apk = buildApk({ packageName: 'a.b', label: { kind: 'none' } });
    const renamed = Buffer.from(apk);
    for (
      let at = renamed.indexOf('AndroidManifest.xml');
      at >= 0;
      at = renamed.indexOf('AndroidManifest.xml', at + 1)
    ) {
      renamed.write('AndroidManifest.xmm', at, 'latin1');
    }
    expect(() => resolveInMemory(renamed)).toThrow(/no AndroidManifest.xml/);
  });
});
