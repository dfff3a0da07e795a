import { describe, expect, it } from 'vitest';
import { buildAppRows } from '../../../../renderer/src/views/apps/app-row';
import type { AppSort } from '../../../../renderer/src/views/apps/app-sort';
import { DEFAULT_SORT, nextSort, sortRows } from '../../../../renderer/src/views/apps/app-sort';
import { amap, calculator, categoryNames, makeScan, weibo } from './fixtures';

const rows = buildAppRows({ scan: makeScan([weibo, calculator, amap]), categoryNames, language: 'en' });
const order = (sort: AppSort): string[] => sortRows(rows, sort, 'en').map((row) => row.packageName);

describe('sortRows', () => {
  it('puts the riskiest first by default', () => {
    expect(order(DEFAULT_SORT)).toEqual([
      'com.autonavi.minimap',
      'com.sina.weibo',
      'com.android.calculator2',
    ]);
  });

  it('sorts text columns with the collator and numbers numerically, both ways', () => {
    expect(order({ column: 'name', direction: 'ascending' })).toEqual([
      'com.autonavi.minimap',
      'com.android.calculator2',
      'com.sina.weibo',
    ]);
    expect(order({ column: 'package', direction: 'descending' })).toEqual([
      'com.sina.weibo',
      'com.autonavi.minimap',
      'com.android.calculator2',
    ]);
    expect(order({ column: 'grants', direction: 'ascending' })[0]).toBe('com.android.calculator2');
    expect(order({ column: 'category', direction: 'ascending' })).toEqual([
      'com.autonavi.minimap',
      'com.sina.weibo',
      'com.android.calculator2',
    ]);
  });

  it('keeps apps never used last in either direction', () => {
    expect(order({ column: 'lastUsed', direction: 'descending' })).toEqual([
      'com.autonavi.minimap',
      'com.sina.weibo',
      'com.android.calculator2',
    ]);
    expect(order({ column: 'lastUsed', direction: 'ascending' })).toEqual([
      'com.sina.weibo',
      'com.autonavi.minimap',
      'com.android.calculator2',
    ]);
  });

  it('flips the direction on the same column, and starts numbers descending', () => {
    expect(nextSort(DEFAULT_SORT, 'risk')).toEqual({ column: 'risk', direction: 'ascending' });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'grants')).toEqual({
      column: 'grants',
      direction: 'descending',
    });
  });
});
