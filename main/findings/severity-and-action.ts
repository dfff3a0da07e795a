// Severity and recommended action of grant findings, in one place so the rules are documented
// once (also in README.md).
import type { ResolvedDecision } from '../rules/rule-set';
import type { RuleKey } from '../rules/rule-keys';
import type { Sensitivity } from '../rules/schema';
import type { FindingAction, Severity } from './finding';
import { severityFromRank, severityRank } from './finding';
import type { JudgeContext } from './judge-context';

export const lowerSeverity = (severity: Severity): Severity => {
  if (severity === 'info') return 'info';
  return severityFromRank(Math.max(severityRank('low'), severityRank(severity) - 1));
};

export const atLeast = (severity: Severity, floor: Severity): Severity =>
  severityRank(severity) >= severityRank(floor) ? severity : floor;

/**
 * excess-grant severity: the subject's sensitivity (subjects.json); one step lower (not below
 * low) when the decision is `extended`; at least medium in one of the 13 no-PI categories
 * (Art. 5 says they need no personal information at all), except for info-sensitivity subjects
 * (notifications), which collect none.
 */
export const excessGrantSeverity = (options: {
  readonly sensitivity: Sensitivity;
  readonly decision: ResolvedDecision;
  readonly noPersonalInfo: boolean;
}): Severity => {
  const { sensitivity, decision, noPersonalInfo } = options;
  if (sensitivity === 'info') return 'info';
  const base = decision.decision === 'extended' ? lowerSeverity(sensitivity) : sensitivity;
  return noPersonalInfo ? atLeast(base, 'medium') : base;
};

/**
 * Action for an unjustified runtime grant: `stand-in` (keep the grant but feed the app empty or
 * fake data) when the subject is personal data a stand-in can replace (subjects.json `standIn`:
 * location, contacts, call log, calendar, phone state/numbers) and revoking is likely to break
 * the app: the decision is `extended` (a feature the user may be using), the category is not
 * known (`unclassified`), or the app targets API < 23 (it never expects a denial). Otherwise
 * `revoke`.
 */
export const grantAction = (ctx: JudgeContext, key: RuleKey, decision: ResolvedDecision): FindingAction => {
  const standIn = ctx.rules.subjects.get(key)?.standIn ?? false;
  if (!standIn) return 'revoke';
  const legacy = ctx.app.targetSdk !== undefined && ctx.app.targetSdk < 23;
  const unknown = ctx.category.id === 'unclassified';
  return decision.decision === 'extended' || unknown || legacy ? 'stand-in' : 'revoke';
};
