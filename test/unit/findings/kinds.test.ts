// Each finding kind: triggered when it should be, silent when it should not.
import { describe, expect, it } from 'vitest';
import type { CategoryAssignment, FindingKind } from '../../../main/findings/finding';
import { judgeApp } from '../../../main/findings/judge-app';
import { builtInRules } from '../../../main/rules/rule-set';
import type { AppEntry, DeviceSnapshot, SensitiveUse } from '../../../main/snapshot/device-snapshot';
import type { SpecialAccessName } from './fixtures';
import { DAY, NOW, makeApp, makeSnapshot, specialAccessFor } from './fixtures';

const rules = builtInRules();
const category = (categoryId: string): CategoryAssignment => ({
  categoryId,
  confidence: 0.9,
  reason: 'test',
});

const judge = (options: {
  app: AppEntry;
  categoryId: string;
  special?: readonly SpecialAccessName[];
  recentUse?: readonly SensitiveUse[];
  unusedDays?: number;
}) => {
  const snapshot: DeviceSnapshot = makeSnapshot({
    apps: [options.app],
    specialAccess: specialAccessFor(
      (options.special ?? []).map((access) => ({ pkg: options.app.packageName, access })),
    ),
    ...(options.recentUse === undefined ? {} : { recentUse: options.recentUse }),
  });
  return judgeApp({
    app: options.app,
    category: category(options.categoryId),
    snapshot,
    rules,
    now: NOW,
    ...(options.unusedDays === undefined ? {} : { settings: { unusedDays: options.unusedDays } }),
  });
};

const kinds = (findings: readonly { kind: FindingKind }[]): FindingKind[] =>
  findings.map((finding) => finding.kind);

describe('excess-grant', () => {
  it('reports a not-necessary grant with the permission sensitivity, and not a denied one', () => {
    const app = makeApp({ packageName: 'p', grants: ['READ_CONTACTS'], denied: ['READ_SMS'] });
    const findings = judge({ app, categoryId: 'online_shopping' });
    expect(findings).toMatchObject([
      { kind: 'excess-grant', severity: 'high', subject: { group: 'CONTACTS' } },
    ]);
  });

  it('lowers an extended grant one step and explains it as optional', () => {
    const app = makeApp({ packageName: 'p', grants: ['ACCESS_FINE_LOCATION'] });
    const [finding] = judge({ app, categoryId: 'food_delivery' });
    expect(finding).toMatchObject({
      kind: 'excess-grant',
      severity: 'medium',
      rule: { decision: 'extended' },
    });
    expect(finding?.explanation.en).toContain('optional');
    expect(finding?.action).toBe('stand-in'); // location is stand-in data and the feature may be in use
  });

  it('raises a low-sensitivity grant to medium in a no-PI category', () => {
    const app = makeApp({ packageName: 'p', grants: ['BLUETOOTH_SCAN'] });
    expect(judge({ app, categoryId: 'online_shopping' })).toMatchObject([{ severity: 'low' }]);
    expect(judge({ app, categoryId: 'news' })).toMatchObject([{ severity: 'medium' }]);
  });

  it('ignores notifications (no personal information) and grants restricted through app ops', () => {
    const app = makeApp({
      packageName: 'p',
      grants: ['POST_NOTIFICATIONS', 'READ_CONTACTS'],
      appOps: [{ op: 'READ_CONTACTS', mode: 'ignore' }],
    });
    expect(judge({ app, categoryId: 'news' })).toEqual([]);
  });

  it('recommends a stand-in for an unclassified app or a legacy app, revoke otherwise', () => {
    const app = makeApp({ packageName: 'p', grants: ['READ_CONTACTS'] });
    expect(judge({ app, categoryId: 'unclassified' })[0]?.action).toBe('stand-in');
    expect(judge({ app, categoryId: 'browser' })[0]?.action).toBe('revoke');
    const camera = makeApp({ packageName: 'p', grants: ['CAMERA'] });
    expect(judge({ app: camera, categoryId: 'unclassified' })[0]).toMatchObject({
      severity: 'medium',
      action: 'revoke', // camera cannot be stood in for
    });
  });

  it('treats an unknown category id as unclassified', () => {
    const app = makeApp({ packageName: 'p', grants: ['READ_CONTACTS'] });
    expect(judge({ app, categoryId: 'no_such_type' })[0]?.rule.categoryId).toBe('unclassified');
  });
});

describe('background-location', () => {
  it('is high where not necessary, medium where extended, and not an excess-grant', () => {
    const app = makeApp({ packageName: 'p', grants: ['ACCESS_FINE_LOCATION', 'ACCESS_BACKGROUND_LOCATION'] });
    expect(judge({ app, categoryId: 'map_navigation' })).toMatchObject([
      { kind: 'background-location', severity: 'medium', rule: { decision: 'extended' } },
    ]);
    const weather = judge({ app, categoryId: 'news' });
    expect(kinds(weather).sort()).toEqual(['background-location', 'excess-grant']);
    expect(weather.find((f) => f.kind === 'background-location')?.severity).toBe('high');
  });

  it('is silent without the background grant', () => {
    const app = makeApp({ packageName: 'p', grants: ['ACCESS_FINE_LOCATION'] });
    expect(judge({ app, categoryId: 'map_navigation' })).toEqual([]);
  });
});

describe('special-access, tracking, hard-to-remove, sideloaded-by-app', () => {
  const plain = makeApp({ packageName: 'p' });

  it('reports unjustified special access and skips justified or info-only ones', () => {
    expect(judge({ app: plain, categoryId: 'news', special: ['accessibility'] })).toMatchObject([
      { kind: 'special-access', severity: 'high', action: 'revoke-special-access' },
    ]);
    expect(judge({ app: plain, categoryId: 'security_management', special: ['usage-access'] })).toEqual([]);
    expect(judge({ app: plain, categoryId: 'news', special: ['battery-exemption'] })).toEqual([]);
  });

  it('reports the advertising ID as tracking', () => {
    expect(judge({ app: plain, categoryId: 'news', special: ['ad-id'] })).toMatchObject([
      { kind: 'tracking', severity: 'low', action: 'none' },
    ]);
    expect(judge({ app: plain, categoryId: 'news' })).toEqual([]);
  });

  it('reports an active device admin as hard to remove, with hide', () => {
    expect(judge({ app: plain, categoryId: 'online_lending', special: ['device-admin'] })).toMatchObject([
      { kind: 'hard-to-remove', severity: 'high', action: 'hide' },
    ]);
  });

  it('reports installs by a non-store app and holders of install-unknown-apps outside app stores', () => {
    const bundled = makeApp({ packageName: 'p', installer: 'com.example.browser' });
    expect(judge({ app: bundled, categoryId: 'news' })).toMatchObject([
      { kind: 'sideloaded-by-app', subject: { type: 'app' }, severity: 'medium' },
    ]);
    const viaInstaller = makeApp({
      packageName: 'p',
      installer: 'com.android.packageinstaller',
      initiatingInstaller: 'com.example.browser',
    });
    expect(kinds(judge({ app: viaInstaller, categoryId: 'news' }))).toEqual(['sideloaded-by-app']);
    for (const installer of [
      'com.huawei.appmarket',
      'com.tencent.android.qqdownloader',
      'com.android.packageinstaller',
    ]) {
      expect(judge({ app: makeApp({ packageName: 'p', installer }), categoryId: 'news' })).toEqual([]);
    }
    expect(judge({ app: plain, categoryId: 'browser', special: ['install-unknown-apps'] })).toMatchObject([
      { kind: 'sideloaded-by-app', action: 'revoke-special-access' },
    ]);
    expect(judge({ app: plain, categoryId: 'app_store', special: ['install-unknown-apps'] })).toEqual([]);
  });
});

describe('unused-grant', () => {
  const app = (lastUseDaysAgo: number | undefined) =>
    makeApp({
      packageName: 'p',
      grants: ['CAMERA'],
      appOps: [
        {
          op: 'CAMERA',
          mode: 'allow',
          ...(lastUseDaysAgo === undefined ? {} : { lastAccessForegroundMs: NOW - lastUseDaysAgo * DAY }),
        },
      ],
    });

  it('reports a grant idle for the configured number of days or never used', () => {
    expect(judge({ app: app(120), categoryId: 'photo_beautify' })).toMatchObject([
      { kind: 'unused-grant', severity: 'low', action: 'revoke', rule: { decision: 'conditional' } },
    ]);
    expect(judge({ app: app(undefined), categoryId: 'photo_beautify' })[0]?.explanation.en).toContain(
      'never',
    );
    expect(judge({ app: app(40), categoryId: 'photo_beautify', unusedDays: 30 })).toHaveLength(1);
  });

  it('is silent for a recently used grant or without app-op evidence', () => {
    expect(judge({ app: app(30), categoryId: 'photo_beautify' })).toEqual([]);
    expect(
      judge({ app: makeApp({ packageName: 'p', grants: ['CAMERA'] }), categoryId: 'photo_beautify' }),
    ).toEqual([]);
  });
});

describe('recent-sensitive-use', () => {
  const camera = makeApp({ packageName: 'p', grants: ['CAMERA'], appOps: [{ op: 'CAMERA', mode: 'allow' }] });
  const use = (background: boolean, daysAgo: number): SensitiveUse[] => [
    { packageName: 'p', kind: 'camera', background, lastAccessMs: NOW - daysAgo * DAY },
  ];

  it('reports background use: high when not justified, medium when justified', () => {
    const findings = judge({ app: camera, categoryId: 'news', recentUse: use(true, 2) });
    expect(findings.find((f) => f.kind === 'recent-sensitive-use')).toMatchObject({ severity: 'high' });
    expect(judge({ app: camera, categoryId: 'photo_beautify', recentUse: use(true, 2) })).toMatchObject([
      { kind: 'recent-sensitive-use', severity: 'medium', action: 'none' },
    ]);
  });

  it('reports recent foreground use as info when justified; silent when old', () => {
    expect(judge({ app: camera, categoryId: 'photo_beautify', recentUse: use(false, 1) })).toMatchObject([
      { kind: 'recent-sensitive-use', severity: 'info' },
    ]);
    expect(judge({ app: camera, categoryId: 'photo_beautify', recentUse: use(false, 20) })).toEqual([]);
  });

  it('reads background use from app ops too', () => {
    const app = makeApp({
      packageName: 'p',
      grants: ['RECORD_AUDIO'],
      appOps: [{ op: 'RECORD_AUDIO', mode: 'allow', lastAccessBackgroundMs: NOW - DAY }],
    });
    expect(judge({ app, categoryId: 'remote_meeting' })).toMatchObject([
      { kind: 'recent-sensitive-use', severity: 'medium', subject: { type: 'op', name: 'RECORD_AUDIO' } },
    ]);
  });
});

describe('legacy-target and platform components', () => {
  it('reports targetSdk < 23, medium with grants', () => {
    expect(judge({ app: makeApp({ packageName: 'p', targetSdk: 22 }), categoryId: 'news' })).toMatchObject([
      { kind: 'legacy-target', severity: 'low' },
    ]);
    const withGrant = makeApp({ packageName: 'p', targetSdk: 22, grants: ['CAMERA'] });
    expect(judge({ app: withGrant, categoryId: 'photo_beautify' })).toMatchObject([
      { kind: 'legacy-target', severity: 'medium' },
    ]);
    expect(judge({ app: makeApp({ packageName: 'p', targetSdk: 23 }), categoryId: 'news' })).toEqual([]);
  });

  it('drops grant findings for a platform component and keeps special access as info', () => {
    const dialer = makeApp({
      packageName: 'com.android.dialer',
      grants: ['READ_CONTACTS', 'READ_CALL_LOG', 'CALL_PHONE'],
      isSystem: true,
      targetSdk: 22,
      installer: 'com.example.oem',
    });
    expect(judge({ app: dialer, categoryId: 'unclassified' })).toEqual([]);
    expect(
      judge({ app: dialer, categoryId: 'unclassified', special: ['notification-listener'] }),
    ).toMatchObject([{ kind: 'special-access', severity: 'info', action: 'none' }]);
    const updated = makeApp({
      packageName: 'p',
      grants: ['READ_CONTACTS'],
      isSystem: true,
      isUpdatedSystem: true,
    });
    expect(kinds(judge({ app: updated, categoryId: 'news' }))).toEqual(['excess-grant']);
  });
});
