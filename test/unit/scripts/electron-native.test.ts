import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_ABI, ELECTRON_VERSION, useFakeRoots } from './fake-root';
import { electronNative as native } from './load-scripts';

const fakeRoot = useFakeRoots();
const NODE_BUILD = resolve(
  import.meta.dirname,
  '../../../node_modules/better-sqlite3/build/Release/better_sqlite3.node',
);

// What Node prints when it loads a module built for another ABI (Node 20 loading Electron 45's).
const ABI_MISMATCH = `The module '/x/better_sqlite3.node'
was compiled against a different Node.js version using
NODE_MODULE_VERSION 150. This version of Node.js requires
NODE_MODULE_VERSION 115. Please try re-compiling or re-installing
the module (for instance, using \`npm rebuild\` or \`npm install\`).`;

describe('electron-native', () => {
  it('puts the build and its stamp in node_modules/.privacyscope-electron', () => {
    expect(native.nativePaths('/p')).toEqual({
      nativeDir: join('/p', 'node_modules', '.privacyscope-electron'),
      bindingPath: join('/p', 'node_modules', '.privacyscope-electron', 'better_sqlite3.node'),
      stampPath: join('/p', 'node_modules', '.privacyscope-electron', 'electron-version.txt'),
    });
    expect(native.MISSING_MESSAGE).toBe('Electron binary/ABI build missing: run `npm run rebuild:electron`');
  });

  it('reads the installed Electron version, ABI and executable; undefined when absent', () => {
    const fake = fakeRoot();
    expect(native.readElectronVersion(fake.root)).toBeUndefined();
    expect(native.readElectronAbi(fake.root)).toBeUndefined();
    fake.withElectronPackage();
    expect(native.readElectronVersion(fake.root)).toBe(ELECTRON_VERSION);
    expect(native.readElectronAbi(fake.root)).toBe(ELECTRON_ABI);
    expect(native.electronExecutable(fake.root, {})).toBeUndefined();
    fake.withElectronBinary();
    expect(native.electronExecutable(fake.root, {})).toBe(
      join(fake.root, 'node_modules/electron/dist/electron'),
    );
    expect(
      native.electronExecutable(fake.root, { ELECTRON_OVERRIDE_DIST_PATH: join(fake.root, 'none') }),
    ).toBeUndefined();
  });

  it('checks the stamp against the Electron version', () => {
    const fake = fakeRoot();
    const paths = native.nativePaths(fake.root);
    const current = () => native.isBuildCurrent({ ...paths, electronVersion: ELECTRON_VERSION });
    expect(current()).toBe(false);
    fake.withBinding({ stamp: '' });
    expect(native.readStamp(paths.stampPath)).toBe('');
    expect(current()).toBe(false);
    fake.withBinding({ stamp: '44.0.0' });
    expect(current()).toBe(false);
    fake.withBinding({ stamp: ELECTRON_VERSION });
    expect(current()).toBe(true);
    expect(native.isBuildCurrent({ ...paths, electronVersion: undefined })).toBe(false);
  });

  it("reads a module's ABI from Node's mismatch message", () => {
    expect(native.parseDlopenOutput(ABI_MISMATCH)).toEqual({ kind: 'abi', abi: 150 });
    expect(native.parseDlopenOutput('loaded')).toEqual({ kind: 'node' });
    expect(native.parseDlopenOutput('x: invalid ELF header\n')).toEqual({
      kind: 'unknown',
      message: 'x: invalid ELF header',
    });
  });

  it('spots a Node-ABI build by loading it in a child Node', () => {
    expect(native.detectModuleAbi(NODE_BUILD)).toEqual({ kind: 'node' });
    const fake = fakeRoot();
    const junk = fake.write('junk.node', 'junk');
    expect(native.detectModuleAbi(junk).kind).toBe('unknown');
  });
});
