// A throwaway project root with just enough of node_modules for the scripts, plus a copy
// of .config/scripts so the CLI entries resolve their root to it.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { useTempDirs } from '../../support/temp-dirs';
import { SCRIPTS_DIR } from './load-scripts';

export const ELECTRON_VERSION = '45.5.0';
export const ELECTRON_ABI = 150;

export interface FakeRoot {
  readonly root: string;
  readonly write: (relative: string, content: string) => string;
  readonly withElectronPackage: () => void;
  readonly withElectronBinary: () => void;
  readonly withBinding: (options: { stamp?: string; content?: string }) => void;
  readonly withBetterSqliteSources: () => void;
  readonly withScripts: () => void;
}

export const useFakeRoots = (): (() => FakeRoot) => {
  const tempDir = useTempDirs('privacyscope-scripts-test-');
  return () => {
    const root = tempDir();
    const write = (relative: string, content: string): string => {
      const file = join(root, relative);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    };
    return {
      root,
      write,
      withElectronPackage: () => {
        write(
          'node_modules/electron/package.json',
          JSON.stringify({ name: 'electron', version: ELECTRON_VERSION }),
        );
        write('node_modules/electron/abi_version', String(ELECTRON_ABI));
        write('node_modules/electron/install.js', '');
      },
      withElectronBinary: () => {
        write('node_modules/electron/path.txt', 'electron');
        write('node_modules/electron/dist/electron', '#!/bin/sh\n');
      },
      withBinding: ({ stamp = ELECTRON_VERSION, content = 'not really a shared library' }) => {
        write('node_modules/.privacyscope-electron/better_sqlite3.node', content);
        if (stamp !== '') write('node_modules/.privacyscope-electron/electron-version.txt', `${stamp}\n`);
      },
      withBetterSqliteSources: () => {
        write('node_modules/better-sqlite3/package.json', '{"name":"better-sqlite3","version":"12.11.1"}');
        write('node_modules/better-sqlite3/binding.gyp', '{}');
        for (const dir of ['src', 'deps', 'lib']) write(`node_modules/better-sqlite3/${dir}/x`, '');
        write('node_modules/prebuild-install/bin.js', '');
      },
      withScripts: () => cpSync(SCRIPTS_DIR, join(root, '.config', 'scripts'), { recursive: true }),
    };
  };
};
