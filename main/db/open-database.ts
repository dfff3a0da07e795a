// The one way main/ opens SQLite: better-sqlite3 with WAL, foreign keys, a busy timeout and
// synchronous=NORMAL, then this build's migrations. Electron passes `nativeBinding` (the
// Electron-ABI build, see .config/scripts/build-electron-sqlite.cjs); Node leaves it unset.
import BetterSqlite3 from 'better-sqlite3';
import { DatabaseError, DatabaseOpenError, NativeBindingLoadError } from './errors';
import { migrate } from './migrate';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations';
import { SqliteDatabase } from './sqlite-database';

export const MEMORY_DATABASE = ':memory:';
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export interface OpenDatabaseOptions {
  /** Path of the database file (its folder must exist), or `:memory:` for tests. */
  readonly file: string;
  /** Path of a better-sqlite3 `.node` build to load instead of the default one. */
  readonly nativeBinding?: string;
  /** Verify the schema but never write; the file must exist and be fully migrated. */
  readonly readonly?: boolean;
  /** Defaults to this build's MIGRATIONS; tests pass their own lists. */
  readonly migrations?: readonly Migration[];
  readonly busyTimeoutMs?: number;
  readonly now?: () => Date;
}

const BINDING_FAILURE =
  /NODE_MODULE_VERSION|Could not locate the bindings file|invalid ELF header|wrong ELF class|not a valid Win32 application|slice is not valid mach-o|dlopen|Cannot find module/i;

const isBindingFailure = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'MODULE_NOT_FOUND' || code === 'ERR_DLOPEN_FAILED') return true;
  return error instanceof Error && !(error instanceof TypeError) && BINDING_FAILURE.test(error.message);
};

const connect = (options: OpenDatabaseOptions): BetterSqlite3.Database => {
  const readonly = options.readonly ?? false;
  try {
    return new BetterSqlite3(options.file, {
      readonly,
      fileMustExist: readonly,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    if (isBindingFailure(error)) {
      throw new NativeBindingLoadError(options.nativeBinding ?? 'better-sqlite3 (default build)', {
        cause: error,
      });
    }
    throw new DatabaseOpenError(options.file, { cause: error });
  }
};

const configure = (db: BetterSqlite3.Database, options: OpenDatabaseOptions): void => {
  try {
    if (!options.readonly) {
      // `:memory:` answers "memory": WAL applies to files only.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS}`);
  } catch (error) {
    // A file that is not SQLite ("file is not a database") fails on first use, here.
    throw new DatabaseOpenError(options.file, { cause: error });
  }
};

/** Opens, configures and migrates; throws a DatabaseError subclass (and closes) on failure. */
export const openDatabase = (options: OpenDatabaseOptions): SqliteDatabase => {
  const db = connect(options);
  try {
    configure(db, options);
    const readonly = options.readonly ?? false;
    const result = migrate({
      db,
      file: options.file,
      migrations: options.migrations ?? MIGRATIONS,
      readonly,
      ...(options.now === undefined ? {} : { now: options.now }),
    });
    return new SqliteDatabase({ db, file: options.file, readonly, ...result });
  } catch (error) {
    db.close();
    if (error instanceof DatabaseError) throw error;
    throw new DatabaseOpenError(options.file, { cause: error });
  }
};
