// Typed errors of the SQLite layer. All are `internal` across the API boundary: the UI
// shows a generic "database problem" text and the message goes to the log.
import { ApiErrorCode } from '../../preload/contract';
import { PrivacyScopeError } from '../errors';

interface ErrorOptions {
  readonly cause?: unknown;
}

/** Base of every error raised by main/db. */
export class DatabaseError extends PrivacyScopeError {
  override readonly name: string = 'DatabaseError';

  constructor(message: string, options: ErrorOptions = {}) {
    super(ApiErrorCode.Internal, message, options);
  }
}

/** The database file cannot be opened (missing folder, permissions, not a database…). */
export class DatabaseOpenError extends DatabaseError {
  override readonly name = 'DatabaseOpenError';
  readonly file: string;

  constructor(file: string, options: ErrorOptions = {}) {
    super(`Cannot open the database ${file}: ${causeText(options.cause)}`, options);
    this.file = file;
  }
}

/**
 * The better-sqlite3 native module given as `nativeBinding` cannot be loaded: the file is
 * missing, or it was built for another ABI (Node's build inside Electron, or the reverse).
 */
export class NativeBindingLoadError extends DatabaseError {
  override readonly name = 'NativeBindingLoadError';
  readonly bindingPath: string;

  constructor(bindingPath: string, options: ErrorOptions = {}) {
    super(
      `Cannot load the better-sqlite3 native module ${bindingPath}: ${causeText(options.cause)}. ` +
        'Electron needs its own build: run `npm run rebuild:electron`.',
      options,
    );
    this.bindingPath = bindingPath;
  }
}

/** The database was migrated by a newer PrivacyScope: opening it here would be a downgrade. */
export class DatabaseTooNewError extends DatabaseError {
  override readonly name = 'DatabaseTooNewError';
  readonly newestApplied: number;
  readonly newestKnown: number;

  constructor(options: { file: string; newestApplied: number; newestKnown: number }) {
    super(
      `The database ${options.file} has schema migration ${options.newestApplied}, but this ` +
        `version of PrivacyScope only knows migrations up to ${options.newestKnown}. ` +
        'It was written by a newer PrivacyScope: update the app (downgrades are not supported).',
    );
    this.newestApplied = options.newestApplied;
    this.newestKnown = options.newestKnown;
  }
}

/** An applied migration no longer matches its source: migrations are append-only. */
export class MigrationChangedError extends DatabaseError {
  override readonly name = 'MigrationChangedError';
  readonly migrationId: number;

  constructor(options: { migrationId: number; what: string }) {
    super(
      `Migration ${options.migrationId} was edited after it was applied (${options.what}). ` +
        'Migrations are append-only: restore it and add a new migration instead.',
    );
    this.migrationId = options.migrationId;
  }
}

/** A migration's SQL failed; its transaction was rolled back. */
export class MigrationFailedError extends DatabaseError {
  override readonly name = 'MigrationFailedError';
  readonly migrationId: number;

  constructor(options: { migrationId: number; migrationName: string; cause: unknown }) {
    super(
      `Migration ${options.migrationId} (${options.migrationName}) failed and was rolled back: ` +
        causeText(options.cause),
      { cause: options.cause },
    );
    this.migrationId = options.migrationId;
  }
}

/** The list of migrations in this build is malformed (a programming error). */
export class MigrationListError extends DatabaseError {
  override readonly name = 'MigrationListError';
}

/** A read-only open found migrations that still have to be applied. */
export class DatabaseSchemaOutdatedError extends DatabaseError {
  override readonly name = 'DatabaseSchemaOutdatedError';
  readonly pending: readonly number[];

  constructor(options: { file: string; pending: readonly number[] }) {
    super(
      `The database ${options.file} lacks migrations ${options.pending.join(', ')}; ` +
        'open it read-write once to upgrade it.',
    );
    this.pending = options.pending;
  }
}

/** The database was used after `close()`. */
export class DatabaseClosedError extends DatabaseError {
  override readonly name = 'DatabaseClosedError';

  constructor(file: string) {
    super(`The database ${file} is closed.`);
  }
}

const causeText = (cause: unknown): string =>
  cause instanceof Error ? cause.message : cause === undefined ? 'unknown error' : String(cause);
