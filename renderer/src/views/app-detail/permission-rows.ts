// The permissions table of one app: each runtime permission with its grant, the rule decision
// for the app's category (from its findings first — they include the user's overrides — then
// from the rules), the finding and citation behind it, and when its app op was last used.
import type {
  AppOpAccess,
  AuditedApp,
  FindingView,
  LocalisedText,
  RuleDecision,
  RulesView,
} from '../../../../preload/contract';
import { ruleKeyOf } from '../../../../preload/contract';
import { SEVERITY_RANK } from '../apps/app-row';

const PERMISSION_PREFIX = 'android.permission.';

export const shortPermissionName = (name: string): string =>
  name.startsWith(PERMISSION_PREFIX) ? name.slice(PERMISSION_PREFIX.length) : name;

export interface PermissionRow {
  readonly name: string;
  readonly shortName: string;
  readonly group: string | undefined;
  readonly ruleKey: string | undefined;
  readonly granted: boolean;
  readonly flags: readonly string[];
  readonly decision: RuleDecision | undefined;
  /** The most severe finding on this permission. */
  readonly finding: FindingView | undefined;
  readonly citation: LocalisedText | undefined;
  readonly lastForegroundMs: number | undefined;
  readonly lastBackgroundMs: number | undefined;
}

const worstFinding = (findings: readonly FindingView[]): FindingView | undefined =>
  findings.reduce<FindingView | undefined>(
    (worst, finding) =>
      worst === undefined || SEVERITY_RANK[finding.severity] > SEVERITY_RANK[worst.severity]
        ? finding
        : worst,
    undefined,
  );

export const permissionRows = (app: AuditedApp, rules: RulesView | undefined): PermissionRow[] => {
  const category = rules?.categories.find((entry) => entry.id === app.category.id);
  const ops = new Map<string, AppOpAccess>(app.appOps.map((op) => [op.op, op]));
  const rows = app.permissions
    .filter((permission) => permission.type === 'runtime')
    .map((permission): PermissionRow => {
      const findings = app.findings.filter(
        (finding) => finding.subject.type === 'permission' && finding.subject.name === permission.name,
      );
      const finding = worstFinding(findings);
      const ruleKey = ruleKeyOf(permission.name, permission.group);
      const fromRules = ruleKey === undefined ? undefined : category?.decisions[ruleKey]?.decision;
      const op = permission.op === undefined ? undefined : ops.get(permission.op);
      const decision =
        findings.find((entry) => entry.rule.decision !== undefined)?.rule.decision ?? fromRules;
      return {
        name: permission.name,
        shortName: shortPermissionName(permission.name),
        group: permission.group,
        ruleKey,
        granted: permission.granted,
        flags: permission.flags,
        decision,
        finding,
        // A rule is cited only when one decides on this permission.
        citation: finding?.rule.citation ?? (decision === undefined ? undefined : category?.citation),
        lastForegroundMs: op?.lastAccessForegroundMs,
        lastBackgroundMs: op?.lastAccessBackgroundMs,
      };
    });
  return rows.sort(
    (a, b) =>
      Number(b.granted) - Number(a.granted) ||
      (b.finding === undefined ? 0 : SEVERITY_RANK[b.finding.severity]) -
        (a.finding === undefined ? 0 : SEVERITY_RANK[a.finding.severity]) ||
      a.shortName.localeCompare(b.shortName),
  );
};
