// The folder `app.getAppPath()` answers in the emulated process. In development it is the
// project root, where main looks for the Electron-ABI better-sqlite3 build that postinstall
// makes (node_modules/.privacyscope-electron/, stamped with the Electron version). Under Node
// that build cannot load, so this folder plays the postinstall step with Node's own build,
// stamped with the emulated Electron version: main's lookup and its version check run
// unchanged; only the binary's ABI differs.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DEV_NATIVE_DIR } from '../../../main/electron-native-binding';

export interface EmulatedAppPathOptions {
  /** The project root (holds node_modules/better-sqlite3). */
  readonly root: string;
  /** Where to make the app path. */
  readonly dir: string;
  readonly electronVersion: string;
}

export const prepareEmulatedAppPath = (options: EmulatedAppPathOptions): string => {
  const fromRoot = createRequire(join(options.root, 'package.json'));
  const nodeBuild = fromRoot.resolve('better-sqlite3/build/Release/better_sqlite3.node');
  const nativeDir = join(options.dir, DEV_NATIVE_DIR);
  mkdirSync(nativeDir, { recursive: true });
  copyFileSync(nodeBuild, join(nativeDir, 'better_sqlite3.node'));
  writeFileSync(join(nativeDir, 'electron-version.txt'), `${options.electronVersion}\n`);
  return options.dir;
};

/** The Electron version `npm start` would run: the one installed in node_modules. */
export const installedElectronVersion = (root: string): string => {
  const fromRoot = createRequire(join(root, 'package.json'));
  return (fromRoot('electron/package.json') as { version: string }).version;
};
