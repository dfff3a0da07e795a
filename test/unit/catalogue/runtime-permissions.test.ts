import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RUNTIME_PERMISSIONS,
  isRuntimePermissionAt,
  manifestGroupAt,
  opForPermission,
  runtimePermission,
} from '../../../main/catalogue/runtime-permissions';

const require = createRequire(import.meta.url);
const generator = require('../../../.config/scripts/generate-permission-catalogue.cjs') as {
  generate: (source: string) => string;
  DEFAULT_SOURCE: string;
  TARGET: string;
};

describe('runtime permission catalogue', () => {
  it('is exactly what the generator makes from the reference facts', () => {
    const expected = generator.generate(readFileSync(generator.DEFAULT_SOURCE, 'utf8'));
    expect(readFileSync(generator.TARGET, 'utf8')).toBe(expected);
  });

  it('has unique names and the well-known entries', () => {
    const names = RUNTIME_PERMISSIONS.map((permission) => permission.name);
    expect(new Set(names).size).toBe(names.length);
    expect(RUNTIME_PERMISSIONS.length).toBeGreaterThanOrEqual(40);
    expect(runtimePermission('android.permission.CAMERA')).toMatchObject({
      since: 23,
      group: 'CAMERA',
      op: 'CAMERA',
    });
    expect(runtimePermission('android.permission.ACCESS_BACKGROUND_LOCATION')).toMatchObject({
      since: 29,
      group: 'LOCATION',
    });
    expect(runtimePermission('android.permission.INTERNET')).toBeUndefined();
  });

  it('knows when a permission became runtime and which group pm prints per API level', () => {
    expect(isRuntimePermissionAt('android.permission.POST_NOTIFICATIONS', 33)).toBe(true);
    expect(isRuntimePermissionAt('android.permission.POST_NOTIFICATIONS', 32)).toBe(false);
    expect(manifestGroupAt('android.permission.READ_CONTACTS', 25)).toBe('android.permission-group.CONTACTS');
    expect(manifestGroupAt('android.permission.READ_CONTACTS', 29)).toBe(
      'android.permission-group.UNDEFINED',
    );
    expect(opForPermission('android.permission.ACCESS_FINE_LOCATION')).toBe('FINE_LOCATION');
    expect(opForPermission('android.permission.ACCESS_BACKGROUND_LOCATION')).toBeUndefined();
  });
});
