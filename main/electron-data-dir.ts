// Lets an end-to-end test (or a second profile) run the app on its own data folder:
// PRIVACYSCOPE_DATA_DIR replaces Electron's userData. Must run before the single-instance
// lock, which is kept per userData folder, and before anything reads the folder.
import { isAbsolute } from 'node:path';

export const DATA_DIR_ENV = 'PRIVACYSCOPE_DATA_DIR';

export interface DataDirApp {
  setPath(name: 'userData', path: string): void;
}

export class InvalidDataDirError extends Error {
  override readonly name = 'InvalidDataDirError';
}

/** Applies the override when set; returns the folder used, or undefined for Electron's default. */
export const applyDataDirOverride = (app: DataDirApp, env: Readonly<Record<string, string | undefined>>) => {
  const dir = env[DATA_DIR_ENV];
  if (dir === undefined || dir === '') return undefined;
  if (!isAbsolute(dir)) throw new InvalidDataDirError(`${DATA_DIR_ENV} must be an absolute path: ${dir}`);
  app.setPath('userData', dir);
  return dir;
};
