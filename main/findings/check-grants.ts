// Findings about runtime grants: excess-grant, background-location and unused-grant.
import { opForPermission } from '../catalogue/runtime-permissions';
import { ruleKeyForPermission } from '../rules/rule-keys';
import type { Finding } from './finding';
import { DAY_MS } from './finding';
import type { JudgeContext } from './judge-context';
import {
  baseParams,
  decisionOf,
  effectiveGrants,
  isJustified,
  ruleOf,
  sensitivityOf,
  subjectText,
} from './judge-context';
import { explain } from './messages';
import { excessGrantSeverity, grantAction } from './severity-and-action';

const USE_KIND_BY_KEY: ReadonlyMap<string, string> = new Map([
  ['CAMERA', 'camera'],
  ['MICROPHONE', 'microphone'],
  ['LOCATION', 'location'],
]);

export const checkExcessGrants = (ctx: JudgeContext): Finding[] => {
  const findings: Finding[] = [];
  for (const permission of effectiveGrants(ctx.app, ctx.snapshot.device.sdk)) {
    const key = ruleKeyForPermission(permission.name, permission.group);
    if (key === undefined) continue;
    const decision = decisionOf(ctx, key);
    if (isJustified(decision)) continue;
    const subject = { type: 'permission', name: permission.name, group: key } as const;
    const params = { ...baseParams(ctx), subject: subjectText(ctx, key, permission.name) };
    if (key === 'BACKGROUND_LOCATION') {
      const extended = decision.decision === 'extended';
      findings.push({
        kind: 'background-location',
        severity: extended ? 'medium' : 'high',
        subject,
        rule: ruleOf(ctx, decision),
        explanation: explain(
          extended ? 'background-location.extended' : 'background-location.not-necessary',
          params,
        ),
        action: 'revoke',
      });
      continue;
    }
    const sensitivity = sensitivityOf(ctx, key);
    const noPersonalInfo = ctx.category.noPersonalInfoRequired;
    const severity = excessGrantSeverity({ sensitivity, decision, noPersonalInfo });
    if (severity === 'info') continue; // notifications: no personal information involved
    const message =
      decision.decision === 'extended'
        ? 'excess-grant.extended'
        : noPersonalInfo
          ? 'excess-grant.no-pi'
          : 'excess-grant.not-necessary';
    findings.push({
      kind: 'excess-grant',
      severity,
      subject,
      rule: ruleOf(ctx, decision),
      explanation: explain(message, params),
      action: grantAction(ctx, key, decision),
    });
  }
  return findings;
};

/**
 * unused-grant: a granted permission whose app op was last used `unusedDays` or more ago, or never
 * used although the app was installed that long ago. Permissions without an op or without an
 * app-op entry in the snapshot (no evidence), and info-sensitivity ones (notifications), are
 * skipped.
 */
export const checkUnusedGrants = (ctx: JudgeContext): Finding[] => {
  const findings: Finding[] = [];
  const limitMs = ctx.unusedDays * DAY_MS;
  for (const permission of effectiveGrants(ctx.app, ctx.snapshot.device.sdk)) {
    const key = ruleKeyForPermission(permission.name, permission.group);
    const op = opForPermission(permission.name);
    if (key === undefined || op === undefined || sensitivityOf(ctx, key) === 'info') continue;
    const access = ctx.app.appOps.find((entry) => entry.op === op);
    if (access === undefined) continue; // app ops not read: no evidence either way
    const recent = ctx.snapshot.recentUse
      .filter((use) => use.packageName === ctx.app.packageName && USE_KIND_BY_KEY.get(key) === use.kind)
      .map((use) => use.lastAccessMs);
    const times = [
      access.lastAccessForegroundMs,
      access.lastAccessBackgroundMs,
      access.lastAccessMs,
      ...recent,
    ].filter((time): time is number => time !== undefined);
    const lastUse = times.length === 0 ? undefined : Math.max(...times);
    const since = lastUse ?? ctx.app.firstInstallMs;
    if (since === undefined || ctx.nowMs - since < limitMs) continue;
    const days = Math.floor((ctx.nowMs - since) / DAY_MS);
    const params = { ...baseParams(ctx), subject: subjectText(ctx, key, permission.name), days };
    findings.push({
      kind: 'unused-grant',
      severity: 'low',
      subject: { type: 'permission', name: permission.name, group: key },
      rule: ruleOf(ctx, decisionOf(ctx, key)),
      explanation: explain(lastUse === undefined ? 'unused-grant.never' : 'unused-grant.idle', params),
      action: 'revoke',
    });
  }
  return findings;
};
