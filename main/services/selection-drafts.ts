// What the user picked in the UI (ChangeSelection) → plan step drafts on the latest scan:
// revoke / stand-in a runtime permission, take a special access (or an app op) away, hide or
// reset an app. The reason is the finding on that subject when there is one. Skips the phone
// would refuse anyway (system-fixed, not granted…) are decided here from the snapshot, the
// rest by the executors while the plan is built.
import type { ChangeSelection } from '../../preload/contract';
import type { AppAudit } from '../audit/audit-snapshot';
import { runtimePermission } from '../catalogue/runtime-permissions';
import type { Finding } from '../findings/finding';
import { permissionSkip, specialAccessDrafts } from '../plan/finding-steps';
import type { StepDraft } from '../plan/plan-draft';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { RequestRefused } from './service-errors';

const CHOSEN = { en: 'Chosen by you', zh: '由您选择' };
const APP_OP = /^[A-Z][A-Z0-9_]*$/;

const reasonFor = (findings: readonly Finding[], selection: ChangeSelection): StepDraft['reason'] => {
  const subject = selection.subject;
  const finding =
    findings.find((each) => each.action === selection.action && each.subject.name === subject) ??
    findings.find((each) => each.subject.name === subject) ??
    (selection.action === 'hide' ? findings.find((each) => each.action === 'hide') : undefined);
  return finding === undefined
    ? CHOSEN
    : { findingKind: finding.kind, en: finding.explanation.en, zh: finding.explanation.zh };
};

const needSubject = (selection: ChangeSelection): string => {
  if (selection.subject === undefined) {
    throw new RequestRefused(`${selection.action} of ${selection.packageName} needs a subject`);
  }
  return selection.subject;
};

const draftsOf = (snapshot: DeviceSnapshot, selection: ChangeSelection): StepDraft[] => {
  const { packageName } = selection;
  const app = snapshot.apps.find((entry) => entry.packageName === packageName);
  if (app === undefined) throw new RequestRefused(`${packageName} is not in the latest scan`);
  const base = { packageName, userId: snapshot.userId };
  switch (selection.action) {
    case 'revoke':
    case 'stand-in': {
      const permission = needSubject(selection);
      const kind = selection.action === 'revoke' ? 'revoke-permission' : 'stand-in';
      const op = kind === 'stand-in' ? runtimePermission(permission)?.op : undefined;
      const draft: StepDraft = { kind, target: { ...base, permission, ...(op === undefined ? {} : { op }) } };
      if (kind === 'stand-in' && op === undefined) return [{ ...draft, skip: 'unsupported-on-this-android' }];
      const skip = permissionSkip(app, permission, { needsGrant: true });
      return [skip === undefined ? draft : { ...draft, skip }];
    }
    case 'revoke-special-access': {
      const subject = needSubject(selection);
      if (APP_OP.test(subject))
        return [{ kind: 'set-app-op', target: { ...base, op: subject, mode: 'ignore' } }];
      return specialAccessDrafts({ app, packageName, snapshot }, subject);
    }
    case 'hide':
      return [{ kind: 'hide-app', target: base }];
    case 'reset':
      return [{ kind: 'reset-app', target: base }];
  }
};

export const selectionDrafts = (options: {
  readonly snapshot: DeviceSnapshot;
  readonly apps: ReadonlyMap<string, AppAudit>;
  readonly selections: readonly ChangeSelection[];
}): StepDraft[] =>
  options.selections.flatMap((selection) => {
    const findings = options.apps.get(selection.packageName)?.findings ?? [];
    const reason = reasonFor(findings, selection);
    return draftsOf(options.snapshot, selection).map((draft) => ({
      ...draft,
      ...(reason === undefined ? {} : { reason }),
    }));
  });
