// The audit use-case: a phone snapshot → each installed app's category (catalogue, the
// capabilities the phone declared, name tokens, or the user's choice), its findings under that
// category's necessity rules, its score, and the phone's summary. Pure: the caller gives the
// clock (`now`), so the same snapshot and clock always audit the same.
import type { AppClassification } from '../classify/classify-snapshot';
import { classifySnapshot } from '../classify/classify-snapshot';
import type { DeclaredCapabilities } from '../classify/declared-capabilities';
import type { Finding } from '../findings/finding';
import { judgeSnapshot } from '../findings/judge-snapshot';
import type { SeverityCounts } from '../findings/score';
import type { CategoryId } from '../rules/categories';
import type { RuleSet } from '../rules/rule-set';
import { builtInRules } from '../rules/rule-set';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';

export interface AuditOptions {
  /** Default: the built-in rule set (pass `effectiveRules(…)` to apply the user's overrides). */
  readonly rules?: RuleSet;
  /** The user's category per package name (highest priority in classification). */
  readonly userChoices?: ReadonlyMap<string, CategoryId>;
  /** The clock findings are dated against (epoch ms), e.g. `snapshot.takenAtMs`. */
  readonly now: number;
  /** A grant unused this many days is an `unused-grant` (default 90). */
  readonly unusedDays?: number;
  /** App labels per package; they take precedence over the labels the scan read from the APKs. */
  readonly labels?: ReadonlyMap<string, string>;
}

export interface AppAudit {
  readonly category: AppClassification;
  readonly findings: readonly Finding[];
  /** 0 (nothing found) … 100 (main/findings/README.md "Score"). */
  readonly score: number;
}

export interface AuditSummary {
  /** Device score: mean of the ten worst app scores. */
  readonly score: number;
  readonly bySeverity: SeverityCounts;
  /** The rule set that judged it, e.g. "2021-provisions/1" ("+user" with overrides). */
  readonly rulesetVersion: string;
  /** Apps with a finding above `info`. */
  readonly appsWithFindings: number;
  readonly judgedAtMs: number;
}

export interface SnapshotAudit {
  readonly snapshot: DeviceSnapshot;
  /**
   * Every app of the snapshot, in its order. Apps not installed for the snapshot's user are
   * classified but not judged (no findings, score 0).
   */
  readonly apps: ReadonlyMap<string, AppAudit>;
  readonly summary: AuditSummary;
}

/** The declared capabilities the reader found, per package. */
export const snapshotCapabilities = (
  snapshot: Pick<DeviceSnapshot, 'apps'>,
): Map<string, DeclaredCapabilities> => {
  const capabilities = new Map<string, DeclaredCapabilities>();
  for (const app of snapshot.apps) {
    if (app.capabilities !== undefined) capabilities.set(app.packageName, app.capabilities);
  }
  return capabilities;
};

/**
 * The labels the reader found in the APKs, per package: every distinct form (Chinese, English,
 * default) joined by a space, so the classifier's label words and zh phrases see all of them.
 */
export const snapshotLabels = (snapshot: Pick<DeviceSnapshot, 'apps'>): Map<string, string> => {
  const labels = new Map<string, string>();
  for (const app of snapshot.apps) {
    const label = app.label;
    if (label === undefined || label === null) continue;
    const forms = [...new Set([label.zh, label.en, label.default])].filter(
      (form): form is string => form !== undefined && form.trim() !== '',
    );
    if (forms.length > 0) labels.set(app.packageName, forms.join(' '));
  }
  return labels;
};

export const auditSnapshot = (snapshot: DeviceSnapshot, options: AuditOptions): SnapshotAudit => {
  const rules = options.rules ?? builtInRules();
  const categories = classifySnapshot(snapshot, {
    capabilities: snapshotCapabilities(snapshot),
    ...(options.userChoices === undefined ? {} : { userChoices: options.userChoices }),
    labels: new Map([...snapshotLabels(snapshot), ...(options.labels ?? [])]),
  });
  const categoryOf = (packageName: string): AppClassification => {
    const category = categories.get(packageName);
    if (category === undefined) throw new Error(`${packageName} was not classified`);
    return category;
  };
  const judgement = judgeSnapshot({
    snapshot,
    rules,
    classify: (app) => categoryOf(app.packageName),
    now: options.now,
    ...(options.unusedDays === undefined ? {} : { settings: { unusedDays: options.unusedDays } }),
  });
  const judged = new Map(judgement.apps.map((app) => [app.packageName, app]));
  const apps = new Map<string, AppAudit>();
  for (const { packageName } of snapshot.apps) {
    const app = judged.get(packageName);
    apps.set(packageName, {
      category: categoryOf(packageName),
      findings: app?.findings ?? [],
      score: app?.score ?? 0,
    });
  }
  return {
    snapshot,
    apps,
    summary: {
      score: judgement.summary.score,
      bySeverity: judgement.summary.bySeverity,
      rulesetVersion: judgement.rulesetVersion,
      appsWithFindings: judgement.summary.appsWithFindings,
      judgedAtMs: judgement.judgedAtMs,
    },
  };
};
