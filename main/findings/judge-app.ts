// The findings engine for one app (pure: everything it needs is passed in).
import type { RuleSet } from '../rules/rule-set';
import type { AppEntry, DeviceSnapshot } from '../snapshot/device-snapshot';
import { checkExcessGrants, checkUnusedGrants } from './check-grants';
import { checkHardToRemove, checkSideloaded, checkSpecialAccess, checkTracking } from './check-access';
import { checkLegacyTarget, checkRecentUse } from './check-usage';
import type { CategoryAssignment, Finding, JudgeSettings } from './finding';
import { DEFAULT_RECENT_DAYS, DEFAULT_UNUSED_DAYS, FINDING_KINDS, severityRank } from './finding';
import type { JudgeContext } from './judge-context';
import { createContext } from './judge-context';
import { asPlatformFindings } from './platform';

export interface JudgeAppOptions {
  readonly app: AppEntry;
  readonly category: CategoryAssignment;
  readonly snapshot: DeviceSnapshot;
  readonly rules: RuleSet;
  /** Epoch ms the judgement is made at (usually snapshot.takenAtMs). */
  readonly now: number;
  readonly settings?: JudgeSettings;
}

const CHECKS: readonly ((ctx: JudgeContext) => Finding[])[] = [
  checkExcessGrants,
  checkSpecialAccess,
  checkTracking,
  checkHardToRemove,
  checkSideloaded,
  checkRecentUse,
  checkUnusedGrants,
  checkLegacyTarget,
];

/** Highest severity first, then kind order, then subject name. */
export const compareFindings = (a: Finding, b: Finding): number =>
  severityRank(b.severity) - severityRank(a.severity) ||
  FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
  a.subject.name.localeCompare(b.subject.name);

/**
 * All findings for one app. A platform component (system app never updated) is judged for its
 * platform role: see platform.ts.
 */
export const judgeApp = (options: JudgeAppOptions): readonly Finding[] => {
  const ctx = createContext({
    app: options.app,
    assignment: options.category,
    rules: options.rules,
    snapshot: options.snapshot,
    nowMs: options.now,
    unusedDays: options.settings?.unusedDays ?? DEFAULT_UNUSED_DAYS,
    recentDays: options.settings?.recentDays ?? DEFAULT_RECENT_DAYS,
  });
  const findings = CHECKS.flatMap((check) => check(ctx));
  const judged = ctx.platform ? asPlatformFindings(ctx, findings) : findings;
  return [...judged].sort(compareFindings);
};
