// Applies the pending migrations of this build, each in its own transaction together with
// its `schema_migrations` row, after checking that the database is not newer than the build
// and that no applied migration was edited since.
import type BetterSqlite3 from 'better-sqlite3';
import {
  DatabaseSchemaOutdatedError,
  DatabaseTooNewError,
  MigrationChangedError,
  MigrationFailedError,
} from './errors';
import type { Migration } from './migration';
import { assertMigrationList, migrationChecksum } from './migration';

export interface AppliedMigration {
  readonly id: number;
  readonly name: string;
  /** ISO 8601, UTC. */
  readonly appliedAt: string;
  readonly checksum: string;
}

export interface MigrateOptions {
  readonly db: BetterSqlite3.Database;
  /** For messages only. */
  readonly file: string;
  readonly migrations: readonly Migration[];
  /** Read-only opens verify but never write; pending migrations are then an error. */
  readonly readonly: boolean;
  readonly now?: () => Date;
}

export interface MigrateResult {
  readonly migrations: readonly AppliedMigration[];
  readonly appliedNow: readonly number[];
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  id         INTEGER PRIMARY KEY NOT NULL,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  checksum   TEXT NOT NULL
) STRICT`;

const SELECT_APPLIED =
  'SELECT id, name, applied_at AS appliedAt, checksum FROM schema_migrations ORDER BY id';

const readApplied = (db: BetterSqlite3.Database): AppliedMigration[] => {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  return exists === undefined ? [] : (db.prepare(SELECT_APPLIED).all() as AppliedMigration[]);
};

/** Throws unless every applied migration is known to this build and unchanged. */
const verifyApplied = (options: MigrateOptions, applied: readonly AppliedMigration[]): void => {
  const newestKnown = options.migrations.length;
  const newestApplied = applied.at(-1)?.id ?? 0;
  if (newestApplied > newestKnown) {
    throw new DatabaseTooNewError({ file: options.file, newestApplied, newestKnown });
  }
  for (const row of applied) {
    const known = options.migrations[row.id - 1];
    if (known === undefined) throw new MigrationChangedError({ migrationId: row.id, what: 'unknown id' });
    if (known.name !== row.name) {
      throw new MigrationChangedError({ migrationId: row.id, what: `name ${row.name} → ${known.name}` });
    }
    if (migrationChecksum(known.sql) !== row.checksum) {
      throw new MigrationChangedError({ migrationId: row.id, what: 'its SQL checksum differs' });
    }
  }
};

const applyOne = (options: MigrateOptions, migration: Migration): boolean => {
  const { db } = options;
  const step = db.transaction((): boolean => {
    // Re-checked under the write lock: another process may have applied it meanwhile.
    if (db.prepare('SELECT 1 FROM schema_migrations WHERE id = ?').get(migration.id) !== undefined)
      return false;
    db.exec(migration.sql);
    db.prepare('INSERT INTO schema_migrations (id, name, applied_at, checksum) VALUES (?, ?, ?, ?)').run(
      migration.id,
      migration.name,
      (options.now?.() ?? new Date()).toISOString(),
      migrationChecksum(migration.sql),
    );
    return true;
  });
  try {
    return step.immediate();
  } catch (error) {
    throw new MigrationFailedError({
      migrationId: migration.id,
      migrationName: migration.name,
      cause: error,
    });
  }
};

export const migrate = (options: MigrateOptions): MigrateResult => {
  assertMigrationList(options.migrations);
  const { db } = options;
  const before = readApplied(db);
  verifyApplied(options, before);
  const done = new Set(before.map((row) => row.id));
  const pending = options.migrations.filter((migration) => !done.has(migration.id));
  if (options.readonly) {
    if (pending.length > 0) {
      throw new DatabaseSchemaOutdatedError({ file: options.file, pending: pending.map((m) => m.id) });
    }
    return { migrations: before, appliedNow: [] };
  }
  db.exec(CREATE_TABLE);
  const appliedNow = pending.filter((migration) => applyOne(options, migration)).map((m) => m.id);
  const after = readApplied(db);
  verifyApplied(options, after);
  const newest = after.at(-1)?.id ?? 0;
  if (db.pragma('user_version', { simple: true }) !== newest) db.pragma(`user_version = ${newest}`);
  return { migrations: after, appliedNow };
};
