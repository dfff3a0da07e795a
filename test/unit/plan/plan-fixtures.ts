// A small snapshot and findings for planning tests.
import type { Finding } from '../../../main/findings/finding';
import type { AppEntry, DeviceSnapshot, PermissionEntry } from '../../../main/snapshot/device-snapshot';

const permission = (name: string, granted: boolean, flags: string[] = []): PermissionEntry => ({
  name: `android.permission.${name}`,
  type: 'runtime',
  granted,
  flags,
});

const app = (
  packageName: string,
  permissions: PermissionEntry[],
  extra: Partial<AppEntry> = {},
): AppEntry => ({
  packageName,
  isSystem: false,
  isUpdatedSystem: false,
  installed: true,
  enabled: 'default',
  hidden: false,
  suspended: false,
  stopped: false,
  requestedPermissions: permissions.map((p) => p.name),
  permissions,
  appOps: [{ op: 'READ_CONTACTS', mode: 'allow' }],
  ...extra,
});

export const SNAPSHOT: DeviceSnapshot = {
  schemaVersion: 1,
  source: 'live',
  takenAtMs: 1_700_000_000_000,
  userId: 0,
  users: [{ id: 0, name: 'Owner' }],
  device: { serial: 'emu-1', sdk: 34, fingerprint: 'test/fp:14/UQ1A/1:user/release-keys' },
  apps: [
    app('com.example.flashlight', [
      permission('CAMERA', true),
      permission('READ_CONTACTS', true),
      permission('ACCESS_FINE_LOCATION', true, ['SYSTEM_FIXED']),
      permission('RECORD_AUDIO', false),
      permission('READ_CALENDAR', true, ['POLICY_FIXED']),
    ]),
    app('com.android.systemui', [permission('CAMERA', true)], { isSystem: true }),
    app('com.example.keyboard', [permission('READ_CONTACTS', true)]),
  ],
  specialAccess: {
    accessibilityServices: ['com.example.flashlight/.Spy', 'com.other/.Service'],
    notificationListeners: ['com.example.flashlight/.Listener'],
    deviceAdmins: [],
    profileOwners: [],
    usageAccess: [],
    overlay: ['com.example.flashlight'],
    installUnknownApps: [],
    allFilesAccess: [],
    batteryOptimisationExempt: [],
    advertisingId: [],
  },
  recentUse: [],
  partial: false,
  warnings: [],
};

export const finding = (
  action: Finding['action'],
  subject: Finding['subject'],
  severity: Finding['severity'] = 'high',
): Finding => ({
  kind: subject.type === 'special-access' ? 'special-access' : 'excess-grant',
  severity,
  subject,
  rule: { categoryId: 'tools', citation: { en: 'Art. 5', zh: '第五条' } },
  explanation: { en: `why ${subject.name}`, zh: `原因 ${subject.name}` },
  action,
});
