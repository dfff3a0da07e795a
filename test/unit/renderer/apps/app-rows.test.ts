import { describe, expect, it } from 'vitest';
import { buildAppRows } from '../../../../renderer/src/views/apps/app-row';
import { displayName, knownNames } from '../../../../renderer/src/views/apps/display-name';
import { amap, calculator, categoryNames, makeScan, weibo } from './fixtures';

describe('display names', () => {
  it('uses the catalogue name the scan carries, in the UI language', () => {
    expect(knownNames(amap)).toEqual({ en: 'Amap', zh: '高德地图' });
    expect(displayName(amap, 'en')).toBe('Amap');
    expect(displayName(amap, 'zh-CN')).toBe('高德地图');
  });

  it("prefers the phone's label in the UI language, then the catalogue, then the label's default", () => {
    const labelled = { ...amap, label: { default: 'Gaode', zh: '高德' } };
    expect(displayName(labelled, 'zh-CN')).toBe('高德');
    expect(displayName(labelled, 'en')).toBe('Amap');
    const onlyDefault = { ...calculator, label: { default: '计算器' } };
    expect(displayName(onlyDefault, 'en')).toBe('计算器');
    expect(displayName(onlyDefault, 'zh-CN')).toBe('计算器');
    expect(knownNames(onlyDefault)).toEqual({ label: '计算器' });
    expect(displayName({ ...calculator, label: null }, 'en')).toBe('com.android.calculator2');
  });

  it('finds an app by any form of its phone label', () => {
    const labelled = { ...calculator, label: { default: 'Calculator', zh: '计算器' } };
    const [row] = buildAppRows({ scan: makeScan([labelled]), categoryNames, language: 'en' });
    expect(row?.name).toBe('Calculator');
    expect(row?.hasKnownName).toBe(true);
    expect(row?.searchText).toContain('计算器');
    expect(row?.searchText).toContain('calculator');
  });

  it('falls back to the package name when the classifier has no name', () => {
    expect(knownNames(calculator)).toEqual({});
    expect(displayName(calculator, 'zh-CN')).toBe('com.android.calculator2');
  });
});

describe('buildAppRows', () => {
  const rows = buildAppRows({ scan: makeScan([amap, calculator, weibo]), categoryNames, language: 'zh-CN' });
  const byPackage = new Map(rows.map((row) => [row.packageName, row]));

  it('localises the category and counts granted runtime permissions', () => {
    const row = byPackage.get('com.autonavi.minimap');
    expect(row).toMatchObject({
      name: '高德地图',
      categoryName: '地图导航类',
      grantedCount: 2,
      worstSeverity: 'high',
      severityRank: 4,
      specialAccess: ['overlay'],
      states: ['enabled'],
    });
    expect([...(row?.grantedGroups ?? [])]).toEqual(['LOCATION', 'CONTACTS']);
  });

  it('searches both languages, the package and the category', () => {
    const text = byPackage.get('com.autonavi.minimap')?.searchText ?? '';
    for (const word of ['amap', '高德', 'autonavi', 'map navigation', '地图导航'])
      expect(text).toContain(word);
  });

  it('derives special access from components and states from the app flags', () => {
    expect(byPackage.get('com.sina.weibo')).toMatchObject({
      specialAccess: ['accessibility'],
      states: ['hidden'],
    });
    expect(byPackage.get('com.android.calculator2')).toMatchObject({
      worstSeverity: undefined,
      severityRank: 0,
      categoryName: '未分类',
    });
  });
});
