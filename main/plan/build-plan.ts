// Builds the Plan shown before anything runs: the steps the selected findings (or a policy
// file) ask for, each with its exact commands (executor.describe), expected effect and undo
// (en/zh), and the steps that will be skipped and why (system/policy-fixed, protected
// packages, not granted, and whatever executor.check says this phone cannot do).
import { randomUUID } from 'node:crypto';
import type { ActionContext, ActionExecutor } from '../actions/action-executor';
import type { ActionKind, Plan, PlannedStep, SkippedStep, SkipReason } from '../actions/action-types';
import type { Finding, Severity } from '../findings/finding';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { findingDrafts } from './finding-steps';
import type { StepDraft } from './plan-draft';
import { SKIP_TEXT } from './plan-draft';
import type { PolicyFile } from './policy-file';
import { policyDrafts } from './policy-steps';
import { stepText } from './step-text';

export interface AppFindings {
  readonly packageName: string;
  readonly findings: readonly Finding[];
}

export type PlanSelection =
  | { readonly severities?: readonly Severity[] }
  | { readonly policy: PolicyFile }
  /** Drafts chosen one by one in the UI (main/services/selection-drafts.ts). */
  | { readonly drafts: readonly StepDraft[] };

export interface BuildPlanOptions {
  readonly snapshot: DeviceSnapshot;
  /** Per package, as the audit reports them (AppJudgement fits). Unused with a policy. */
  readonly findings: readonly AppFindings[];
  readonly select: PlanSelection;
  readonly executors: Readonly<Record<ActionKind, ActionExecutor>>;
  /** For executor.check; absent when planning offline (no phone to ask). */
  readonly context?: ActionContext;
  /** Protected packages are never hidden unless `expertOverride` is set. */
  readonly isProtectedPackage?: (packageName: string) => boolean;
  readonly expertOverride?: boolean;
  readonly rulesetVersion?: string;
  readonly now?: () => number;
  readonly newId?: () => string;
}

const DEFAULT_SEVERITIES: readonly Severity[] = ['high', 'medium'];

const draftsOf = (options: BuildPlanOptions): StepDraft[] => {
  const { select, snapshot } = options;
  if ('policy' in select) return policyDrafts({ snapshot, policy: select.policy });
  if ('drafts' in select) return [...select.drafts];
  const severities = new Set(select.severities ?? DEFAULT_SEVERITIES);
  return options.findings.flatMap((app) =>
    findingDrafts({
      snapshot,
      packageName: app.packageName,
      findings: app.findings.filter((finding) => severities.has(finding.severity)),
    }),
  );
};

const draftKey = (draft: StepDraft): string => JSON.stringify([draft.kind, draft.target]);

const HIDES_OR_DISABLES: ReadonlySet<ActionKind> = new Set(['hide-app']);

const skipped = (draft: StepDraft, reason: SkipReason): SkippedStep => ({
  kind: draft.kind,
  target: draft.target,
  reason,
  explanation: SKIP_TEXT[reason],
});

export const buildPlan = async (options: BuildPlanOptions): Promise<Plan> => {
  const { snapshot } = options;
  const sdk = snapshot.device.sdk ?? options.context?.sdk ?? 0;
  const seen = new Set<string>();
  const steps: PlannedStep[] = [];
  const skips: SkippedStep[] = [];
  for (const draft of draftsOf(options)) {
    const key = draftKey(draft);
    if (seen.has(key)) continue;
    seen.add(key);
    if (draft.skip !== undefined) {
      skips.push(skipped(draft, draft.skip));
      continue;
    }
    const isProtected = options.isProtectedPackage?.(draft.target.packageName) ?? false;
    if (HIDES_OR_DISABLES.has(draft.kind) && isProtected && options.expertOverride !== true) {
      skips.push(skipped(draft, 'protected-package'));
      continue;
    }
    const executor = options.executors[draft.kind];
    const text = stepText(draft.kind, draft.target);
    const step: PlannedStep = {
      id: String(steps.length + 1),
      kind: draft.kind,
      target: draft.target,
      commands: [],
      expected: text.expected,
      undo: text.undo,
      ...(draft.reason === undefined ? {} : { reason: draft.reason }),
    };
    // The hide executor also reads the input method in use and honours the override (HideContext).
    const checkContext =
      options.context === undefined
        ? undefined
        : { ...options.context, expertOverride: options.expertOverride === true };
    const refusal = checkContext === undefined ? undefined : await executor.check(checkContext, step);
    if (refusal !== undefined) {
      skips.push(skipped(draft, refusal));
      continue;
    }
    steps.push({ ...step, commands: executor.describe(step, sdk) });
  }
  return {
    schemaVersion: 1,
    id: options.newId?.() ?? randomUUID(),
    createdAtMs: options.now?.() ?? Date.now(),
    device: {
      serial: snapshot.device.serial ?? '',
      sdk,
      ...(snapshot.device.fingerprint === undefined ? {} : { fingerprint: snapshot.device.fingerprint }),
    },
    steps,
    skipped: skips,
    ...(options.rulesetVersion === undefined ? {} : { rulesetVersion: options.rulesetVersion }),
  };
};
