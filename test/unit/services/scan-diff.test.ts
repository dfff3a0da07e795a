import { describe, expect, it } from 'vitest';
import type { AppEntry, DeviceSnapshot } from '../../../preload/contract';
import { diffScans } from '../../../main/services/scan-diff';

const app = (packageName: string, grants: Record<string, boolean>, extra: Partial<AppEntry> = {}): AppEntry =>
  ({
    packageName,
    installed: true,
    isSystem: false,
    permissions: Object.entries(grants).map(([name, granted]) => ({
      name,
      type: 'runtime',
      granted,
      flags: [],
    })),
    ...extra,
  }) as unknown as AppEntry;

const snapshot = (apps: AppEntry[]): DeviceSnapshot => ({ apps }) as unknown as DeviceSnapshot;
const CAMERA = 'android.permission.CAMERA';
const CONTACTS = 'android.permission.READ_CONTACTS';

describe('diffScans', () => {
  it('lists new and removed apps and grants', () => {
    const from = snapshot([
      app('com.a.one', { [CAMERA]: true, [CONTACTS]: false }),
      app('com.a.gone', { [CAMERA]: true }),
    ]);
    const to = snapshot([
      app('com.a.one', { [CAMERA]: false, [CONTACTS]: true }),
      app('com.a.new', { [CAMERA]: true }),
    ]);
    expect(diffScans({ fromId: 1, toId: 2, from, to })).toEqual({
      fromId: 1,
      toId: 2,
      newApps: ['com.a.new'],
      removedApps: ['com.a.gone'],
      newGrants: [
        { packageName: 'com.a.one', permission: CONTACTS },
        { packageName: 'com.a.new', permission: CAMERA },
      ],
      removedGrants: [
        { packageName: 'com.a.one', permission: CAMERA },
        { packageName: 'com.a.gone', permission: CAMERA },
      ],
    });
  });

  it('ignores install-time permissions and apps not installed for the user', () => {
    const install = {
      ...app('com.a.one', {}),
      permissions: [{ name: 'android.permission.INTERNET', type: 'install', granted: true, flags: [] }],
    } as unknown as AppEntry;
    const from = snapshot([app('com.a.one', {})]);
    const to = snapshot([install, app('com.a.other', { [CAMERA]: true }, { installed: false })]);
    expect(diffScans({ fromId: 1, toId: 2, from, to })).toMatchObject({
      newApps: [],
      newGrants: [],
      removedGrants: [],
    });
  });

  it('is empty for the same scan', () => {
    const same = snapshot([app('com.a.one', { [CAMERA]: true })]);
    expect(diffScans({ fromId: 3, toId: 3, from: same, to: same })).toEqual({
      fromId: 3,
      toId: 3,
      newApps: [],
      removedApps: [],
      newGrants: [],
      removedGrants: [],
    });
  });
});
