import { describe, expect, it } from 'vitest';
import { scoreBand, severityCounts } from '../../../../renderer/src/views/overview/severity-counts';
import {
  advertisingIdHolders,
  specialAccessGroups,
} from '../../../../renderer/src/views/overview/special-access-holders';
import { worstApps } from '../../../../renderer/src/views/overview/worst-apps';
import { app, finding, NO_SPECIAL_ACCESS, scan } from './scan-factory';

describe('severityCounts', () => {
  it('lists severities worst first with their share', () => {
    expect(severityCounts({ bySeverity: { high: 2, medium: 1, low: 1, info: 0 } })).toEqual([
      { severity: 'high', count: 2, share: 0.5 },
      { severity: 'medium', count: 1, share: 0.25 },
      { severity: 'low', count: 1, share: 0.25 },
      { severity: 'info', count: 0, share: 0 },
    ]);
    expect(severityCounts({ bySeverity: { high: 0, medium: 0, low: 0, info: 0 } })[0]?.share).toBe(0);
  });

  it('bands the score', () => {
    expect([0, 29, 30, 59, 60, 100].map(scoreBand)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });
});

describe('worstApps', () => {
  it('ranks by score, then high findings, then name, leaving clean apps out', () => {
    const apps = [
      app('b.app', { score: 64, findings: [finding({}), finding({ severity: 'low' })] }),
      app('a.app', { score: 64, findings: [finding({}), finding({})] }),
      app('c.app', { score: 99, findings: [finding({ severity: 'medium' })] }),
      app('clean.app', { score: 0 }),
    ];
    expect(worstApps(apps)).toEqual([
      {
        packageName: 'c.app',
        categoryId: 'online_payment',
        score: 99,
        high: 0,
        total: 1,
        worstSeverity: 'medium',
      },
      {
        packageName: 'a.app',
        categoryId: 'online_payment',
        score: 64,
        high: 2,
        total: 2,
        worstSeverity: 'high',
      },
      {
        packageName: 'b.app',
        categoryId: 'online_payment',
        score: 64,
        high: 1,
        total: 2,
        worstSeverity: 'high',
      },
    ]);
    expect(worstApps(apps, 1)).toHaveLength(1);
  });
});

describe('specialAccessGroups', () => {
  const phone = scan({
    apps: [app('com.guard'), app('com.health'), app('com.android.settings', { isSystem: true })],
    specialAccess: {
      ...NO_SPECIAL_ACCESS,
      accessibilityServices: ['com.guard/com.guard.Access'],
      notificationListeners: ['com.health/.Listener', 'com.guard/.Listener'],
      deviceAdmins: ['com.guard/.Admin'],
      overlay: ['android', 'com.android.settings', 'com.guard'],
      advertisingId: ['com.health', 'com.android.settings', 'com.health'],
    },
  });

  it('names app holders by package and only counts platform components', () => {
    const groups = specialAccessGroups(phone);
    expect(groups.map((group) => group.kind)).toEqual([
      'accessibility',
      'notificationListener',
      'deviceAdmin',
      'overlay',
      'usageAccess',
      'installUnknownApps',
      'allFiles',
      'battery',
    ]);
    expect(groups[0]).toEqual({ kind: 'accessibility', holders: ['com.guard'], systemCount: 0 });
    expect(groups[1]?.holders).toEqual(['com.guard', 'com.health']);
    expect(groups[3]).toEqual({ kind: 'overlay', holders: ['com.guard'], systemCount: 2 });
    expect(groups[4]).toEqual({ kind: 'usageAccess', holders: [], systemCount: 0 });
  });

  it('lists advertising-ID holders once, without platform components', () => {
    expect(advertisingIdHolders(phone)).toEqual(['com.health']);
  });
});
