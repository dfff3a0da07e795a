// The built-in catalogue: size, well-formed unique package names, valid categories covering all
// 39 types, non-empty zh/en names, and that the loader rejects malformed documents.
import { describe, expect, it } from 'vitest';
import catalogueData from '../../../main/classify/data/app-catalogue.json';
import { APP_PACKAGE_NAME, builtInCatalogue, parseAppCatalogue } from '../../../main/classify/app-catalogue';
import { ClassifyDataError } from '../../../main/classify/errors';
import { REGULATION_CATEGORY_IDS, isBuiltInCategoryId } from '../../../main/rules/category-ids';

const catalogue = builtInCatalogue();

describe('built-in app catalogue', () => {
  it('has at least 300 apps with unique, well-formed package names', () => {
    expect(catalogue.entries.length).toBeGreaterThanOrEqual(300);
    const names = catalogue.entries.map((entry) => entry.packageName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z0-9_]+)+$/);
    expect(APP_PACKAGE_NAME.source).toBe('^[a-zA-Z][a-zA-Z0-9_]*(\\.[a-zA-Z0-9_]+)+$');
  });

  it('uses only valid regulation category ids and covers all 39 types, at least 3 apps each', () => {
    const perCategory = new Map<string, number>();
    for (const entry of catalogue.entries) {
      expect(isBuiltInCategoryId(entry.categoryId)).toBe(true);
      expect(entry.categoryId).not.toBe('unclassified');
      perCategory.set(entry.categoryId, (perCategory.get(entry.categoryId) ?? 0) + 1);
    }
    expect([...perCategory.keys()].sort()).toEqual([...REGULATION_CATEGORY_IDS].sort());
    for (const id of REGULATION_CATEGORY_IDS) expect(perCategory.get(id), id).toBeGreaterThanOrEqual(3);
  });

  it('gives every app zh and en names, a source, and a confidence in (0, 1] when set', () => {
    for (const entry of catalogue.entries) {
      expect(entry.nameZh.trim(), entry.packageName).not.toBe('');
      expect(entry.nameEn.trim(), entry.packageName).not.toBe('');
      expect(entry.source, entry.packageName).not.toBe('');
      if (entry.confidence !== undefined) {
        expect(entry.confidence).toBeGreaterThan(0);
        expect(entry.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('lists the well-known apps of the brief under the right types', () => {
    const expected: Record<string, string> = {
      'com.autonavi.minimap': 'map_navigation',
      'com.baidu.BaiduMap': 'map_navigation',
      'com.sdu.didi.psnger': 'ride_hailing',
      'com.tencent.mm': 'instant_messaging',
      'com.eg.android.AlipayGphone': 'online_payment',
      'com.jingdong.app.mall': 'online_shopping',
      'me.ele': 'food_delivery',
      'com.ss.android.ugc.aweme': 'short_video',
      'com.ss.android.article.news': 'news',
      'com.netease.cloudmusic': 'online_audio_video',
      'com.UCMobile': 'browser',
      'com.iflytek.inputmethod': 'input_method',
      'cmb.pb': 'mobile_banking',
      'com.MobileTicket': 'transport_ticketing',
      'com.tencent.tmgp.sgame': 'online_games',
      'com.google.android.apps.maps': 'map_navigation',
      'org.telegram.messenger': 'instant_messaging',
      'com.android.chrome': 'browser',
      'com.zhaopin.social': 'job_recruitment',
    };
    for (const [name, category] of Object.entries(expected)) {
      expect(catalogue.byPackage.get(name)?.categoryId, name).toBe(category);
    }
  });

  it('marks super-apps and hybrids with a lower confidence', () => {
    expect(catalogue.byPackage.get('com.tencent.mm')?.confidence).toBeLessThan(0.95);
    expect(catalogue.byPackage.get('com.eg.android.AlipayGphone')?.confidence).toBeLessThan(0.95);
    expect(catalogue.byPackage.get('com.sankuai.meituan')?.confidence).toBeLessThan(0.95);
  });

  it('rejects a duplicate package, an unknown category and a malformed name', () => {
    const app = { package: 'com.example.app', category: 'news', zh: '示例', en: 'Example', source: 'test' };
    const doc = (apps: unknown[]) => ({ version: 1, description: '', apps });
    expect(parseAppCatalogue(doc([app])).entries).toHaveLength(1);
    expect(() => parseAppCatalogue(doc([app, app]))).toThrow(/duplicate com\.example\.app/);
    expect(() => parseAppCatalogue(doc([{ ...app, category: 'unclassified' }]))).toThrow(ClassifyDataError);
    expect(() => parseAppCatalogue(doc([{ ...app, package: 'nodots' }]))).toThrow(/apps\.0\.package/);
    expect(() => parseAppCatalogue(doc([{ ...app, zh: ' ' }]))).toThrow(ClassifyDataError);
  });

  it('parses the shipped JSON file as is', () => {
    expect(parseAppCatalogue(catalogueData).entries).toHaveLength(catalogueData.apps.length);
  });
});
