// Opens the PrivacyScope store (privacyscope.db in the data folder) and checks it with
// `PRAGMA quick_check` before anything is journaled: a damaged file must be reported, not
// written to.
import { join } from 'node:path';
import { DatabaseError } from '../db/errors';
import { openDatabase, type OpenDatabaseOptions } from '../db/open-database';
import type { SqliteDatabase } from '../db/sqlite-database';

export const STORE_FILE_NAME = 'privacyscope.db';

/** `PRAGMA quick_check` found damage. */
export class StoreIntegrityError extends DatabaseError {
  override readonly name = 'StoreIntegrityError';
  readonly problems: readonly string[];

  constructor(options: { file: string; problems: readonly string[] }) {
    super(
      `The database ${options.file} failed its integrity check: ${options.problems.slice(0, 3).join('; ')}`,
    );
    this.problems = options.problems;
  }
}

/** Throws StoreIntegrityError unless quick_check answers "ok". */
export const checkStoreIntegrity = (db: SqliteDatabase): void => {
  const rows = db.all<{ quick_check: string }>('PRAGMA quick_check');
  const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (problems.length > 0 || rows.length === 0) {
    throw new StoreIntegrityError({
      file: db.file,
      problems: problems.length > 0 ? problems : ['no answer'],
    });
  }
};

export const storeFile = (dataDir: string): string => join(dataDir, STORE_FILE_NAME);

/** openDatabase (WAL, foreign keys, migrations) plus the integrity check; closes on failure. */
export const openStore = (options: OpenDatabaseOptions): SqliteDatabase => {
  const db = openDatabase(options);
  try {
    checkStoreIntegrity(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
};
