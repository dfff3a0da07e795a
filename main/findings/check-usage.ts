// Findings about how the app behaves: recent-sensitive-use (camera, microphone, location used in
// the background, or recently in the foreground) and legacy-target (targetSdk < 23).
import type { RuleKey } from '../rules/rule-keys';
import type { Finding, Severity } from './finding';
import { DAY_MS } from './finding';
import type { JudgeContext } from './judge-context';
import { decisionOf, effectiveGrants, isJustified, ruleOf, subjectText } from './judge-context';
import { explain } from './messages';

type UseKind = 'camera' | 'microphone' | 'location';

const USE_KINDS: readonly { kind: UseKind; key: RuleKey; ops: readonly string[] }[] = [
  { kind: 'camera', key: 'CAMERA', ops: ['CAMERA'] },
  { kind: 'microphone', key: 'MICROPHONE', ops: ['RECORD_AUDIO'] },
  { kind: 'location', key: 'LOCATION', ops: ['FINE_LOCATION', 'COARSE_LOCATION'] },
];

interface LastUse {
  foregroundMs: number | undefined;
  backgroundMs: number | undefined;
  op: string;
}

const latest = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/** Latest foreground/background use per kind, from the snapshot's recent-use list and app ops. */
const lastUses = (ctx: JudgeContext): Map<UseKind, LastUse> => {
  const uses = new Map<UseKind, LastUse>();
  for (const { kind, ops } of USE_KINDS) {
    const use: LastUse = { op: ops[0] ?? kind, foregroundMs: undefined, backgroundMs: undefined };
    for (const access of ctx.app.appOps.filter((entry) => ops.includes(entry.op))) {
      // lastAccessMs (uid state unknown, Android ≤ 8) counts as a foreground use.
      use.foregroundMs = latest(use.foregroundMs, latest(access.lastAccessForegroundMs, access.lastAccessMs));
      use.backgroundMs = latest(use.backgroundMs, access.lastAccessBackgroundMs);
    }
    for (const recent of ctx.snapshot.recentUse) {
      if (recent.packageName !== ctx.app.packageName || recent.kind !== kind) continue;
      if (recent.background) use.backgroundMs = latest(use.backgroundMs, recent.lastAccessMs);
      else use.foregroundMs = latest(use.foregroundMs, recent.lastAccessMs);
    }
    uses.set(kind, use);
  }
  return uses;
};

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * recent-sensitive-use, at most one per kind. Background use within `unusedDays`: high, or medium
 * when the category justifies the capability (for location: background location justified or
 * extended). Otherwise foreground use within `recentDays`: low, or info when justified.
 */
export const checkRecentUse = (ctx: JudgeContext): Finding[] => {
  const findings: Finding[] = [];
  const uses = lastUses(ctx);
  for (const { kind, key } of USE_KINDS) {
    const use = uses.get(kind);
    if (use === undefined) continue;
    const decision = decisionOf(ctx, key);
    const subject = { type: 'op', name: use.op, group: key } as const;
    const params = { subject: subjectText(ctx, key) };
    const background =
      use.backgroundMs !== undefined && ctx.nowMs - use.backgroundMs <= ctx.unusedDays * DAY_MS;
    if (background && use.backgroundMs !== undefined) {
      const bgDecision = kind === 'location' ? decisionOf(ctx, 'BACKGROUND_LOCATION') : decision;
      const tolerated =
        isJustified(bgDecision) || (kind === 'location' && bgDecision.decision === 'extended');
      findings.push({
        kind: 'recent-sensitive-use',
        severity: tolerated ? 'medium' : 'high',
        subject,
        rule: ruleOf(ctx, bgDecision),
        explanation: explain('recent-sensitive-use.background', { ...params, when: day(use.backgroundMs) }),
        action: tolerated ? 'none' : 'revoke',
      });
      continue;
    }
    const foreground = use.foregroundMs;
    if (foreground === undefined || ctx.nowMs - foreground > ctx.recentDays * DAY_MS) continue;
    const justified = isJustified(decision);
    findings.push({
      kind: 'recent-sensitive-use',
      severity: justified ? 'info' : 'low',
      subject,
      rule: ruleOf(ctx, decision),
      explanation: explain('recent-sensitive-use.recent', { ...params, when: day(foreground) }),
      action: justified ? 'none' : 'revoke',
    });
  }
  return findings;
};

/** legacy-target: medium when the app holds granted runtime permissions, else low. */
export const checkLegacyTarget = (ctx: JudgeContext): Finding[] => {
  const sdk = ctx.app.targetSdk;
  if (sdk === undefined || sdk >= 23) return [];
  const severity: Severity = effectiveGrants(ctx.app, ctx.snapshot.device.sdk).length > 0 ? 'medium' : 'low';
  return [
    {
      kind: 'legacy-target',
      severity,
      subject: { type: 'app', name: ctx.app.packageName },
      rule: ruleOf(ctx),
      explanation: explain('legacy-target.pre-23', { sdk }),
      action: 'none',
    },
  ];
};
