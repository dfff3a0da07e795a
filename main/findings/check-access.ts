// Findings about special access and provenance: special-access, tracking, hard-to-remove and
// sideloaded-by-app (installed by a non-store app, or able to install apps itself).
import type { SpecialAccessKey } from '../rules/rule-keys';
import type { Finding } from './finding';
import type { JudgeContext } from './judge-context';
import { baseParams, decisionOf, isJustified, ruleOf, sensitivityOf, subjectText } from './judge-context';
import { explain } from './messages';
import { lowerSeverity } from './severity-and-action';

/** Special accesses reported under their own kind rather than `special-access`. */
const OWN_KIND: ReadonlySet<SpecialAccessKey> = new Set(['device-admin', 'install-unknown-apps', 'ad-id']);

export const checkSpecialAccess = (ctx: JudgeContext): Finding[] => {
  const findings: Finding[] = [];
  for (const key of ctx.held) {
    if (OWN_KIND.has(key)) continue;
    const decision = decisionOf(ctx, key);
    if (isJustified(decision)) continue;
    const sensitivity = sensitivityOf(ctx, key);
    const severity = decision.decision === 'extended' ? lowerSeverity(sensitivity) : sensitivity;
    if (severity === 'info') continue; // battery exemption: no personal information involved
    findings.push({
      kind: 'special-access',
      severity,
      subject: { type: 'special-access', name: key, group: key },
      rule: ruleOf(ctx, decision),
      explanation: explain('special-access.not-justified', {
        ...baseParams(ctx),
        subject: subjectText(ctx, key),
      }),
      action: 'revoke-special-access',
    });
  }
  return findings;
};

export const checkTracking = (ctx: JudgeContext): Finding[] => {
  if (!ctx.held.has('ad-id')) return [];
  const decision = decisionOf(ctx, 'ad-id');
  if (isJustified(decision)) return [];
  const sensitivity = sensitivityOf(ctx, 'ad-id');
  return [
    {
      kind: 'tracking',
      severity: decision.decision === 'extended' ? lowerSeverity(sensitivity) : sensitivity,
      subject: { type: 'special-access', name: 'ad-id', group: 'ad-id' },
      rule: ruleOf(ctx, decision),
      explanation: explain('tracking'),
      // AD_ID is a normal permission: nothing to revoke over adb; the user resets or deletes the ID.
      action: 'none',
    },
  ];
};

export const checkHardToRemove = (ctx: JudgeContext): Finding[] => {
  if (!ctx.held.has('device-admin')) return [];
  const decision = decisionOf(ctx, 'device-admin');
  if (isJustified(decision)) return [];
  return [
    {
      kind: 'hard-to-remove',
      severity: 'high',
      subject: { type: 'special-access', name: 'device-admin', group: 'device-admin' },
      rule: ruleOf(ctx, decision),
      explanation: explain('hard-to-remove.device-admin'),
      action: 'hide',
    },
  ];
};

/** The package that put the app on the phone: the initiating installer unless it is a platform one. */
const installingPackage = (ctx: JudgeContext): string | undefined => {
  const { initiatingInstaller, installer } = ctx.app;
  if (initiatingInstaller !== undefined && !ctx.rules.packageInstallers.has(initiatingInstaller)) {
    return initiatingInstaller;
  }
  return installer;
};

export const checkSideloaded = (ctx: JudgeContext): Finding[] => {
  const findings: Finding[] = [];
  const by = installingPackage(ctx);
  const known = by === undefined || ctx.rules.storeInstallers.has(by) || ctx.rules.packageInstallers.has(by);
  if (by !== undefined && !known && by !== ctx.app.packageName) {
    findings.push({
      kind: 'sideloaded-by-app',
      severity: 'medium',
      subject: { type: 'app', name: ctx.app.packageName },
      rule: ruleOf(ctx),
      explanation: explain('sideloaded-by-app.installer', { installer: by }),
      action: 'none',
    });
  }
  if (ctx.held.has('install-unknown-apps')) {
    const decision = decisionOf(ctx, 'install-unknown-apps');
    if (!isJustified(decision)) {
      const params = { ...baseParams(ctx), subject: subjectText(ctx, 'install-unknown-apps') };
      findings.push({
        kind: 'sideloaded-by-app',
        severity: decision.decision === 'extended' ? 'low' : 'medium',
        subject: { type: 'special-access', name: 'install-unknown-apps', group: 'install-unknown-apps' },
        rule: ruleOf(ctx, decision),
        explanation: explain('sideloaded-by-app.install-unknown-apps', params),
        action: 'revoke-special-access',
      });
    }
  }
  return findings;
};
