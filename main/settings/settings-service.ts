// PLACEHOLDER until the SQLite layer lands: settings kept in memory.
import type { Settings } from '../../preload/contract';
import type { SettingsService } from '../services/app-services';

export const DEFAULT_SETTINGS: Settings = { language: 'system', theme: 'system', adbServerPort: 5037 };

export interface OpenSettingsOptions {
  /** Folder holding privacyscope.sqlite. */
  readonly dataDir: string;
  /** Electron passes the Electron-ABI better-sqlite3 binding here; Node leaves it unset. */
  readonly nativeBinding?: string;
}

export interface ClosableSettingsService extends SettingsService {
  close(): void;
}

export const openSettingsService = (_options: OpenSettingsOptions): ClosableSettingsService => {
  let current = DEFAULT_SETTINGS;
  return {
    get: async () => current,
    update: async (patch) => (current = { ...current, ...patch }),
    close: () => {},
  };
};
