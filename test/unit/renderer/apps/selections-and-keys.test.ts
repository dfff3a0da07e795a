import { describe, expect, it } from 'vitest';
import {
  excessGrantSelections,
  hideSelections,
  mergeSelections,
  removeSelections,
} from '../../../../renderer/src/views/apps/bulk-selections';
import { moveInGrid } from '../../../../renderer/src/views/apps/grid-keys';
import { createRelativeTime } from '../../../../renderer/src/views/apps/relative-time';
import { amap, calculator, weibo } from './fixtures';

describe('bulk selections', () => {
  it('picks every excess grant of the apps with the finding’s action', () => {
    expect(excessGrantSelections([amap, calculator, weibo])).toEqual([
      { packageName: 'com.autonavi.minimap', action: 'revoke', subject: 'android.permission.READ_CONTACTS' },
      { packageName: 'com.sina.weibo', action: 'revoke', subject: 'android.permission.RECORD_AUDIO' },
    ]);
    expect(hideSelections([calculator])).toEqual([
      { packageName: 'com.android.calculator2', action: 'hide' },
    ]);
  });

  it('merges without duplicates and removes by predicate', () => {
    const hide = { packageName: 'a.b', action: 'hide' } as const;
    const revoke = { packageName: 'a.b', action: 'revoke', subject: 'p' } as const;
    expect(mergeSelections([hide], [hide, revoke])).toEqual([hide, revoke]);
    expect(removeSelections([hide, revoke], (entry) => entry.action === 'hide')).toEqual([revoke]);
  });
});

describe('grid keys', () => {
  const size = { rows: 100, cols: 7 };
  it('moves with arrows, pages and Home/End, clamped to the grid', () => {
    expect(moveInGrid({ row: 0, col: 1 }, { key: 'ArrowDown' }, size)).toEqual({ row: 1, col: 1 });
    expect(moveInGrid({ row: 0, col: 1 }, { key: 'ArrowUp' }, size)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 5, col: 6 }, { key: 'ArrowRight' }, size)).toEqual({ row: 5, col: 6 });
    expect(moveInGrid({ row: 5, col: 1 }, { key: 'ArrowLeft' }, size)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid({ row: 95, col: 2 }, { key: 'PageDown' }, size)).toEqual({ row: 99, col: 2 });
    expect(moveInGrid({ row: 15, col: 2 }, { key: 'PageUp' }, size)).toEqual({ row: 5, col: 2 });
    expect(moveInGrid({ row: 15, col: 2 }, { key: 'Home' }, size)).toEqual({ row: 15, col: 0 });
    expect(moveInGrid({ row: 15, col: 2 }, { key: 'End', ctrlKey: true }, size)).toEqual({ row: 99, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'x' }, size)).toBeUndefined();
    expect(moveInGrid({ row: 0, col: 0 }, { key: 'ArrowDown' }, { rows: 0, cols: 7 })).toBeUndefined();
  });
});

describe('relative time', () => {
  it('formats against the scan time in the UI language', () => {
    const now = Date.UTC(2026, 10, 28);
    expect(createRelativeTime('en', now)(now - 3 * 24 * 3600_000)).toBe('3 days ago');
    expect(createRelativeTime('zh-CN', now)(now - 3 * 24 * 3600_000)).toBe('3天前');
    expect(createRelativeTime('en', now)(now - 2 * 3600_000)).toBe('2 hours ago');
  });
});
