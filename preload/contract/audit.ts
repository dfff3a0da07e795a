// A scanned phone as the UI shows it: the snapshot plus, per app, its category, findings and
// score, and a summary. Same shape as `privacyscope scan --json` (README "Scan JSON schema").
import type { AppEntry, DeviceSnapshot } from './snapshot';

export type Severity = 'high' | 'medium' | 'low' | 'info';
export type FindingAction = 'revoke' | 'stand-in' | 'revoke-special-access' | 'hide' | 'none';
export type RuleDecision = 'necessary' | 'conditional' | 'extended' | 'not-necessary';

export interface LocalisedText {
  readonly en: string;
  readonly zh: string;
}

export interface FindingView {
  readonly kind: string;
  readonly severity: Severity;
  readonly subject: {
    readonly type: 'permission' | 'op' | 'special-access' | 'app';
    readonly name: string;
    readonly group?: string;
  };
  readonly rule: {
    readonly categoryId: string;
    readonly decision?: RuleDecision;
    readonly piItem?: string;
    readonly condition?: LocalisedText;
    readonly citation: LocalisedText;
    readonly overridden?: boolean;
  };
  readonly explanation: LocalisedText;
  readonly action: FindingAction;
}

export interface CategoryView {
  readonly id: string;
  readonly confidence: number;
  readonly reason: {
    readonly kind: string;
    readonly en: string;
    readonly zh: string;
    readonly evidence: readonly string[];
  };
  readonly system: boolean;
  /** The name people know the app by (built-in catalogue), when it is listed there. */
  readonly knownName?: LocalisedText;
}

export interface AuditedApp extends AppEntry {
  readonly category: CategoryView;
  readonly findings: readonly FindingView[];
  readonly score: number;
}

export interface AuditSummaryView {
  readonly score: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly rulesetVersion: string;
  readonly appsWithFindings: number;
  readonly judgedAtMs: number;
}

export interface AuditedScan extends Omit<DeviceSnapshot, 'apps'> {
  readonly apps: readonly AuditedApp[];
  readonly summary: AuditSummaryView;
  /** Store id of this scan (history), when it was saved. */
  readonly scanId?: number;
}

/** One scan in a phone's history. */
export interface ScanRecord {
  readonly id: number;
  readonly takenAtMs: number;
  readonly score: number;
  readonly appCount: number;
  readonly rulesetVersion: string;
}

/** What changed between two scans of the same phone. */
export interface ScanDiff {
  readonly fromId: number;
  readonly toId: number;
  readonly newApps: readonly string[];
  readonly removedApps: readonly string[];
  readonly newGrants: readonly { readonly packageName: string; readonly permission: string }[];
  readonly removedGrants: readonly { readonly packageName: string; readonly permission: string }[];
}
