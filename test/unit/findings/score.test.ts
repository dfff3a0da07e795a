import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../main/findings/finding';
import { SEVERITIES } from '../../../main/findings/finding';
import { judgeSnapshot } from '../../../main/findings/judge-snapshot';
import { appScore, DEVICE_SCORE_TOP_APPS, deviceScore } from '../../../main/findings/score';
import { builtInRules } from '../../../main/rules/rule-set';
import { RULESET_VERSION } from '../../../main/rules/rule-set';
import { makeApp, makeSnapshot } from './fixtures';

// Each finding in its own (kind, rule key) pair unless a group is given.
const of = (...severities: Severity[]) =>
  severities.map((severity, index) => ({
    kind: 'excess-grant' as const,
    severity,
    subject: { name: `p${index}` },
  }));

// A small deterministic generator so the property checks are reproducible.
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('risk score', () => {
  it('is 0 without findings, 40 for one high finding and at most 100', () => {
    expect(appScore([])).toBe(0);
    expect(appScore(of('info', 'info'))).toBe(0);
    expect(appScore(of('high'))).toBe(40);
    expect(appScore(of(...Array<Severity>(50).fill('high')))).toBeLessThanOrEqual(100);
  });

  it('counts a (kind, rule key) pair once, at its highest severity', () => {
    const media = (name: string, severity: Severity) => ({
      kind: 'excess-grant' as const,
      severity,
      subject: { name, group: 'READ_MEDIA_VISUAL' },
    });
    expect(appScore([media('IMAGES', 'medium'), media('VIDEO', 'medium')])).toBe(15);
    expect(appScore([media('IMAGES', 'medium'), media('VIDEO', 'high')])).toBe(40);
    expect(appScore([media('IMAGES', 'high'), { ...media('IMAGES', 'low'), kind: 'unused-grant' }])).toBe(43);
  });

  it('never drops when a finding is added or its severity raised', () => {
    const next = random(7);
    const pick = (): Severity => SEVERITIES[Math.floor(next() * 4)] ?? 'info';
    for (let round = 0; round < 300; round += 1) {
      // Groups drawn from a small set so pairs collide as they do on a phone.
      const finding = () => ({
        kind: 'excess-grant' as const,
        severity: pick(),
        subject: { name: 'x', group: `g${Math.floor(next() * 4)}` },
      });
      const findings = Array.from({ length: Math.floor(next() * 8) }, finding);
      const base = appScore(findings);
      expect(appScore([...findings, finding()])).toBeGreaterThanOrEqual(base);
      const index = Math.floor(next() * findings.length);
      const raised = findings.map((f, i) => (i === index ? { ...f, severity: 'high' as const } : f));
      expect(appScore(raised)).toBeGreaterThanOrEqual(base);
    }
  });

  it('device score: mean of the worst ten apps, monotone in every app score', () => {
    expect(deviceScore([])).toBe(0);
    expect(deviceScore([100])).toBe(100 / DEVICE_SCORE_TOP_APPS);
    expect(deviceScore(Array<number>(30).fill(40))).toBe(40);
    const next = random(3);
    for (let round = 0; round < 200; round += 1) {
      const scores = Array.from({ length: 1 + Math.floor(next() * 15) }, () => Math.floor(next() * 101));
      const base = deviceScore(scores);
      expect(deviceScore([...scores, Math.floor(next() * 101)])).toBeGreaterThanOrEqual(base);
      const bumped = scores.map((score, i) => (i === 0 ? Math.min(100, score + 10) : score));
      expect(deviceScore(bumped)).toBeGreaterThanOrEqual(base);
    }
  });
});

describe('judgeSnapshot', () => {
  it('judges installed apps, scores them and names the rule-set version', () => {
    const apps = [
      makeApp({ packageName: 'a.flashlight', grants: ['READ_CONTACTS', 'CAMERA'] }),
      makeApp({ packageName: 'b.maps', grants: ['ACCESS_FINE_LOCATION'] }),
      { ...makeApp({ packageName: 'c.gone', grants: ['READ_SMS'] }), installed: false },
    ];
    const categories: Record<string, string> = {
      'a.flashlight': 'utility_tools',
      'b.maps': 'map_navigation',
    };
    const result = judgeSnapshot({
      snapshot: makeSnapshot({ apps }),
      rules: builtInRules(),
      classify: (app) => ({
        categoryId: categories[app.packageName] ?? 'unclassified',
        confidence: 1,
        reason: 'test',
      }),
    });
    expect(result.rulesetVersion).toBe(RULESET_VERSION);
    expect(result.apps.map((app) => app.packageName)).toEqual(['a.flashlight', 'b.maps']);
    const [flashlight, maps] = result.apps;
    expect(flashlight?.findings.map((f) => f.subject.name)).toEqual([
      'android.permission.CAMERA',
      'android.permission.READ_CONTACTS',
    ]);
    expect(flashlight?.score).toBe(64); // two high findings: 100 × (1 − 0.6²)
    expect(maps?.findings).toEqual([]);
    expect(result.summary).toEqual({
      score: Math.round(64 / DEVICE_SCORE_TOP_APPS),
      bySeverity: { high: 2, medium: 0, low: 0, info: 0 },
      appsWithFindings: 1,
    });
  });
});
