// The readable summary of a snapshot that `privacyscope scan` prints without --json: device,
// app counts, granted dangerous permissions by group, special-access holders, recent
// camera/microphone/location use and warnings; then the audit: device score, counts by
// severity and the worst apps with their findings. Pure: snapshot/audit in, lines out.
import type { SnapshotAudit } from '../audit/audit-snapshot';
import { categoryNames } from '../classify/category-names';
import type { DeviceSnapshot } from '../snapshot/device-snapshot';
import { ACTION_LABELS, OWNER_LABELS, SPECIAL_ACCESS_LABELS, message } from './scan-messages';

const MAX_RECENT = 15;
const MAX_WARNINGS = 10;
const MAX_WORST_APPS = 10;
const MAX_FINDINGS_PER_APP = 5;

const formatTime = (ms: number, timeZone: string | undefined): string => {
  try {
    return new Intl.DateTimeFormat('en-CA', {
      timeZone: timeZone ?? 'UTC',
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
    }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
};

const grantedByGroup = (snapshot: DeviceSnapshot): string[] => {
  const apps = new Map<string, Set<string>>();
  for (const app of snapshot.apps) {
    if (!app.installed) continue;
    for (const permission of app.permissions) {
      if (permission.type !== 'runtime' || !permission.granted) continue;
      const group = permission.group ?? permission.name.replace(/^android\.permission\./, '');
      const holders = apps.get(group) ?? new Set<string>();
      holders.add(app.packageName);
      apps.set(group, holders);
    }
  }
  if (apps.size === 0) return [message('grantedNone')];
  const rows = [...apps].sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1));
  const width = Math.max(...rows.map(([group]) => group.length));
  return [
    message('grantedTitle'),
    ...rows.map(([group, holders]) => `  ${group.padEnd(width)}  ${holders.size}`),
  ];
};

const specialAccess = (snapshot: DeviceSnapshot): string[] => {
  const access = snapshot.specialAccess;
  const lines: string[] = [];
  for (const [key, label] of Object.entries(SPECIAL_ACCESS_LABELS) as [
    keyof typeof SPECIAL_ACCESS_LABELS,
    string,
  ][]) {
    const holders = access[key];
    if (holders.length > 0) lines.push(`  ${label}: ${holders.join(', ')}`);
  }
  if (access.deviceOwner !== undefined) lines.push(`  ${OWNER_LABELS.deviceOwner}: ${access.deviceOwner}`);
  if (access.profileOwners.length > 0) {
    const owners = access.profileOwners.map((owner) => `${owner.component} (user ${owner.userId})`);
    lines.push(`  ${OWNER_LABELS.profileOwners}: ${owners.join(', ')}`);
  }
  return [message('specialTitle'), ...(lines.length > 0 ? lines : [message('specialNone')])];
};

const recentUse = (snapshot: DeviceSnapshot): string[] => {
  if (snapshot.recentUse.length === 0) return [message('recentNone')];
  const rows = snapshot.recentUse.slice(0, MAX_RECENT).map((use) => {
    const when = formatTime(use.lastAccessMs, snapshot.timeZone);
    return `  ${when}  ${use.kind.padEnd(10)}  ${use.packageName}${use.background ? message('background') : ''}`;
  });
  return [message('recentTitle'), ...rows];
};

export const formatScanSummary = (snapshot: DeviceSnapshot): string[] => {
  const { device } = snapshot;
  const unknown = message('unknown');
  const system = snapshot.apps.filter((app) => app.isSystem).length;
  const lines = [
    message('device', {
      model: [device.manufacturer, device.model].filter((part) => part !== undefined).join(' ') || unknown,
      release: device.release ?? unknown,
      sdk: device.sdk ?? unknown,
      serial: device.serial ?? unknown,
    }),
    message('read', {
      source: snapshot.source,
      user: snapshot.userId,
      trips: snapshot.roundTrips === undefined ? '' : message('roundTrips', { count: snapshot.roundTrips }),
      time: formatTime(snapshot.takenAtMs, snapshot.timeZone),
    }),
    message('apps', { total: snapshot.apps.length, user: snapshot.apps.length - system, system }),
    ...grantedByGroup(snapshot),
    ...specialAccess(snapshot),
    ...recentUse(snapshot),
  ];
  if (snapshot.warnings.length > 0) {
    lines.push(message('warningsTitle', { count: snapshot.warnings.length }));
    for (const warning of snapshot.warnings.slice(0, MAX_WARNINGS)) {
      lines.push(
        `  ${warning.source}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`,
      );
    }
    if (snapshot.warnings.length > MAX_WARNINGS) {
      lines.push(message('moreWarnings', { count: snapshot.warnings.length - MAX_WARNINGS }));
    }
  }
  if (snapshot.partial) lines.push(message('partial'));
  return lines;
};

/** The audit part of the summary: device score, counts, and the worst apps with their findings. */
export const formatAuditSummary = (audit: SnapshotAudit): string[] => {
  const { summary } = audit;
  const ruleset = summary.rulesetVersion;
  const worst = [...audit.apps]
    .filter(([, app]) => app.findings.some((finding) => finding.severity !== 'info'))
    .sort(([a, x], [b, y]) => y.score - x.score || (a < b ? -1 : 1));
  if (worst.length === 0) return [message('auditNone', { ruleset })];
  const lines = [
    message('auditTitle', {
      ruleset,
      score: summary.score,
      apps: summary.appsWithFindings,
      ...summary.bySeverity,
    }),
    message('worstTitle'),
  ];
  for (const [pkg, app] of worst.slice(0, MAX_WORST_APPS)) {
    const { categoryId, confidence, reason } = app.category;
    lines.push(
      message('worstApp', {
        score: String(app.score).padStart(3),
        pkg,
        category: categoryNames(categoryId).en,
        confidence: Math.round(confidence * 100),
        reason: reason.kind,
      }),
    );
    for (const finding of app.findings.slice(0, MAX_FINDINGS_PER_APP)) {
      lines.push(
        message('finding', {
          severity: finding.severity,
          explanation: finding.explanation.en,
          action: ACTION_LABELS[finding.action],
        }),
      );
    }
    if (app.findings.length > MAX_FINDINGS_PER_APP) {
      lines.push(message('moreFindings', { count: app.findings.length - MAX_FINDINGS_PER_APP }));
    }
  }
  if (worst.length > MAX_WORST_APPS)
    lines.push(message('moreApps', { count: worst.length - MAX_WORST_APPS }));
  return lines;
};
