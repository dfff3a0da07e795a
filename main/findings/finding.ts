// What the findings engine reports about one app: each finding names its subject, the rule that
// judged it (category, decision, PI item, citation), a one-line explanation in zh-CN and en and
// the recommended action.
import type { Decision, Text } from '../rules/schema';

export const FINDING_KINDS = [
  'excess-grant',
  'background-location',
  'special-access',
  'unused-grant',
  'recent-sensitive-use',
  'tracking',
  'sideloaded-by-app',
  'hard-to-remove',
  'legacy-target',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Highest first. */
export const SEVERITIES = ['high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_ACTIONS = ['revoke', 'stand-in', 'revoke-special-access', 'hide', 'none'] as const;
export type FindingAction = (typeof FINDING_ACTIONS)[number];

export interface FindingSubject {
  /** 'app' for findings about the app itself (installer, targetSdk). */
  readonly type: 'permission' | 'op' | 'special-access' | 'app';
  /** Permission name, op name, special-access key or package name. */
  readonly name: string;
  /** The rule key (permission group, single sensitive permission or special access) judged. */
  readonly group?: string;
}

export interface FindingRule {
  readonly categoryId: string;
  /** Absent for findings no necessity decision judged (installer, targetSdk). */
  readonly decision?: Decision;
  /** The necessary PI item (zh, as listed in the regulation) the grant serves. */
  readonly piItem?: string;
  readonly condition?: Text;
  /** e.g. { zh: '第五条第（一）项', en: 'Art. 5 item (1)' } */
  readonly citation: Text;
  /** The decision came from the user's overrides. */
  readonly overridden?: boolean;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly subject: FindingSubject;
  readonly rule: FindingRule;
  readonly explanation: { readonly en: string; readonly zh: string };
  readonly action: FindingAction;
}

/** The app's category as classification decided it (main/classify `Classification` fits). */
export interface CategoryAssignment {
  readonly categoryId: string;
  /** 0..1. */
  readonly confidence: number;
  /** The classifier's reason (text or structured), passed through for the UI. */
  readonly reason: unknown;
}

export interface JudgeSettings {
  /** A granted permission whose op was not used for this many days is reported (default 90). */
  readonly unusedDays?: number;
  /** Foreground camera/mic/location use within this many days is "recent" (default 7). */
  readonly recentDays?: number;
}

export const DEFAULT_UNUSED_DAYS = 90;
export const DEFAULT_RECENT_DAYS = 7;
export const DAY_MS = 86_400_000;

/** Numeric rank for comparisons: high 3 … info 0. */
export const severityRank = (severity: Severity): number => 3 - SEVERITIES.indexOf(severity);

export const severityFromRank = (rank: number): Severity =>
  SEVERITIES[3 - Math.max(0, Math.min(3, rank))] ?? 'info';
