import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ELECTRON_NATIVE_MISSING_MESSAGE,
  ElectronNativeBindingMissingError,
  resolveElectronNativeBinding,
} from '../../../main/electron-native-binding';

describe('resolveElectronNativeBinding', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'privacyscope-native-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const devBuild = (stamp: string) => {
    const dir = join(root, 'node_modules', '.privacyscope-electron');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'better_sqlite3.node'), 'binary');
    writeFileSync(join(dir, 'electron-version.txt'), `${stamp}\n`);
    return join(dir, 'better_sqlite3.node');
  };
  const dev = { isPackaged: false, resourcesPath: '/nowhere', electronVersion: '45.5.0' };

  it('uses the development build when it was made for this Electron', () => {
    const binding = devBuild('45.5.0');
    expect(resolveElectronNativeBinding({ ...dev, appPath: root })).toBe(binding);
  });

  it('says exactly what to run when the build is missing', () => {
    const attempt = () => resolveElectronNativeBinding({ ...dev, appPath: root });
    expect(attempt).toThrow(ElectronNativeBindingMissingError);
    expect(attempt).toThrowError(
      /^Electron binary\/ABI build missing: run `npm run rebuild:electron` \(needs internet\)$/,
    );
    expect(ELECTRON_NATIVE_MISSING_MESSAGE).toContain('npm run rebuild:electron');
  });

  it('refuses a build made for another Electron version or without a stamp', () => {
    devBuild('44.0.0');
    expect(() => resolveElectronNativeBinding({ ...dev, appPath: root })).toThrow(
      ElectronNativeBindingMissingError,
    );
    rmSync(join(root, 'node_modules', '.privacyscope-electron', 'electron-version.txt'));
    expect(() => resolveElectronNativeBinding({ ...dev, appPath: root })).toThrow(
      ElectronNativeBindingMissingError,
    );
  });

  it('uses resources/native in a packaged app, and never the development folder there', () => {
    devBuild('45.5.0');
    const packaged = {
      isPackaged: true,
      resourcesPath: join(root, 'resources'),
      appPath: root,
      electronVersion: '45.5.0',
    };
    expect(() => resolveElectronNativeBinding(packaged)).toThrow(ElectronNativeBindingMissingError);
    mkdirSync(join(root, 'resources', 'native'), { recursive: true });
    writeFileSync(join(root, 'resources', 'native', 'better_sqlite3.node'), 'binary');
    expect(resolveElectronNativeBinding(packaged)).toBe(
      join(root, 'resources', 'native', 'better_sqlite3.node'),
    );
  });

  it('the error has its own name and the path it looked for', () => {
    try {
      resolveElectronNativeBinding({ ...dev, appPath: root });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ElectronNativeBindingMissingError);
      expect((error as ElectronNativeBindingMissingError).name).toBe('ElectronNativeBindingMissingError');
      expect((error as ElectronNativeBindingMissingError).path).toBe(
        join(root, 'node_modules', '.privacyscope-electron', 'better_sqlite3.node'),
      );
    }
  });
});
