// System components judged separately: a preinstalled system app that was never updated holds
// its grants for its platform role (dialer, SMS, launcher, location provider…), which is not a
// finding. Its grant findings (excess-grant, unused-grant, tracking, legacy-target, installer)
// are dropped, and so is anything that would be below high for an ordinary app (overlay, usage
// access…); what remains worth knowing (accessibility, notification access, device admin,
// background location, background camera/mic use) is kept as `info` with action `none`.
import { isRuleKey } from '../rules/rule-keys';
import type { Finding, FindingKind } from './finding';
import type { JudgeContext } from './judge-context';
import { explain } from './messages';

const DROPPED: ReadonlySet<FindingKind> = new Set([
  'excess-grant',
  'unused-grant',
  'tracking',
  'legacy-target',
  'sideloaded-by-app',
]);

export const asPlatformFindings = (ctx: JudgeContext, findings: readonly Finding[]): Finding[] =>
  findings
    .filter((finding) => !DROPPED.has(finding.kind) && finding.severity === 'high')
    .map((finding) => {
      const group = finding.subject.group;
      const label =
        group !== undefined && isRuleKey(group) ? ctx.rules.subjects.get(group)?.label : undefined;
      const subject = label ?? { en: finding.subject.name, zh: finding.subject.name };
      return {
        ...finding,
        severity: 'info',
        action: 'none',
        explanation:
          finding.kind === 'recent-sensitive-use'
            ? finding.explanation
            : explain('platform.role', { subject }),
      };
    });
