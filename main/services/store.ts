// The app's store: `privacyscope.db` in the data folder — the same file the CLI's plan/apply/
// undo/journal commands use, so a change made from either shows in both. Opened once, with
// the integrity check, and the repositories the use-cases need.
import { mkdirSync } from 'node:fs';
import { createAppCategoriesRepository } from '../db/repositories/app-categories-repository';
import type { AppCategoriesRepository } from '../db/repositories/app-categories-repository';
import { createDevicesRepository } from '../db/repositories/devices-repository';
import type { DevicesRepository } from '../db/repositories/devices-repository';
import { createJournalRepository } from '../db/repositories/journal-repository';
import { createRuleOverridesRepository } from '../db/repositories/rule-overrides-repository';
import type { RuleOverridesRepository } from '../db/repositories/rule-overrides-repository';
import { createScanStatsRepository } from '../db/repositories/scan-stats-repository';
import type { ScanStatsRepository } from '../db/repositories/scan-stats-repository';
import { createScansRepository } from '../db/repositories/scans-repository';
import type { ScansRepository } from '../db/repositories/scans-repository';
import type { SqliteDatabase } from '../db/sqlite-database';
import type { Journal } from '../journal/journal-types';
import { openStore, storeFile } from '../journal/open-store';

export interface AppStore {
  readonly devices: DevicesRepository;
  readonly scans: ScansRepository;
  readonly scanStats: ScanStatsRepository;
  readonly journal: Journal;
  readonly ruleOverrides: RuleOverridesRepository;
  readonly appCategories: AppCategoriesRepository;
  readonly close: () => void;
}

export const storeOver = (db: SqliteDatabase): AppStore => ({
  devices: createDevicesRepository(db),
  scans: createScansRepository(db),
  scanStats: createScanStatsRepository(db),
  journal: createJournalRepository(db),
  ruleOverrides: createRuleOverridesRepository(db),
  appCategories: createAppCategoriesRepository(db),
  close: () => db.close(),
});

/** Opens `<dataDir>/privacyscope.db` (or `file`, e.g. `:memory:` in tests). */
export const openAppStore = (options: {
  dataDir: string;
  nativeBinding?: string;
  file?: string;
}): AppStore => {
  if (options.file === undefined) mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const db = openStore({
    file: options.file ?? storeFile(options.dataDir),
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  return storeOver(db);
};
