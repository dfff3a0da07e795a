import { describe, expect, it } from 'vitest';
import { categoryOptions, replaceApp } from '../../../../renderer/src/views/app-detail/category-options';
import { ruleKeyOf } from '../../../../preload/contract';
import { permissionRows } from '../../../../renderer/src/views/app-detail/permission-rows';
import { specialAccessRows } from '../../../../renderer/src/views/app-detail/special-access-rows';
import { amap, makeScan, rules, weibo } from './fixtures';

describe('permissionRows', () => {
  const rows = permissionRows(amap, rules);

  it('lists granted permissions first, findings before the rest', () => {
    expect(rows.map((row) => row.shortName)).toEqual(['READ_CONTACTS', 'ACCESS_FINE_LOCATION', 'CAMERA']);
  });

  it('takes the decision and citation from the finding, else from the rules', () => {
    expect(rows[0]).toMatchObject({
      decision: 'not-necessary',
      granted: true,
      citation: { en: 'Art. 5 item (1)', zh: '第五条第（一）项' },
      lastForegroundMs: 500,
    });
    expect(rows[0]?.finding?.kind).toBe('excess-grant');
    expect(rows[1]).toMatchObject({
      decision: 'necessary',
      lastForegroundMs: 1_000,
      lastBackgroundMs: 2_000,
    });
    expect(rows[2]).toMatchObject({ decision: undefined, granted: false, citation: undefined });
  });

  it('has no decision without rules or findings', () => {
    expect(permissionRows(amap, undefined)[1]?.decision).toBeUndefined();
  });

  it('maps permissions to rule keys with the contract, and reads use from the permission op', () => {
    expect(ruleKeyOf('android.permission.READ_PHONE_STATE', 'PHONE')).toBe('READ_PHONE_STATE');
    expect(ruleKeyOf('android.permission.CAMERA', 'CAMERA')).toBe('CAMERA');
    expect(ruleKeyOf('x.y.Z', 'XR')).toBeUndefined();
    // ACCESS_FINE_LOCATION's op is FINE_LOCATION (the scan says so): its use times are found.
    expect(rows.find((row) => row.shortName === 'ACCESS_FINE_LOCATION')?.lastBackgroundMs).toBe(2_000);
  });
});

describe('special access, category options and replacing an app', () => {
  const scan = makeScan([amap, weibo]);

  it('lists the special accesses held with the category decision', () => {
    expect(specialAccessRows(amap, scan, rules)).toEqual([
      { key: 'overlay', decision: 'extended', finding: undefined },
    ]);
    expect(specialAccessRows(weibo, scan, rules).map((row) => row.key)).toEqual(['accessibility']);
  });

  it('orders categories by number with unclassified last, localised', () => {
    expect(categoryOptions(rules, 'zh-CN')).toEqual([
      { id: 'map_navigation', label: '1. 地图导航类' },
      { id: 'online_community', label: '13. 网络社区类' },
      { id: 'unclassified', label: '未分类' },
    ]);
  });

  it('replaces the re-judged app in the scan', () => {
    const judged = { ...amap, score: 1 };
    expect(replaceApp(scan, judged).apps.map((app) => app.score)).toEqual([1, 40]);
  });
});
