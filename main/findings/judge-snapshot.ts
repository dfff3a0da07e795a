// The findings engine for a whole phone: every installed app judged under its category, with
// per-app and per-device scores (score.ts) and the rule-set version that judged it.
import type { RuleSet } from '../rules/rule-set';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import type { CategoryAssignment, Finding, JudgeSettings } from './finding';
import { judgeApp } from './judge-app';
import type { SeverityCounts } from './score';
import { addCounts, appScore, countBySeverity, deviceScore } from './score';

export interface AppJudgement {
  readonly packageName: string;
  readonly category: CategoryAssignment;
  readonly findings: readonly Finding[];
  readonly score: number;
  readonly bySeverity: SeverityCounts;
}

export interface SnapshotJudgement {
  /** The rule set that judged it, e.g. "2021-provisions/1" or "2021-provisions/1+user". */
  readonly rulesetVersion: string;
  readonly judgedAtMs: number;
  readonly apps: readonly AppJudgement[];
  readonly summary: {
    readonly score: number;
    readonly bySeverity: SeverityCounts;
    readonly appsWithFindings: number;
  };
}

export interface JudgeSnapshotOptions {
  readonly snapshot: DeviceSnapshot;
  readonly rules: RuleSet;
  /** The category of each app (classification); called once per installed app. */
  readonly classify: (app: AppEntry) => CategoryAssignment;
  /** Defaults to snapshot.takenAtMs. */
  readonly now?: number;
  readonly settings?: JudgeSettings;
}

export const judgeSnapshot = (options: JudgeSnapshotOptions): SnapshotJudgement => {
  const { snapshot, rules } = options;
  const now = options.now ?? snapshot.takenAtMs;
  const apps = snapshot.apps
    .filter((app) => app.installed)
    .map((app): AppJudgement => {
      const category = options.classify(app);
      const findings = judgeApp({
        app,
        category,
        snapshot,
        rules,
        now,
        ...(options.settings === undefined ? {} : { settings: options.settings }),
      });
      return {
        packageName: app.packageName,
        category,
        findings,
        score: appScore(findings),
        bySeverity: countBySeverity(findings),
      };
    });
  const empty: SeverityCounts = { high: 0, medium: 0, low: 0, info: 0 };
  return {
    rulesetVersion: rules.version,
    judgedAtMs: now,
    apps,
    summary: {
      score: deviceScore(apps.map((app) => app.score)),
      bySeverity: apps.reduce((total, app) => addCounts(total, app.bySeverity), empty),
      appsWithFindings: apps.filter((app) => app.findings.some((finding) => finding.severity !== 'info'))
        .length,
    },
  };
};
