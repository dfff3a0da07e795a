import { describe, expect, it } from 'vitest';
import type { AppEntry, DeviceSnapshot } from '../../../preload/contract';
import type { AppAudit } from '../../../main/audit/audit-snapshot';
import { selectionDrafts } from '../../../main/services/selection-drafts';

const CAMERA = 'android.permission.CAMERA';
const CONTACTS = 'android.permission.READ_CONTACTS';

const snapshot = {
  userId: 0,
  specialAccess: { accessibilityServices: ['com.a.app/.Svc'], notificationListeners: [] },
  apps: [
    {
      packageName: 'com.a.app',
      installed: true,
      isSystem: false,
      appOps: [],
      permissions: [
        { name: CAMERA, type: 'runtime', granted: true, flags: [] },
        { name: CONTACTS, type: 'runtime', granted: true, flags: ['SYSTEM_FIXED'] },
      ],
    } as unknown as AppEntry,
  ],
} as unknown as DeviceSnapshot;

const finding = {
  kind: 'excess-grant',
  severity: 'high',
  subject: { type: 'permission', name: CAMERA },
  rule: { categoryId: 'news', citation: { en: '', zh: '' } },
  explanation: { en: 'Camera is not necessary', zh: '相机并非必要' },
  action: 'revoke',
};
const apps = new Map([['com.a.app', { findings: [finding] } as unknown as AppAudit]]);

describe('selectionDrafts', () => {
  it('maps each action onto its step kind, with the finding as the reason', () => {
    const drafts = selectionDrafts({
      snapshot,
      apps,
      selections: [
        { packageName: 'com.a.app', action: 'revoke', subject: CAMERA },
        { packageName: 'com.a.app', action: 'stand-in', subject: CAMERA },
        { packageName: 'com.a.app', action: 'revoke-special-access', subject: 'accessibility' },
        { packageName: 'com.a.app', action: 'revoke-special-access', subject: 'SYSTEM_ALERT_WINDOW' },
        { packageName: 'com.a.app', action: 'hide' },
        { packageName: 'com.a.app', action: 'reset' },
      ],
    });
    expect(drafts.map((draft) => draft.kind)).toEqual([
      'revoke-permission',
      'stand-in',
      'disable-accessibility-service',
      'set-app-op',
      'hide-app',
      'reset-app',
    ]);
    expect(drafts[0]?.reason).toMatchObject({ findingKind: 'excess-grant', en: 'Camera is not necessary' });
    expect(drafts[1]?.target.op).toBe('CAMERA');
    expect(drafts[2]?.target.component).toBe('com.a.app/.Svc');
    expect(drafts[3]?.target).toMatchObject({ op: 'SYSTEM_ALERT_WINDOW', mode: 'ignore' });
    expect(drafts[4]?.reason?.en).toBe('Chosen by you');
  });

  it('marks what the phone would refuse anyway as skipped', () => {
    const [fixed] = selectionDrafts({
      snapshot,
      apps,
      selections: [{ packageName: 'com.a.app', action: 'revoke', subject: CONTACTS }],
    });
    expect(fixed?.skip).toBe('system-fixed');
    const [notGranted] = selectionDrafts({
      snapshot,
      apps,
      selections: [
        { packageName: 'com.a.app', action: 'revoke', subject: 'android.permission.RECORD_AUDIO' },
      ],
    });
    expect(notGranted?.skip).toBe('not-granted');
  });

  it('refuses apps that are not in the scan and actions without their subject', () => {
    expect(() =>
      selectionDrafts({ snapshot, apps, selections: [{ packageName: 'com.other.app', action: 'hide' }] }),
    ).toThrow(/not in the latest scan/);
    expect(() =>
      selectionDrafts({ snapshot, apps, selections: [{ packageName: 'com.a.app', action: 'revoke' }] }),
    ).toThrow(/needs a subject/);
  });
});
