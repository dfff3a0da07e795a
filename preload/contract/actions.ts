// The seam between planning/journaling (what to do, recorded before it runs) and the actions
// that change a phone (do → verify → undo). Plans and journal entries are plain JSON so they
// can be saved (`plan.json`), stored in SQLite and shown in the UI.
import type { EnabledState } from './snapshot';

/** Every kind of change PrivacyScope can make. Each has an executor in main/actions/executors/. */
export const ActionKind = {
  RevokePermission: 'revoke-permission',
  StandIn: 'stand-in',
  SetAppOp: 'set-app-op',
  DisableAccessibilityService: 'disable-accessibility-service',
  DisallowNotificationListener: 'disallow-notification-listener',
  HideApp: 'hide-app',
  ResetApp: 'reset-app',
  RestoreGrant: 'restore-grant',
  RestoreAppState: 'restore-app-state',
  SetComponentAccess: 'set-component-access',
} as const;
export type ActionKind = (typeof ActionKind)[keyof typeof ActionKind];

/** The component lists set-component-access edits. */
export const ComponentAccess = {
  AccessibilityService: 'accessibility-service',
  NotificationListener: 'notification-listener',
} as const;
export type ComponentAccess = (typeof ComponentAccess)[keyof typeof ComponentAccess];

/** The app state aspects a restore-app-state step brings back (absent = left as it is). */
export interface AppStateTarget {
  /** Always true in a plan (a restore never uninstalls); false only names a skipped step. */
  readonly installed?: boolean;
  readonly enabled?: EnabledState;
  readonly hidden?: boolean;
  readonly suspended?: boolean;
}

/** What one step targets. Names are validated again (main/adb/shell-arguments) before any use. */
export interface StepTarget {
  readonly packageName: string;
  readonly userId: number;
  /** Runtime permission (revoke, restore) or the permission behind a stand-in. */
  readonly permission?: string;
  /** App op (stand-in, set-app-op). */
  readonly op?: string;
  /** Desired op mode for set-app-op. */
  readonly mode?: string;
  /** Component for accessibility services / notification listeners ("pkg/.Class"). */
  readonly component?: string;
  /** restore-grant: the grant an earlier scan recorded (default true), so the UI can say which way. */
  readonly granted?: boolean;
  /** set-component-access: which list, and whether the component is to be on it. */
  readonly access?: ComponentAccess;
  readonly enabled?: boolean;
  /** restore-app-state: the recorded state to bring back. */
  readonly appState?: AppStateTarget;
}

/** The exact phone state a step changes, read before acting: what undo restores. */
export interface PriorState {
  readonly granted?: boolean;
  readonly flags?: readonly string[];
  readonly opMode?: string;
  readonly opUidMode?: string;
  /** Secure setting value before (e.g. enabled_accessibility_services). */
  readonly settingValue?: string | null;
  /** App state before hiding. */
  readonly app?: {
    readonly enabled: string;
    readonly hidden: boolean;
    readonly suspended: boolean;
    readonly installed: boolean;
  };
  /** Which hiding method was used (hide, suspend, disable-user, uninstall-keep-data). */
  readonly method?: string;
}

export const SkipReason = {
  SystemFixed: 'system-fixed',
  PolicyFixed: 'policy-fixed',
  ProtectedPackage: 'protected-package',
  Unsupported: 'unsupported-on-this-android',
  NotGranted: 'not-granted',
  NotInstalled: 'not-installed',
  ShellCannot: 'shell-cannot',
  /** A restore never uninstalls an app the earlier scan recorded as not installed. */
  KeptInstalled: 'kept-installed',
} as const;
export type SkipReason = (typeof SkipReason)[keyof typeof SkipReason];

export interface PlannedStep {
  /** Stable within the plan, e.g. "3". */
  readonly id: string;
  readonly kind: ActionKind;
  readonly target: StepTarget;
  /** Why (the finding it acts on, if any). */
  readonly reason?: { readonly findingKind?: string; readonly en: string; readonly zh: string };
  /** The shell commands it will run, as text, for the preview (never executed from here). */
  readonly commands: readonly string[];
  readonly expected: { readonly en: string; readonly zh: string };
  readonly undo: { readonly en: string; readonly zh: string };
}

export interface SkippedStep {
  readonly kind: ActionKind;
  readonly target: StepTarget;
  readonly reason: SkipReason;
  readonly explanation: { readonly en: string; readonly zh: string };
}

export interface Plan {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly createdAtMs: number;
  /** Device identity the plan was made for (serial + build fingerprint). */
  readonly device: { readonly serial: string; readonly fingerprint?: string; readonly sdk: number };
  readonly steps: readonly PlannedStep[];
  readonly skipped: readonly SkippedStep[];
  /** Rule set that produced the findings, e.g. "2021-provisions/1". */
  readonly rulesetVersion?: string;
}

export const StepStatus = {
  Pending: 'pending',
  Running: 'running',
  Verified: 'verified',
  Refused: 'refused',
  Failed: 'failed',
  Skipped: 'skipped',
  Undone: 'undone',
} as const;
export type StepStatus = (typeof StepStatus)[keyof typeof StepStatus];

export interface StepOutcome {
  readonly status: StepStatus;
  readonly prior?: PriorState;
  /** The device's own message when it refused or failed. */
  readonly deviceMessage?: string;
  /** Localised guidance key for refusals (e.g. miui-security-debugging, coloros-app-ops). */
  readonly guidance?: string;
  /** What the verification read back. */
  readonly verified?: PriorState;
}
