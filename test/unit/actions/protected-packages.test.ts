// The protected-package list: exact names, prefixes, the input method in use, and the expert
// override.
import { describe, expect, it } from 'vitest';
import {
  PROTECTED_PACKAGES,
  isProtectedPackage,
  protectionReason,
} from '../../../main/actions/protected-packages';

describe('protected packages', () => {
  it.each([
    'com.android.systemui',
    'com.android.settings',
    'com.google.android.permissioncontroller',
    'com.android.phone',
    'com.miui.home',
    'com.huawei.hwid',
    'com.google.android.gms',
    'com.google.android.gms.location.history',
    'com.android.providers.downloads',
    'com.sec.android.app.launcher',
    'com.coloros.safecenter',
    'com.vivo.permissionmanager',
  ])('protects %s', (name) => {
    expect(isProtectedPackage(name)).toBe(true);
  });

  it('does not protect ordinary apps, nor look-alike prefixes', () => {
    expect(isProtectedPackage('com.tencent.mm')).toBe(false);
    expect(isProtectedPackage('com.android.systemuix')).toBe(false);
    expect(isProtectedPackage('com.google.android.gmsx')).toBe(false);
  });

  it('protects the input method in use, from its component', () => {
    const options = { inputMethod: 'com.sohu.inputmethod.sogou/.SogouIME' };
    expect(isProtectedPackage('com.sohu.inputmethod.sogou', options)).toBe(true);
    expect(protectionReason('com.sohu.inputmethod.sogou', options)).toBe('input method in use');
    expect(isProtectedPackage('com.sohu.inputmethod.sogou', { inputMethod: null })).toBe(false);
  });

  it('lets the expert override through', () => {
    expect(isProtectedPackage('com.android.systemui', { expertOverride: true })).toBe(false);
  });

  it('keeps the data well formed', () => {
    const names = PROTECTED_PACKAGES.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const entry of PROTECTED_PACKAGES) expect(entry.why.length).toBeGreaterThan(0);
  });
});
