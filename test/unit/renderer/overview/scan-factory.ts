// Small audited apps and scans for the overview view-model tests.
import type {
  AuditedApp,
  AuditedScan,
  FindingView,
  PermissionEntry,
  SpecialAccess,
} from '../../../../preload/contract';

export const permission = (name: string, group: string, granted = true): PermissionEntry => ({
  name: `android.permission.${name}`,
  type: 'runtime',
  granted,
  flags: [],
  group,
});

export const finding = (
  overrides: Partial<FindingView> & { subjectName?: string; group?: string },
): FindingView => ({
  kind: overrides.kind ?? 'excess-grant',
  severity: overrides.severity ?? 'high',
  subject: {
    type: 'permission',
    name: `android.permission.${overrides.subjectName ?? 'READ_CONTACTS'}`,
    ...(overrides.group === undefined ? {} : { group: overrides.group }),
  },
  rule: { categoryId: 'online_payment', citation: { en: 'Art. 5', zh: '第五条' } },
  explanation: { en: 'x', zh: 'x' },
  action: 'revoke',
});

export const app = (packageName: string, overrides: Partial<AuditedApp> = {}): AuditedApp => ({
  packageName,
  isSystem: false,
  isUpdatedSystem: false,
  installed: true,
  enabled: 'default',
  hidden: false,
  suspended: false,
  stopped: false,
  requestedPermissions: [],
  permissions: [],
  appOps: [],
  category: {
    id: 'online_payment',
    confidence: 1,
    reason: { kind: 'catalogue', en: '', zh: '', evidence: [] },
    system: false,
  },
  findings: [],
  score: 0,
  ...overrides,
});

export const NO_SPECIAL_ACCESS: SpecialAccess = {
  accessibilityServices: [],
  notificationListeners: [],
  deviceAdmins: [],
  profileOwners: [],
  usageAccess: [],
  overlay: [],
  installUnknownApps: [],
  allFilesAccess: [],
  batteryOptimisationExempt: [],
  advertisingId: [],
};

export const scan = (overrides: Partial<AuditedScan> = {}): AuditedScan => ({
  schemaVersion: 1,
  source: 'live',
  takenAtMs: 1_800_000_000_000,
  userId: 0,
  users: [],
  device: { model: 'X1', release: '14', sdk: 34 },
  apps: [],
  specialAccess: NO_SPECIAL_ACCESS,
  recentUse: [],
  partial: false,
  warnings: [],
  summary: {
    score: 0,
    bySeverity: { high: 0, medium: 0, low: 0, info: 0 },
    rulesetVersion: 'r/1',
    appsWithFindings: 0,
    judgedAtMs: 0,
  },
  ...overrides,
});
