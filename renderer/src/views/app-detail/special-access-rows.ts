// The special accesses one app holds, each with the rule decision for its category and the
// finding about it, if any.
import type {
  AuditedApp,
  AuditedScan,
  FindingView,
  RuleDecision,
  RulesView,
} from '../../../../preload/contract';
import type { SpecialAccessKey } from '../apps/special-access-index';
import { indexSpecialAccess } from '../apps/special-access-index';

export interface SpecialAccessRow {
  readonly key: SpecialAccessKey;
  readonly decision: RuleDecision | undefined;
  readonly finding: FindingView | undefined;
}

export const specialAccessRows = (
  app: AuditedApp,
  scan: Pick<AuditedScan, 'specialAccess'>,
  rules: RulesView | undefined,
): SpecialAccessRow[] => {
  const held = indexSpecialAccess(scan).get(app.packageName) ?? [];
  const category = rules?.categories.find((entry) => entry.id === app.category.id);
  return held.map((key) => {
    const finding = app.findings.find(
      (entry) => entry.subject.type === 'special-access' && entry.subject.name === key,
    );
    return { key, decision: finding?.rule.decision ?? category?.decisions[key]?.decision, finding };
  });
};
