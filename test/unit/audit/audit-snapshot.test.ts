// The audit use-case: classification with the snapshot's capabilities and the user's choices,
// findings and scores per app, the summary, the audited scan JSON and its readable summary.
import { describe, expect, it } from 'vitest';
import { auditJson } from '../../../main/audit/audit-json';
import { auditSnapshot, snapshotLabels } from '../../../main/audit/audit-snapshot';
import { formatAuditSummary } from '../../../main/cli/scan-summary';
import { builtInRules } from '../../../main/rules/rule-set';
import type { AppEntry } from '../../../main/snapshot/device-snapshot';
import { NOW, makeApp, makeSnapshot } from '../findings/fixtures';

const withCapabilities = (app: AppEntry, capabilities: AppEntry['capabilities']): AppEntry => ({
  ...app,
  ...(capabilities === undefined ? {} : { capabilities }),
});

const amap = makeApp({
  packageName: 'com.autonavi.minimap',
  grants: ['ACCESS_FINE_LOCATION', 'READ_CONTACTS'],
});
const keys = withCapabilities(makeApp({ packageName: 'org.example.keys', grants: ['READ_CONTACTS'] }), {
  inputMethod: true,
});
const gone: AppEntry = {
  ...makeApp({ packageName: 'org.example.gone', grants: ['READ_SMS'] }),
  installed: false,
};
const snapshot = makeSnapshot({ apps: [amap, keys, gone] });

describe('auditSnapshot', () => {
  const audit = auditSnapshot(snapshot, { now: NOW });

  it('classifies with the catalogue and with the capabilities the phone declared', () => {
    expect(audit.apps.get('com.autonavi.minimap')?.category).toMatchObject({
      categoryId: 'map_navigation',
      reason: { kind: 'catalogue' },
      system: false,
    });
    expect(audit.apps.get('org.example.keys')?.category).toMatchObject({
      categoryId: 'input_method',
      confidence: 0.8,
      reason: { kind: 'capability' },
    });
  });

  it('classifies an app outside the catalogue by the label the scan read from its APK', () => {
    const unknown = makeApp({ packageName: 'org.example.alpha' });
    const labelled: AppEntry = { ...unknown, label: { default: 'Alpha', zh: '墨迹天气' } };
    const byLabel = auditSnapshot(makeSnapshot({ apps: [labelled] }), { now: NOW });
    expect(byLabel.apps.get('org.example.alpha')?.category).toMatchObject({
      categoryId: 'utility_tools',
      reason: { kind: 'token' },
    });
    const unlabelled = auditSnapshot(makeSnapshot({ apps: [unknown] }), { now: NOW });
    expect(unlabelled.apps.get('org.example.alpha')?.category.categoryId).toBe('unclassified');
    expect(snapshotLabels(makeSnapshot({ apps: [labelled, unknown] }))).toEqual(
      new Map([['org.example.alpha', '墨迹天气 Alpha']]),
    );
  });

  it('judges each installed app under its category and scores it', () => {
    const amapAudit = audit.apps.get('com.autonavi.minimap');
    expect(amapAudit?.findings.map((f) => [f.kind, f.subject.name])).toEqual([
      ['excess-grant', 'android.permission.READ_CONTACTS'],
    ]);
    expect(amapAudit?.score).toBe(40);
    expect(audit.apps.get('org.example.keys')?.findings[0]?.rule.categoryId).toBe('input_method');
  });

  it('lists apps not installed for the user, unjudged', () => {
    expect([...audit.apps.keys()]).toEqual(['com.autonavi.minimap', 'org.example.keys', 'org.example.gone']);
    expect(audit.apps.get('org.example.gone')).toMatchObject({ findings: [], score: 0 });
  });

  it('summarises the phone with the rule-set version and the clock it was judged at', () => {
    expect(audit.summary).toEqual({
      score: 8,
      bySeverity: { high: 2, medium: 0, low: 0, info: 0 },
      rulesetVersion: builtInRules().version,
      appsWithFindings: 2,
      judgedAtMs: NOW,
    });
  });

  it("puts the user's choice first", () => {
    const chosen = auditSnapshot(snapshot, {
      now: NOW,
      userChoices: new Map([['org.example.keys', 'instant_messaging']]),
    });
    expect(chosen.apps.get('org.example.keys')?.category).toMatchObject({
      categoryId: 'instant_messaging',
      reason: { kind: 'user' },
    });
  });

  it('does not judge storage grants that are inert on the phone', () => {
    const storage = makeApp({
      packageName: 'com.autonavi.minimap',
      grants: ['READ_EXTERNAL_STORAGE', 'WRITE_EXTERNAL_STORAGE'],
      targetSdk: 34,
    });
    const legacyTarget = { ...storage, targetSdk: 29 };
    const judge = (app: AppEntry, sdk: number) =>
      auditSnapshot({ ...makeSnapshot({ apps: [app] }), device: { sdk } }, { now: NOW })
        .apps.get(app.packageName)
        ?.findings.map((finding) => finding.subject.name);
    expect(judge(storage, 34)).toEqual([]);
    expect(judge(storage, 32)).toEqual(['android.permission.READ_EXTERNAL_STORAGE']);
    expect(judge(legacyTarget, 34)).toEqual([
      'android.permission.READ_EXTERNAL_STORAGE',
      'android.permission.WRITE_EXTERNAL_STORAGE',
    ]);
  });
});

describe('auditJson', () => {
  const json = auditJson(auditSnapshot(snapshot, { now: NOW }));

  it('adds category, findings and score to every app and a summary, keeping the snapshot fields', () => {
    expect(json.schemaVersion).toBe(1);
    expect(json.apps.map((app) => app.packageName)).toEqual(snapshot.apps.map((app) => app.packageName));
    expect(json.apps[0]).toMatchObject({
      ...amap,
      category: { id: 'map_navigation', confidence: 0.95, reason: { kind: 'catalogue' }, system: false },
      score: 40,
    });
    expect(json.apps[0]?.findings[0]).toMatchObject({ kind: 'excess-grant', action: 'revoke' });
    expect(json.apps[1]?.capabilities).toEqual({ inputMethod: true });
    // The catalogue's names travel with the scan (phones give no labels over adb).
    expect(json.apps[0]?.category.knownName).toEqual({ en: 'Amap', zh: '高德地图' });
    expect(json.apps[1]?.category.knownName).toBeUndefined();
    expect(json.summary.rulesetVersion).toBe(builtInRules().version);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('formatAuditSummary', () => {
  it('prints the device score, the counts and the worst apps with their findings', () => {
    const lines = formatAuditSummary(auditSnapshot(snapshot, { now: NOW }));
    expect(lines[0]).toBe(
      `Findings (rules ${builtInRules().version}): device score 8/100; 2 high, 0 medium, 0 low, 0 info; 2 apps with findings`,
    );
    expect(lines).toContain('Worst apps (score, app, type):');
    expect(lines).toContain('   40  com.autonavi.minimap — Map navigation (95% catalogue)');
    expect(
      lines.some((line) => line.startsWith('      [high] Map navigation apps do not need Contacts')),
    ).toBe(true);
    expect(lines.filter((line) => line.endsWith('→ revoke'))).toHaveLength(2);
  });

  it('says so when nothing is found', () => {
    const clean = makeSnapshot({
      apps: [makeApp({ packageName: 'com.autonavi.minimap', grants: ['ACCESS_FINE_LOCATION'] })],
    });
    expect(formatAuditSummary(auditSnapshot(clean, { now: NOW }))).toEqual([
      `Findings (rules ${builtInRules().version}): none — every grant is justified by its app type`,
    ]);
  });
});
