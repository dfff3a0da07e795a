import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_ABI, ELECTRON_VERSION, useFakeRoots } from './fake-root';
import { checkScript, electronNative } from './load-scripts';

const fakeRoot = useFakeRoots();
const NODE_BUILD = resolve(
  import.meta.dirname,
  '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);
const electronAbi = () => ({ kind: 'abi' as const, abi: ELECTRON_ABI });

const runCheck = (root: string) => {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return spawnSync(process.execPath, [join(root, '.config/scripts/check-electron-abi.cjs')], {
    encoding: 'utf8',
    env,
    timeout: 20_000,
  });
};

describe('findProblems', () => {
  it('lists the Electron binary and the better-sqlite3 build when both are missing', () => {
    const fake = fakeRoot();
    fake.withElectronPackage();
    const problems = checkScript.findProblems({ root: fake.root, env: {} });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/Electron 45\.5\.0 binary has not been downloaded/);
    expect(problems[1]).toMatch(/no Electron build/);
  });

  it('says so when the electron package itself is missing', () => {
    expect(checkScript.findProblems({ root: fakeRoot().root, env: {} })).toEqual([
      expect.stringMatching(/electron package is not installed/),
    ]);
  });

  it('refuses a build stamped for another Electron, or with a wrong ABI', () => {
    const fake = fakeRoot();
    fake.withElectronPackage();
    fake.withElectronBinary();
    fake.withBinding({ stamp: '44.1.0' });
    expect(checkScript.findProblems({ root: fake.root, env: {}, detectAbi: electronAbi })).toEqual([
      expect.stringMatching(/for Electron 44\.1\.0, not 45\.5\.0/),
    ]);
    fake.withBinding({});
    expect(
      checkScript.findProblems({ root: fake.root, env: {}, detectAbi: () => ({ kind: 'abi', abi: 140 }) }),
    ).toEqual([expect.stringMatching(/ABI 140; Electron 45\.5\.0 needs 150/)]);
    expect(checkScript.findProblems({ root: fake.root, env: {}, detectAbi: electronAbi })).toEqual([]);
  });

  it('catches the nodedir trap: a Node-ABI build stamped as Electron', () => {
    const fake = fakeRoot();
    fake.withElectronPackage();
    fake.withElectronBinary();
    fake.withBinding({});
    copyFileSync(NODE_BUILD, electronNative.nativePaths(fake.root).bindingPath);
    expect(checkScript.findProblems({ root: fake.root, env: {} })).toEqual([
      expect.stringMatching(/Node-ABI build/),
    ]);
  });

  it('starts its report with the one fixed line', () => {
    const lines = checkScript.formatProblems(['x']);
    expect(lines[0]).toBe('privacyscope: Electron binary/ABI build missing: run `npm run rebuild:electron`');
    expect(lines[1]).toBe('  - x');
  });
});

describe('check-electron-abi.cjs (as `npm start` runs it)', () => {
  it('exits 1 with the clear message when the build is missing', () => {
    const fake = fakeRoot();
    fake.withScripts();
    fake.withElectronPackage();
    const result = runCheck(fake.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Electron binary/ABI build missing: run `npm run rebuild:electron`');
    expect(result.stderr).toContain('binary has not been downloaded');
    expect(result.stderr).toContain('better-sqlite3 has no Electron build');
  });

  it('exits 0 when the binary and a current build are there', () => {
    const fake = fakeRoot();
    fake.withScripts();
    fake.withElectronPackage();
    fake.withElectronBinary();
    fake.withBinding({ stamp: ELECTRON_VERSION });
    const result = runCheck(fake.root);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
