import { describe, expect, it } from 'vitest';
import type { AppFilter } from '../../../../renderer/src/views/apps/app-filter';
import {
  EMPTY_FILTER,
  activeFilterCount,
  filterRows,
  grantedGroupsOf,
  searchTerms,
} from '../../../../renderer/src/views/apps/app-filter';
import { buildAppRows } from '../../../../renderer/src/views/apps/app-row';
import { amap, calculator, categoryNames, makeScan, weibo } from './fixtures';

const rows = buildAppRows({ scan: makeScan([amap, calculator, weibo]), categoryNames, language: 'en' });
const names = (filter: Partial<AppFilter>): string[] =>
  filterRows(rows, { ...EMPTY_FILTER, ...filter }).map((row) => row.packageName);

describe('filterRows', () => {
  it('keeps everything with the empty filter', () => {
    expect(names({})).toHaveLength(3);
  });

  it('searches case-insensitively; every word must match', () => {
    expect(names({ query: 'AMAP' })).toEqual(['com.autonavi.minimap']);
    expect(names({ query: '微博' })).toEqual(['com.sina.weibo']);
    expect(names({ query: 'com. weibo' })).toEqual(['com.sina.weibo']);
    expect(names({ query: 'community' })).toEqual(['com.sina.weibo']);
    expect(names({ query: 'nothing-like-this' })).toEqual([]);
    expect(searchTerms('  a  B ')).toEqual(['a', 'b']);
  });

  it('filters by kind, category, severity, group, special access and state', () => {
    expect(names({ kind: 'system' })).toEqual(['com.android.calculator2']);
    expect(names({ kind: 'user' })).toHaveLength(2);
    expect(names({ categoryId: 'map_navigation' })).toEqual(['com.autonavi.minimap']);
    expect(names({ severity: 'high' })).toEqual(['com.autonavi.minimap']);
    expect(names({ severity: 'medium' })).toEqual(['com.autonavi.minimap', 'com.sina.weibo']);
    expect(names({ severity: 'none' })).toEqual(['com.android.calculator2']);
    expect(names({ group: 'CONTACTS' })).toEqual(['com.autonavi.minimap']);
    expect(names({ group: 'CAMERA' })).toEqual(['com.sina.weibo']); // amap's camera is not granted
    expect(names({ specialAccess: 'any' })).toHaveLength(2);
    expect(names({ specialAccess: 'overlay' })).toEqual(['com.autonavi.minimap']);
    expect(names({ state: 'hidden' })).toEqual(['com.sina.weibo']);
    expect(names({ state: 'enabled' })).toHaveLength(2);
    expect(names({ state: 'disabled' })).toEqual([]);
  });

  it('combines search and filters', () => {
    expect(names({ query: 'com', kind: 'user', severity: 'high' })).toEqual(['com.autonavi.minimap']);
  });

  it('counts active filters and lists granted groups', () => {
    expect(activeFilterCount(EMPTY_FILTER)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTER, query: 'x', kind: 'user', state: 'hidden' })).toBe(2);
    expect(grantedGroupsOf(rows)).toEqual(['CAMERA', 'CONTACTS', 'LOCATION', 'MICROPHONE']);
  });
});
