// Finds the Electron-ABI build of better-sqlite3 (Node's build in node_modules cannot load
// in Electron: ABI 115 vs 150). Built by .config/scripts/build-electron-sqlite.cjs into
// node_modules/.privacyscope-electron/ (see electron-native.cjs); a packaged app ships it in
// resources/native/. Missing or stale → a clear error instead of a crash inside the driver.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ELECTRON_NATIVE_MISSING_MESSAGE =
  'Electron binary/ABI build missing: run `npm run rebuild:electron` (needs internet)';

export class ElectronNativeBindingMissingError extends Error {
  override readonly name = 'ElectronNativeBindingMissingError';
  /** The file that was looked for. */
  readonly path: string;

  constructor(path: string, options?: { cause?: unknown }) {
    super(ELECTRON_NATIVE_MISSING_MESSAGE, options);
    this.path = path;
  }
}

export interface NativeBindingOptions {
  readonly isPackaged: boolean;
  /** `process.resourcesPath` */
  readonly resourcesPath: string;
  /** `app.getAppPath()`: the project root in development. */
  readonly appPath: string;
  /** `process.versions.electron`; in development the build's stamp must match it. */
  readonly electronVersion: string;
  readonly fileExists?: (path: string) => boolean;
  readonly readText?: (path: string) => string;
}

export const DEV_NATIVE_DIR = join('node_modules', '.privacyscope-electron');

export const resolveElectronNativeBinding = (options: NativeBindingOptions): string => {
  const fileExists = options.fileExists ?? existsSync;
  const readText = options.readText ?? ((path: string) => readFileSync(path, 'utf8'));
  if (options.isPackaged) {
    const packaged = join(options.resourcesPath, 'native', 'better_sqlite3.node');
    if (!fileExists(packaged)) throw new ElectronNativeBindingMissingError(packaged);
    return packaged;
  }
  const dir = join(options.appPath, DEV_NATIVE_DIR);
  const binding = join(dir, 'better_sqlite3.node');
  if (!fileExists(binding)) throw new ElectronNativeBindingMissingError(binding);
  // Built for another Electron version (after an upgrade): it would fail with an ABI error.
  const stampPath = join(dir, 'electron-version.txt');
  let stamp: string;
  try {
    stamp = readText(stampPath).trim();
  } catch (error) {
    throw new ElectronNativeBindingMissingError(binding, { cause: error });
  }
  if (stamp !== options.electronVersion) {
    throw new ElectronNativeBindingMissingError(binding, {
      cause: new Error(`built for Electron ${stamp || '?'}, running ${options.electronVersion}`),
    });
  }
  return binding;
};
