// A change to the phone state (what `pm revoke`, `pm disable-user`, `appops set` do) shows
// up in the next dump, in the modelled version's syntax.
import { describe, expect, it } from 'vitest';
import { formatPackageDump } from '../../../../main/virtual-phone/dumpsys/package/package-dump';
import { formatUsageStatsDump } from '../../../../main/virtual-phone/dumpsys/usagestats';
import { contextOf, phone, SAMPLE_NOW } from './sample-phones';

const userOf = (state: ReturnType<typeof phone>, name: string) => {
  const user = state.packages.get(name)?.users[0];
  if (user === undefined) throw new Error(`${name} not installed`);
  return user;
};

describe('state changes are visible in the next dumpsys package', () => {
  it('a revoke with USER_SET|USER_FIXED (Android 14 syntax)', () => {
    const state = phone(34, { packages: [{ name: 'com.tencent.mm', permissions: ['CAMERA'] }] });
    const before = formatPackageDump(contextOf(state), ['com.tencent.mm']);
    expect(before).toContain(
      'android.permission.CAMERA: granted=true, flags=[ USER_SET|USER_SENSITIVE_WHEN_GRANTED|USER_SENSITIVE_WHEN_DENIED]',
    );
    const camera = userOf(state, 'com.tencent.mm').runtimePermissions.find((perm) =>
      perm.name.endsWith('CAMERA'),
    );
    if (camera === undefined) throw new Error('no CAMERA');
    camera.granted = false;
    camera.flags = ['USER_SET', 'USER_FIXED'];
    expect(formatPackageDump(contextOf(state), ['com.tencent.mm'])).toContain(
      '        android.permission.CAMERA: granted=false, flags=[ USER_SET|USER_FIXED]\n',
    );
  });

  it('a revoke in Android 7.1 syntax', () => {
    const state = phone(25, { packages: [{ name: 'com.tencent.mm', permissions: ['CAMERA'] }] });
    const camera = userOf(state, 'com.tencent.mm').runtimePermissions[0];
    if (camera === undefined) throw new Error('no CAMERA');
    camera.granted = false;
    camera.flags = ['USER_SET', 'USER_FIXED'];
    expect(formatPackageDump(contextOf(state), [])).toContain(
      '        android.permission.CAMERA: granted=false, flags=[ USER_SET USER_FIXED ]\n',
    );
  });

  it('disable-user, hide and suspend change the User line; uninstall --user shows installed=false', () => {
    const state = phone(34, { packages: [{ name: 'com.example.a' }] });
    const user = userOf(state, 'com.example.a');
    user.enabled = 3;
    user.lastDisabledCaller = 'com.android.shell';
    user.suspended = true;
    let text = formatPackageDump(contextOf(state), ['com.example.a']);
    expect(text).toMatch(/User 0: .* suspended=true .* enabled=3 /);
    expect(text).toContain('      lastDisabledCaller: com.android.shell\n');
    user.installed = false;
    text = formatPackageDump(contextOf(state), ['com.example.a']);
    expect(text).toMatch(/User 0: ceDataInode=\d+ installed=false /);
  });

  it('a package removed from the state is `Unable to find package`', () => {
    const state = phone(34, { packages: [{ name: 'com.example.a' }] });
    state.packages.delete('com.example.a');
    expect(formatPackageDump(contextOf(state), ['com.example.a'])).toBe(
      'Unable to find package: com.example.a\n',
    );
  });

  it('usage times follow the state', () => {
    const state = phone(34, { packages: [{ name: 'com.example.a' }] });
    userOf(state, 'com.example.a').lastTimeUsed = SAMPLE_NOW - 60_000;
    expect(formatUsageStatsDump(contextOf(state))).toContain('package=com.example.a totalTimeUsed=');
  });
});

describe('dumpsys package packages', () => {
  it('prints only the package settings (and the hidden system copies)', () => {
    const state = phone(34, {
      packages: [{ name: 'com.example.a' }, { name: 'com.example.sys', system: true, updatedSystem: true }],
    });
    const text = formatPackageDump(contextOf(state), ['packages']);
    expect(text.startsWith('Packages:\n  Package [com.example.a] (')).toBe(true);
    expect(text).toContain('\nHidden system packages:\n  Package [com.example.sys] (');
    expect(text).not.toContain('Dexopt state:');
  });
});
